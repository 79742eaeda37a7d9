//! Cross-server notifications: on PostgreSQL an event published by one server
//! reaches every server through `NOTIFY`/`LISTEN` on one channel, so stateless
//! replicas can all serve subscriptions. SQLite is one process: nothing to cross.

use std::pin::Pin;
use std::time::Duration;

use futures_util::Stream;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::{Backend, Result, Store};

/// The one channel all oversight events travel on.
pub const CHANNEL: &str = "oversight_events";

/// PostgreSQL caps a notification payload at 8,000 bytes.
pub const MAX_PAYLOAD: usize = 7_900;

impl Store {
    /// Sends `payload` to every listener on PostgreSQL (delivered at commit of the
    /// surrounding transaction — here none, so at once). On SQLite it does nothing:
    /// the caller delivers in-process.
    pub async fn notify(&self, payload: &str) -> Result<()> {
        if self.backend() != Backend::Postgres {
            return Ok(());
        }
        let statement = Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), payload.into()],
        );
        self.db.execute_raw(statement).await?;
        Ok(())
    }

    /// Sends every payload, in order, with one statement (delivered at once, as with
    /// [`Store::notify`]). On SQLite it does nothing.
    pub async fn notify_all(&self, payloads: &[String]) -> Result<()> {
        match payloads {
            [] => return Ok(()),
            [payload] => return self.notify(payload).await,
            _ if self.backend() != Backend::Postgres => return Ok(()),
            _ => {}
        }
        // `WITH ORDINALITY` pins the order the notifications are sent (and so received) in.
        let statement = Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS p(payload, n) ORDER BY n",
            [CHANNEL.into(), payloads.to_vec().into()],
        );
        self.db.execute_raw(statement).await?;
        Ok(())
    }

    /// Whether events cross servers here (PostgreSQL) rather than staying in-process.
    pub fn listen_available(&self) -> bool {
        self.backend() == Backend::Postgres
    }

    /// Every payload notified on the channel, by any server, for as long as the
    /// stream is polled; reconnects after a lost connection (notifications sent
    /// while disconnected are lost, as LISTEN semantics go). None on SQLite.
    pub fn listen(&self) -> Option<Pin<Box<dyn Stream<Item = String> + Send>>> {
        if self.backend() != Backend::Postgres {
            return None;
        }
        let url = self.url.clone();
        let stream = async_stream(url);
        Some(Box::pin(stream))
    }
}

fn async_stream(url: String) -> impl Stream<Item = String> + Send {
    futures_util::stream::unfold(
        (url, None::<sqlx::postgres::PgListener>),
        |(url, mut listener)| async move {
            loop {
                if listener.is_none() {
                    match sqlx::postgres::PgListener::connect(&url).await {
                        Ok(mut connected) => match connected.listen(CHANNEL).await {
                            Ok(()) => listener = Some(connected),
                            Err(err) => {
                                tracing::warn!(error = %err, "cannot LISTEN; retrying");
                                tokio::time::sleep(Duration::from_secs(1)).await;
                                continue;
                            }
                        },
                        Err(err) => {
                            tracing::warn!(error = %err, "cannot connect the notification listener; retrying");
                            tokio::time::sleep(Duration::from_secs(1)).await;
                            continue;
                        }
                    }
                }
                let Some(active) = listener.as_mut() else { continue };
                match active.recv().await {
                    Ok(notification) => {
                        let payload = notification.payload().to_owned();
                        return Some((payload, (url, listener)));
                    }
                    Err(err) => {
                        tracing::warn!(error = %err, "notification listener lost its connection; reconnecting");
                        listener = None;
                    }
                }
            }
        },
    )
}

//! What every pooled connection is set up with when it connects.

use oversight_storage::test_db;
use oversight_tests::{Db, TestServer, postgres_url};

/// PostgreSQL's JIT is off on every connection of the pool: with it on, each batch of the bulk risk
/// recompute spent 645 ms compiling an 18 ms statement (docs/adr/0027, the recompute's figures).
/// Several connections are checked, since a setting made by one statement after connecting would
/// hold on that connection only.
#[actix_web::test]
async fn postgres_connections_start_without_jit() {
    if postgres_url().is_none() {
        oversight_tests::announce_postgres_skip("pool::postgres_connections_start_without_jit");
        return;
    }
    let server = TestServer::start(Db::Postgres).await.unwrap();
    let store = server.app.store();
    // Three transactions open at once hold three distinct connections.
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(store.begin().await.unwrap());
    }
    for tx in &held {
        assert_eq!(test_db::postgres_setting(tx, "jit").await.unwrap(), "off");
    }
    drop(held);
    server.stop().await;
}

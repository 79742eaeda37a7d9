//! CSV exports: UTF-8 with a byte-order mark (Excel reads Chinese correctly only with it), RFC
//! 4180 quoting by the `csv` crate, written and sent one keyset page at a time — the next page is
//! read only when the client has taken the last, so a slow client holds one page, not the list.

use futures_util::stream::{self, BoxStream, StreamExt};

use super::ExportQuery;
use super::rows::{self, Cell, Position};
use crate::{App, Principal};

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The file as a stream of chunks: the BOM and header row, then one chunk per page.
pub fn stream(
    app: App,
    principal: Principal,
    query: ExportQuery,
) -> BoxStream<'static, std::io::Result<Vec<u8>>> {
    let header = header(&query);
    let pages = stream::unfold(
        (app, principal, query, Position::Start),
        |(app, principal, query, position)| async move {
            if matches!(position, Position::Done) {
                return None;
            }
            match rows::next_page(&app, &principal, &query, position).await {
                Ok((rows, next)) => {
                    let chunk = encode(&rows);
                    Some((chunk, (app, principal, query, next)))
                }
                Err(err) => {
                    // The status line is gone already: the body is cut short, and the cause logged.
                    tracing::error!(error = %err, "a CSV export failed while streaming");
                    Some((
                        Err(std::io::Error::other(err.to_string())),
                        (app, principal, query, Position::Done),
                    ))
                }
            }
        },
    );
    stream::once(async move { header }).chain(pages).boxed()
}

fn header(query: &ExportQuery) -> std::io::Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new().from_writer(BOM.to_vec());
    writer.write_record(rows::columns(query).iter().map(|c| c.header)).map_err(std::io::Error::other)?;
    writer.into_inner().map_err(|err| std::io::Error::other(err.to_string()))
}

fn encode(rows: &[Vec<Cell>]) -> std::io::Result<Vec<u8>> {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::with_capacity(rows.len() * 128));
    for row in rows {
        writer.write_record(row.iter().map(Cell::to_text)).map_err(std::io::Error::other)?;
    }
    writer.into_inner().map_err(|err| std::io::Error::other(err.to_string()))
}

//! Logging: the global subscriber, as text for people or as JSON lines for a log pipeline
//! (`log_format`). Either way an HTTP request's lines carry its `request` span — request id,
//! method and path — which the API's middleware opens (`oversight_api::telemetry`).

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

use crate::config::LogFormat;

/// Installs the process's subscriber: `filter` as `log` says (an unreadable one falls back to
/// `info`), lines to `writer`. Fails if a subscriber is installed already.
pub fn install<W>(format: LogFormat, filter: &str, writer: W) -> Result<(), String>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(writer);
    let installed = match format {
        LogFormat::Text => builder.try_init(),
        // The current span and the whole list: a span opened inside the request (none today)
        // would otherwise hide the request id from the line.
        LogFormat::Json => builder.json().with_current_span(true).with_span_list(true).try_init(),
    };
    installed.map_err(|error| format!("cannot install the log subscriber: {error}"))
}

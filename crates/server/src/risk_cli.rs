//! `oversight risk recompute`: every enterprise's risk class assessed again after a model
//! change (or daily, for the figures that move with time alone), in batches that each commit,
//! with a progress bar; an interrupted run resumes where its last batch ended (docs/adr/0027).

use indicatif::{ProgressBar, ProgressStyle};
use oversight_app::App;

/// What a run did, for the closing line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recomputed {
    pub run: i64,
    pub resumed: bool,
    pub assessed: u64,
    pub changed: u64,
}

/// Runs (or resumes) the model's recompute to its end, `batch` enterprises per transaction.
pub async fn recompute(app: &App, batch: u64, progress: bool) -> anyhow::Result<Recomputed> {
    let first = app.recompute_risk_batch_as_platform(batch).await?;
    let remaining = app.risk_recompute_remaining(first.run.after).await?;
    let bar = if progress { ProgressBar::new(first.run.done + remaining) } else { ProgressBar::hidden() };
    bar.set_style(
        ProgressStyle::with_template("{spinner} assessing risk classes [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_position(first.run.done);
    let resumed = first.resumed;
    let mut last = first;
    while !last.run.finished {
        last = app.recompute_risk_batch_as_platform(batch).await?;
        bar.set_position(last.run.done);
    }
    bar.finish_and_clear();
    Ok(Recomputed { run: last.run.id, resumed, assessed: last.run.done, changed: last.run.changed })
}

//! `oversight import registry FILE`: a legacy registry's enterprises and licenses imported as a
//! named national or provincial officer, with a progress bar; a file with problems writes
//! nothing and leaves its validation report as CSV beside it (docs/adr/0031).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use oversight_app::{App, RegistryFile, RegistryImportOutcome};

/// What to import, and how.
#[derive(Debug, Clone)]
pub struct RegistryImportOptions {
    pub file: PathBuf,
    /// The importing officer's subject in the officer directory.
    pub officer: String,
    /// Enterprises per transaction.
    pub batch: usize,
    /// Where the validation report goes (default: beside the file, `<file>.problems.csv`).
    pub report: Option<PathBuf>,
    pub progress: bool,
}

/// How a run ended, for the closing lines and the exit status.
#[derive(Debug, Clone, PartialEq)]
pub enum RegistryImportSummary {
    /// Nothing written; the problems are in the report.
    Refused {
        problems: usize,
        report: PathBuf,
        text: String,
    },
    Imported {
        text: String,
        enterprises: u64,
        elapsed: Duration,
    },
}

/// Runs the import; the caller prints the summary and exits 1 when refused.
pub async fn registry(app: &App, options: &RegistryImportOptions) -> anyhow::Result<RegistryImportSummary> {
    let bytes =
        std::fs::read(&options.file).with_context(|| format!("cannot read {}", options.file.display()))?;
    let principal = app.importing_officer(&options.officer).await?;
    let name = options.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let bar = if options.progress { ProgressBar::new(0) } else { ProgressBar::hidden() };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} importing enterprises [{bar:40}] {pos}/{len} ({per_sec}, {eta})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    let file = RegistryFile { name: &name, bytes: &bytes, batch: options.batch };
    let outcome = app
        .import_registry(&principal, file, |done, total| {
            bar.set_length(total);
            bar.set_position(done);
        })
        .await;
    bar.finish_and_clear();
    match outcome? {
        RegistryImportOutcome::Refused(problems) => {
            let report = options.report.clone().unwrap_or_else(|| report_beside(&options.file));
            std::fs::write(&report, oversight_app::registry_report_csv(&problems)?)
                .with_context(|| format!("cannot write the report {}", report.display()))?;
            Ok(RegistryImportSummary::Refused {
                problems: problems.len(),
                report,
                text: problem_lines(&problems),
            })
        }
        RegistryImportOutcome::Imported { import, resumed_after } => {
            let elapsed = started.elapsed();
            let written = import.enterprise_count - resumed_after.unwrap_or(0);
            let rate = written as f64 / elapsed.as_secs_f64().max(1e-9);
            let resumed = resumed_after
                .map(|n| format!(", resumed after {n} enterprises an interrupted run had written"))
                .unwrap_or_default();
            let text = format!(
                "registry import {} finished: {} enterprises, {} licenses from {} ({}){resumed}; {written} written in {:.1?} ({rate:.0} enterprises/s)",
                import.id,
                import.enterprise_count,
                import.license_count,
                import.file_name,
                import.file_kind,
                elapsed
            );
            Ok(RegistryImportSummary::Imported { text, enterprises: written, elapsed })
        }
    }
}

/// `<file>.problems.csv` beside the imported file.
fn report_beside(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".problems.csv");
    PathBuf::from(name)
}

/// The first problems as lines (the report holds them all).
fn problem_lines(problems: &[oversight_domain::registry::import::Problem]) -> String {
    const SHOWN: usize = 20;
    let mut text = String::new();
    for problem in problems.iter().take(SHOWN) {
        let row = problem.row.map_or_else(|| "file".to_owned(), |r| format!("row {r}"));
        let column = problem.column.map(|c| format!(", {c}")).unwrap_or_default();
        text.push_str(&format!("  {row}{column}: {} {}\n", problem.code.as_str(), problem.message));
    }
    if problems.len() > SHOWN {
        text.push_str(&format!("  … and {} more\n", problems.len() - SHOWN));
    }
    text
}

//! A version's snapshot: one `INSERT INTO report_record … SELECT` per figure (or per group of
//! figures one statement can tell apart), each over the reporting authority's jurisdiction — the
//! enterprise's region inside the authority's, as the dashboard scopes its counts — then the
//! figures counted from those rows. Nothing is read into the server: at 100,000 enterprises a
//! year's records stay in the database (docs/adr/0030).

use chrono::{Days, NaiveDate, NaiveTime, TimeZone, Utc};
use oversight_domain::enforcement::counterfeit::CaseStatus;
use oversight_domain::enforcement::unlicensed::UnlicensedStatus;
use oversight_domain::enterprise_report::{ReportStatus as PeriodicStatus, quarters_ended_within};
use oversight_domain::generated_report::Figure;
use oversight_domain::linkage::notice::NoticeStatus;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::review::annual::ReviewStatus;
use oversight_domain::testing::judgment::Conclusion;
use oversight_domain::testing::rectification::RectificationStatus;
use oversight_domain::testing::supervision::TaskStatus;
use oversight_domain::{AuthorityId, RegionCode, ReportVersionId};
use sea_orm::{ConnectionTrait, Statement};

use crate::sql::Binds;
use crate::{Executor, Result, StorageError};

/// What a snapshot counts: whose jurisdiction, which days, and the day of generation (on which
/// "overdue" and "late" are judged).
#[derive(Debug, Clone, Copy)]
pub struct SnapshotOf {
    pub authority_id: AuthorityId,
    pub region: RegionCode,
    pub year: i32,
    pub span: (NaiveDate, NaiveDate),
    pub today: NaiveDate,
    /// The last day of the latest quarter whose enterprise periodic reports were due before
    /// `today` (`enterprise_report::due_passed_through`, counted on the working-day calendar);
    /// none where no periodic-report figure is counted (the live readings of agreements and of
    /// the overview), which judges no quarter overdue.
    pub reports_due_through: Option<NaiveDate>,
}

fn quoted(values: &[&str]) -> String {
    values.iter().map(|v| format!("'{v}'")).collect::<Vec<_>>().join(", ")
}

/// A figure's statement: the rows `select` names (`fig`, `grp`, `id`), inserted for the version.
struct Insert {
    binds: Binds,
    select: String,
}

/// Writes the snapshot of a version: every figure's records, then their counts.
pub async fn write_snapshot(x: &impl Executor, version_id: ReportVersionId, of: &SnapshotOf) -> Result<()> {
    let backend = x.executor().get_database_backend();
    let builders: [fn(&mut Binds, &SnapshotOf) -> String; 11] = [
        reviews,
        patrols,
        tasks,
        samples,
        rectifications,
        license_changes,
        notices,
        imports,
        unlicensed,
        counterfeit,
        periodic_reports,
    ];
    for build in builders {
        let mut binds = Binds::new(backend);
        let select = build(&mut binds, of);
        run(x, Insert { binds, select }, version_id).await?;
    }
    let mut binds = Binds::new(backend);
    let version = binds.push(version_id.get());
    // The totals of figures counted by industry, and every figure's count in its groups.
    let sql = format!(
        "INSERT INTO report_figure (version_id, figure, grp, n) \
         SELECT c.version_id, c.figure, c.grp, COUNT(*) FROM report_record c WHERE c.version_id = {version} \
         GROUP BY c.version_id, c.figure, c.grp \
         UNION ALL SELECT c.version_id, c.figure, '', COUNT(*) FROM report_record c \
         WHERE c.version_id = {version} AND c.grp <> '' GROUP BY c.version_id, c.figure"
    );
    let statement = Statement::from_sql_and_values(backend, sql, binds.values);
    x.executor().execute_raw(statement).await.map_err(StorageError::from_write)?;
    Ok(())
}

async fn run(x: &impl Executor, insert: Insert, version: ReportVersionId) -> Result<()> {
    let Insert { mut binds, select } = insert;
    let version = binds.push(version.get());
    let sql = format!(
        "INSERT INTO report_record (version_id, figure, grp, record_id) \
         SELECT {version}, s.fig, s.grp, s.id FROM ({select}) s"
    );
    let statement = Statement::from_sql_and_values(binds.backend, sql, binds.values);
    x.executor().execute_raw(statement).await.map_err(StorageError::from_write)?;
    Ok(())
}

/// The enterprise `alias` inside the authority's region.
fn within(binds: &mut Binds, of: &SnapshotOf, alias: &str) -> String {
    let (low, high) = of.region.range();
    format!("{alias}.region_code BETWEEN {} AND {}", binds.push(low), binds.push(high))
}

fn span(binds: &mut Binds, of: &SnapshotOf, column: &str) -> String {
    format!("{column} BETWEEN {} AND {}", binds.push(of.span.0), binds.push(of.span.1))
}

/// The annual review of the period's year: each license enrolled (not left) once, and again for
/// each stage it reached. The year's reviews in the jurisdiction are read once (a CTE used six
/// times is materialised by both databases), not joined to the enterprise once per figure.
fn reviews(binds: &mut Binds, of: &SnapshotOf) -> String {
    let within = within(binds, of, "e");
    let year = binds.push(of.year);
    let with = format!(
        "WITH y AS (SELECT r.id, r.status, r.first_submitted_on, r.overdue_since, e.region_code AS place \
         FROM annual_review r JOIN enterprise e ON e.id = r.enterprise_id \
         WHERE {within} AND r.year = {year} AND r.status <> '{left}') ",
        left = ReviewStatus::Left.as_str()
    );
    let examined = quoted(&[
        ReviewStatus::OnSite.as_str(),
        ReviewStatus::Passed.as_str(),
        ReviewStatus::Failed.as_str(),
    ]);
    let parts = [
        (Figure::ReviewEnrolled, "1 = 1".to_owned()),
        (Figure::ReviewSubmitted, "y.first_submitted_on IS NOT NULL".to_owned()),
        (Figure::ReviewExamined, format!("y.status IN ({examined})")),
        (Figure::ReviewPassed, format!("y.status = '{}'", ReviewStatus::Passed.as_str())),
        (Figure::ReviewFailed, format!("y.status = '{}'", ReviewStatus::Failed.as_str())),
        (Figure::ReviewOverdue, "y.overdue_since IS NOT NULL".to_owned()),
    ];
    let selects: Vec<String> = parts
        .iter()
        .map(|(figure, condition)| {
            format!(
                "SELECT '{}' AS fig, '' AS grp, y.id AS id, y.place FROM y WHERE {condition}",
                figure.as_str()
            )
        })
        .collect();
    format!("{with}{}", selects.join(" UNION ALL "))
}

/// Patrols and follow-up visits made in the period, and those that found nonconforming items.
fn patrols(binds: &mut Binds, of: &SnapshotOf) -> String {
    let within = within(binds, of, "e");
    let days = span(binds, of, "p.inspected_on");
    let from = format!(
        "FROM patrol_inspection p JOIN enterprise e ON e.id = p.enterprise_id WHERE {within} AND {days}"
    );
    let parts = [
        (Figure::Patrols, "p.kind = 'PATROL'"),
        (Figure::PatrolsWithFindings, "p.kind = 'PATROL' AND p.findings <> '[]'"),
        (Figure::FollowUps, "p.kind = 'FOLLOW_UP'"),
        (Figure::FollowUpsWithFindings, "p.kind = 'FOLLOW_UP' AND p.findings <> '[]'"),
    ];
    parts
        .iter()
        .map(|(figure, condition)| {
            format!(
                "SELECT '{}' AS fig, '' AS grp, p.id AS id, e.region_code AS place {from} AND {condition}",
                figure.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// Periodic testing tasks sampled in the period (re-checks and cancelled tasks left out), by
/// industry.
fn tasks(binds: &mut Binds, of: &SnapshotOf) -> String {
    let within = within(binds, of, "e");
    let days = span(binds, of, "t.sampling_date");
    format!(
        "SELECT '{fig}' AS fig, t.industry_code AS grp, t.id AS id, e.region_code AS place \
         FROM testing_task t JOIN enterprise e ON e.id = t.enterprise_id \
         WHERE {within} AND {days} AND t.rectification_id IS NULL AND t.status <> '{cancelled}'",
        fig = Figure::TestingTasks.as_str(),
        cancelled = TaskStatus::Cancelled.as_str()
    )
}

/// The same tasks' samples by the conclusion of their current verdict (the dashboard's
/// `verdict_groups`), by industry.
fn samples(binds: &mut Binds, of: &SnapshotOf) -> String {
    let within = within(binds, of, "e");
    let days = span(binds, of, "t.sampling_date");
    let cases: Vec<String> = Conclusion::ALL
        .iter()
        .map(|c| format!("WHEN '{}' THEN '{}'", c.as_str(), Figure::of_conclusion(*c).as_str()))
        .collect();
    format!(
        "SELECT CASE v.conclusion {cases} END AS fig, t.industry_code AS grp, t.id AS id, e.region_code AS place \
         FROM testing_task t JOIN enterprise e ON e.id = t.enterprise_id \
         JOIN test_verdict v ON v.task_id = t.id \
           AND v.id = (SELECT MAX(v2.id) FROM test_verdict v2 WHERE v2.task_id = t.id) \
         WHERE {within} AND {days} AND t.rectification_id IS NULL",
        cases = cases.join(" ")
    )
}

/// Rectifications opened in the period, those of them closed, and every one running past its
/// deadline on the day of generation.
fn rectifications(binds: &mut Binds, of: &SnapshotOf) -> String {
    let within = within(binds, of, "e");
    let days = span(binds, of, "r.opened_on");
    let today = binds.push(of.today);
    let running: Vec<&str> =
        RectificationStatus::ALL.iter().filter(|s| s.running()).map(|s| s.as_str()).collect();
    let from = format!("FROM rectification r JOIN enterprise e ON e.id = r.enterprise_id WHERE {within}");
    format!(
        "SELECT '{opened}' AS fig, '' AS grp, r.id AS id, e.region_code AS place {from} AND {days} \
         UNION ALL SELECT '{closed}', '', r.id, e.region_code {from} AND {days} AND r.status = '{closed_status}' \
         UNION ALL SELECT '{overdue}', '', r.id, e.region_code {from} AND r.status IN ({running}) \
         AND r.deadline < {today}",
        opened = Figure::RectificationsOpened.as_str(),
        closed = Figure::RectificationsClosed.as_str(),
        closed_status = RectificationStatus::Closed.as_str(),
        overdue = Figure::RectificationsOverdue.as_str(),
        running = quoted(&running),
    )
}

/// Licenses suspended or revoked in the period (each license once per figure), and the
/// revocation proposals made in it (China's days: a timestamp from 00:00 +08:00).
fn license_changes(binds: &mut Binds, of: &SnapshotOf) -> String {
    let within = within(binds, of, "e");
    let days = span(binds, of, "c.effective_on");
    let china_midnight = |day: NaiveDate| {
        let local = day.and_time(NaiveTime::MIN) - chrono::Duration::hours(8);
        Utc.from_utc_datetime(&local)
    };
    let made_from = binds.push(china_midnight(of.span.0));
    let made_to = binds.push(china_midnight(of.span.1.checked_add_days(Days::new(1)).unwrap_or(of.span.1)));
    let change = |figure: Figure, status: LicenseStatus| {
        format!(
            "SELECT DISTINCT '{}' AS fig, '' AS grp, l.id AS id, e.region_code AS place FROM license_status_change c \
             JOIN license l ON l.id = c.license_id JOIN enterprise e ON e.id = l.enterprise_id \
             WHERE {within} AND {days} AND c.status = '{}'",
            figure.as_str(),
            status.as_str()
        )
    };
    format!(
        "{} UNION ALL {} UNION ALL SELECT '{proposals}', '', p.id, e.region_code FROM revocation_proposal p \
         JOIN enterprise e ON e.id = p.enterprise_id WHERE {within} AND p.made_at >= {made_from} \
         AND p.made_at < {made_to}",
        change(Figure::Suspensions, LicenseStatus::Suspended),
        change(Figure::Revocations, LicenseStatus::Revoked),
        proposals = Figure::RevocationProposals.as_str(),
    )
}

/// Linkage notices the authority received in the period, those closed, and those late on the
/// day of generation (`Clocks::late_on`, as the notice list's late filter says it).
fn notices(binds: &mut Binds, of: &SnapshotOf) -> String {
    let target = binds.push(oversight_domain::TypedId::key(of.authority_id));
    let days = span(binds, of, "n.sent_on");
    let today = binds.push(of.today);
    let (sent, acknowledged, closed) =
        (NoticeStatus::Sent.as_str(), NoticeStatus::Acknowledged.as_str(), NoticeStatus::Closed.as_str());
    let from = format!("FROM linkage_notice n WHERE n.target_authority_id = {target} AND {days}");
    format!(
        "SELECT '{received}' AS fig, '' AS grp, n.id AS id {from} \
         UNION ALL SELECT '{closed_fig}', '', n.id {from} AND n.status = '{closed}' \
         UNION ALL SELECT '{late}', '', n.id {from} AND ((n.status = '{sent}' AND n.acknowledge_by < {today}) \
           OR (n.status IN ('{sent}', '{acknowledged}') AND n.act_by < {today}) \
           OR (n.status <> '{closed}' AND n.close_by < {today}))",
        received = Figure::NoticesReceived.as_str(),
        closed_fig = Figure::NoticesClosed.as_str(),
        late = Figure::NoticesLate.as_str(),
    )
}

/// Spot-check imports by the authority and its lower tiers in the period.
fn imports(binds: &mut Binds, of: &SnapshotOf) -> String {
    let (low, high) = of.region.range();
    let (low, high) = (binds.push(low), binds.push(high));
    let days = span(binds, of, "s.imported_on");
    format!(
        "SELECT '{}' AS fig, '' AS grp, s.id AS id, s.authority_region AS place FROM spot_check_import s \
         WHERE s.authority_region BETWEEN {low} AND {high} AND {days}",
        Figure::SpotCheckImports.as_str()
    )
}

/// Unlicensed-production cases of producers in the jurisdiction: found, licensed and reported
/// for a ban in the period, and urged past the day to apply on the day of generation
/// (`UnlicensedCase::overdue_on`, as the case list's overdue filter says it).
fn unlicensed(binds: &mut Binds, of: &SnapshotOf) -> String {
    let (low, high) = of.region.range();
    let within = format!("c.region BETWEEN {} AND {}", binds.push(low), binds.push(high));
    let found = span(binds, of, "c.found_on");
    let licensed = span(binds, of, "c.licensed_on");
    let banned = span(binds, of, "c.ban_notified_on");
    let today = binds.push(of.today);
    let from = format!("FROM unlicensed_case c WHERE {within}");
    format!(
        "SELECT '{opened}' AS fig, '' AS grp, c.id AS id, c.region AS place {from} AND {found} \
         UNION ALL SELECT '{licensed_fig}', '', c.id, c.region {from} AND {licensed} \
         UNION ALL SELECT '{banned_fig}', '', c.id, c.region {from} AND {banned} \
         UNION ALL SELECT '{overdue}', '', c.id, c.region {from} AND c.status = '{urged}' AND c.apply_by < {today}",
        opened = Figure::UnlicensedCasesOpened.as_str(),
        licensed_fig = Figure::UnlicensedCasesLicensed.as_str(),
        banned_fig = Figure::UnlicensedBansNotified.as_str(),
        overdue = Figure::UnlicensedCasesOverdue.as_str(),
        urged = UnlicensedStatus::Urged.as_str(),
    )
}

/// A builder of the records of a group of figures (each row `fig`, `grp`, `id`).
type Builder = fn(&mut Binds, &SnapshotOf) -> String;

/// The group a figure's records come from — its number (figures of one group are told apart by
/// one pass over the records) and its builder.
fn source(figure: Figure) -> (u8, Builder) {
    use Figure::*;
    match figure {
        ReviewEnrolled | ReviewSubmitted | ReviewExamined | ReviewPassed | ReviewFailed | ReviewOverdue => {
            (0, reviews)
        }
        Patrols | PatrolsWithFindings | FollowUps | FollowUpsWithFindings => (1, patrols),
        TestingTasks => (2, tasks),
        SamplesPassed | SamplesNonconforming | SamplesNotJudgeable => (3, samples),
        RectificationsOpened | RectificationsClosed | RectificationsOverdue => (4, rectifications),
        Suspensions | Revocations | RevocationProposals => (5, license_changes),
        NoticesReceived | NoticesClosed | NoticesLate => (NOTICES, notices),
        SpotCheckImports => (7, imports),
        UnlicensedCasesOpened | UnlicensedCasesLicensed | UnlicensedBansNotified | UnlicensedCasesOverdue => {
            (8, unlicensed)
        }
        CounterfeitCasesOpened
        | CounterfeitRevocationsReported
        | CounterfeitBansRequested
        | CounterfeitTransferredToPolice
        | CounterfeitCasesOverdue
        | CounterfeitCasesDismissed => (9, counterfeit),
        PeriodicReportsOwed
        | PeriodicReportsOnTime
        | PeriodicReportsLate
        | PeriodicReportsOverdue
        | PeriodicReportsReturned => (10, periodic_reports),
    }
}

/// The statement selecting one figure's record ids (`id`) over `of`: the snapshot's own, so a live
/// count — a responsibility agreement's value — counts what a report of the same days would.
pub(super) fn figure_records(binds: &mut Binds, of: &SnapshotOf, figure: Figure) -> String {
    let (_, build) = source(figure);
    format!("SELECT s.id FROM ({}) s WHERE s.fig = '{}'", build(binds, of), figure.as_str())
}

/// `figures` in groups of one source each, in the order first asked: a live count reads each
/// group's records once for all its figures (the annual review's once, not once a figure).
pub(super) fn grouped(figures: &[Figure]) -> Vec<Vec<Figure>> {
    let mut groups: Vec<(u8, Vec<Figure>)> = Vec::new();
    for figure in figures {
        let (number, _) = source(*figure);
        match groups.iter_mut().find(|(n, _)| *n == number) {
            Some((_, members)) => members.push(*figure),
            None => groups.push((number, vec![*figure])),
        }
    }
    groups.into_iter().map(|(_, members)| members).collect()
}

/// The records (`fig`, `id`) of one group's figures over `of` — the snapshot's own statement,
/// narrowed to the figures asked; `None` for an empty group.
pub(super) fn group_records(binds: &mut Binds, of: &SnapshotOf, group: &[Figure]) -> Option<String> {
    let (_, build) = source(*group.first()?);
    let listed: Vec<String> = group.iter().map(|f| format!("'{}'", f.as_str())).collect();
    Some(format!("SELECT s.fig, s.id FROM ({}) s WHERE s.fig IN ({})", build(binds, of), listed.join(", ")))
}

/// The same records with the region each is placed in (`place`: its enterprise's, a case's or an
/// import's authority's), to count them for several jurisdictions in one pass; only for a
/// [`placed`] group; `None` for an empty one.
pub(super) fn group_places(binds: &mut Binds, of: &SnapshotOf, group: &[Figure]) -> Option<String> {
    let (_, build) = source(*group.first()?);
    let listed: Vec<String> = group.iter().map(|f| format!("'{}'", f.as_str())).collect();
    Some(format!(
        "SELECT s.fig, s.id, s.place FROM ({}) s WHERE s.fig IN ({})",
        build(binds, of),
        listed.join(", ")
    ))
}

/// Whether a group's records are placed in a region: every group but the notices', which are
/// counted by the authority they were sent to.
pub(super) fn placed(group: &[Figure]) -> bool {
    group.first().is_some_and(|figure| source(*figure).0 != NOTICES)
}

/// The notices' group: counted by the receiving authority, not by the region of a record.
const NOTICES: u8 = 6;

/// Malicious-counterfeiting cases against enterprises of the jurisdiction: opened, reported up
/// for revocation, with a ban requested and transferred to the police in the period, and past
/// the deadline of the step they wait for on the day of generation (`CounterfeitCase::overdue_on`,
/// as the case list's overdue filter says it: `due_on` is null once closed or dismissed); the
/// cases dismissed in the period apart (`closed_on` is the day dismissed), while "opened" keeps
/// them, as the unlicensed cases' figure keeps its dismissed ones (docs/adr/0034 decision 10).
fn counterfeit(binds: &mut Binds, of: &SnapshotOf) -> String {
    let within = within(binds, of, "e");
    let opened = span(binds, of, "c.opened_on");
    let reported = span(binds, of, "c.revocation_reported_on");
    let banned = span(binds, of, "c.ban_requested_on");
    let police = span(binds, of, "c.police_transferred_on");
    let dismissed = span(binds, of, "c.closed_on");
    let today = binds.push(of.today);
    let from = format!("FROM counterfeit_case c JOIN enterprise e ON e.id = c.enterprise_id WHERE {within}");
    format!(
        "SELECT '{opened_fig}' AS fig, '' AS grp, c.id AS id, e.region_code AS place {from} AND {opened} \
         UNION ALL SELECT '{reported_fig}', '', c.id, e.region_code {from} AND {reported} \
         UNION ALL SELECT '{banned_fig}', '', c.id, e.region_code {from} AND {banned} \
         UNION ALL SELECT '{police_fig}', '', c.id, e.region_code {from} AND {police} \
         UNION ALL SELECT '{overdue_fig}', '', c.id, e.region_code {from} AND c.due_on < {today} \
         UNION ALL SELECT '{dismissed_fig}', '', c.id, e.region_code {from} AND c.status = '{dismissed_status}' \
         AND {dismissed}",
        opened_fig = Figure::CounterfeitCasesOpened.as_str(),
        reported_fig = Figure::CounterfeitRevocationsReported.as_str(),
        banned_fig = Figure::CounterfeitBansRequested.as_str(),
        police_fig = Figure::CounterfeitTransferredToPolice.as_str(),
        overdue_fig = Figure::CounterfeitCasesOverdue.as_str(),
        dismissed_fig = Figure::CounterfeitCasesDismissed.as_str(),
        dismissed_status = CaseStatus::Dismissed.as_str(),
    )
}

/// Enterprise periodic reports (企业定期报告) of the quarters of the period ended by the day of
/// generation, each group a quarter: the obligations derived as the due list derives them (a
/// license of the industry stored VALID or SUSPENDED, issued by the quarter's last day and not
/// expired before its first, once per enterprise and industry — docs/adr/0041 decision 4), each
/// standing as its lowest license; those first submitted by their due day and after it (the
/// report's own `due_on`); those with nothing submitted whose quarter's due day passed
/// (`reports_due_through`); and those standing returned. One statement for every quarter: the
/// quarters are a small derived table joined to the licenses, the reports joined on their unique
/// index.
fn periodic_reports(binds: &mut Binds, of: &SnapshotOf) -> String {
    let quarters: Vec<String> = quarters_ended_within(of.span.0, of.span.1, of.today)
        .into_iter()
        .map(|quarter| {
            let passed = of.reports_due_through.is_some_and(|through| quarter.last_day() <= through);
            format!(
                "SELECT {} AS k, {} AS label, {} AS first_day, {} AS last_day, {} AS passed",
                binds.push(crate::enterprise_report::period_key(quarter)),
                binds.push(quarter.to_string()),
                binds.push(quarter.first_day()),
                binds.push(quarter.last_day()),
                i32::from(passed),
            )
        })
        .collect();
    if quarters.is_empty() {
        return "SELECT '' AS fig, '' AS grp, 0 AS id, '' AS place WHERE 1 = 0".to_owned();
    }
    let within = within(binds, of, "e");
    let (valid, suspended) = (LicenseStatus::Valid.as_str(), LicenseStatus::Suspended.as_str());
    let (draft, returned) = (PeriodicStatus::Draft.as_str(), PeriodicStatus::Returned.as_str());
    format!(
        "WITH q AS ({quarters}), \
         o AS (SELECT q.k, q.label, q.passed, l.enterprise_id, l.industry_code AS industry, MIN(l.id) AS license_id, \
           e.region_code AS place FROM q JOIN license l ON l.issued_on <= q.last_day AND l.expires_on >= q.first_day \
           JOIN enterprise e ON e.id = l.enterprise_id WHERE {within} AND l.status IN ('{valid}', '{suspended}') \
           GROUP BY q.k, q.label, q.passed, l.enterprise_id, l.industry_code, e.region_code), \
         d AS (SELECT o.label, o.passed, o.license_id, o.place, r.id AS report_id, r.status, r.first_submitted_on, \
           r.due_on FROM o LEFT JOIN periodic_report r ON r.enterprise_id = o.enterprise_id \
           AND r.industry = o.industry AND r.period_key = o.k) \
         SELECT '{owed}' AS fig, d.label AS grp, d.license_id AS id, d.place AS place FROM d \
         UNION ALL SELECT '{on_time}', d.label, d.report_id, d.place FROM d WHERE d.first_submitted_on <= d.due_on \
         UNION ALL SELECT '{late}', d.label, d.report_id, d.place FROM d WHERE d.first_submitted_on > d.due_on \
         UNION ALL SELECT '{overdue}', d.label, d.license_id, d.place FROM d WHERE d.passed = 1 \
           AND (d.status IS NULL OR d.status = '{draft}') \
         UNION ALL SELECT '{returned_fig}', d.label, d.report_id, d.place FROM d WHERE d.status = '{returned}'",
        quarters = quarters.join(" UNION ALL "),
        owed = Figure::PeriodicReportsOwed.as_str(),
        on_time = Figure::PeriodicReportsOnTime.as_str(),
        late = Figure::PeriodicReportsLate.as_str(),
        overdue = Figure::PeriodicReportsOverdue.as_str(),
        returned_fig = Figure::PeriodicReportsReturned.as_str(),
    )
}

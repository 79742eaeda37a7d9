//! Double-random draws (双随机一公开, issue 16 items 7–11, docs/adr/0025): `commit_draw` takes the
//! directories' snapshots and stores them with the specification and the seed's hash before
//! anything is drawn; `run_draw` checks the revealed seed, runs the domain's algorithm over the
//! committed snapshots, stores the result and hands the drawn licenses to the drawn inspectors
//! (`draw_assignment`); `cancel_draw` withdraws a committed draw that will never be run, with
//! its reason published; `public_draw` is the published record, readable by anyone.

use chrono::NaiveDate;
use oversight_domain::access::Organisation;
use oversight_domain::archive::ArchiveFact;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::draw::algorithm::{self, DrawResult};
use oversight_domain::draw::record::{DrawRecord, DrawStatus};
use oversight_domain::draw::{DrawSpec, SeedRefused, SpecRefused, Stratum, check_seed, check_seed_hash};
use oversight_domain::registry::region::RegionCode;
use oversight_domain::text::parse_text;
use oversight_domain::{AuthorityId, DrawId};
use oversight_storage::draw::{self as stored, Assignment, NewDraw};
use serde_json::{Value, json};

use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow};

/// A draw as the authority asks it (numbers as the API receives them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawInput {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub industries: Vec<String>,
    pub regions: Vec<String>,
    pub strata: Vec<Stratum>,
    pub uniform_percent: i64,
    pub coverage_months: Option<i64>,
    pub inspectors_per_target: i64,
    pub recent_patrol_months: Option<i64>,
    pub cross_region: bool,
    /// SHA-256 (lowercase hex) of the seed the authority keeps secret until the run.
    pub seed_sha256: String,
    /// Why a second draw is made for the same authority and period.
    pub reason: Option<String>,
}

impl From<SpecRefused> for AppError {
    fn from(refusal: SpecRefused) -> AppError {
        AppError::invalid(Code::InvalidDrawSpec, "input", refusal.to_string())
    }
}

impl From<SeedRefused> for AppError {
    fn from(refusal: SeedRefused) -> AppError {
        match refusal {
            SeedRefused::Mismatch { .. } => {
                AppError::refused(Code::SeedMismatch, "seed", refusal.to_string())
            }
            SeedRefused::HashFormat => {
                AppError::invalid(Code::InvalidSeed, "seedSha256", refusal.to_string())
            }
            SeedRefused::SeedLength => AppError::invalid(Code::InvalidSeed, "seed", refusal.to_string()),
        }
    }
}

/// A number of the input as the domain's `u32`; a negative one is out of bounds.
fn count(field: &'static str, value: i64) -> Result<u32, AppError> {
    u32::try_from(value)
        .map_err(|_| AppError::invalid(Code::InvalidDrawSpec, field, format!("{value} is negative")))
}

impl App {
    /// Commits a draw of the caller's own authority: the specification, the seed's hash and the
    /// directories as they stand today, hashed. Nothing is drawn yet.
    pub async fn commit_draw(
        &self,
        principal: &Principal,
        input: &DrawInput,
    ) -> Result<DrawRecord, AppError> {
        let (authority_id, region) = seat(principal, Action::CommitDraw)?;
        check_seed_hash(&input.seed_sha256)?;
        let reason = input.reason.as_deref().map(|r| parse_text("reason", r, 1, 500, true)).transpose()?;
        let mut work = self.begin(principal, Operation::CommitDraw).await?;
        let spec = self.spec(input, authority_id, region, work.today)?;
        if reason.is_none()
            && stored::overlapping(work.tx(), authority_id, spec.starts_on, spec.ends_on).await?
        {
            return Err(AppError::refused(
                Code::DrawReasonRequired,
                "reason",
                format!(
                    "authority {authority_id} already has a draw overlapping {} – {}: a second draw needs a reason",
                    spec.starts_on, spec.ends_on
                ),
            ));
        }
        let snapshots = stored::snapshots(work.tx(), &spec).await?;
        let new = NewDraw {
            spec: &spec,
            seed_sha256: &input.seed_sha256,
            reason: reason.as_deref(),
            snapshots: &snapshots,
            by: &principal.subject,
            now: work.now,
        };
        let record = stored::insert(work.tx(), &new).await?;
        work.touch([ObjectRef::of(record.id), ObjectRef::of(authority_id)]);
        work.commit(None, Some(committed_state(&record))).await?;
        Ok(record)
    }

    fn spec(
        &self,
        input: &DrawInput,
        authority_id: AuthorityId,
        authority_region: RegionCode,
        today: NaiveDate,
    ) -> Result<DrawSpec, AppError> {
        for code in &input.industries {
            self.industries.find(code)?;
        }
        let regions = input.regions.iter().map(|r| RegionCode::parse(r)).collect::<Result<Vec<_>, _>>()?;
        let months = |field, value: Option<i64>| value.map(|m| count(field, m)).transpose();
        let spec = DrawSpec {
            authority_id,
            authority_region,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            drawn_on: today,
            industries: input.industries.clone(),
            regions,
            strata: input.strata.clone(),
            uniform_percent: count("uniformPercent", input.uniform_percent)?,
            coverage_months: months("coverageMonths", input.coverage_months)?,
            inspectors_per_target: count("inspectorsPerTarget", input.inspectors_per_target)?,
            recent_patrol_months: months("recentPatrolMonths", input.recent_patrol_months)?,
            cross_region: input.cross_region,
        };
        Ok(spec.checked(today)?)
    }

    /// Runs a committed draw with its revealed seed, once: the result is stored, the drawn
    /// licenses go on their enterprises' archives and to the drawn inspectors' assignments.
    pub async fn run_draw(
        &self,
        principal: &Principal,
        id: DrawId,
        seed: &str,
    ) -> Result<DrawRecord, AppError> {
        let mut work = self.begin(principal, Operation::RunDraw).await?;
        let current = stored::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "draw" })?;
        allow(principal, Action::RunDraw, &Resource::Region(current.spec.authority_region), "draw")?;
        not_settled(&current, "id")?;
        check_seed(seed, &current.seed_sha256)?;
        let result = algorithm::run(&current.spec, &current.snapshots, seed);
        if !stored::save_run(work.tx(), id, seed, &result, &principal.subject, work.now).await? {
            return Err(lost_race(&work, id, "id").await);
        }
        stored::insert_assignments(work.tx(), id, &result).await?;
        archive_drawn(&mut work, id, &current.spec, &result);
        work.touch([ObjectRef::of(id), ObjectRef::of(current.spec.authority_id)]);
        let ran = stored::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "draw" })?;
        work.commit(Some(committed_state(&current)), Some(ran_state(&ran, &result))).await?;
        Ok(ran)
    }

    /// Cancels a committed draw that will never be run (docs/adr/0025 decision 22): only the
    /// authority that committed it, only while it is neither run nor cancelled (compare-and-set,
    /// as the run), with a reason that is published with the record. Nothing was drawn, so no
    /// assignment or archive event is undone; the draw still counts as one of the period's.
    pub async fn cancel_draw(
        &self,
        principal: &Principal,
        id: DrawId,
        reason: &str,
    ) -> Result<DrawRecord, AppError> {
        let reason = parse_text("reason", reason, 1, 500, true)?;
        let mut work = self.begin(principal, Operation::CancelDraw).await?;
        let current = stored::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "draw" })?;
        let authority =
            Resource::Authority { id: current.spec.authority_id, region: current.spec.authority_region };
        allow(principal, Action::CancelDraw, &authority, "draw")?;
        not_settled(&current, "draw")?;
        if !stored::save_cancel(work.tx(), id, &reason, &principal.subject, work.now).await? {
            return Err(lost_race(&work, id, "draw").await);
        }
        work.touch([ObjectRef::of(id), ObjectRef::of(current.spec.authority_id)]);
        let cancelled = stored::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "draw" })?;
        let after = json!({ "cancelledAt": cancelled.cancelled_at, "cancelReason": cancelled.cancel_reason });
        work.commit(Some(committed_state(&current)), Some(after)).await?;
        Ok(cancelled)
    }

    /// The published record of a draw (一公开): anyone may read it, committed, run or cancelled.
    pub async fn public_draw(&self, id: DrawId) -> Result<Option<DrawRecord>, AppError> {
        Ok(stored::by_id(&self.store, id).await?)
    }

    /// The draws with these ids (the loader, `node(id:)`): public records, any caller.
    pub async fn draws_by_ids(
        &self,
        _principal: &Principal,
        ids: &[DrawId],
    ) -> Result<Vec<DrawRecord>, AppError> {
        Ok(stored::by_ids(&self.store, ids).await?)
    }

    /// The caller's own draw assignments, newest first: an officer of the directory; anyone else
    /// has none.
    pub async fn draw_assignments(
        &self,
        principal: &Principal,
        request: &PageRequest<i64>,
    ) -> Result<Page<Assignment>, AppError> {
        let Some(officer) = self.officer_of(principal).await? else {
            return Ok(Page { items: Vec::new(), has_previous_page: false, has_next_page: false });
        };
        Ok(stored::assignments_page(&self.store, officer.id, request).await?)
    }
}

fn already_run(id: DrawId, field: &'static str) -> AppError {
    AppError::refused(Code::DrawAlreadyRun, field, format!("draw {id} has been run: a draw runs once"))
}

fn cancelled(record: &DrawRecord, field: &'static str) -> AppError {
    let at = record.cancelled_at.map(|at| at.to_rfc3339()).unwrap_or_default();
    let reason = record.cancel_reason.as_deref().unwrap_or_default();
    AppError::refused(
        Code::DrawCancelled,
        field,
        format!("draw {} was cancelled at {at} ({reason}): it is never run", record.id),
    )
}

/// Refuses a draw that is no longer only committed: run (DRAW_ALREADY_RUN) or cancelled
/// (DRAW_CANCELLED), the error naming the input `field` that named the draw. Run and cancel
/// both act only on a committed draw.
fn not_settled(record: &DrawRecord, field: &'static str) -> Result<(), AppError> {
    match record.status() {
        DrawStatus::Committed => Ok(()),
        DrawStatus::Run => Err(already_run(record.id, field)),
        DrawStatus::Cancelled => Err(cancelled(record, field)),
    }
}

/// The refusal for a compare-and-set that found the draw settled by a concurrent run or
/// cancellation: the row as it now stands says which.
async fn lost_race(work: &crate::work::Work<'_>, id: DrawId, field: &'static str) -> AppError {
    match stored::by_id(work.tx(), id).await {
        Ok(Some(now)) if now.status() == DrawStatus::Cancelled => cancelled(&now, field),
        Ok(_) => already_run(id, field),
        Err(error) => error.into(),
    }
}

/// The caller's authority and its region, once it may take `action` there.
fn seat(principal: &Principal, action: Action) -> Result<(AuthorityId, RegionCode), AppError> {
    let resource = match principal.organisation {
        Organisation::Authority { region, .. } => Resource::Region(region),
        _ => Resource::None,
    };
    allow(principal, action, &resource, "authority")?;
    match principal.organisation {
        Organisation::Authority { id, region, .. } => Ok((id, region)),
        _ => Err(AppError::NotFound { what: "authority" }),
    }
}

fn archive_drawn(work: &mut crate::work::Work<'_>, id: DrawId, spec: &DrawSpec, result: &DrawResult) {
    for target in &result.targets {
        let fact = ArchiveFact::DrawSelected {
            draw_id: id,
            selection: target.selection,
            starts_on: spec.starts_on,
            ends_on: spec.ends_on,
        };
        work.archive(target.enterprise_id, Some(target.license_id), fact);
    }
}

/// The audit state of a committed draw: what was published at the commit.
fn committed_state(record: &DrawRecord) -> Value {
    json!({
        "spec": record.spec,
        "specSha256": record.spec_sha256,
        "seedSha256": record.seed_sha256,
        "reason": record.reason,
        "snapshotSha256": record.snapshot_sha256,
        "nTargets": record.snapshots.targets.len(),
        "nInspectors": record.snapshots.inspectors.len(),
        "nConflicts": record.snapshots.conflicts.len(),
    })
}

fn ran_state(record: &DrawRecord, result: &DrawResult) -> Value {
    json!({
        "seed": record.seed,
        "resultSha256": record.result_sha256,
        "nDrawn": result.targets.len(),
        "nShortOfInspectors": result.short_of_inspectors(record.spec.inspectors_per_target),
    })
}

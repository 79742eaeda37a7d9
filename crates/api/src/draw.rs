//! Double-random draws (双随机一公开 double-random draw, docs/adr/0025): the `Draw` node with its
//! published hashes and drawn targets, `commitDraw`, `runDraw`, `cancelDraw`, `draw(id:)` and the
//! inspector's `drawAssignments`. The public record itself is served without a token at
//! `GET /public/draws/{id}` (`public.rs`).

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{DrawAssignmentRecord, DrawInput, Page};
use oversight_domain::DrawId;
use oversight_domain::draw::Stratum;
use oversight_domain::draw::algorithm::{DrawnTarget, Selection};
use oversight_domain::draw::record::{DrawRecord, DrawStatus};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::license::License;
use crate::risk::RiskClassGql;

mirror! {
    /// Why a target was drawn.
    DrawSelectionGql as "DrawSelection" <=> Selection {
        /// Not checked for longer than the coverage guarantee allows: always drawn.
        Coverage,
        /// In the uniformly random share of the whole population.
        Uniform,
        /// In its class's share (分层 stratum).
        Stratum,
    }
}

mirror! {
    /// Where a draw stands.
    DrawStatusGql as "DrawStatus" <=> DrawStatus {
        /// Committed: the seed's hash and the directories published, nothing drawn yet.
        Committed,
        /// Run once with its seed revealed; the result is published.
        Run,
        /// Cancelled by its authority before any run: it is never run.
        Cancelled,
    }
}

pub struct Draw(pub DrawRecord);

/// A double-random draw (双随机抽取 double-random draw): committed with the hash of a secret seed and
/// the hashes of the directories, then run once with the seed revealed. Its whole record is
/// public (一公开) at `GET /public/draws/{id}` and replays offline with `oversight draw replay`.
#[Object]
impl Draw {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::Draw, self.0.id)
    }
    /// The record's number, as in the public record and its URL.
    async fn number(&self) -> i64 {
        self.0.id.get()
    }
    /// The authority that draws.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.spec.authority_id).await?.map(Authority))
    }
    /// The first day of the period the drawn checks belong to.
    async fn starts_on(&self) -> NaiveDate {
        self.0.spec.starts_on
    }
    /// The last day of the period.
    async fn ends_on(&self) -> NaiveDate {
        self.0.spec.ends_on
    }
    /// The day the directories were read (the commit's day).
    async fn drawn_on(&self) -> NaiveDate {
        self.0.spec.drawn_on
    }
    /// The algorithm's version, e.g. oversight-draw-v1.
    async fn algorithm_version(&self) -> &str {
        &self.0.algorithm_version
    }
    /// SHA-256 of the specification's canonical JSON.
    async fn spec_sha256(&self) -> &str {
        &self.0.spec_sha256
    }
    /// SHA-256 of the seed, published at the commit.
    async fn seed_sha256(&self) -> &str {
        &self.0.seed_sha256
    }
    /// SHA-256 of the targets directory (检查对象名录 target directory) snapshot.
    async fn targets_sha256(&self) -> &str {
        &self.0.snapshot_sha256.targets
    }
    /// SHA-256 of the inspectors directory (执法检查人员名录 inspector directory) snapshot.
    async fn inspectors_sha256(&self) -> &str {
        &self.0.snapshot_sha256.inspectors
    }
    /// SHA-256 of the conflicts (回避 recusal) snapshot.
    async fn conflicts_sha256(&self) -> &str {
        &self.0.snapshot_sha256.conflicts
    }
    /// Why a second draw was made for the same authority and period.
    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
    /// Licenses in the population (the targets directory).
    async fn population(&self) -> usize {
        self.0.snapshots.targets.len()
    }
    /// Officers in the inspectors directory.
    async fn inspector_count(&self) -> usize {
        self.0.snapshots.inspectors.len()
    }
    /// Inspectors drawn per target.
    async fn inspectors_per_target(&self) -> u32 {
        self.0.spec.inspectors_per_target
    }
    /// When it was committed.
    async fn committed_at(&self) -> DateTime<Utc> {
        self.0.committed_at
    }
    /// The seed, once revealed by the run.
    async fn seed(&self) -> Option<&str> {
        self.0.seed.as_deref()
    }
    /// When it was run; null while only committed.
    async fn ran_at(&self) -> Option<DateTime<Utc>> {
        self.0.ran_at
    }
    /// Committed, run or cancelled.
    async fn status(&self) -> DrawStatusGql {
        self.0.status().into()
    }
    /// When its authority cancelled it; null unless cancelled.
    async fn cancelled_at(&self) -> Option<DateTime<Utc>> {
        self.0.cancelled_at
    }
    /// Why it was cancelled (published, as the commitment was); null unless cancelled.
    async fn cancel_reason(&self) -> Option<&str> {
        self.0.cancel_reason.as_deref()
    }
    /// SHA-256 of the result's canonical lines, once run.
    async fn result_sha256(&self) -> Option<&str> {
        self.0.result_sha256.as_deref()
    }
    /// How many targets were drawn; null while only committed.
    async fn drawn_count(&self) -> Option<usize> {
        self.0.result.as_ref().map(|r| r.targets.len())
    }
    /// The drawn targets in license order, with their inspectors.
    #[graphql(complexity = "(first.unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn drawn_targets(
        &self,
        #[graphql(desc = "At most this many (1–100), default 20.")] first: Option<i32>,
        #[graphql(desc = "After this cursor.")] after: Option<String>,
    ) -> async_graphql::Result<Connection<String, DrawnTargetGql, DrawnTotal>> {
        let request = page_request(first, after, None, None, parse_id_cursor)?;
        let all = self.0.result.as_ref().map(|r| r.targets.as_slice()).unwrap_or_default();
        let start = request.after.map_or(0, |after| all.partition_point(|t| t.license_id.get() <= after));
        let n = request.first.unwrap_or(20) as usize;
        let items: Vec<DrawnTargetGql> = all
            .iter()
            .skip(start)
            .take(n)
            .map(|target| DrawnTargetGql { target: target.clone(), inspectors: inspectors(&self.0, target) })
            .collect();
        let page =
            Page { has_previous_page: start > 0, has_next_page: start + items.len() < all.len(), items };
        Ok(connection(page, DrawnTotal(all.len()), |t| id_cursor(t.target.license_id), |t| t))
    }
}

pub struct DrawnTotal(usize);

#[Object]
impl DrawnTotal {
    /// How many targets were drawn (all pages together).
    async fn total_count(&self) -> usize {
        self.0
    }
}

pub struct DrawnTargetGql {
    target: DrawnTarget,
    inspectors: Vec<DrawInspector>,
}

/// The published face (name, badge number) of a target's drawn inspectors, from the snapshot.
fn inspectors(record: &DrawRecord, target: &DrawnTarget) -> Vec<DrawInspector> {
    target
        .inspectors
        .iter()
        .filter_map(|id| record.snapshots.inspector(*id))
        .map(|row| DrawInspector {
            officer_id: global_id(NodeType::Officer, row.officer_id),
            name: row.name.clone(),
            badge_number: row.badge_number.clone(),
        })
        .collect()
}

/// A drawn target: a license in force, why it was drawn, and its inspectors.
#[Object(name = "DrawnTarget")]
impl DrawnTargetGql {
    /// The license's global ID.
    async fn license_id(&self) -> ID {
        global_id(NodeType::License, self.target.license_id)
    }
    /// The license, when within the caller's reach.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.target.license_id).await?.map(License))
    }
    /// The enterprise's global ID.
    async fn enterprise_id(&self) -> ID {
        global_id(NodeType::Enterprise, self.target.enterprise_id)
    }
    /// The class it was drawn in.
    async fn class(&self) -> RiskClassGql {
        self.target.class.into()
    }
    /// Why it was drawn.
    async fn selection(&self) -> DrawSelectionGql {
        self.target.selection.into()
    }
    /// The inspectors drawn (name and badge number only); fewer than asked when the directory
    /// had too few eligible officers.
    async fn inspectors(&self) -> &[DrawInspector] {
        &self.inspectors
    }
}

/// A drawn inspector (执法检查人员 inspector) as published: name and badge number.
#[derive(SimpleObject)]
pub struct DrawInspector {
    /// The officer's global ID.
    pub officer_id: ID,
    /// The officer's name.
    pub name: String,
    /// The badge number (执法证号 badge number).
    pub badge_number: String,
}

/// One class's share of a draw.
#[derive(InputObject)]
pub struct DrawStratumInput {
    /// The class.
    pub class: RiskClassGql,
    /// The share of the class's targets drawn, 0–100 (rounded up).
    pub percent: i32,
}

/// A draw as the authority commits it.
#[derive(InputObject)]
pub struct CommitDrawInput {
    /// The first day of the period.
    pub starts_on: NaiveDate,
    /// The last day: not before the first, less than a year after it, not before today.
    pub ends_on: NaiveDate,
    /// Industry codes of the population; empty or absent: every industry.
    #[graphql(default)]
    pub industries: Vec<String>,
    /// Region codes of the population inside the authority's jurisdiction; empty: all of it.
    #[graphql(default)]
    pub regions: Vec<String>,
    /// The share drawn per class; a class not named: none beyond the uniform share.
    #[graphql(default)]
    pub strata: Vec<DrawStratumInput>,
    /// The share of the whole population drawn uniformly at random first, 0–100.
    #[graphql(default)]
    pub uniform_percent: i32,
    /// A license not checked (patrol or sampling) for more than this many months is always drawn, 1–120.
    pub coverage_months: Option<i32>,
    /// Inspectors per target, 2–10 (执法两人以上).
    pub inspectors_per_target: i32,
    /// An officer who visited the enterprise within this many months is not drawn for it, 1–120.
    pub recent_patrol_months: Option<i32>,
    /// Exclude inspectors seated in the target's own county (cross-region inspection).
    #[graphql(default)]
    pub cross_region: bool,
    /// SHA-256 of the secret seed, 64 lowercase hex digits; the seed is revealed by runDraw.
    pub seed_sha256: String,
    /// Why: required for a second draw of the same authority and an overlapping period, 1–500 characters.
    pub reason: Option<String>,
}

/// A committed draw to cancel.
#[derive(InputObject)]
pub struct CancelDrawInput {
    /// The draw's global ID.
    pub draw: ID,
    /// Why it will never be run, 1–500 characters; published with the record.
    pub reason: String,
}

/// The draw committed, run or cancelled.
#[derive(SimpleObject)]
pub struct DrawPayload {
    /// The draw.
    pub draw: Draw,
}

pub struct DrawAssignment(DrawAssignmentRecord);

/// A drawn license handed to the caller as one of its drawn inspectors.
#[Object]
impl DrawAssignment {
    /// The draw.
    async fn draw(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Draw>> {
        Ok(load(ctx, |l| &l.draw, self.0.draw_id).await?.map(Draw))
    }
    /// The license to check.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        Ok(load(ctx, |l| &l.license, self.0.license_id).await?.map(License))
    }
    /// The license's global ID.
    async fn license_id(&self) -> ID {
        global_id(NodeType::License, self.0.license_id)
    }
    /// Why the license was drawn.
    async fn selection(&self) -> DrawSelectionGql {
        self.0.selection.into()
    }
}

pub struct NoTotal;

#[Object]
impl NoTotal {
    /// Whether the list has any item on this page (totals are not counted for assignments).
    async fn counted(&self) -> bool {
        false
    }
}

#[derive(Default)]
pub struct DrawQuery;

#[Object]
impl DrawQuery {
    /// A draw by its global ID: draws are public (一公开), so any caller reads any draw.
    async fn draw(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The draw's global ID.")] id: ID,
    ) -> async_graphql::Result<Option<Draw>> {
        let id: DrawId = parse_numeric_id(&id, NodeType::Draw, "id")?;
        Ok(load(ctx, |l| &l.draw, id).await?.map(Draw))
    }

    /// The caller's draw assignments (抽查任务 draw assignment), newest first: the licenses the
    /// caller was drawn to check. Empty for anyone who is not an officer of the directory.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn draw_assignments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, DrawAssignment, NoTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let page = app.draw_assignments(principal, &request).await.gql()?;
        Ok(connection(page, NoTotal, |r| id_cursor(r.id), DrawAssignment))
    }
}

#[derive(Default)]
pub struct DrawMutation;

#[Object]
impl DrawMutation {
    /// Commits a double-random draw (双随机抽取 double-random draw) of the caller's own authority:
    /// the specification, the seed's SHA-256 and the directories' snapshots, hashed, before
    /// anything is drawn. INVALID_DRAW_SPEC, INVALID_SEED, UNKNOWN_INDUSTRY,
    /// DRAW_REASON_REQUIRED, FORBIDDEN.
    async fn commit_draw(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The draw.")] input: CommitDrawInput,
    ) -> async_graphql::Result<DrawPayload> {
        let input = DrawInput {
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            industries: input.industries,
            regions: input.regions,
            strata: input
                .strata
                .iter()
                .map(|s| Stratum {
                    class: s.class.into(),
                    percent: u32::try_from(s.percent).unwrap_or(u32::MAX),
                })
                .collect(),
            uniform_percent: i64::from(input.uniform_percent),
            coverage_months: input.coverage_months.map(i64::from),
            inspectors_per_target: i64::from(input.inspectors_per_target),
            recent_patrol_months: input.recent_patrol_months.map(i64::from),
            cross_region: input.cross_region,
            seed_sha256: input.seed_sha256,
            reason: input.reason,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.commit_draw(principal, &input).await.gql_input("input")?;
        Ok(DrawPayload { draw: Draw(record) })
    }

    /// Runs a committed draw with its seed revealed, once: SEED_MISMATCH when the seed does not
    /// hash to the committed hash, DRAW_ALREADY_RUN when it was run, DRAW_CANCELLED when its
    /// authority cancelled it, INVALID_SEED, FORBIDDEN.
    async fn run_draw(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The draw's global ID.")] id: ID,
        #[graphql(desc = "The seed whose SHA-256 was committed, 16–256 characters.")] seed: String,
    ) -> async_graphql::Result<DrawPayload> {
        let id: DrawId = parse_numeric_id(&id, NodeType::Draw, "id")?;
        let (app, principal) = caller(ctx)?;
        let record = app.run_draw(principal, id, &seed).await.gql()?;
        Ok(DrawPayload { draw: Draw(record) })
    }

    /// Cancels a committed draw that will never be run (its seed lost, the period's work
    /// reorganised): only the authority that committed it, only before any run. The
    /// cancellation, its time and reason are published with the record; the draw still counts
    /// for the period, so a new draw of it needs a reason. DRAW_ALREADY_RUN, DRAW_CANCELLED,
    /// INVALID_TEXT, FORBIDDEN.
    async fn cancel_draw(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The draw and the reason.")] input: CancelDrawInput,
    ) -> async_graphql::Result<DrawPayload> {
        let id: DrawId = parse_numeric_id(&input.draw, NodeType::Draw, "draw")?;
        let (app, principal) = caller(ctx)?;
        let record = app.cancel_draw(principal, id, &input.reason).await.gql_input("input")?;
        Ok(DrawPayload { draw: Draw(record) })
    }
}

/// A draw id parsed from the public route's path: the bare number.
pub(crate) fn parse_public_id(text: &str) -> Result<DrawId, ApiError> {
    text.parse::<i64>().ok().filter(|n| *n > 0).map(DrawId::new).ok_or_else(|| {
        ApiError::new(oversight_app::Code::InvalidId, "a draw is named by its number").with_field("id")
    })
}

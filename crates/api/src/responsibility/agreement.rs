//! Responsibility agreements (责任状 responsibility agreement, §四, docs/adr/0036): the
//! `ResponsibilityAgreement` node with its targets' live values and the records behind them,
//! `responsibilityAgreements`, and the mutations that draft, amend, sign and withdraw one.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{AgreementFilter, AgreementRecord, DraftAgreement};
use oversight_domain::responsibility::agreement::{AgreementStatus, Bound, Target, TargetKind, Unit};
use oversight_domain::{AuthorityId, ResponsibilityAgreementId};

use crate::enums::mirror;
use crate::error::{ResultExt, caller};
use crate::generated_report::{ReportRecordRef, ReportRecordTotal};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;

mirror! {
    /// Where a responsibility agreement stands.
    AgreementStatusGql as "ResponsibilityAgreementStatus" <=> AgreementStatus {
        /// Drafted by the upper authority: amended until the lower one signs it.
        Draft,
        /// Signed by the lower authority's leadership: in force for its year.
        Signed,
        /// Withdrawn by the upper authority, with the reason: binds no one.
        Withdrawn,
    }
}

mirror! {
    /// What a target measures; its value is counted from the records, never entered.
    TargetKindGql as "AgreementTargetKind" <=> TargetKind {
        /// 巡查覆盖率 patrol coverage: of the targets of the patrol plans overlapping the year carried
        /// out by the bound authority or one below it, the percentage patrolled enough (the plans'
        /// own coverage, today) — at least the threshold.
        PatrolCoverage,
        /// 年度审查完成率 annual-review completion: of the licenses in the jurisdiction enrolled in
        /// the year's annual review, the percentage examined (on site, passed or failed) — at least.
        ReviewCompletion,
        /// 逾期整改 overdue rectifications in the jurisdiction on the day counted — at most.
        OverdueRectifications,
        /// 通报办结时长 the median working days from sending to closing of the linkage notices the
        /// bound authority received in the year and closed — at most.
        NoticeCloseMedianDays,
        /// 报告按时率 reports on time: of the generated reports the bound authority owed the tier
        /// above with a due day in the year so far (its annual report of the year before; a
        /// province's semi-annual reports too), each due the province's working days after its
        /// period (15 nationally), the percentage first submitted by that day — at least.
        ReportsOnTime,
        /// 企业定期报告按时率 enterprises' periodic reports on time: of the quarterly reports owed
        /// by the enterprises in the jurisdiction for the quarters ended in the year so far that
        /// were due by the day counted (or submitted before it), the percentage first submitted by
        /// the due day — at least. Its records are the reports submitted on time.
        PeriodicReportsOnTime,
    }
}

/// Which side of the threshold meets a target.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "AgreementTargetBound")]
pub enum BoundGql {
    /// The value must reach the threshold.
    AtLeast,
    /// The value must not exceed the threshold.
    AtMost,
}

/// What a target's threshold and value count.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "AgreementTargetUnit")]
pub enum UnitGql {
    /// A percentage (one decimal at most), rounded down: a target is never reached by rounding up.
    Percent,
    /// A number of records.
    Count,
    /// A number of working days.
    WorkingDays,
}

pub struct ResponsibilityAgreement(pub AgreementRecord);

/// A responsibility agreement (责任状 responsibility agreement, §四 层级负责制) between an authority and
/// the one directly below it for a calendar year: targets as data, their values live from the records.
#[Object]
impl ResponsibilityAgreement {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::ResponsibilityAgreement, self.0.id)
    }
    /// Where it stands.
    async fn status(&self) -> AgreementStatusGql {
        self.0.agreement.status.into()
    }
    /// The upper authority that drafted it.
    async fn issuer_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.agreement.issuer_authority_id).await?.map(Authority))
    }
    /// The authority it binds (directly below the issuer), whose work the targets measure.
    async fn counterpart_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.agreement.counterpart_authority_id).await?.map(Authority))
    }
    /// The calendar year it covers.
    async fn year(&self) -> i32 {
        self.0.agreement.year
    }
    /// The day its values are counted on: today, or the year's last day once it is over; null
    /// before the year begins.
    async fn counted_on(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<NaiveDate>> {
        let values = load(ctx, |l| &l.agreement_values, self.0.id).await?;
        Ok(values.and_then(|v| v.on))
    }
    /// Its targets with their live values, by kind.
    async fn targets(&self) -> Vec<AgreementTarget> {
        let id = self.0.id;
        self.0.agreement.targets.iter().map(|target| AgreementTarget { id, target: target.clone() }).collect()
    }
    /// The day it was drafted.
    async fn drafted_on(&self) -> NaiveDate {
        self.0.agreement.drafted_on
    }
    /// Who drafted it.
    async fn drafted_by(&self) -> &str {
        &self.0.drafted_by
    }
    /// The day the bound authority signed it.
    async fn signed_on(&self) -> Option<NaiveDate> {
        self.0.agreement.signed_on
    }
    /// Who signed it.
    async fn signed_by(&self) -> Option<&str> {
        self.0.agreement.signed_by.as_deref()
    }
    /// The day it was withdrawn.
    async fn withdrawn_on(&self) -> Option<NaiveDate> {
        self.0.agreement.withdrawn_on
    }
    /// Why it was withdrawn.
    async fn withdrawal_reason(&self) -> Option<&str> {
        self.0.agreement.withdrawal_reason.as_deref()
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// One target of an agreement.
pub struct AgreementTarget {
    id: ResponsibilityAgreementId,
    target: Target,
}

/// A target (指标 target) of a responsibility agreement: its threshold and its value counted from
/// the records, with those records one step away.
#[Object]
impl AgreementTarget {
    /// What it measures.
    async fn kind(&self) -> TargetKindGql {
        self.target.kind.into()
    }
    /// The threshold, a decimal string in the unit.
    async fn threshold(&self) -> String {
        self.target.threshold.to_string()
    }
    /// Which side of the threshold meets it.
    async fn bound(&self) -> BoundGql {
        match self.target.kind.bound() {
            Bound::AtLeast => BoundGql::AtLeast,
            Bound::AtMost => BoundGql::AtMost,
        }
    }
    /// What the threshold and the value count.
    async fn unit(&self) -> UnitGql {
        match self.target.kind.unit() {
            Unit::Percent => UnitGql::Percent,
            Unit::Count => UnitGql::Count,
            Unit::WorkingDays => UnitGql::WorkingDays,
        }
    }
    /// The value on the day counted, a decimal string in the unit; null before the year begins
    /// or, for the median, while no notice has been closed.
    async fn value(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<String>> {
        let reading = self.reading(ctx).await?;
        Ok(reading.and_then(|r| r.value()).map(|v| v.to_string()))
    }
    /// For a percentage: how many records count towards it (patrolled enough, examined).
    async fn counted(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<u64>> {
        Ok(match self.reading(ctx).await? {
            Some(oversight_domain::responsibility::agreement::Reading::Share { counted, .. }) => {
                Some(counted)
            }
            _ => None,
        })
    }
    /// For a percentage: how many records it is out of (the targets, the enrolled reviews).
    async fn out_of(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<u64>> {
        Ok(match self.reading(ctx).await? {
            Some(oversight_domain::responsibility::agreement::Reading::Share { out_of, .. }) => Some(out_of),
            _ => None,
        })
    }
    /// Whether the value meets the threshold on the day counted; null when there is no value.
    async fn met(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<bool>> {
        Ok(self.reading(ctx).await?.and_then(|r| self.target.met(&r)))
    }
    /// The records behind the value, by id (each a global ID for `node(id:)`, read as its own
    /// queries read it): the patrol plans a coverage sums, the reviews examined, the
    /// rectifications overdue, the notices closed, the reports owed (those generated), the
    /// enterprises' periodic reports submitted on time.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn records(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, ReportRecordRef, ReportRecordTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let (app, principal) = caller(ctx)?;
        let found = app
            .responsibility_agreement_records(principal, self.id, self.target.kind, &request)
            .await
            .gql()?;
        let kind = found.kind;
        let total = ReportRecordTotal { count: found.total };
        Ok(connection(found.page, total, |id| id_cursor(*id), |id| ReportRecordRef { kind, id }))
    }
}

impl AgreementTarget {
    async fn reading(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<oversight_domain::responsibility::agreement::Reading>> {
        let values = load(ctx, |l| &l.agreement_values, self.id).await?;
        Ok(values.and_then(|v| v.readings.get(&self.target.kind).copied()))
    }
}

/// One target as the drafter sets it.
#[derive(InputObject)]
#[graphql(name = "AgreementTargetInput")]
pub struct TargetInput {
    /// What it measures; each kind at most once.
    pub kind: TargetKindGql,
    /// The threshold, a decimal string: a percentage above 0 and at most 100 (one decimal at
    /// most), a count of 0–10000, or 1–60 working days.
    pub threshold: String,
}

fn raw_targets(targets: Vec<TargetInput>) -> Vec<(TargetKind, String)> {
    targets.into_iter().map(|t| (t.kind.into(), t.threshold)).collect()
}

/// An agreement as its drafter asks it.
#[derive(InputObject)]
pub struct DraftResponsibilityAgreementInput {
    /// An open authority directly below the caller's (a province's city, a city's county).
    pub counterpart_authority_id: ID,
    /// This year or the next.
    pub year: i32,
    /// The targets (at least one).
    pub targets: Vec<TargetInput>,
}

/// What the agreements list is narrowed to.
#[derive(InputObject, Default)]
pub struct ResponsibilityAgreementFilter {
    /// Only those this authority drafted.
    pub issuer: Option<ID>,
    /// Only those binding this authority.
    pub counterpart: Option<ID>,
    /// Only those of this year.
    pub year: Option<i32>,
    /// Only those in this state.
    pub status: Option<AgreementStatusGql>,
}

impl ResponsibilityAgreementFilter {
    fn parse(self) -> async_graphql::Result<AgreementFilter> {
        let authority = |id: Option<ID>, field| {
            id.map(|id| parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, field)).transpose()
        };
        Ok(AgreementFilter {
            issuer: authority(self.issuer, "filter.issuer")?,
            counterpart: authority(self.counterpart, "filter.counterpart")?,
            year: self.year,
            status: self.status.map(Into::into),
        })
    }
}

/// The agreement after the step.
#[derive(SimpleObject)]
pub struct ResponsibilityAgreementPayload {
    /// The agreement.
    pub agreement: ResponsibilityAgreement,
}

pub struct ResponsibilityAgreementTotal {
    filter: AgreementFilter,
}

#[Object]
impl ResponsibilityAgreementTotal {
    /// How many agreements match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_responsibility_agreements(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct AgreementQuery;

#[Object]
impl AgreementQuery {
    /// Responsibility agreements (责任状 responsibility agreement) the caller's authority drafted or
    /// is bound by, and those of the authorities below it (the national authority: all), newest
    /// first. Officers and auditors; others FORBIDDEN.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn responsibility_agreements(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: ResponsibilityAgreementFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, ResponsibilityAgreement, ResponsibilityAgreementTotal>>
    {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.parse()?;
        let (app, principal) = caller(ctx)?;
        let page = app.responsibility_agreements(principal, &filter, &request).await.gql()?;
        Ok(connection(
            page,
            ResponsibilityAgreementTotal { filter },
            |r| id_cursor(r.id),
            ResponsibilityAgreement,
        ))
    }
}

fn agreement_id(id: &ID) -> async_graphql::Result<ResponsibilityAgreementId> {
    Ok(parse_numeric_id(id, NodeType::ResponsibilityAgreement, "agreementId")?)
}

#[derive(Default)]
pub struct AgreementMutation;

#[Object]
impl AgreementMutation {
    /// Drafts a responsibility agreement (责任状 responsibility agreement) with an authority directly
    /// below the caller's: its head or leader in charge; one standing agreement per authority and
    /// year. INVALID_AGREEMENT, AGREEMENT_NOT_UPPER_TIER, AGREEMENT_ALREADY_STANDING,
    /// OUT_OF_JURISDICTION, FORBIDDEN, NOT_FOUND.
    async fn draft_responsibility_agreement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The agreement.")] input: DraftResponsibilityAgreementInput,
    ) -> async_graphql::Result<ResponsibilityAgreementPayload> {
        let draft = DraftAgreement {
            counterpart_authority_id: parse_numeric_id(
                &input.counterpart_authority_id,
                NodeType::Authority,
                "input.counterpartAuthorityId",
            )?,
            year: input.year,
            targets: raw_targets(input.targets),
        };
        let (app, principal) = caller(ctx)?;
        let record = app.draft_responsibility_agreement(principal, &draft).await.gql_input("input")?;
        Ok(ResponsibilityAgreementPayload { agreement: ResponsibilityAgreement(record) })
    }

    /// Replaces a draft agreement's targets: the drafting authority's head or leader in charge.
    /// INVALID_AGREEMENT, ILLEGAL_AGREEMENT_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn amend_responsibility_agreement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The agreement.")] agreement_id: ID,
        #[graphql(desc = "The targets (at least one), replacing the draft's.")] targets: Vec<TargetInput>,
    ) -> async_graphql::Result<ResponsibilityAgreementPayload> {
        let id = self::agreement_id(&agreement_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.amend_responsibility_agreement(principal, id, &raw_targets(targets)).await.gql()?;
        Ok(ResponsibilityAgreementPayload { agreement: ResponsibilityAgreement(record) })
    }

    /// Signs a draft agreement that binds the caller's authority: its head or leader in charge.
    /// ILLEGAL_AGREEMENT_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn sign_responsibility_agreement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The agreement.")] agreement_id: ID,
    ) -> async_graphql::Result<ResponsibilityAgreementPayload> {
        let id = self::agreement_id(&agreement_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.sign_responsibility_agreement(principal, id).await.gql()?;
        Ok(ResponsibilityAgreementPayload { agreement: ResponsibilityAgreement(record) })
    }

    /// Withdraws a draft or signed agreement with the reason: the drafting authority's head or
    /// leader in charge; another may then be drafted. ILLEGAL_AGREEMENT_TRANSITION, INVALID_TEXT,
    /// FORBIDDEN, NOT_FOUND.
    async fn withdraw_responsibility_agreement(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The agreement.")] agreement_id: ID,
        #[graphql(desc = "Why, 1–1000 characters.")] reason: String,
    ) -> async_graphql::Result<ResponsibilityAgreementPayload> {
        let id = self::agreement_id(&agreement_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.withdraw_responsibility_agreement(principal, id, &reason).await.gql()?;
        Ok(ResponsibilityAgreementPayload { agreement: ResponsibilityAgreement(record) })
    }
}

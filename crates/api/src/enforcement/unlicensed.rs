//! Unlicensed-production cases (无证生产 unlicensed production, §三, docs/adr/0033): the
//! `UnlicensedCase` node, `unlicensedCases`, and the mutations that open a case, urge the
//! producer, link its license, notify the ban, close and dismiss it.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{BanNotice, OpenUnlicensedCase, UnlicensedCaseFilter, UnlicensedRecord};
use oversight_domain::enforcement::unlicensed::{BanGround, CaseSource, UnlicensedStatus};
use oversight_domain::{CreditCode, RegionCode, UnlicensedCaseId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::page::{Connection, connection, page_request};
use crate::query::field_error;
use crate::registry::authority::Authority;
use crate::registry::enterprise::Enterprise;
use crate::registry::license::License;

mirror! {
    /// How the producer came to the authority's notice.
    CaseSourceGql as "UnlicensedCaseSource" <=> CaseSource {
        /// Found on a patrol (巡查 patrol) of a licensed enterprise nearby: name the patrol.
        Patrol,
        /// A complaint or report (投诉举报 complaint): name it in the reference.
        Complaint,
        /// A spot check (监督抽查 spot check) sampled its product: name the report in the reference.
        SpotCheck,
        /// Any other way (a referral …), described in the reference.
        Other,
    }
}

mirror! {
    /// Where an unlicensed-production case stands.
    UnlicensedStatusGql as "UnlicensedCaseStatus" <=> UnlicensedStatus {
        /// Opened (立案 opened), the producer not urged yet.
        Found,
        /// Urged to apply for a license by a deadline (督促申请 urged to apply).
        Urged,
        /// The producer obtained a license: the case links it. Final.
        Licensed,
        /// The local government was notified to ban the producer (通报取缔 ban notified).
        BanNotified,
        /// Closed with the ban's outcome. Final.
        Closed,
        /// Dismissed with the reason: not unlicensed production. Final.
        Dismissed,
    }
}

mirror! {
    /// Why a producer cannot meet the conditions (达不到取证条件 cannot meet the conditions).
    BanGroundGql as "UnlicensedBanGround" <=> BanGround {
        /// It applied and the license was refused (不予许可 refused).
        ApplicationRefused,
        /// The day to apply passed without an application.
        NoApplicationByDeadline,
        /// The officers found it cannot meet the conditions.
        ConditionsNotMet,
    }
}

pub struct UnlicensedCase(pub UnlicensedRecord);

/// An unlicensed-production case (无证生产 unlicensed production, §三): a producer found making a
/// catalogue product without a license, urged to apply, then licensed or reported to the local
/// government for a ban.
#[Object]
impl UnlicensedCase {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::UnlicensedCase, self.0.id)
    }
    /// Where it stands.
    async fn status(&self) -> UnlicensedStatusGql {
        self.0.case.status.into()
    }
    /// The producer's name.
    async fn producer_name(&self) -> &str {
        &self.0.case.producer_name
    }
    /// Its unified social credit code, if it has one.
    async fn credit_code(&self) -> Option<&str> {
        self.0.case.credit_code.as_ref().map(CreditCode::as_str)
    }
    /// Where it produces.
    async fn address(&self) -> &str {
        &self.0.case.address
    }
    /// The county-level division (GB/T 2260) where it produces.
    async fn region_code(&self) -> &str {
        self.0.case.region.as_str()
    }
    /// The catalogue industry of the product (the license it would need).
    async fn industry(&self) -> &str {
        &self.0.case.industry
    }
    /// The product as found.
    async fn product(&self) -> &str {
        &self.0.case.product
    }
    /// The registry enterprise of its credit code, or the enterprise licensed (null outside the
    /// caller's registry reach).
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        let Some(id) = self.0.case.enterprise_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.enterprise, id).await?.map(Enterprise))
    }
    /// How it came to notice.
    async fn source(&self) -> CaseSourceGql {
        self.0.case.source.into()
    }
    /// The patrol it was found on, as a PatrolInspection global ID.
    async fn patrol_id(&self) -> Option<ID> {
        self.0.case.patrol_id.map(|id| global_id(NodeType::PatrolInspection, id))
    }
    /// The complaint, spot-check report or referral it comes from.
    async fn reference(&self) -> Option<&str> {
        self.0.case.reference.as_deref()
    }
    /// What was found.
    async fn finding(&self) -> &str {
        &self.0.case.finding
    }
    /// The day it was found.
    async fn found_on(&self) -> NaiveDate {
        self.0.case.found_on
    }
    /// The authority whose officer opened it.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.authority_id).await?.map(Authority))
    }
    /// The day the producer was urged to apply.
    async fn urged_on(&self) -> Option<NaiveDate> {
        self.0.case.urged_on
    }
    /// The last day to apply (working days from the urging, the province's setting).
    async fn apply_by(&self) -> Option<NaiveDate> {
        self.0.case.apply_by
    }
    /// Whether it is urged and the day to apply has passed, today.
    async fn overdue(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let (app, _) = caller(ctx)?;
        Ok(self.0.case.overdue_on(app.today()))
    }
    /// The license the producer obtained.
    async fn license(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<License>> {
        let Some(id) = self.0.case.license_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.license, id).await?.map(License))
    }
    /// The day the license was linked.
    async fn licensed_on(&self) -> Option<NaiveDate> {
        self.0.case.licensed_on
    }
    /// Why it cannot meet the conditions, when a ban was notified.
    async fn ban_ground(&self) -> Option<BanGroundGql> {
        self.0.case.ban_ground.map(Into::into)
    }
    /// The local government notified.
    async fn local_government(&self) -> Option<&str> {
        self.0.case.local_government.as_deref()
    }
    /// The ban notice's document number (文号 document number).
    async fn ban_document(&self) -> Option<&str> {
        self.0.case.ban_document.as_deref()
    }
    /// The day the ban was notified.
    async fn ban_notified_on(&self) -> Option<NaiveDate> {
        self.0.case.ban_notified_on
    }
    /// The day it was closed or dismissed.
    async fn closed_on(&self) -> Option<NaiveDate> {
        self.0.case.closed_on
    }
    /// The ban's outcome, or the reason of the dismissal.
    async fn close_note(&self) -> Option<&str> {
        self.0.case.close_note.as_deref()
    }
    /// Who opened it.
    async fn opened_by(&self) -> &str {
        &self.0.opened_by
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A case as the officer opens it.
#[derive(InputObject)]
pub struct OpenUnlicensedCaseInput {
    /// The producer's name, 2–100 characters.
    pub producer_name: String,
    /// Its unified social credit code, when it has one: matched against the registry first.
    pub credit_code: Option<String>,
    /// Where it produces, 2–200 characters.
    pub address: String,
    /// The county-level division (GB/T 2260) where it produces, inside the caller's jurisdiction.
    pub region_code: String,
    /// The catalogue industry of the product (`industries` lists them).
    pub industry: String,
    /// The product as found (name, model, brand), 1–200 characters.
    pub product: String,
    /// How it came to notice.
    pub source: CaseSourceGql,
    /// The patrol it was found on (source PATROL only).
    pub patrol_id: Option<ID>,
    /// The complaint, spot-check report or referral (required unless the source is PATROL).
    pub reference: Option<String>,
    /// What was found, 2–2000 characters.
    pub finding: String,
    /// The day it was found: not in the future.
    pub found_on: NaiveDate,
}

/// The notice to the local government to ban the producer.
#[derive(InputObject)]
pub struct NotifyUnlicensedBanInput {
    /// The case.
    pub case_id: ID,
    /// Why the producer cannot meet the conditions.
    pub ground: BanGroundGql,
    /// The local government (and departments) notified, 2–100 characters.
    pub local_government: String,
    /// The notice's document number (文号 document number), 2–100 characters.
    pub document: String,
}

/// What the cases list is narrowed to.
#[derive(InputObject, Default)]
pub struct UnlicensedCaseFilterInput {
    /// Only those in this state.
    pub status: Option<UnlicensedStatusGql>,
    /// Only the overdue ones (true) or those not overdue (false), today.
    pub overdue: Option<bool>,
    /// Only producers inside this division (GB/T 2260 code).
    pub region_code: Option<String>,
    /// Only the producer of this credit code.
    pub credit_code: Option<String>,
    /// Only this industry.
    pub industry: Option<String>,
    /// Only those about this registry enterprise.
    pub enterprise_id: Option<ID>,
}

impl UnlicensedCaseFilterInput {
    pub(crate) fn into_filter(self) -> Result<UnlicensedCaseFilter, ApiError> {
        let region = self.region_code.map(|code| RegionCode::parse(&code)).transpose();
        let credit_code = self.credit_code.map(|code| CreditCode::parse(&code)).transpose();
        Ok(UnlicensedCaseFilter {
            status: self.status.map(Into::into),
            overdue: self.overdue,
            region: region.map_err(|e| field_error(e, "filter.regionCode"))?,
            credit_code: credit_code.map_err(|e| field_error(e, "filter.creditCode"))?,
            industry: self.industry,
            enterprise_id: self
                .enterprise_id
                .map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId"))
                .transpose()?,
        })
    }
}

/// The case after the step.
#[derive(SimpleObject)]
pub struct UnlicensedCasePayload {
    /// The case.
    pub case: UnlicensedCase,
}

pub struct UnlicensedCaseTotal {
    filter: UnlicensedCaseFilter,
}

#[Object]
impl UnlicensedCaseTotal {
    /// How many cases match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_unlicensed_cases(principal, &self.filter).await.gql()
    }
}

fn parse_case_id(id: &ID, field: &'static str) -> Result<UnlicensedCaseId, ApiError> {
    parse_numeric_id(id, NodeType::UnlicensedCase, field)
}

#[derive(Default)]
pub struct UnlicensedQuery;

#[Object]
impl UnlicensedQuery {
    /// Unlicensed-production cases (无证生产 unlicensed production) of producers inside the
    /// caller's jurisdiction (the national authority: all), newest first. For officers and
    /// auditors; others FORBIDDEN.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn unlicensed_cases(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: UnlicensedCaseFilterInput,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, UnlicensedCase, UnlicensedCaseTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.into_filter()?;
        let (app, principal) = caller(ctx)?;
        let page = app.unlicensed_cases(principal, &filter, &request).await.gql()?;
        Ok(connection(page, UnlicensedCaseTotal { filter }, |r| id_cursor(r.id), UnlicensedCase))
    }
}

#[derive(Default)]
pub struct UnlicensedMutation;

#[Object]
impl UnlicensedMutation {
    /// Opens an unlicensed-production case (无证生产立案) about a producer in the caller's
    /// jurisdiction (provincial, municipal and county officers). A credit code is matched against
    /// the registry first. INVALID_UNLICENSED_CASE, PRODUCER_IS_LICENSED,
    /// UNLICENSED_CASE_ALREADY_OPEN, UNKNOWN_INDUSTRY, OUT_OF_JURISDICTION, FORBIDDEN.
    async fn open_unlicensed_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The producer and the finding.")] input: OpenUnlicensedCaseInput,
    ) -> async_graphql::Result<UnlicensedCasePayload> {
        let open = OpenUnlicensedCase {
            producer_name: input.producer_name,
            credit_code: input.credit_code,
            address: input.address,
            region_code: input.region_code,
            industry: input.industry,
            product: input.product,
            source: input.source.into(),
            patrol_id: input
                .patrol_id
                .map(|id| parse_numeric_id(&id, NodeType::PatrolInspection, "input.patrolId"))
                .transpose()?,
            reference: input.reference,
            finding: input.finding,
            found_on: input.found_on,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.open_unlicensed_case(principal, &open).await.gql_input("input")?;
        Ok(UnlicensedCasePayload { case: UnlicensedCase(record) })
    }

    /// Urges the producer to apply for a license (督促申请 urge to apply) by a day counted in
    /// working days (the province's setting). ILLEGAL_UNLICENSED_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn urge_unlicensed_producer(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] case_id: ID,
    ) -> async_graphql::Result<UnlicensedCasePayload> {
        let id = parse_case_id(&case_id, "caseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.urge_unlicensed_producer(principal, id).await.gql()?;
        Ok(UnlicensedCasePayload { case: UnlicensedCase(record) })
    }

    /// Settles a case with the license the producer obtained: of the case's industry, the
    /// producer's credit code (or place), valid, issued since the case was found.
    /// LICENSE_DOES_NOT_SETTLE_CASE, ILLEGAL_UNLICENSED_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn link_unlicensed_case_license(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] case_id: ID,
        #[graphql(desc = "The license the producer obtained.")] license_id: ID,
    ) -> async_graphql::Result<UnlicensedCasePayload> {
        let id = parse_case_id(&case_id, "caseId")?;
        let license = parse_numeric_id(&license_id, NodeType::License, "licenseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.link_unlicensed_case_license(principal, id, license).await.gql()?;
        Ok(UnlicensedCasePayload { case: UnlicensedCase(record) })
    }

    /// Records the notice to the local government to ban a producer that cannot meet the
    /// conditions (通报取缔 ban notice), after it was urged; signed by the authority's head or
    /// leader in charge. APPLY_DEADLINE_NOT_PASSED, ILLEGAL_UNLICENSED_TRANSITION, INVALID_TEXT,
    /// FORBIDDEN, NOT_FOUND.
    async fn notify_unlicensed_ban(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case and the notice.")] input: NotifyUnlicensedBanInput,
    ) -> async_graphql::Result<UnlicensedCasePayload> {
        let id = parse_case_id(&input.case_id, "input.caseId")?;
        let notice = BanNotice {
            ground: input.ground.into(),
            local_government: input.local_government,
            document: input.document,
        };
        let (app, principal) = caller(ctx)?;
        let record = app.notify_unlicensed_ban(principal, id, &notice).await.gql_input("input")?;
        Ok(UnlicensedCasePayload { case: UnlicensedCase(record) })
    }

    /// Closes a case after the ban notice, with the outcome (结案 closed).
    /// ILLEGAL_UNLICENSED_TRANSITION, INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn close_unlicensed_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] case_id: ID,
        #[graphql(desc = "The ban's outcome, 2–1000 characters.")] outcome: String,
    ) -> async_graphql::Result<UnlicensedCasePayload> {
        let id = parse_case_id(&case_id, "caseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.close_unlicensed_case(principal, id, &outcome).await.gql()?;
        Ok(UnlicensedCasePayload { case: UnlicensedCase(record) })
    }

    /// Dismisses a case that is not unlicensed production after all (撤销立案 dismissed), with
    /// the reason; signed by the authority's head or leader in charge.
    /// ILLEGAL_UNLICENSED_TRANSITION, INVALID_TEXT, FORBIDDEN, NOT_FOUND.
    async fn dismiss_unlicensed_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The case.")] case_id: ID,
        #[graphql(desc = "Why, 2–1000 characters.")] reason: String,
    ) -> async_graphql::Result<UnlicensedCasePayload> {
        let id = parse_case_id(&case_id, "caseId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.dismiss_unlicensed_case(principal, id, &reason).await.gql()?;
        Ok(UnlicensedCasePayload { case: UnlicensedCase(record) })
    }
}

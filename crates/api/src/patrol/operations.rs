//! The queries and mutations of patrols and follow-up visits (巡查 patrol、回访 follow-up
//! visit): the checklist a patrol answers, the records (with the province's filing queues), the
//! measures, the follow-ups due; one mutation per step of §二(三).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{
    Code, FollowUpFilter, FollowUpInput, MeasureFilter, MeasureStep, OfflineInput, PatrolFilter, PatrolInput,
};
use oversight_domain::patrol::checklist::RawAnswer;
use oversight_domain::patrol::measure::{MeasureAsked, parse_amount};
use oversight_domain::{
    AttachmentId, EnterpriseId, FollowUpId, LicenseId, MeasureId, OfficerId, PatrolId, TaskId,
};

use super::{
    CarriedOutcomeGql, FilingGql, FollowUp, FollowUpStateGql, MeasureKindGql, MeasureStatusGql,
    PatrolInspection, PatrolKindGql, PatrolMeasure,
};
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{
    NodeType, follow_up_cursor, id_cursor, parse_follow_up_cursor, parse_id_cursor, parse_numeric_id,
};
use crate::page::{Connection, connection, page_request};
use crate::review::types::ItemAnswerGql;

/// A device's identity of a visit recorded without a network, submitted later.
#[derive(InputObject)]
pub struct OfflineSubmissionInput {
    /// The device's key of this visit (8–64 printable ASCII characters; a UUID fits): a retry
    /// with the same key answers the stored record.
    pub idempotency_key: String,
    /// The device (1–64 characters).
    pub device_id: String,
    /// The device's clock when the visit was recorded (at most 5 minutes ahead of the server,
    /// 30 days behind).
    pub recorded_at: DateTime<Utc>,
}

impl From<OfflineSubmissionInput> for OfflineInput {
    fn from(input: OfflineSubmissionInput) -> Self {
        OfflineInput {
            idempotency_key: input.idempotency_key,
            device_id: input.device_id,
            recorded_at: input.recorded_at,
        }
    }
}

/// One answered checklist item.
#[derive(InputObject)]
pub struct PatrolAnswerInput {
    /// A code of `patrolChecklist`.
    pub code: String,
    /// Conforming, nonconforming or not applicable.
    pub answer: ItemAnswerGql,
    /// Required when NONCONFORMING (how) or NOT_APPLICABLE (why); 1–2000 characters.
    pub note: Option<String>,
    /// Evidence: attachments of the enterprise's file (at most 20 per item), sealed once recorded.
    #[graphql(default)]
    pub evidence_ids: Vec<ID>,
}

/// A patrol (巡查 patrol) as recorded by its officers.
#[derive(InputObject)]
pub struct RecordPatrolInput {
    /// The license inspected (its enterprise and industry follow).
    pub license_id: ID,
    /// The day of the visit (not after today); today when left out.
    pub inspected_on: Option<NaiveDate>,
    /// Two or more officers of the directory (执法两人以上), qualified for the industry, in a
    /// jurisdiction that holds the enterprise.
    pub inspector_ids: Vec<ID>,
    /// Every item of `patrolChecklist` answered exactly once.
    pub answers: Vec<PatrolAnswerInput>,
    /// For a visit recorded on a device without a network.
    pub offline: Option<OfflineSubmissionInput>,
}

/// A measure (措施 measure) ordered on a patrol's findings; the fields of its kind only.
#[derive(InputObject)]
pub struct OrderPatrolMeasureInput {
    /// The patrol whose findings it is ordered on.
    pub patrol_id: ID,
    /// The nonconforming item codes it is ordered on (one or more of the patrol's findings).
    pub findings: Vec<String>,
    /// The kind of measure; only its own fields below are read.
    pub kind: MeasureKindGql,
    /// RECTIFY_BY_DEADLINE: the period in days (15–90; 30 when absent); the deadline is moved to
    /// a working day.
    pub rectification_days: Option<i32>,
    /// PENALTY: the decision number (处罚决定书文号).
    pub decision_number: Option<String>,
    /// PENALTY: the legal basis.
    pub legal_basis: Option<String>,
    /// PENALTY: the amount in yuan, exact decimal text (at most two decimals; 0 for a warning).
    pub amount: Option<String>,
    /// TRANSFER: the department transferred to.
    pub transferred_to: Option<String>,
    /// TRANSFER: the day it receipted, if known already.
    pub receipt_on: Option<NaiveDate>,
}

impl OrderPatrolMeasureInput {
    fn asked(&self) -> Result<MeasureAsked, ApiError> {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        Ok(match self.kind {
            MeasureKindGql::Assistance => MeasureAsked::Assistance,
            MeasureKindGql::SamplingTest => MeasureAsked::SamplingTest,
            MeasureKindGql::Suspension => MeasureAsked::Suspension,
            MeasureKindGql::RectifyByDeadline => {
                MeasureAsked::RectifyByDeadline { days: self.rectification_days.map(i64::from) }
            }
            MeasureKindGql::Penalty => {
                let written = text(&self.amount);
                let amount = parse_amount(&written).ok_or_else(|| {
                    ApiError::new(
                        Code::InvalidMeasure,
                        format!("the amount {written:?} is no decimal number"),
                    )
                    .with_field("input.amount")
                })?;
                MeasureAsked::Penalty {
                    decision_number: text(&self.decision_number),
                    legal_basis: text(&self.legal_basis),
                    amount,
                }
            }
            MeasureKindGql::Transfer => {
                MeasureAsked::Transfer { to: text(&self.transferred_to), receipt_on: self.receipt_on }
            }
        })
    }
}

/// One carried-over item with what the follow-up visit found.
#[derive(InputObject)]
pub struct CarriedItemInput {
    /// A carried item's code.
    pub code: String,
    /// What the visit found.
    pub outcome: CarriedOutcomeGql,
}

/// A follow-up visit (回访 follow-up visit) as recorded by its officers.
#[derive(InputObject)]
pub struct RecordFollowUpInput {
    /// The follow-up it answers (due: its deadline passed).
    pub follow_up_id: ID,
    /// The day of the visit: after the rectification deadline, not after today; today when left
    /// out.
    pub inspected_on: Option<NaiveDate>,
    /// Two or more qualified officers of the directory, as on a patrol.
    pub inspector_ids: Vec<ID>,
    /// Every carried-over item, exactly once.
    pub items: Vec<CarriedItemInput>,
    /// For a visit recorded on a device without a network.
    pub offline: Option<OfflineSubmissionInput>,
}

/// What the records list is narrowed to; every field optional.
#[derive(InputObject, Default)]
pub struct PatrolRecordFilter {
    /// Only this enterprise.
    pub enterprise_id: Option<ID>,
    /// Only patrols, or only follow-up visits.
    pub kind: Option<PatrolKindGql>,
    /// Only records in these filing states (the province's queue: `[FILED]`; the unfiled:
    /// `[UNFILED]`).
    pub filing: Option<Vec<FilingGql>>,
    /// Only records in conflict with another device's record of the same visit.
    #[graphql(default)]
    pub conflicts: bool,
}

/// What the measures list is narrowed to.
#[derive(InputObject, Default)]
pub struct PatrolMeasureFilter {
    /// Only this enterprise.
    pub enterprise_id: Option<ID>,
    /// Only these statuses (an enterprise's open measures: `[OPEN]`).
    pub statuses: Option<Vec<MeasureStatusGql>>,
}

/// What the follow-ups list is narrowed to.
#[derive(InputObject, Default)]
pub struct FollowUpFilterInput {
    /// Only this enterprise.
    pub enterprise_id: Option<ID>,
    /// Only follow-ups in this state today (the officer's queue: `DUE`).
    pub state: Option<FollowUpStateGql>,
}

/// The checklist a patrol of a license answers.
#[derive(SimpleObject)]
pub struct PatrolChecklist {
    /// The industry plugin version whose items follow the base items (null: none loaded).
    pub plugin_version: Option<String>,
    /// The items, in the order answered.
    pub items: Vec<PatrolChecklistItem>,
}

/// One checklist item.
#[derive(SimpleObject)]
pub struct PatrolChecklistItem {
    /// The code an answer names.
    pub code: String,
    /// What to check, in Chinese.
    pub text_zh: String,
    /// What to check, in English (when the plugin gives it).
    pub text_en: Option<String>,
    /// The clause it rests on.
    pub basis: String,
    /// One of the five base items of §二(三); false: the industry plugin's.
    pub base: bool,
}

/// The recorded patrol or follow-up visit.
#[derive(SimpleObject)]
pub struct RecordPatrolPayload {
    /// The record (the stored one, for a replay).
    pub patrol: PatrolInspection,
    /// True when the submission repeated a stored one (same idempotency key, same visit): nothing
    /// was written.
    pub replayed: bool,
}

/// The measure after the step.
#[derive(SimpleObject)]
pub struct PatrolMeasurePayload {
    /// The measure.
    pub measure: PatrolMeasure,
}

/// The record after its filing step.
#[derive(SimpleObject)]
pub struct PatrolRecordPayload {
    /// The record.
    pub patrol: PatrolInspection,
}

pub struct PatrolRecordTotal {
    filter: PatrolFilter,
}

#[Object]
impl PatrolRecordTotal {
    /// How many records match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_patrol_records(principal, &self.filter).await.gql()
    }
}

pub struct PatrolMeasureTotal {
    filter: MeasureFilter,
}

#[Object]
impl PatrolMeasureTotal {
    /// How many measures match.
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_patrol_measures(principal, &self.filter).await.gql()
    }
}

pub struct FollowUpTotal {
    filter: FollowUpFilter,
}

#[Object]
impl FollowUpTotal {
    /// How many follow-ups match today.
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_follow_ups(principal, &self.filter).await.gql()
    }
}

fn ids<K: oversight_domain::TypedId>(
    ids: &[ID],
    node: NodeType,
    field: &'static str,
) -> Result<Vec<K>, ApiError> {
    ids.iter().map(|id| parse_numeric_id::<K>(id, node, field)).collect()
}

/// The storage filter of `patrolRecords` (and of its export).
pub(crate) fn patrol_filter(filter: PatrolRecordFilter) -> Result<PatrolFilter, ApiError> {
    Ok(PatrolFilter {
        enterprise_id: enterprise(filter.enterprise_id)?,
        kind: filter.kind.map(Into::into),
        filing: filter.filing.map(|f| f.into_iter().map(Into::into).collect()),
        conflicts: filter.conflicts,
    })
}

/// The storage filter of `patrolMeasures` (and of its export).
pub(crate) fn measure_filter(filter: PatrolMeasureFilter) -> Result<MeasureFilter, ApiError> {
    Ok(MeasureFilter {
        enterprise_id: enterprise(filter.enterprise_id)?,
        statuses: filter.statuses.map(|s| s.into_iter().map(Into::into).collect()),
    })
}

/// The storage filter of `followUps` (and of its export); the state is judged on the day read.
pub(crate) fn follow_up_filter(filter: FollowUpFilterInput) -> Result<FollowUpFilter, ApiError> {
    Ok(FollowUpFilter {
        enterprise_id: enterprise(filter.enterprise_id)?,
        state: filter.state.map(Into::into),
    })
}

fn enterprise(id: Option<ID>) -> Result<Option<EnterpriseId>, ApiError> {
    id.map(|id| parse_numeric_id(&id, NodeType::Enterprise, "filter.enterpriseId")).transpose()
}

#[derive(Default)]
pub struct PatrolQuery;

#[Object]
impl PatrolQuery {
    /// The checklist a patrol (巡查 patrol) of this license answers today: the five base items
    /// of §二(三), then the industry plugin's items of its current version.
    async fn patrol_checklist(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The license to be inspected.")] license_id: ID,
    ) -> async_graphql::Result<PatrolChecklist> {
        let license_id: LicenseId = parse_numeric_id(&license_id, NodeType::License, "licenseId")?;
        let (app, principal) = caller(ctx)?;
        let (plugin_version, entries) = app.patrol_checklist(principal, license_id).await.gql()?;
        let items = entries
            .into_iter()
            .map(|e| PatrolChecklistItem {
                code: e.code,
                text_zh: e.text_zh,
                text_en: e.text_en,
                basis: e.basis,
                base: e.base,
            })
            .collect();
        Ok(PatrolChecklist { plugin_version, items })
    }

    /// Patrol and follow-up records inside the caller's reach, newest first: the officer's list,
    /// the province's filing queues (unfiled, filed and unacknowledged), the enterprise's own.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn patrol_records(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: PatrolRecordFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, PatrolInspection, PatrolRecordTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = patrol_filter(filter)?;
        let (app, principal) = caller(ctx)?;
        let page = app.patrol_records(principal, &filter, &request).await.gql()?;
        Ok(connection(page, PatrolRecordTotal { filter }, |r| id_cursor(r.id), PatrolInspection))
    }

    /// Measures (措施 measure) inside the caller's reach, oldest first (an enterprise's open ones:
    /// `statuses: [OPEN]`).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn patrol_measures(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: PatrolMeasureFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, PatrolMeasure, PatrolMeasureTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = measure_filter(filter)?;
        let (app, principal) = caller(ctx)?;
        let page = app.patrol_measures(principal, &filter, &request).await.gql()?;
        Ok(connection(page, PatrolMeasureTotal { filter }, |r| id_cursor(r.id), PatrolMeasure))
    }

    /// Follow-ups (回访 follow-up visit) inside the caller's reach in deadline order, as they
    /// stand today: the officer's queue is `state: DUE` (the deadline passed, no visit yet).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn follow_ups(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: FollowUpFilterInput,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, FollowUp, FollowUpTotal>> {
        let request = page_request(first, after, last, before, parse_follow_up_cursor)?;
        let filter = follow_up_filter(filter)?;
        let (app, principal) = caller(ctx)?;
        let page = app.follow_ups(principal, &filter, &request).await.gql()?;
        Ok(connection(page, FollowUpTotal { filter }, follow_up_cursor, FollowUp))
    }
}

#[derive(Default)]
pub struct PatrolMutation;

#[Object]
impl PatrolMutation {
    /// Two or more officers record a patrol (巡查 patrol, §二(三)): every checklist item answered;
    /// item two nonconforming requires the license's re-review (重新审查). Goes on the license
    /// copy (巡查记录) and in the archive; filed with the province later. TOO_FEW_INSPECTORS,
    /// INSPECTOR_NOT_FOUND, INSPECTOR_OUT_OF_JURISDICTION, INSPECTOR_NOT_QUALIFIED,
    /// INVALID_PATROL_ANSWERS, INVALID_OFFLINE_RECORD, IDEMPOTENCY_KEY_REUSED, LICENSE_NOT_IN_FORCE.
    async fn record_patrol(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The patrol.")] input: RecordPatrolInput,
    ) -> async_graphql::Result<RecordPatrolPayload> {
        let mut answers = Vec::with_capacity(input.answers.len());
        for answer in input.answers {
            let evidence: Vec<AttachmentId> =
                ids(&answer.evidence_ids, NodeType::Attachment, "input.answers.evidenceIds")?;
            answers.push(RawAnswer {
                code: answer.code,
                answer: answer.answer.into(),
                note: answer.note,
                evidence,
            });
        }
        let (app, principal) = caller(ctx)?;
        let patrol = PatrolInput {
            license_id: parse_numeric_id(&input.license_id, NodeType::License, "input.licenseId")?,
            inspected_on: input.inspected_on.unwrap_or_else(|| app.today()),
            inspector_ids: ids::<OfficerId>(&input.inspector_ids, NodeType::Officer, "input.inspectorIds")?,
            answers,
            offline: input.offline.map(Into::into),
        };
        let (record, replayed) = app.record_patrol(principal, patrol).await.gql_input("input")?;
        Ok(RecordPatrolPayload { patrol: PatrolInspection(record), replayed })
    }

    /// Orders a measure (措施 measure) on a patrol's findings: RECTIFY_BY_DEADLINE owes a
    /// follow-up visit after its deadline; SUSPENSION suspends the license (停产整顿). INVALID_MEASURE,
    /// MEASURE_NOT_ON_FINDING, NOT_A_PATROL.
    async fn order_patrol_measure(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The measure.")] input: OrderPatrolMeasureInput,
    ) -> async_graphql::Result<PatrolMeasurePayload> {
        let patrol_id: PatrolId =
            parse_numeric_id(&input.patrol_id, NodeType::PatrolInspection, "input.patrolId")?;
        let asked = input.asked()?;
        let (app, principal) = caller(ctx)?;
        let record = app
            .order_patrol_measure(principal, patrol_id, &input.findings, asked)
            .await
            .gql_input("input")?;
        Ok(PatrolMeasurePayload { measure: PatrolMeasure(record) })
    }

    /// Records a measure carried out, saying how; a SAMPLING_TEST names the testing task opened
    /// for it. ILLEGAL_MEASURE_TRANSITION.
    async fn complete_patrol_measure(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The measure.")] measure_id: ID,
        #[graphql(desc = "How it was carried out.")] note: String,
        #[graphql(desc = "SAMPLING_TEST only: the testing task opened for it.")] testing_task_id: Option<ID>,
    ) -> async_graphql::Result<PatrolMeasurePayload> {
        let id: MeasureId = parse_numeric_id(&measure_id, NodeType::PatrolMeasure, "measureId")?;
        let task: Option<TaskId> = testing_task_id
            .map(|t| parse_numeric_id(&t, NodeType::TestingTask, "testingTaskId"))
            .transpose()?;
        let (app, principal) = caller(ctx)?;
        let record =
            app.close_patrol_measure(principal, id, MeasureStep::Complete, &note, task).await.gql()?;
        Ok(PatrolMeasurePayload { measure: PatrolMeasure(record) })
    }

    /// Cancels an open measure, with the reason (ordered in error, superseded); a new one is
    /// ordered in its place. ILLEGAL_MEASURE_TRANSITION.
    async fn cancel_patrol_measure(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The measure.")] measure_id: ID,
        #[graphql(desc = "Why it is cancelled.")] reason: String,
    ) -> async_graphql::Result<PatrolMeasurePayload> {
        let id: MeasureId = parse_numeric_id(&measure_id, NodeType::PatrolMeasure, "measureId")?;
        let (app, principal) = caller(ctx)?;
        let record =
            app.close_patrol_measure(principal, id, MeasureStep::Cancel, &reason, None).await.gql()?;
        Ok(PatrolMeasurePayload { measure: PatrolMeasure(record) })
    }

    /// Records the receipt (回执) of a transfer (移送), once. ILLEGAL_MEASURE_TRANSITION, INVALID_MEASURE.
    async fn record_transfer_receipt(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The transfer measure.")] measure_id: ID,
        #[graphql(desc = "The day the department receipted it (not before the order, not after today).")]
        receipt_on: NaiveDate,
    ) -> async_graphql::Result<PatrolMeasurePayload> {
        let id: MeasureId = parse_numeric_id(&measure_id, NodeType::PatrolMeasure, "measureId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.record_transfer_receipt(principal, id, receipt_on).await.gql()?;
        Ok(PatrolMeasurePayload { measure: PatrolMeasure(record) })
    }

    /// Two or more officers record a follow-up visit (回访 follow-up visit) on a follow-up due:
    /// every carried item RECTIFIED or PERSISTING. All rectified closes it (a license the case
    /// suspended resumes); anything persisting suspends production until compliant and owes the
    /// next follow-up. FOLLOW_UP_NOT_DUE, FOLLOW_UP_ALREADY_RECORDED, INVALID_FOLLOW_UP_ANSWERS.
    async fn record_follow_up(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The visit.")] input: RecordFollowUpInput,
    ) -> async_graphql::Result<RecordPatrolPayload> {
        let follow_up_id: FollowUpId =
            parse_numeric_id(&input.follow_up_id, NodeType::FollowUp, "input.followUpId")?;
        let (app, principal) = caller(ctx)?;
        let visit = FollowUpInput {
            follow_up_id,
            inspected_on: input.inspected_on.unwrap_or_else(|| app.today()),
            inspector_ids: ids::<OfficerId>(&input.inspector_ids, NodeType::Officer, "input.inspectorIds")?,
            items: input.items.into_iter().map(|i| (i.code, i.outcome.into())).collect(),
            offline: input.offline.map(Into::into),
        };
        let (record, replayed) = app.record_follow_up(principal, visit).await.gql_input("input")?;
        Ok(RecordPatrolPayload { patrol: PatrolInspection(record), replayed })
    }

    /// Files (备案 filing) a patrol or follow-up record with the province: the authority that
    /// recorded it, or the province. ILLEGAL_FILING_TRANSITION.
    async fn file_patrol_record(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record.")] patrol_id: ID,
    ) -> async_graphql::Result<PatrolRecordPayload> {
        let id: PatrolId = parse_numeric_id(&patrol_id, NodeType::PatrolInspection, "patrolId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.file_patrol_record(principal, id).await.gql()?;
        Ok(PatrolRecordPayload { patrol: PatrolInspection(record) })
    }

    /// The provincial office acknowledges a filed record. ILLEGAL_FILING_TRANSITION.
    async fn acknowledge_patrol_record(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record.")] patrol_id: ID,
    ) -> async_graphql::Result<PatrolRecordPayload> {
        let id: PatrolId = parse_numeric_id(&patrol_id, NodeType::PatrolInspection, "patrolId")?;
        let (app, principal) = caller(ctx)?;
        let record = app.acknowledge_patrol_record(principal, id).await.gql()?;
        Ok(PatrolRecordPayload { patrol: PatrolInspection(record) })
    }
}

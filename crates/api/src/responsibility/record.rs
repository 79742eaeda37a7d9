//! Commendation and accountability records (表彰奖励 commendation / 追究责任 accountability, §四,
//! docs/adr/0039): the `ResponsibilityRecord` node with its grounds, `responsibilityRecords`, and
//! the mutations that draft, withdraw, issue and annul one.

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{Code, DraftRecord, RecordFilter, StoredRecord};
use oversight_domain::responsibility::record::{
    DraftSpec, Ground, GroundKind, GroundReading, Measure, RawGround, RecordKind, RecordStatus, SubjectKind,
};
use oversight_domain::{AuthorityId, OfficerId, ResponsibilityRecordId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_global_id, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::node::{Node, read_node};
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::officer::Officer;
use crate::responsibility::agreement::TargetKindGql;

mirror! {
    /// Whether a record commends or holds to account.
    RecordKindGql as "ResponsibilityRecordKind" <=> RecordKind {
        /// 表彰奖励 commendation: for duties carried out earnestly and results achieved.
        Commendation,
        /// 追究责任 accountability: for failures of oversight, dereliction, inaction or wrong action.
        Accountability,
    }
}

mirror! {
    /// Who a record names.
    SubjectKindGql as "ResponsibilityRecordSubjectKind" <=> SubjectKind {
        /// 单位 a unit: an authority strictly below the recording one.
        Unit,
        /// 个人 a person: an officer of the recording authority or one below it.
        Person,
    }
}

mirror! {
    /// What a record does; the first three commend, the others hold to account, and from
    /// ADMONISHMENT_TALK on only a person is named.
    MeasureGql as "ResponsibilityMeasure" <=> Measure {
        /// 通报表扬 circulated praise.
        CirculatedPraise,
        /// 表彰 honour.
        Honour,
        /// 奖励 award.
        Award,
        /// 通报批评 circulated criticism.
        CirculatedCriticism,
        /// 诫勉谈话 admonishment talk (a person only).
        AdmonishmentTalk,
        /// 警告 warning, a 政务处分 sanction (a person only).
        Warning,
        /// 记过 demerit, a 政务处分 sanction (a person only).
        Demerit,
        /// 记大过 major demerit, a 政务处分 sanction (a person only).
        MajorDemerit,
        /// 降级 demotion, a 政务处分 sanction (a person only).
        Demotion,
        /// 撤职 dismissal from post, a 政务处分 sanction (a person only).
        DismissalFromPost,
        /// 开除 expulsion, a 政务处分 sanction (a person only).
        Expulsion,
    }
}

mirror! {
    /// What a ground links to.
    GroundKindGql as "ResponsibilityGroundKind" <=> GroundKind {
        /// A target of a responsibility agreement (责任状): the ID is the agreement's, with the target kind.
        AgreementTarget,
        /// A supervision order (督查督办).
        SupervisionOrder,
        /// A linkage notice (联动通报).
        LinkageNotice,
        /// A rectification (整改).
        Rectification,
        /// An unlicensed-production case (无证生产).
        UnlicensedCase,
        /// A malicious-counterfeiting case (恶意造假).
        CounterfeitCase,
    }
}

mirror! {
    /// Where a record stands.
    RecordStatusGql as "ResponsibilityRecordStatus" <=> RecordStatus {
        /// Drafted by the recording authority's leadership: seen by it alone.
        Draft,
        /// Issued by its head under a document number: seen by the subject and the tiers above.
        Issued,
        /// Annulled by the head with the reason: kept, and seen as an issued one is.
        Annulled,
        /// Withdrawn as a draft: never issued.
        Withdrawn,
    }
}

fn node_type(kind: GroundKind) -> NodeType {
    match kind {
        GroundKind::AgreementTarget => NodeType::ResponsibilityAgreement,
        GroundKind::SupervisionOrder => NodeType::SupervisionOrder,
        GroundKind::LinkageNotice => NodeType::LinkageNotice,
        GroundKind::Rectification => NodeType::Rectification,
        GroundKind::UnlicensedCase => NodeType::UnlicensedCase,
        GroundKind::CounterfeitCase => NodeType::CounterfeitCase,
    }
}

pub struct ResponsibilityRecord(pub StoredRecord);

/// A commendation (表彰奖励 commendation) or accountability (追究责任 accountability) record, §四:
/// the unit or person it names, the measure, and the grounds it cites.
#[Object]
impl ResponsibilityRecord {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::ResponsibilityRecord, self.0.id)
    }
    /// Where it stands.
    async fn status(&self) -> RecordStatusGql {
        self.0.record.status.into()
    }
    /// Commendation or accountability.
    async fn kind(&self) -> RecordKindGql {
        self.0.record.kind.into()
    }
    /// The measure taken.
    async fn measure(&self) -> MeasureGql {
        self.0.record.measure.into()
    }
    /// What it is for, in the recording authority's words.
    async fn summary(&self) -> &str {
        &self.0.record.summary
    }
    /// The authority whose leadership records it.
    async fn recording_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.record.recorder_authority_id).await?.map(Authority))
    }
    /// A unit or a person.
    async fn subject_kind(&self) -> SubjectKindGql {
        self.0.record.subject_kind.into()
    }
    /// The unit named, or the authority the person served when the record was drafted.
    async fn subject_authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.record.subject_authority_id).await?.map(Authority))
    }
    /// The person named (null for a unit, or when the caller does not read that directory).
    async fn subject_officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        let Some(id) = self.0.record.subject_officer_id else { return Ok(None) };
        Ok(load(ctx, |l| &l.officer, id).await?.map(Officer))
    }
    /// The grounds cited, in the order given.
    async fn grounds(&self) -> Vec<RecordGround> {
        self.0.record.grounds.iter().cloned().map(RecordGround).collect()
    }
    /// The day it was drafted.
    async fn drafted_on(&self) -> NaiveDate {
        self.0.record.drafted_on
    }
    /// Who drafted it.
    async fn drafted_by(&self) -> &str {
        &self.0.drafted_by
    }
    /// The issuing document's number (文号 document number).
    async fn document_number(&self) -> Option<&str> {
        self.0.record.document_number.as_deref()
    }
    /// The day it was issued.
    async fn issued_on(&self) -> Option<NaiveDate> {
        self.0.record.issued_on
    }
    /// The day it was annulled.
    async fn annulled_on(&self) -> Option<NaiveDate> {
        self.0.record.annulled_on
    }
    /// Why it was annulled.
    async fn annulment_reason(&self) -> Option<&str> {
        self.0.record.annulment_reason.as_deref()
    }
    /// The day the draft was withdrawn.
    async fn withdrawn_on(&self) -> Option<NaiveDate> {
        self.0.record.withdrawn_on
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

pub struct RecordGround(Ground);

/// A ground (依据 ground) of a record: the record of the work it links to and why it is cited.
#[Object(name = "ResponsibilityRecordGround")]
impl RecordGround {
    /// What it links to.
    async fn kind(&self) -> GroundKindGql {
        self.0.kind.into()
    }
    /// The global ID of the record linked (an agreement's for an agreement target).
    async fn id(&self) -> ID {
        global_id(node_type(self.0.kind), self.0.id)
    }
    /// The record linked, read in the caller's own scope (null outside it); batched per type
    /// by the nodes' loaders.
    async fn record(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Node>> {
        read_node(ctx, &global_id(node_type(self.0.kind), self.0.id)).await
    }
    /// For an agreement target: which target.
    async fn target_kind(&self) -> Option<TargetKindGql> {
        self.0.target_kind.map(Into::into)
    }
    /// Why it is cited.
    async fn note(&self) -> &str {
        &self.0.note
    }
    /// For an agreement target: its reading on the day the record was drafted, stored with it.
    async fn reading(&self) -> Option<RecordGroundReading> {
        self.0.reading.clone().map(RecordGroundReading)
    }
}

pub struct RecordGroundReading(GroundReading);

/// An agreement target's value when a record cited it, kept as it was read.
#[Object(name = "ResponsibilityGroundReading")]
impl RecordGroundReading {
    /// The value, a decimal string in the target's unit.
    async fn value(&self) -> String {
        self.0.value.to_string()
    }
    /// The threshold, a decimal string in the target's unit.
    async fn threshold(&self) -> String {
        self.0.threshold.to_string()
    }
    /// Whether the value met the threshold.
    async fn met(&self) -> bool {
        self.0.met
    }
    /// The day the value was counted on.
    async fn counted_on(&self) -> NaiveDate {
        self.0.counted_on
    }
}

/// A ground as the drafter cites it.
#[derive(InputObject)]
#[graphql(name = "ResponsibilityGroundInput")]
pub struct GroundInput {
    /// What it links to.
    pub kind: GroundKindGql,
    /// The global ID of the record (of the agreement, for an agreement target).
    pub id: ID,
    /// For an agreement target: which target; for no other ground.
    pub target_kind: Option<TargetKindGql>,
    /// Why it is cited, at most 500 characters.
    #[graphql(default)]
    pub note: String,
}

impl GroundInput {
    fn parse(self) -> Result<RawGround, ApiError> {
        let kind: GroundKind = self.kind.into();
        let invalid = || {
            ApiError::new(Code::InvalidId, format!("not the ID of a {}", node_type(kind).as_str()))
                .with_field("input.grounds")
        };
        let (found, key) = parse_global_id(&self.id).map_err(|_| invalid())?;
        if found != node_type(kind) {
            return Err(invalid());
        }
        let id = key.parse().map_err(|_| invalid())?;
        Ok(RawGround { kind, id, target_kind: self.target_kind.map(Into::into), note: self.note })
    }
}

/// A record as its drafter asks it.
#[derive(InputObject)]
pub struct DraftResponsibilityRecordInput {
    /// Commendation or accountability.
    pub kind: RecordKindGql,
    /// A unit or a person.
    pub subject_kind: SubjectKindGql,
    /// For a unit: an open authority strictly below the caller's, inside its jurisdiction.
    pub subject_authority_id: Option<ID>,
    /// For a person: an officer of the caller's authority or one below it, not the caller.
    pub subject_officer_id: Option<ID>,
    /// A measure of the kind (a unit only praise, honour, award or criticism).
    pub measure: MeasureGql,
    /// What it is for, 1–2000 characters.
    pub summary: String,
    /// The grounds, 1–20, each inside the caller's jurisdiction.
    pub grounds: Vec<GroundInput>,
}

impl DraftResponsibilityRecordInput {
    fn parse(self) -> Result<DraftRecord, ApiError> {
        let subject_authority_id = self
            .subject_authority_id
            .map(|id| parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, "input.subjectAuthorityId"))
            .transpose()?;
        let subject_officer_id = self
            .subject_officer_id
            .map(|id| parse_numeric_id::<OfficerId>(&id, NodeType::Officer, "input.subjectOfficerId"))
            .transpose()?;
        let grounds = self.grounds.into_iter().map(GroundInput::parse).collect::<Result<Vec<_>, _>>()?;
        let spec = DraftSpec {
            kind: self.kind.into(),
            subject_kind: self.subject_kind.into(),
            measure: self.measure.into(),
            summary: self.summary,
            grounds,
        };
        Ok(DraftRecord { spec, subject_authority_id, subject_officer_id })
    }
}

/// What the records list is narrowed to.
#[derive(InputObject, Default)]
pub struct ResponsibilityRecordFilter {
    /// Only commendations, or only accountability records.
    pub kind: Option<RecordKindGql>,
    /// Only those naming this authority (as the unit, or as the person's authority).
    pub subject_authority: Option<ID>,
    /// Only those naming this officer.
    pub subject_officer: Option<ID>,
    /// Only those in this state.
    pub status: Option<RecordStatusGql>,
}

impl ResponsibilityRecordFilter {
    /// The list's filter as the app reads it (also the RESPONSIBILITY_RECORDS export's).
    pub(crate) fn parse(self) -> Result<RecordFilter, ApiError> {
        Ok(RecordFilter {
            kind: self.kind.map(Into::into),
            subject_authority: self
                .subject_authority
                .map(|id| {
                    parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, "filter.subjectAuthority")
                })
                .transpose()?,
            subject_officer: self
                .subject_officer
                .map(|id| parse_numeric_id::<OfficerId>(&id, NodeType::Officer, "filter.subjectOfficer"))
                .transpose()?,
            status: self.status.map(Into::into),
        })
    }
}

/// The record after the step.
#[derive(SimpleObject)]
pub struct ResponsibilityRecordPayload {
    /// The record.
    pub record: ResponsibilityRecord,
}

pub struct ResponsibilityRecordTotal {
    filter: RecordFilter,
}

#[Object]
impl ResponsibilityRecordTotal {
    /// How many records match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_responsibility_records(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct RecordQuery;

#[Object]
impl RecordQuery {
    /// Commendation and accountability records (表彰奖励 commendation / 追究责任 accountability)
    /// the caller reads, newest first: the issued and annulled ones naming a unit or person of
    /// its jurisdiction (the national authority: all), its own authority's drafts, and those
    /// naming the caller. Officers and auditors; others FORBIDDEN.
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    async fn responsibility_records(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: ResponsibilityRecordFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, ResponsibilityRecord, ResponsibilityRecordTotal>> {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.parse()?;
        let (app, principal) = caller(ctx)?;
        let page = app.responsibility_records(principal, &filter, &request).await.gql()?;
        Ok(connection(page, ResponsibilityRecordTotal { filter }, |r| id_cursor(r.id), ResponsibilityRecord))
    }
}

fn record_id(id: &ID) -> async_graphql::Result<ResponsibilityRecordId> {
    Ok(parse_numeric_id(id, NodeType::ResponsibilityRecord, "recordId")?)
}

#[derive(Default)]
pub struct RecordMutation;

#[Object]
impl RecordMutation {
    /// Drafts a commendation or accountability record (表彰奖励 commendation / 追究责任
    /// accountability): the caller's authority's head or leader in charge. An agreement target
    /// cited stores its reading of today. INVALID_RESPONSIBILITY_RECORD, INVALID_TEXT, INVALID_ID,
    /// RECORD_SUBJECT_NOT_BELOW, GROUND_CONTRADICTS_RECORD, OUT_OF_JURISDICTION, FORBIDDEN,
    /// NOT_FOUND.
    async fn draft_responsibility_record(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record.")] input: DraftResponsibilityRecordInput,
    ) -> async_graphql::Result<ResponsibilityRecordPayload> {
        let draft = input.parse()?;
        let (app, principal) = caller(ctx)?;
        let record = app.draft_responsibility_record(principal, &draft).await.gql_input("input")?;
        Ok(ResponsibilityRecordPayload { record: ResponsibilityRecord(record) })
    }

    /// Withdraws a draft record: the recording authority's head or leader in charge.
    /// ILLEGAL_RESPONSIBILITY_RECORD_TRANSITION, FORBIDDEN, NOT_FOUND.
    async fn withdraw_responsibility_record(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record.")] record_id: ID,
    ) -> async_graphql::Result<ResponsibilityRecordPayload> {
        let id = self::record_id(&record_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.withdraw_responsibility_record(principal, id).await.gql()?;
        Ok(ResponsibilityRecordPayload { record: ResponsibilityRecord(record) })
    }

    /// Issues a draft record under its document number: the recording authority's head alone.
    /// INVALID_RESPONSIBILITY_RECORD, INVALID_TEXT, ILLEGAL_RESPONSIBILITY_RECORD_TRANSITION,
    /// FORBIDDEN, NOT_FOUND.
    async fn issue_responsibility_record(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record.")] record_id: ID,
        #[graphql(desc = "The issuing document's number (文号), 1–100 characters.")] document_number: String,
        #[graphql(desc = "The day the document was issued: not before the draft, not after today.")]
        issued_on: NaiveDate,
    ) -> async_graphql::Result<ResponsibilityRecordPayload> {
        let id = self::record_id(&record_id)?;
        let (app, principal) = caller(ctx)?;
        let record =
            app.issue_responsibility_record(principal, id, &document_number, issued_on).await.gql()?;
        Ok(ResponsibilityRecordPayload { record: ResponsibilityRecord(record) })
    }

    /// Annuls an issued record with the reason (overturned, reconsidered): the recording
    /// authority's head alone. ILLEGAL_RESPONSIBILITY_RECORD_TRANSITION, INVALID_TEXT, FORBIDDEN,
    /// NOT_FOUND.
    async fn annul_responsibility_record(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The record.")] record_id: ID,
        #[graphql(desc = "Why, 1–1000 characters.")] reason: String,
    ) -> async_graphql::Result<ResponsibilityRecordPayload> {
        let id = self::record_id(&record_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.annul_responsibility_record(principal, id, &reason).await.gql()?;
        Ok(ResponsibilityRecordPayload { record: ResponsibilityRecord(record) })
    }
}

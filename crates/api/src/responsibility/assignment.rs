//! Responsible persons (直接责任人, §四, docs/adr/0036): the `ResponsibilityAssignment` node,
//! `responsibilityAssignments` and `responsiblePerson`, the mutations that assign and reassign a
//! piece of work, and `Authority.responsiblePersons` (its head, leaders in charge and staff).

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use oversight_app::{AssignResponsible, AssignmentFilter, AssignmentRecord, Code, OfficerRecord};
use oversight_domain::responsibility::assignment::{ResponsiblePersons as Persons, WorkKind, WorkRef};
use oversight_domain::{AuthorityId, OfficerId};

use crate::enums::mirror;
use crate::error::{ApiError, ResultExt, caller};
use crate::ids::{NodeType, global_id, id_cursor, parse_global_id, parse_id_cursor, parse_numeric_id};
use crate::loaders::load;
use crate::node::{Node, read_node};
use crate::page::{Connection, connection, page_request};
use crate::registry::authority::Authority;
use crate::registry::officer::Officer;

mirror! {
    /// A kind of work somebody is directly responsible for (直接责任人, §四).
    WorkKindGql as "ResponsibilityWorkKind" <=> WorkKind {
        /// A patrol plan (巡查计划), held by the province that made it.
        PatrolPlan,
        /// A province's annual-review year (年度审查), held by the province.
        ReviewYear,
        /// A linkage notice (联动通报), held by the authority it was sent to.
        LinkageNotice,
        /// An unlicensed-production case (无证生产), held by the authority that opened it.
        UnlicensedCase,
        /// A malicious-counterfeiting case (恶意造假), held by the authority that opened it.
        CounterfeitCase,
        /// A supervision order (督查督办), held by the authority ordered.
        SupervisionOrder,
    }
}

/// The node type of each kind of work (its global IDs).
fn node_type(kind: WorkKind) -> NodeType {
    match kind {
        WorkKind::PatrolPlan => NodeType::PatrolPlan,
        WorkKind::ReviewYear => NodeType::ReviewYear,
        WorkKind::LinkageNotice => NodeType::LinkageNotice,
        WorkKind::UnlicensedCase => NodeType::UnlicensedCase,
        WorkKind::CounterfeitCase => NodeType::CounterfeitCase,
        WorkKind::SupervisionOrder => NodeType::SupervisionOrder,
    }
}

/// The piece of work a global ID names; an ID of another type is INVALID_ID.
fn parse_work(id: &ID, field: &'static str) -> Result<WorkRef, ApiError> {
    let invalid = || {
        ApiError::new(
            Code::InvalidId,
            "not the ID of a patrol plan, review year, linkage notice, case or supervision order",
        )
        .with_field(field)
    };
    let (node_type, key) = parse_global_id(id).map_err(|_| invalid())?;
    let kind =
        WorkKind::ALL.iter().copied().find(|k| self::node_type(*k) == node_type).ok_or_else(invalid)?;
    Ok(WorkRef { kind, id: key.parse().map_err(|_| invalid())? })
}

pub struct ResponsibilityAssignment(pub AssignmentRecord);

/// An assignment of a piece of work to the officer directly responsible for it (直接责任人, §四),
/// made by the leadership of the authority that holds the work; a reassignment ends it and it
/// stays in the work's history.
#[Object]
impl ResponsibilityAssignment {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::ResponsibilityAssignment, self.0.id)
    }
    /// The kind of work.
    async fn work_kind(&self) -> WorkKindGql {
        self.0.assignment.work.kind.into()
    }
    /// The global ID of the work.
    async fn work_id(&self) -> ID {
        let work = self.0.assignment.work;
        global_id(node_type(work.kind), work.id)
    }
    /// The work itself, read as its own queries read it (null outside the caller's reach).
    async fn work(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Node>> {
        let work = self.0.assignment.work;
        read_node(ctx, &global_id(node_type(work.kind), work.id)).await
    }
    /// The authority that holds the work.
    async fn authority(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Authority>> {
        Ok(load(ctx, |l| &l.authority, self.0.assignment.authority_id).await?.map(Authority))
    }
    /// The officer responsible.
    async fn officer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Officer>> {
        Ok(load(ctx, |l| &l.officer, self.0.assignment.officer_id).await?.map(Officer))
    }
    /// The day it was made.
    async fn assigned_on(&self) -> NaiveDate {
        self.0.assignment.assigned_on
    }
    /// Why the work was given to this officer instead of the last one (a reassignment's reason).
    async fn reason(&self) -> Option<&str> {
        self.0.assignment.reason.as_deref()
    }
    /// The day a reassignment ended it; null while current.
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.0.assignment.ended_on
    }
    /// Whether it is the work's current assignment.
    async fn current(&self) -> bool {
        self.0.assignment.ended_on.is_none()
    }
    /// Who made it.
    async fn assigned_by(&self) -> &str {
        &self.0.assigned_by
    }
    /// When it was stored.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

pub struct ResponsiblePersons(pub Persons);

/// An authority's responsible persons (§四 "行政一把手为第一责任人,分管领导为主要责任人,负责辖区监管任务的
/// 人员为直接责任人") from its active officers in the directory.
#[Object]
impl ResponsiblePersons {
    /// The administrative head (行政一把手): first responsible.
    async fn heads(&self) -> Vec<Officer> {
        self.0.heads.iter().cloned().map(Officer).collect()
    }
    /// The leaders in charge (分管领导): main responsible.
    async fn leaders_in_charge(&self) -> Vec<Officer> {
        self.0.leaders_in_charge.iter().cloned().map(Officer).collect()
    }
    /// The staff who supervise (直接责任人): direct responsible.
    async fn staff(&self) -> Vec<Officer> {
        self.0.staff.iter().cloned().map(Officer).collect()
    }
}

/// The responsible persons of an authority: its active officers, loaded for a whole page of
/// authorities in one statement (empty where the caller does not read the directory).
pub async fn responsible_persons_of(
    ctx: &Context<'_>,
    authority_id: AuthorityId,
) -> async_graphql::Result<ResponsiblePersons> {
    let officers: Vec<OfficerRecord> =
        load(ctx, |l| &l.active_officers_of, authority_id).await?.unwrap_or_default();
    Ok(ResponsiblePersons(Persons::of(officers)))
}

/// What the assignments list is narrowed to.
#[derive(InputObject, Default)]
pub struct ResponsibilityAssignmentFilter {
    /// One piece of work (its global ID): its assignments, the history.
    pub work_id: Option<ID>,
    /// The work this officer is (or was) responsible for.
    pub officer_id: Option<ID>,
    /// The work this authority holds.
    pub authority_id: Option<ID>,
    /// Only current assignments (true) or only ended ones (false).
    pub current: Option<bool>,
}

impl ResponsibilityAssignmentFilter {
    fn parse(self) -> Result<AssignmentFilter, ApiError> {
        Ok(AssignmentFilter {
            work: self.work_id.map(|id| parse_work(&id, "filter.workId")).transpose()?,
            officer: self
                .officer_id
                .map(|id| parse_numeric_id::<OfficerId>(&id, NodeType::Officer, "filter.officerId"))
                .transpose()?,
            authority: self
                .authority_id
                .map(|id| parse_numeric_id::<AuthorityId>(&id, NodeType::Authority, "filter.authorityId"))
                .transpose()?,
            current: self.current,
        })
    }
}

/// The assignment made.
#[derive(SimpleObject)]
pub struct ResponsibilityAssignmentPayload {
    /// The (new, current) assignment.
    pub assignment: ResponsibilityAssignment,
}

pub struct ResponsibilityAssignmentTotal {
    filter: AssignmentFilter,
}

#[Object]
impl ResponsibilityAssignmentTotal {
    /// How many assignments match (all pages together).
    async fn total_count(&self, ctx: &Context<'_>) -> async_graphql::Result<u64> {
        let (app, principal) = caller(ctx)?;
        app.count_responsibility_assignments(principal, &self.filter).await.gql()
    }
}

#[derive(Default)]
pub struct AssignmentQuery;

#[Object]
impl AssignmentQuery {
    /// Who answers for which work (直接责任人, §四): the assignments of the work held by the caller's
    /// authority and those below it (the national authority: all), newest first. Others see none
    /// (FORBIDDEN).
    #[graphql(complexity = "(first.or(last).unwrap_or(20).clamp(1, 100) as usize) * child_complexity")]
    #[allow(clippy::too_many_arguments)] // a GraphQL field's arguments are its parameters
    async fn responsibility_assignments(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to narrow the list to.", default)] filter: ResponsibilityAssignmentFilter,
        #[graphql(desc = "Page forward: at most this many (1–100).")] first: Option<i32>,
        #[graphql(desc = "Page forward: after this cursor.")] after: Option<String>,
        #[graphql(desc = "Page backward: at most this many (1–100).")] last: Option<i32>,
        #[graphql(desc = "Page backward: before this cursor.")] before: Option<String>,
    ) -> async_graphql::Result<Connection<String, ResponsibilityAssignment, ResponsibilityAssignmentTotal>>
    {
        let request = page_request(first, after, last, before, parse_id_cursor)?;
        let filter = filter.parse()?;
        let (app, principal) = caller(ctx)?;
        let page = app.responsibility_assignments(principal, &filter, &request).await.gql()?;
        Ok(connection(
            page,
            ResponsibilityAssignmentTotal { filter },
            |r| id_cursor(r.id),
            ResponsibilityAssignment,
        ))
    }

    /// The current assignment of a piece of work (a patrol plan, review year, linkage notice,
    /// unlicensed or counterfeiting case, or supervision order, by its global ID): null when nobody
    /// is responsible yet or the work is outside the caller's reach.
    async fn responsible_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The work's global ID.")] work_id: ID,
    ) -> async_graphql::Result<Option<ResponsibilityAssignment>> {
        let work = parse_work(&work_id, "workId")?;
        let (app, principal) = caller(ctx)?;
        Ok(app.responsible_person(principal, work).await.gql()?.map(ResponsibilityAssignment))
    }
}

fn assignment_input(work_id: &ID, officer_id: &ID) -> Result<AssignResponsible, ApiError> {
    Ok(AssignResponsible {
        work: parse_work(work_id, "workId")?,
        officer_id: parse_numeric_id(officer_id, NodeType::Officer, "officerId")?,
    })
}

#[derive(Default)]
pub struct AssignmentMutation;

#[Object]
impl AssignmentMutation {
    /// Makes an officer of the authority that holds a piece of work directly responsible for it
    /// (直接责任人, §四): the holder's head (行政一把手) or leader in charge (分管领导). The work has no
    /// responsible person yet. ASSIGNEE_NOT_OF_AUTHORITY, ASSIGNEE_INACTIVE,
    /// RESPONSIBLE_PERSON_ALREADY_ASSIGNED, INVALID_ID, FORBIDDEN, NOT_FOUND.
    async fn assign_responsible_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The work's global ID.")] work_id: ID,
        #[graphql(desc = "The officer made responsible.")] officer_id: ID,
    ) -> async_graphql::Result<ResponsibilityAssignmentPayload> {
        let input = assignment_input(&work_id, &officer_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.assign_responsible_person(principal, &input).await.gql()?;
        Ok(ResponsibilityAssignmentPayload { assignment: ResponsibilityAssignment(record) })
    }

    /// Gives a piece of work to another officer of its holder, with a reason: the current
    /// assignment ends today and stays in the history. ASSIGNEE_NOT_OF_AUTHORITY, ASSIGNEE_INACTIVE,
    /// NO_RESPONSIBLE_PERSON, ALREADY_RESPONSIBLE, INVALID_TEXT, INVALID_ID, FORBIDDEN, NOT_FOUND.
    async fn reassign_responsible_person(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The work's global ID.")] work_id: ID,
        #[graphql(desc = "The officer made responsible instead.")] officer_id: ID,
        #[graphql(desc = "Why, 1–1000 characters.")] reason: String,
    ) -> async_graphql::Result<ResponsibilityAssignmentPayload> {
        let input = assignment_input(&work_id, &officer_id)?;
        let (app, principal) = caller(ctx)?;
        let record = app.reassign_responsible_person(principal, &input, &reason).await.gql()?;
        Ok(ResponsibilityAssignmentPayload { assignment: ResponsibilityAssignment(record) })
    }
}

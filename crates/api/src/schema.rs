//! Building the schema. The SDL it prints is the public contract kept in
//! `schema.graphql` (a test fails when the two drift apart).

use async_graphql::{MergedObject, Schema};
use oversight_app::App;

use crate::audit::AuditQuery;
use crate::identity::IdentityQuery;
use crate::industry::IndustryQuery;
use crate::mutation::RegistryMutation;
use crate::query::RegistryQuery;
use crate::registry::authority::AuthorityMutation;
use crate::registry::institution::{InstitutionMutation, InstitutionQuery};
use crate::registry::officer::{OfficerMutation, OfficerQuery};
use crate::subscription::SubscriptionRoot;
use crate::testing::objection::ObjectionMutation;
use crate::testing::rectification::{RectificationMutation, RectificationQuery};
use crate::testing::supervision::{SupervisionMutation, SupervisionQuery};

/// The query root: one part per area, merged in groups (one flat list nests the merged
/// resolver deeper than the compiler's layout limit, as the mutation root's did).
#[derive(MergedObject, Default)]
pub struct QueryRoot(
    RegistryQueries,
    SupervisionQueries,
    WorkflowQueries,
    CaseQueries,
    ResponsibilityQueries,
);

/// The registry, identity, directories, audit, industries, calendar and dashboard.
#[derive(MergedObject, Default)]
pub struct RegistryQueries(
    RegistryQuery,
    IdentityQuery,
    InstitutionQuery,
    OfficerQuery,
    AuditQuery,
    IndustryQuery,
    crate::calendar::CalendarQuery,
    crate::reporting::ReportingQuery,
    crate::registry::change_request::ChangeRequestQuery,
);

/// The supervision workflows: testing, rectification, annual review, patrols, draws, risk
/// classes and provincial rules.
#[derive(MergedObject, Default)]
pub struct SupervisionQueries(
    SupervisionQuery,
    crate::testing::due::DueQuery,
    RectificationQuery,
    crate::review::operations::ReviewQuery,
    crate::patrol::operations::PatrolQuery,
    crate::patrol::plans::PatrolPlanQuery,
    crate::draw::DrawQuery,
    crate::risk::RiskQuery,
    crate::rules::RulesQuery,
    crate::key_region::KeyRegionQuery,
);

/// The later workflows (split from `SupervisionQueries` past ten parts): linkage notices,
/// spot-check imports, generated reports.
#[derive(MergedObject, Default)]
pub struct WorkflowQueries(
    crate::linkage::LinkageQuery,
    crate::spot_check::SpotCheckQuery,
    crate::generated_report::ReportQuery,
    crate::enterprise_report::PeriodicReportQuery,
);

/// Enforcement cases (§三): unlicensed production, counterfeiting; and the key-industry
/// campaigns of the same section.
#[derive(MergedObject, Default)]
pub struct CaseQueries(
    crate::enforcement::unlicensed::UnlicensedQuery,
    crate::enforcement::counterfeit::CounterfeitQuery,
    crate::campaign::CampaignQuery,
    crate::campaign::meeting::RectificationMeetingQuery,
);

/// Responsibility (§四): supervision orders and requests from the lower tier, responsible persons,
/// agreements, commendation and accountability records, and the supervision overview.
#[derive(MergedObject, Default)]
pub struct ResponsibilityQueries(
    crate::responsibility::order::OrderQuery,
    crate::responsibility::request::RequestQuery,
    crate::responsibility::assignment::AssignmentQuery,
    crate::responsibility::agreement::AgreementQuery,
    crate::responsibility::record::RecordQuery,
    crate::responsibility::overview::OverviewQuery,
    crate::inbox::InboxQuery,
);

/// The mutation root: one part per area, merged in groups — one flat list of every part
/// nests the merged resolver deeper than the compiler's layout limit.
#[derive(MergedObject, Default)]
pub struct MutationRoot(
    RegistryMutations,
    TestingMutations,
    WorkflowMutations,
    CaseMutations,
    ResponsibilityMutations,
);

/// The registry and the directories: enterprises, licenses, authorities, institutions, officers,
/// the calendar, change requests, designations, attachments, exports.
#[derive(MergedObject, Default)]
pub struct RegistryMutations(
    RegistryMutation,
    AuthorityMutation,
    InstitutionMutation,
    OfficerMutation,
    crate::calendar::CalendarMutation,
    crate::testing::designation::DesignationChangeMutation,
    crate::registry::change_request::ChangeRequestMutation,
    crate::attachment::AttachmentMutation,
    crate::export::ExportMutation,
);

/// Periodic supervision: testing tasks, results, objections, rectifications.
#[derive(MergedObject, Default)]
pub struct TestingMutations(
    SupervisionMutation,
    RectificationMutation,
    ObjectionMutation,
    crate::testing::tasks::TaskChangeMutation,
);

/// The other workflows: annual review, patrols, linkage notices, spot-check imports, draws,
/// provincial rules, generated reports.
#[derive(MergedObject, Default)]
pub struct WorkflowMutations(
    crate::review::operations::ReviewMutation,
    crate::patrol::operations::PatrolMutation,
    crate::patrol::plans::PatrolPlanMutation,
    crate::linkage::LinkageMutation,
    crate::spot_check::SpotCheckMutation,
    crate::draw::DrawMutation,
    crate::rules::RulesMutation,
    crate::generated_report::ReportMutation,
    crate::enterprise_report::PeriodicReportMutation,
);

/// Enforcement cases (§三): unlicensed production, counterfeiting; and the key-industry
/// campaigns of the same section.
#[derive(MergedObject, Default)]
pub struct CaseMutations(
    crate::enforcement::unlicensed::UnlicensedMutation,
    crate::enforcement::counterfeit::CounterfeitMutation,
    crate::campaign::CampaignMutation,
    crate::campaign::meeting::RectificationMeetingMutation,
);

/// Responsibility (§四): supervision orders and requests from the lower tier.
#[derive(MergedObject, Default)]
pub struct ResponsibilityMutations(
    crate::responsibility::order::OrderMutation,
    crate::responsibility::request::RequestMutation,
    crate::responsibility::assignment::AssignmentMutation,
    crate::responsibility::agreement::AgreementMutation,
    crate::responsibility::record::RecordMutation,
);

pub type OversightSchema = Schema<QueryRoot, MutationRoot, SubscriptionRoot>;

/// Limits that protect the server from expensive queries.
#[derive(Debug, Clone)]
pub struct SchemaLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
    /// Production: introspection and field suggestions are both off (suggestions
    /// alone would let a tool rebuild the schema from error messages).
    pub production: bool,
}

impl Default for SchemaLimits {
    fn default() -> Self {
        SchemaLimits { max_depth: 15, max_complexity: 10_000, production: false }
    }
}

/// The schema with the application attached.
pub fn build(
    app: App,
    authenticator: std::sync::Arc<oversight_app::identity::Authenticator>,
    limits: &SchemaLimits,
) -> OversightSchema {
    let mut builder = Schema::build(QueryRoot::default(), MutationRoot::default(), SubscriptionRoot)
        .extension(crate::telemetry::RequestMetrics::new(app.metrics().clone()))
        .data(app)
        .data(authenticator)
        .limit_depth(limits.max_depth)
        .limit_complexity(limits.max_complexity);
    if limits.production {
        builder = builder.disable_introspection().disable_suggestions();
    }
    builder.finish()
}

/// The SDL of the schema, without needing a database.
pub fn sdl() -> String {
    Schema::build(QueryRoot::default(), MutationRoot::default(), SubscriptionRoot).finish().sdl()
}

#[cfg(test)]
mod tests {
    use async_graphql::parser::types::{FieldDefinition, TypeKind, TypeSystemDefinition};
    use async_graphql::{Name, Positioned};

    /// The names of the fields and arguments below `owner` that have no description.
    fn undescribed_fields(owner: &str, fields: &[Positioned<FieldDefinition>], missing: &mut Vec<String>) {
        for field in fields {
            let field = &field.node;
            let path = format!("{owner}.{}", field.name.node);
            if field.description.is_none() {
                missing.push(path.clone());
            }
            for argument in &field.arguments {
                if argument.node.description.is_none() {
                    missing.push(format!("{path}({}:)", argument.node.name.node));
                }
            }
        }
    }

    /// Every type, field, argument, input value and enum value of the schema has a description:
    /// the contract explains itself. `scripts/schema-check.sh` runs graphql-schema-linter on the
    /// same rule; this keeps a plain `cargo test` from letting an undescribed element through.
    #[test]
    fn every_schema_element_is_described() {
        let document = async_graphql::parser::parse_schema(super::sdl()).unwrap();
        let mut missing = Vec::new();
        let mut types = 0;
        for definition in &document.definitions {
            let TypeSystemDefinition::Type(definition) = definition else { continue };
            let definition = &definition.node;
            types += 1;
            let name: &Name = &definition.name.node;
            if definition.description.is_none() {
                missing.push(name.to_string());
            }
            match &definition.kind {
                TypeKind::Object(object) => undescribed_fields(name, &object.fields, &mut missing),
                TypeKind::Interface(interface) => undescribed_fields(name, &interface.fields, &mut missing),
                TypeKind::InputObject(input) => missing.extend(
                    input
                        .fields
                        .iter()
                        .filter(|field| field.node.description.is_none())
                        .map(|field| format!("{name}.{}", field.node.name.node)),
                ),
                TypeKind::Enum(enumeration) => missing.extend(
                    enumeration
                        .values
                        .iter()
                        .filter(|value| value.node.description.is_none())
                        .map(|value| format!("{name}.{}", value.node.value.node)),
                ),
                TypeKind::Scalar | TypeKind::Union(_) => {}
            }
        }
        assert!(types > 100, "the SDL parsed into {types} types only");
        assert!(missing.is_empty(), "schema elements without a description: {missing:?}");
    }
}

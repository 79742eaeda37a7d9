//! Database schema migrations, one file per change; a landed migration is never edited.
//!
//! The same migrations run on SQLite and PostgreSQL. Where the two need different
//! SQL (trigram search on PostgreSQL), the migration branches on the backend and
//! says why.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_create_registry;
mod m20261126_000002_create_audit_trail;
mod m20261126_000003_create_identity;
mod m20261126_000004_create_supervision;
mod m20261126_000005_index_due_tests;
mod m20261126_000006_create_rectification;
mod m20261203_000001_create_working_calendar;
mod m20261203_000007_create_officer;
mod m20261203_000008_add_authority_closure;
mod m20261203_000009_add_institution_accreditation;
mod m20261203_000010_index_license_list;
mod m20261203_000011_rectification_extension_decision;
mod m20261203_000012_task_delivery_and_objection_decision;
mod m20261203_000013_testing_task_scope;
mod m20261203_000020_audit_values_and_anchors;
mod m20261204_000001_revocation_proposal_made;
mod m20261204_000010_index_task_plugin_version;
mod m20261204_000011_index_list_filters;
mod m20261204_000020_enterprise_change_review;
mod m20261204_000030_index_audit_records;
mod m20261205_000001_create_attachment;
mod m20261205_000010_create_annual_review;
mod m20261205_000050_index_registry_orders;
mod m20261206_000001_create_patrol;
mod m20261206_000020_create_patrol_plan;
mod m20261206_000030_create_officer_recusal;
mod m20261207_000010_create_draw;
mod m20261207_000100_create_linkage_notice;
mod m20261207_000200_create_risk_class;
mod m20261208_000200_create_spot_check_import;
mod m20261208_000300_create_license_status_change;
mod m20261209_000100_create_registry_import;
mod m20261209_000200_create_generated_report;
mod m20261209_000500_create_provincial_rules;
mod m20261210_000100_create_unlicensed_case;
mod m20261210_000200_create_counterfeit_case;
mod m20261210_000210_revocation_proposal_source;
mod m20261210_000300_create_supervision_order;
mod m20261210_000400_create_lower_tier_request;
mod m20261220_000100_index_key_region_figures;
mod m20261220_000200_create_campaign;
mod m20261220_000210_create_rectification_meeting;
mod m20261220_000300_create_responsibility_assignment;
mod m20261222_000100_create_responsibility_agreement;
mod m20261222_000200_create_responsibility_record;
mod m20261222_000300_index_unlicensed_case_open;
mod m20261222_000400_index_enterprise_in_force;
mod m20261224_000100_index_inbox;
mod m20261224_000200_create_periodic_report;
mod m20261224_000300_add_report_first_submitted;
mod m20261226_000200_index_inbox_days;
mod m20261226_000300_widen_report_record_key;
mod m20261226_000400_add_draw_cancellation;
mod m20261226_000500_report_record_without_rowid;

/// Every migration in the order it is applied.
#[derive(Debug)]
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_create_registry::Migration),
            Box::new(m20261126_000002_create_audit_trail::Migration),
            Box::new(m20261126_000003_create_identity::Migration),
            Box::new(m20261126_000004_create_supervision::Migration),
            Box::new(m20261126_000005_index_due_tests::Migration),
            Box::new(m20261126_000006_create_rectification::Migration),
            Box::new(m20261203_000001_create_working_calendar::Migration),
            Box::new(m20261203_000010_index_license_list::Migration),
            Box::new(m20261203_000011_rectification_extension_decision::Migration),
            Box::new(m20261203_000007_create_officer::Migration),
            Box::new(m20261203_000008_add_authority_closure::Migration),
            Box::new(m20261203_000009_add_institution_accreditation::Migration),
            Box::new(m20261203_000012_task_delivery_and_objection_decision::Migration),
            Box::new(m20261203_000013_testing_task_scope::Migration),
            Box::new(m20261203_000020_audit_values_and_anchors::Migration),
            Box::new(m20261204_000001_revocation_proposal_made::Migration),
            Box::new(m20261204_000010_index_task_plugin_version::Migration),
            Box::new(m20261204_000011_index_list_filters::Migration),
            Box::new(m20261204_000020_enterprise_change_review::Migration),
            Box::new(m20261204_000030_index_audit_records::Migration),
            Box::new(m20261205_000001_create_attachment::Migration),
            Box::new(m20261205_000010_create_annual_review::Migration),
            Box::new(m20261205_000050_index_registry_orders::Migration),
            Box::new(m20261206_000001_create_patrol::Migration),
            Box::new(m20261206_000020_create_patrol_plan::Migration),
            Box::new(m20261206_000030_create_officer_recusal::Migration),
            Box::new(m20261207_000010_create_draw::Migration),
            Box::new(m20261207_000200_create_risk_class::Migration),
            Box::new(m20261207_000100_create_linkage_notice::Migration),
            Box::new(m20261208_000200_create_spot_check_import::Migration),
            Box::new(m20261208_000300_create_license_status_change::Migration),
            Box::new(m20261209_000100_create_registry_import::Migration),
            Box::new(m20261209_000200_create_generated_report::Migration),
            Box::new(m20261209_000500_create_provincial_rules::Migration),
            Box::new(m20261210_000100_create_unlicensed_case::Migration),
            Box::new(m20261210_000200_create_counterfeit_case::Migration),
            Box::new(m20261210_000210_revocation_proposal_source::Migration),
            Box::new(m20261210_000300_create_supervision_order::Migration),
            Box::new(m20261210_000400_create_lower_tier_request::Migration),
            Box::new(m20261220_000100_index_key_region_figures::Migration),
            Box::new(m20261220_000200_create_campaign::Migration),
            Box::new(m20261220_000210_create_rectification_meeting::Migration),
            Box::new(m20261220_000300_create_responsibility_assignment::Migration),
            Box::new(m20261222_000100_create_responsibility_agreement::Migration),
            Box::new(m20261222_000200_create_responsibility_record::Migration),
            Box::new(m20261222_000300_index_unlicensed_case_open::Migration),
            Box::new(m20261222_000400_index_enterprise_in_force::Migration),
            Box::new(m20261224_000100_index_inbox::Migration),
            Box::new(m20261224_000200_create_periodic_report::Migration),
            Box::new(m20261224_000300_add_report_first_submitted::Migration),
            Box::new(m20261226_000200_index_inbox_days::Migration),
            Box::new(m20261226_000300_widen_report_record_key::Migration),
            Box::new(m20261226_000400_add_draw_cancellation::Migration),
            Box::new(m20261226_000500_report_record_without_rowid::Migration),
        ]
    }
}

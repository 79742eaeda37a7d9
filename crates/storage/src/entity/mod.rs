//! sea-orm entities, one per table. They never leave this crate: the public
//! functions of `storage` return records made of domain types.

pub mod annual_review;
pub mod annual_review_year;
pub mod api_key;
pub mod archive_event;
pub mod attachment;
pub mod authority;
pub mod calendar_day;
pub mod calendar_year;
pub mod designation;
pub mod draw;
pub mod draw_assignment;
pub mod enterprise;
pub mod enterprise_change_request;
pub mod enterprise_risk_class;
pub mod follow_up;
pub mod institution;
pub mod license;
pub mod license_copy_entry;
pub mod linkage_notice;
pub mod officer;
pub mod officer_recusal;
pub mod on_site_inspection;
pub mod patrol_inspection;
pub mod patrol_measure;
pub mod patrol_plan;
pub mod patrol_plan_authority;
pub mod rectification;
pub mod result_submission;
pub mod revocation_proposal;
pub mod risk_assessment;
pub mod risk_recompute_run;
pub mod self_inspection_report;
pub mod test_result;
pub mod test_verdict;
pub mod testing_task;

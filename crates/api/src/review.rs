//! The annual review (年度审查 annual review, §二(二)) in GraphQL: review years, each license's
//! review with its self-inspection report (自查报告) versions, license copy (副本) and on-site
//! inspections (实地检查), the queue, the progress figures and the mutations.

pub mod operations;
pub mod types;

//! Periodic supervision with unified compulsory testing (§二(四)): designations, testing tasks,
//! results and verdicts, objections and retests, rectification (整改) with its re-check (复查),
//! revocation proposals, and the testing schedule.

pub mod designation;
pub mod designation_list;
pub mod due;
pub mod objection;
pub mod rectification;
pub mod rectification_list;
pub mod supervision;
pub mod task_list;
pub mod tasks;

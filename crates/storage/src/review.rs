//! The annual review (年度审查, §二(二)): review years, the review of each license in a year
//! (enrolled in bulk, one statement per province), the self-inspection report versions, the
//! on-site inspections, and the progress figures.

pub mod annual;
pub mod progress;
pub mod report;
pub mod year;

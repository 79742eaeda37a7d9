//! Patrols and follow-up visits (巡查、回访, §二(三), docs/adr/0022): the inspection records
//! (`inspection`), the measures ordered on a patrol's findings (`measure`) and the follow-ups
//! owed after a rectification deadline, due on read (`follow_up`).

pub mod follow_up;
pub mod inspection;
pub mod measure;
pub mod plan;

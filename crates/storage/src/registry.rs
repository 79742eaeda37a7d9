//! The registry (§二(一)): enterprises and their base data, production licenses with their
//! copies (副本), the authorities that supervise them, and, where the layer has them, testing
//! institutions and regions.

pub mod authority;
pub mod change_request;
pub mod enterprise;
pub mod import;
pub mod institution;
pub mod license;
pub mod officer;

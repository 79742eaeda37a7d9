//! Test fixture, never shipped: a valid plugin whose judge function never returns. In isolated
//! mode (docs/adr/0045) the call fails with `PLUGIN_TIMEOUT` after the time limit, the worker
//! process is killed and replaced, and the server keeps serving.

use oversight_plugin_api::{CustomContext, CustomItemRequest, CustomOutcome, serde_json};

/// Spins forever (an endless loop in a table lookup, say).
fn hang(
    _item: &CustomItemRequest,
    _params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    loop {
        std::hint::spin_loop();
    }
}

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: { "hang" => hang },
}

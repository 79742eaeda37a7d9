//! Test fixture, never shipped: a valid plugin whose judge function panics. The host must turn
//! the caught panic into a judgment error and keep working, for this plugin's declarative items
//! and for every other plugin.

use oversight_plugin_api::{CustomContext, CustomItemRequest, CustomOutcome, serde_json};

fn boom(
    _item: &CustomItemRequest,
    _params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    panic!("this test plugin always panics while judging")
}

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: { "boom" => boom },
}

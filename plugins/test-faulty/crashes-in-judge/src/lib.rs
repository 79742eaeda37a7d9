//! Test fixture, never shipped: a valid plugin whose judge functions kill the process that runs
//! them — one by a segmentation fault, one by `abort` — which no `catch_unwind` can contain. In
//! isolated mode (docs/adr/0045) only the plugin's worker process dies: the request fails with
//! `PLUGIN_UNAVAILABLE`, the worker is replaced, and the server keeps serving.

use oversight_plugin_api::{CustomContext, CustomItemRequest, CustomOutcome, serde_json};

/// Writes through a null pointer: SIGSEGV. Volatile, so the compiler cannot reason the write away.
// The crash is the point of the fixture; only this item may hold unsafe code.
#[allow(unsafe_code)]
fn segfault(
    _item: &CustomItemRequest,
    _params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    // SAFETY: none — this deliberately faults, to test that the host survives it.
    unsafe { std::ptr::null_mut::<u8>().write_volatile(1) };
    Err("the null write did not fault".to_owned())
}

/// Aborts the process (SIGABRT), as a failed assertion in foreign code would.
fn abort(
    _item: &CustomItemRequest,
    _params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    std::process::abort()
}

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: { "segfault" => segfault, "abort" => abort },
}

//! Test fixture, never shipped: a valid plugin whose judge functions kill the process that runs
//! them — one by a segmentation fault, one by `abort`, one by allocating until the worker's
//! memory limit refuses an allocation — which no `catch_unwind` can contain. In
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

/// Allocates 64 MiB blocks, keeping them all, up to 4 GiB: under the isolated worker's
/// address-space limit (`plugin_memory_limit_mb`, 512 by default) an allocation fails long before
/// that and Rust aborts the process. The blocks are reserved, not filled — the limit is on address
/// space, and filling them made the worker take longer than the test's call limit on a busy
/// machine (a timeout instead of the abort under test). Reaching the end means no limit held,
/// which the caller sees as this function's own refusal instead of a dead worker.
fn hog(
    _item: &CustomItemRequest,
    _params: &serde_json::Value,
    _context: &CustomContext<'_>,
) -> Result<CustomOutcome, String> {
    const BLOCK: usize = 64 * 1024 * 1024;
    let mut kept: Vec<Vec<u8>> = Vec::new();
    for _ in 0..64 {
        // black_box: an allocation nothing reads may otherwise be optimised away.
        kept.push(std::hint::black_box(Vec::with_capacity(BLOCK)));
    }
    let held: usize = kept.iter().map(Vec::capacity).sum();
    Err(format!("no memory limit stopped {held} bytes"))
}

oversight_plugin_api::declare_plugin! {
    profile_json: include_str!("../profile.json"),
    judge_functions: { "segfault" => segfault, "abort" => abort, "hog" => hog },
}

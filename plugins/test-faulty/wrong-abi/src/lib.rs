//! Test fixture, never shipped: a plugin that declares an ABI version the host does not speak.
//! The host must refuse it after reading the header, without calling any of its functions.

use oversight_plugin_api::{Buffer, PluginTable, TABLE_SIZE, free_buffer};

extern "C" fn manifest() -> Buffer {
    // Never reached: calling it would be the host's bug.
    std::process::abort()
}

extern "C" fn judge(_request: *const u8, _request_len: usize) -> Buffer {
    std::process::abort()
}

static TABLE: PluginTable =
    PluginTable { abi_version: 999, table_size: TABLE_SIZE, manifest, judge, free: free_buffer };

/// The plugin entry, with a version from the future.
// A hand-written export needs `no_mangle`, which the workspace lint counts as unsafe code.
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn oversight_plugin_entry() -> *const PluginTable {
    &TABLE
}

//! Test fixture, never shipped: a hand-written table (no macro) whose `manifest` returns bytes
//! that are not JSON. The host must refuse the plugin with a clear message.

use oversight_plugin_api::{ABI_VERSION, Buffer, PluginTable, TABLE_SIZE, free_buffer};

extern "C" fn manifest() -> Buffer {
    Buffer::from_vec(b"{\"ok\": {this is not json".to_vec())
}

extern "C" fn judge(_request: *const u8, _request_len: usize) -> Buffer {
    Buffer::from_vec(vec![0xff, 0xfe, 0x00])
}

static TABLE: PluginTable =
    PluginTable { abi_version: ABI_VERSION, table_size: TABLE_SIZE, manifest, judge, free: free_buffer };

/// The plugin entry, as the macro would generate it.
// A hand-written export needs `no_mangle`, which the workspace lint counts as unsafe code.
#[allow(unsafe_code)]
#[unsafe(no_mangle)]
pub extern "C" fn oversight_plugin_entry() -> *const PluginTable {
    &TABLE
}

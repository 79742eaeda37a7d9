//! The only place that touches the C ABI: open a library (and leak it — libraries are never
//! unloaded), check the table header before anything else, and call through the table with
//! buffers that go back to the plugin's own `free`.

use std::path::Path;

use libloading::Library;
use oversight_plugin_api::{
    ABI_VERSION, Buffer, ENTRY_SYMBOL, EntryFn, PluginTable, TABLE_SIZE, TableHeader,
};

use crate::LoadError;

/// Checks the header of a table: size first (it guards reading the rest), then version.
pub(crate) fn check_header(header: TableHeader) -> Result<(), LoadError> {
    let header_size = std::mem::size_of::<TableHeader>() as u64;
    if u64::from(header.table_size) < header_size {
        return Err(LoadError::TableSize { found: header.table_size, expected: TABLE_SIZE });
    }
    if header.abi_version != ABI_VERSION {
        return Err(LoadError::AbiVersion { found: header.abi_version, expected: ABI_VERSION });
    }
    // An older plugin's smaller table lacks functions we would call; a newer, larger one only
    // appends, so "at least" is enough.
    if header.table_size < TABLE_SIZE {
        return Err(LoadError::TableSize { found: header.table_size, expected: TABLE_SIZE });
    }
    Ok(())
}

/// Opens `path`, leaks the library for the life of the process and returns a copy of its checked
/// function table.
pub(crate) fn open(path: &Path) -> Result<PluginTable, LoadError> {
    // SAFETY: loading a library runs its initialisers. Only files whose SHA-256 is pinned in
    // plugins.lock (or, in development, explicitly allowed) reach this point; that review is the
    // trust decision, and no Rust-ABI value is exchanged with the library.
    let library = unsafe { Library::new(path) }.map_err(|error| LoadError::Library(error.to_string()))?;
    // Never unloaded: function pointers, statics and thread-local destructors of the plugin stay
    // valid for the whole process, whatever happens next (including refusal below).
    let library: &'static Library = Box::leak(Box::new(library));
    // SAFETY: the symbol is declared by the ABI as `extern "C" fn() -> *const PluginTable`; a
    // library exporting this name with another type is outside the contract and cannot be
    // detected by any means short of not loading it.
    let entry: EntryFn = unsafe { library.get::<EntryFn>(ENTRY_SYMBOL) }
        .map(|symbol| *symbol)
        .map_err(|error| LoadError::NoEntry(error.to_string()))?;
    let table = entry();
    if table.is_null() {
        return Err(LoadError::NullTable);
    }
    // SAFETY: a non-null entry result points to a static table in the library, which stays
    // loaded; every version of the table starts with this 8-byte header, so reading it is valid
    // whatever the rest of the table looks like.
    let header = unsafe { table.cast::<TableHeader>().read_unaligned() };
    check_header(header)?;
    // SAFETY: the header says this is our ABI version with a table at least as large as ours,
    // so the full `PluginTable` can be read; it is copied (fn pointers stay valid, see above).
    Ok(unsafe { table.read_unaligned() })
}

/// Lets `read` see a buffer returned by the plugin, then hands it back to the plugin's `free`.
/// Reading in place (no copy) matters: this is on the path of every custom judgment.
fn with_buffer<T>(table: &PluginTable, buffer: Buffer, read: impl FnOnce(&[u8]) -> T) -> T {
    let bytes: &[u8] = if buffer.ptr.is_null() {
        &[]
    } else {
        // SAFETY: the plugin returned `len` initialised bytes at `ptr`, owned by it until we call
        // its `free`; the slice does not outlive `read`, and `free` runs exactly once, after it.
        unsafe { std::slice::from_raw_parts(buffer.ptr, buffer.len) }
    };
    let result = read(bytes);
    (table.free)(buffer);
    result
}

/// Calls `manifest()` and decodes the bytes with `read`.
pub(crate) fn call_manifest<T>(table: &PluginTable, read: impl FnOnce(&[u8]) -> T) -> T {
    with_buffer(table, (table.manifest)(), read)
}

/// Calls `judge()` with a request borrowed for the duration of the call, and decodes the answer.
pub(crate) fn call_judge<T>(table: &PluginTable, request: &[u8], read: impl FnOnce(&[u8]) -> T) -> T {
    with_buffer(table, (table.judge)(request.as_ptr(), request.len()), read)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_checks_size_then_version() {
        let cases = [
            (ABI_VERSION, TABLE_SIZE, None),
            (ABI_VERSION, TABLE_SIZE + 8, None),
            (ABI_VERSION, TABLE_SIZE - 8, Some("TABLE_SIZE")),
            (ABI_VERSION + 1, TABLE_SIZE, Some("ABI_VERSION")),
            (ABI_VERSION + 1, 4, Some("TABLE_SIZE")),
            (0, 0, Some("TABLE_SIZE")),
        ];
        for (abi_version, table_size, expected) in cases {
            let result = check_header(TableHeader { abi_version, table_size });
            assert_eq!(result.err().map(|error| error.code()), expected, "{abi_version} {table_size}");
        }
    }
}

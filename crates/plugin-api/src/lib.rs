//! The stable boundary between the server and industry plugins (docs/adr/0001-plugin-boundary.md):
//! a `#[repr(C)]` function table reached through one exported symbol, UTF-8 JSON byte buffers
//! freed by the side that allocated them, the profile and custom-judgment payload types, and the
//! [`declare_plugin!`] macro with which an author writes plain Rust and never touches a pointer.
//!
//! Depends on `std`, `serde` and `serde_json` only, so every plugin can depend on it alone.

pub mod custom;
pub mod decimal;
pub mod profile;

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::{Deserialize, Serialize};

pub use custom::{
    CustomContext, CustomItemRequest, CustomItemResponse, CustomOutcome, CustomRequest, CustomResponse,
    JudgeFn, param_decimal, required_param,
};
pub use decimal::Dec;
pub use profile::IndustryProfile;
/// Re-exported so plugins can read `params` while depending on this crate alone.
pub use serde_json;

/// Version of the table layout and JSON envelopes. Bump on any incompatible change.
pub const ABI_VERSION: u32 = 1;

/// The one symbol a plugin exports (NUL-terminated for symbol lookup).
pub const ENTRY_SYMBOL: &[u8] = b"oversight_plugin_entry\0";

/// Signature of [`ENTRY_SYMBOL`].
pub type EntryFn = extern "C" fn() -> *const PluginTable;

/// A byte buffer allocated by one side of the boundary and freed only by that side.
#[repr(C)]
#[derive(Debug)]
pub struct Buffer {
    pub ptr: *mut u8,
    pub len: usize,
}

impl Buffer {
    /// Hands ownership of `bytes` to a buffer; it must come back to [`free_buffer`] of this same
    /// library (the host calls the plugin's `free` for every buffer the plugin returned).
    pub fn from_vec(bytes: Vec<u8>) -> Buffer {
        let boxed = bytes.into_boxed_slice();
        let len = boxed.len();
        let ptr = Box::into_raw(boxed).cast::<u8>();
        Buffer { ptr, len }
    }
}

/// Frees a buffer made by [`Buffer::from_vec`] in this library.
// The buffer half of the FFI boundary: the unsafe block says why it is sound.
#[allow(unsafe_code)]
pub extern "C" fn free_buffer(buffer: Buffer) {
    if buffer.ptr.is_null() {
        return;
    }
    // SAFETY: `ptr` and `len` come from `Box::into_raw` of a boxed slice in `Buffer::from_vec`,
    // compiled into this very library (each plugin links its own copy of this crate), and the
    // host returns each buffer exactly once.
    drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(buffer.ptr, buffer.len)) });
}

/// The first two fields of every table version: read and checked before anything else.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct TableHeader {
    pub abi_version: u32,
    /// `size_of::<PluginTable>()` as the plugin was built.
    pub table_size: u32,
}

/// The function table. Fields are only ever appended.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct PluginTable {
    pub abi_version: u32,
    pub table_size: u32,
    /// Returns `Envelope<Manifest>` as JSON.
    pub manifest: extern "C" fn() -> Buffer,
    /// Takes a `CustomRequest` as JSON (borrowed for the call) and returns
    /// `Envelope<CustomResponse>`.
    pub judge: extern "C" fn(request: *const u8, request_len: usize) -> Buffer,
    pub free: extern "C" fn(buffer: Buffer),
}

/// The size the host expects; a table of another size is refused.
pub const TABLE_SIZE: u32 = {
    let size = std::mem::size_of::<PluginTable>();
    assert!(size <= u32::MAX as usize);
    size as u32
};

/// Every payload coming out of a plugin: the value, or an error message (a caught panic included).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Envelope<T> {
    Ok(T),
    Error(String),
}

/// What `manifest()` returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub abi_version: u32,
    /// Names of the judge functions the plugin exports, for `custom` rules.
    pub custom_functions: Vec<String>,
    pub profile: IndustryProfile,
}

fn envelope_buffer<T: Serialize>(envelope: &Envelope<T>) -> Buffer {
    let mut bytes = Vec::with_capacity(512);
    let encoded = serde_json::to_writer(&mut bytes, envelope);
    let bytes = encoded.map(|()| bytes).unwrap_or_else(|error| {
        // Serialising our own types only fails on a bug; say so instead of panicking.
        format!("{{\"error\":{}}}", serde_json::Value::String(format!("cannot encode payload: {error}")))
            .into_bytes()
    });
    Buffer::from_vec(bytes)
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "non-string panic payload".to_owned()
    }
}

/// Replaces the default panic hook of the plugin's own copy of std (a cdylib links its own) with a
/// one-line report: the message travels back in the error payload, and a full backtrace per
/// panicking request would flood the server's log.
fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let location =
                info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
            eprintln!("industry plugin panicked{location}: {}", panic_message(info.payload()));
        }));
    });
}

/// Runs `body` with panics caught and turned into an error payload.
fn guarded<T: Serialize>(what: &str, body: impl FnOnce() -> Result<T, String>) -> Buffer {
    if !cfg!(test) {
        quiet_panics();
    }
    let envelope = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(value)) => Envelope::Ok(value),
        Ok(Err(message)) => Envelope::Error(message),
        Err(payload) => {
            Envelope::Error(format!("plugin panicked in {what}: {}", panic_message(payload.as_ref())))
        }
    };
    envelope_buffer(&envelope)
}

/// A plugin's embedded profile, parsed once on first use, with indexes for the judging path.
#[doc(hidden)]
#[derive(Debug)]
pub struct EmbeddedProfile {
    profile: IndustryProfile,
    items: BTreeMap<String, usize>,
    variants: BTreeMap<String, usize>,
}

/// Where the macro keeps a plugin's [`EmbeddedProfile`].
#[doc(hidden)]
pub type ProfileCache = std::sync::OnceLock<Result<EmbeddedProfile, String>>;

fn cached_profile(
    cache: &'static ProfileCache,
    profile_json: impl FnOnce() -> &'static str,
) -> Result<&'static EmbeddedProfile, String> {
    cache
        .get_or_init(|| {
            let profile: IndustryProfile = serde_json::from_str(profile_json())
                .map_err(|error| format!("the embedded profile is not valid: {error}"))?;
            let index = |codes: Vec<&String>| {
                codes.into_iter().enumerate().map(|(i, code)| (code.clone(), i)).collect()
            };
            Ok(EmbeddedProfile {
                items: index(profile.items.iter().map(|item| &item.code).collect()),
                variants: index(profile.variants.iter().map(|variant| &variant.code).collect()),
                profile,
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Body of the macro's `manifest` export. Not for direct use.
#[doc(hidden)]
pub fn export_manifest(
    cache: &'static ProfileCache,
    profile_json: impl FnOnce() -> &'static str,
    custom_functions: &[&str],
) -> Buffer {
    // The profile expression is evaluated inside the guard, so even a panicking one is contained.
    guarded("manifest", || {
        Ok(Manifest {
            abi_version: ABI_VERSION,
            custom_functions: custom_functions.iter().map(|&name| name.to_owned()).collect(),
            profile: cached_profile(cache, profile_json)?.profile.clone(),
        })
    })
}

/// The custom rule an item's requirement refers to: its function name and params.
fn custom_rule<'p>(
    embedded: &'p EmbeddedProfile,
    item: &CustomItemRequest,
) -> Result<(&'p str, &'p serde_json::Value), String> {
    let rule = embedded
        .items
        .get(&item.item)
        .and_then(|&index| embedded.profile.items[index].requirements.get(item.requirement))
        .map(|requirement| &requirement.rule);
    match rule {
        Some(profile::RuleSpec::Custom { function, params }) => Ok((function, params)),
        _ => Err(format!(
            "item {}: requirement {} is not a custom rule of this plugin",
            item.item, item.requirement
        )),
    }
}

/// Body of the macro's `judge` export. Not for direct use.
///
/// # Safety
/// `request` must point to `request_len` readable bytes that stay valid for the call.
#[doc(hidden)]
#[allow(unsafe_code)]
pub unsafe fn export_judge(
    request: *const u8,
    request_len: usize,
    cache: &'static ProfileCache,
    profile_json: impl FnOnce() -> &'static str,
    dispatch: fn(&str) -> Option<JudgeFn>,
) -> Buffer {
    let bytes: &[u8] = if request.is_null() {
        &[]
    } else {
        // SAFETY: the caller guarantees `request_len` readable bytes at `request` for the call.
        unsafe { std::slice::from_raw_parts(request, request_len) }
    };
    guarded("judge", || {
        let embedded = cached_profile(cache, profile_json)?;
        let request: CustomRequest =
            serde_json::from_slice(bytes).map_err(|error| format!("malformed judge request: {error}"))?;
        let variant = embedded
            .variants
            .get(&request.variant)
            .map(|&index| &embedded.profile.variants[index])
            .ok_or_else(|| format!("unknown variant {:?}", request.variant))?;
        let context = CustomContext {
            industry: &embedded.profile.id,
            variant: &variant.code,
            variant_attributes: &variant.attributes,
            sampling_date: &request.sampling_date,
        };
        let mut items = Vec::with_capacity(request.items.len());
        for item in &request.items {
            let (name, params) = custom_rule(embedded, item)?;
            let function = dispatch(name)
                .ok_or_else(|| format!("item {}: no judge function named {name:?}", item.item))?;
            let outcome = function(item, params, &context)
                .map_err(|message| format!("item {}: {message}", item.item))?;
            items.push(CustomItemResponse { item: item.item.clone(), outcome });
        }
        Ok(CustomResponse { items })
    })
}

/// Declares a plugin: its profile (JSON text, usually `include_str!("../profile.json")`) and its
/// judge functions by name. Generates the `oversight_plugin_entry` export and its function table,
/// with every export guarded by `catch_unwind`.
///
/// ```text
/// oversight_plugin_api::declare_plugin! {
///     profile_json: include_str!("../profile.json"),
///     judge_functions: {
///         "thinnest_point" => thinnest_point,
///     },
/// }
/// ```
#[macro_export]
macro_rules! declare_plugin {
    (
        profile_json: $profile:expr
        $(, judge_functions: { $($name:literal => $function:path),* $(,)? })?
        $(,)?
    ) => {
        /// The exports generated by `declare_plugin!`.
        #[doc(hidden)]
        pub mod __oversight_plugin {
            #[allow(unused_imports)]
            use super::*;

            pub const CUSTOM_FUNCTIONS: &[&str] = &[$($($name),*)?];

            fn dispatch(name: &str) -> ::core::option::Option<$crate::JudgeFn> {
                match name {
                    $($($name => ::core::option::Option::Some($function as $crate::JudgeFn),)*)?
                    _ => ::core::option::Option::None,
                }
            }

            static PROFILE: $crate::ProfileCache = $crate::ProfileCache::new();

            extern "C" fn manifest() -> $crate::Buffer {
                $crate::export_manifest(&PROFILE, || $profile, CUSTOM_FUNCTIONS)
            }

            #[allow(unsafe_code)]
            extern "C" fn judge(request: *const u8, request_len: usize) -> $crate::Buffer {
                // SAFETY: the host passes a pointer to `request_len` bytes it owns and keeps alive
                // for the whole call (plugin-host's `call_judge`).
                unsafe { $crate::export_judge(request, request_len, &PROFILE, || $profile, dispatch) }
            }

            pub static TABLE: $crate::PluginTable = $crate::PluginTable {
                abi_version: $crate::ABI_VERSION,
                table_size: $crate::TABLE_SIZE,
                manifest,
                judge,
                free: $crate::free_buffer,
            };
        }

        /// The plugin's only export: the function table.
        #[allow(unsafe_code)]
        #[unsafe(no_mangle)]
        pub extern "C" fn oversight_plugin_entry() -> *const $crate::PluginTable {
            &__oversight_plugin::TABLE
        }
    };
}

/// In-process access to a plugin's payloads, for the plugin's own tests (no FFI involved).
pub mod testing {
    use super::*;

    /// Decodes a buffer returned by this crate's exports, and frees it.
    #[allow(unsafe_code)]
    pub fn take_buffer(buffer: Buffer) -> Vec<u8> {
        let bytes = if buffer.ptr.is_null() {
            Vec::new()
        } else {
            // SAFETY: the buffer was just produced in this process by `Buffer::from_vec`, is
            // read before being freed exactly once below.
            unsafe { std::slice::from_raw_parts(buffer.ptr, buffer.len) }.to_vec()
        };
        free_buffer(buffer);
        bytes
    }

    /// Calls a table's manifest in-process and decodes it.
    pub fn manifest(table: &PluginTable) -> Result<Manifest, String> {
        let bytes = take_buffer((table.manifest)());
        match serde_json::from_slice::<Envelope<Manifest>>(&bytes) {
            Ok(Envelope::Ok(manifest)) => Ok(manifest),
            Ok(Envelope::Error(message)) => Err(message),
            Err(error) => Err(error.to_string()),
        }
    }

    /// Self-checks of a profile's examples, for every plugin's tests: each example names
    /// known variants and items and expects an outcome for every result; every item passes in
    /// some example and every A-class item fails in one. Returns the problems found.
    pub fn example_problems(profile: &IndustryProfile) -> Vec<String> {
        use crate::profile::{ExpectedOutcome, Severity};
        let items: std::collections::BTreeSet<&str> = profile.items.iter().map(|i| i.code.as_str()).collect();
        let variants: std::collections::BTreeSet<&str> =
            profile.variants.iter().map(|v| v.code.as_str()).collect();
        let mut problems = Vec::new();
        for example in &profile.examples {
            if !variants.contains(example.variant.as_str()) {
                problems.push(format!("{}: unknown variant {}", example.name, example.variant));
            }
            for code in example.results.keys() {
                if !items.contains(code.as_str()) {
                    problems.push(format!("{}: unknown item {code}", example.name));
                }
                if !example.expected_items.contains_key(code) {
                    problems.push(format!("{}: no expectation for {code}", example.name));
                }
            }
        }
        for item in &profile.items {
            let outcomes: Vec<ExpectedOutcome> =
                profile.examples.iter().filter_map(|e| e.expected_items.get(&item.code).copied()).collect();
            if !outcomes.contains(&ExpectedOutcome::Pass) {
                problems.push(format!("{} never passes", item.code));
            }
            if item.severity == Severity::A && !outcomes.contains(&ExpectedOutcome::Fail) {
                problems.push(format!("A-class {} never fails", item.code));
            }
        }
        problems
    }

    /// Limits that are not plain decimal text (`-12.5`, never `1e3`, `.5` or `5.`).
    pub fn limit_problems(profile: &IndustryProfile) -> Vec<String> {
        use crate::profile::RuleSpec;
        let plain = |text: &str| {
            let digits = text.strip_prefix('-').unwrap_or(text);
            !digits.is_empty()
                && digits.split('.').count() <= 2
                && digits.split('.').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        };
        let mut problems = Vec::new();
        for item in &profile.items {
            for requirement in &item.requirements {
                let values: Vec<&str> = match &requirement.rule {
                    RuleSpec::Min { value } | RuleSpec::Max { value } | RuleSpec::Equals { value } => {
                        vec![value]
                    }
                    RuleSpec::Range { min, max } => vec![min, max],
                    RuleSpec::Table { rows, .. } => rows.iter().map(|row| row.limit.as_str()).collect(),
                    _ => Vec::new(),
                };
                problems.extend(
                    values.into_iter().filter(|v| !plain(v)).map(|v| format!("{}: {v:?}", item.code)),
                );
            }
        }
        problems
    }

    /// Whether two examples with the same variant, declarations and results, sampled either
    /// side of a date, expect different outcomes: the demonstration of an edition switch.
    pub fn has_edition_switch(profile: &IndustryProfile) -> bool {
        let examples = &profile.examples;
        examples.iter().any(|before| {
            examples.iter().any(|after| {
                before.variant == after.variant
                    && before.results == after.results
                    && before.declared == after.declared
                    && before.sampling_date < after.sampling_date
                    && before.expected_items != after.expected_items
            })
        })
    }

    /// Calls a table's judge in-process with `request` and decodes the answer.
    pub fn judge(table: &PluginTable, request: &CustomRequest) -> Result<CustomResponse, String> {
        let bytes = serde_json::to_vec(request).map_err(|error| error.to_string())?;
        let answer = take_buffer((table.judge)(bytes.as_ptr(), bytes.len()));
        match serde_json::from_slice::<Envelope<CustomResponse>>(&answer) {
            Ok(Envelope::Ok(response)) => Ok(response),
            Ok(Envelope::Error(message)) => Err(message),
            Err(error) => Err(error.to_string()),
        }
    }

    /// Every self-check a plugin's embedded profile must pass, as one list of problems (empty
    /// when it passes): the manifest decodes, names `id` and declares exactly
    /// `custom_functions` (none for a declarative plugin), the examples cover every item and name
    /// only known ones, and every limit is a plain decimal string.
    pub fn profile_problems(table: &PluginTable, id: &str, custom_functions: &[&str]) -> Vec<String> {
        let manifest = match manifest(table) {
            Ok(manifest) => manifest,
            Err(error) => return vec![format!("the manifest does not decode: {error}")],
        };
        let profile = &manifest.profile;
        let mut problems = Vec::new();
        if profile.id != id {
            problems.push(format!("the profile's id is {:?}, not {id:?}", profile.id));
        }
        if manifest.custom_functions != custom_functions {
            problems.push(format!(
                "custom functions {:?}, expected {custom_functions:?}",
                manifest.custom_functions
            ));
        }
        problems.extend(example_problems(profile));
        problems.extend(limit_problems(profile));
        problems
    }
}

//! Test fixture, never shipped: a plugin whose `manifest` panics. The host must refuse it with a
//! clear message and keep serving the others; the macro's `catch_unwind` turns the panic into an
//! error payload instead of unwinding across `extern "C"`.

fn profile() -> &'static str {
    panic!("this test plugin always panics while building its manifest")
}

oversight_plugin_api::declare_plugin! {
    profile_json: profile(),
}

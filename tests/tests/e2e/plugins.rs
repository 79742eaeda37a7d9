//! Industry plugins through the endpoint: the server starts with wire-cable
//! pinned and loaded, shows its profile, judges exactly and explains, refuses
//! bad results naming the item, and keeps serving while faulty plugins are refused.

use oversight_tests::{Db, TestServer, built_plugins, claims, plugin_file};
use serde_json::{Value, json};

/// A plugin directory: wire-cable and the faulty fixtures, all pinned, plus an
/// unpinned copy of wire-cable.
fn plugin_directory() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut lock = String::from("[plugins]\n");
    for lib in [
        "oversight_plugin_wire_cable",
        "oversight_test_plugin_panics",
        "oversight_test_plugin_bad_json",
        "oversight_test_plugin_wrong_abi",
    ] {
        let file = plugin_file(lib);
        std::fs::copy(built_plugins().join(&file), dir.path().join(&file)).unwrap();
        let digest = oversight_plugin_host::sha256_file(&dir.path().join(&file)).unwrap();
        lock.push_str(&format!("\"{file}\" = \"{digest}\"\n"));
    }
    std::fs::copy(
        built_plugins().join(plugin_file("oversight_plugin_wire_cable")),
        dir.path().join(plugin_file("unreviewed_copy")),
    )
    .unwrap();
    std::fs::write(dir.path().join("plugins.lock"), lock).unwrap();
    dir
}

async fn server(dir: &tempfile::TempDir) -> TestServer {
    let plugins = dir.path().to_path_buf();
    TestServer::start_with(Db::Sqlite, move |config| {
        config.plugins_lock = plugins.join("plugins.lock");
        config.plugins_dir = plugins;
    })
    .await
    .unwrap()
}

const PREVIEW: &str = r#"query($i: JudgePreviewInput!) { judgePreview(input: $i) {
    industry pluginId pluginVersion engineVersion variant samplingDate editions { standard edition }
    conclusion conclusionZh serious nPass nFail nNotJudged nNotTested missingItems
    items { code outcome measured valueJudged roundedValue method limit { min max allowed } limitSource { kind standard edition nature declaredValue function } needsVerification explanation severity retestable } } }"#;

fn preview(results: Value) -> Value {
    json!({ "i": { "industry": "wire-cable", "variant": "BV-2.5", "samplingDate": "2026-03-15",
                   "declaredStandards": ["GB/T 3956", "GB/T 5023"], "results": results } })
}

#[actix_web::test]
async fn plugins_serve_profiles_and_verdicts() {
    let dir = plugin_directory();
    let server = server(&dir).await;

    let data = server
        .data(
            r#"{ industries { code keyIndustry profile { pluginId version objectionWindowDays unverifiedValues
                   standards { code nature editions { edition effectiveFrom } } checklist { code textZh basis }
                   testingFrequency { riskClass timesPerYear } testItems { code unit severity retestable comparison requirements } } } }"#,
            json!({}),
        )
        .await;
    let industries = data["industries"].as_array().unwrap();
    let wire = industries.iter().find(|i| i["code"] == "wire-cable").unwrap();
    let profile = &wire["profile"];
    assert_eq!(profile["pluginId"], "wire-cable");
    assert!(profile["unverifiedValues"].as_u64().unwrap() > 0, "unverified values are shown");
    let voltage =
        profile["testItems"].as_array().unwrap().iter().find(|i| i["code"] == "voltage_test").unwrap();
    assert_eq!(voltage["retestable"], false, "a voltage test is not retested");
    assert!(!profile["checklist"].as_array().unwrap().is_empty());
    // An industry without a loaded plugin has no profile.
    let cement = industries.iter().find(|i| i["code"] == "cement").unwrap();
    assert!(cement["profile"].is_null());

    // The worked example: 7.60 Ω/km at 25 °C corrected to 20 °C is 7.448 > 7.41.
    let verdict = server
        .data(
            PREVIEW,
            preview(json!([
                { "item": "conductor_resistance", "value": "7.60", "unit": "Ω/km", "conditions": [{ "name": "temperature_c", "value": "25" }] },
                { "item": "voltage_test", "value": "no_breakdown", "unit": "" }
            ])),
        )
        .await["judgePreview"]
        .clone();
    assert_eq!(verdict["conclusion"], "NONCONFORMING");
    assert_eq!(verdict["serious"], true);
    assert_eq!(verdict["pluginId"], "wire-cable");
    assert_eq!(verdict["pluginVersion"], "0.2.1");
    assert!(!verdict["engineVersion"].as_str().unwrap().is_empty());
    assert!(verdict["editions"].as_array().unwrap().iter().any(|e| e["standard"] == "GB/T 3956"));
    let resistance =
        verdict["items"].as_array().unwrap().iter().find(|i| i["code"] == "conductor_resistance").unwrap();
    assert_eq!(resistance["outcome"], "FAIL");
    assert_eq!(resistance["measured"], "7.60");
    assert!(resistance["valueJudged"].as_str().unwrap().starts_with("7.448"), "{resistance}");
    assert!(!resistance["explanation"].as_str().unwrap().is_empty());
    // Judging again gives the same verdict.
    let again = server
        .data(
            PREVIEW,
            preview(json!([
                { "item": "conductor_resistance", "value": "7.60", "unit": "Ω/km", "conditions": [{ "name": "temperature_c", "value": "25" }] },
                { "item": "voltage_test", "value": "no_breakdown", "unit": "" }
            ])),
        )
        .await["judgePreview"]
        .clone();
    assert_eq!(again, verdict);
    server.stop().await;
}

#[actix_web::test]
async fn bad_results_are_refused_naming_the_item() {
    let dir = plugin_directory();
    let server = server(&dir).await;
    let resistance = |value: &str, unit: &str| json!([{ "item": "conductor_resistance", "value": value, "unit": unit, "conditions": [{ "name": "temperature_c", "value": "20" }] }]);
    let mut before_editions = preview(resistance("7.0", "Ω/km"));
    before_editions["i"]["samplingDate"] = json!("1990-01-01");
    let mut unknown_variant = preview(resistance("7.0", "Ω/km"));
    unknown_variant["i"]["variant"] = json!("XX-99");
    let mut unknown_industry = preview(resistance("7.0", "Ω/km"));
    unknown_industry["i"]["industry"] = json!("rocket-fuel");
    let cases: Vec<(&str, Value, &str)> = vec![
        ("unknown item", preview(json!([{ "item": "colour", "value": "1", "unit": "" }])), "UNKNOWN_ITEM"),
        ("wrong unit", preview(resistance("7.0", "mΩ/m")), "WRONG_UNIT"),
        ("not a number", preview(resistance("seven", "Ω/km")), "BAD_VALUE"),
        ("NaN", preview(resistance("NaN", "Ω/km")), "BAD_VALUE"),
        ("infinite", preview(resistance("inf", "Ω/km")), "BAD_VALUE"),
        ("negative resistance", preview(resistance("-1.0", "Ω/km")), "NEGATIVE_VALUE"),
        ("unknown variant", unknown_variant, "UNKNOWN_VARIANT"),
        ("before any edition", before_editions, "NO_EDITION_IN_FORCE"),
        ("industry without plugin", unknown_industry, "UNKNOWN_INDUSTRY"),
    ];
    for (name, variables, code) in cases {
        let error = server.error(PREVIEW, variables).await;
        assert_eq!(error["extensions"]["code"], code, "{name}: {error}");
        assert!(error["extensions"]["field"].as_str().unwrap().starts_with("input."), "{name}: {error}");
    }
    server.stop().await;
}

#[actix_web::test]
async fn faulty_plugins_are_refused_and_the_server_keeps_serving() {
    let dir = plugin_directory();
    let server = server(&dir).await;
    let files = server.data("{ pluginFiles { file industry pinned refusalCode refusal } }", json!({})).await
        ["pluginFiles"]
        .clone();
    let files = files.as_array().unwrap();
    let code_of = |lib: &str| {
        let file = plugin_file(lib);
        files.iter().find(|f| f["file"] == file.as_str()).unwrap_or_else(|| panic!("{file} not listed"))["refusalCode"].clone()
    };
    assert!(code_of("oversight_plugin_wire_cable").is_null(), "wire-cable is loaded");
    assert_eq!(code_of("unreviewed_copy"), "UNPINNED");
    for lib in
        ["oversight_test_plugin_panics", "oversight_test_plugin_bad_json", "oversight_test_plugin_wrong_abi"]
    {
        assert!(code_of(lib).is_string(), "{lib} was not refused");
    }
    // Still serving, and only the plugin administrator and the nation see the files.
    let county = server
        .app
        .create_authority(
            &server.national,
            oversight_app::NewAuthority {
                name: "某县局".into(),
                region_code: "320102".into(),
                parent_id: server.national_authority,
            },
        )
        .await;
    assert!(county.is_err(), "a county authority needs its parent one level up");
    let admin = server.token(&claims("ops", "platform", "plugin_administrator", None));
    let body = server.graphql_as(&admin, "{ pluginFiles { file } industries { code } }", json!({})).await;
    assert!(body.get("errors").is_none(), "{body}");
    server.stop().await;
}

/// Every key-industry plugin, loaded together, judges each of its own declared
/// examples through `judgePreview` as the example expects.
#[actix_web::test]
async fn every_key_industry_judges_its_examples_through_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let mut lock = String::from("[plugins]\n");
    let industries: Vec<&str> = oversight_tests::PLUGIN_PACKAGES
        .iter()
        .filter(|(package, _)| package.starts_with("oversight-plugin-"))
        .map(|(_, lib)| *lib)
        .collect();
    for lib in &industries {
        let file = plugin_file(lib);
        std::fs::copy(built_plugins().join(&file), dir.path().join(&file)).unwrap();
        let digest = oversight_plugin_host::sha256_file(&dir.path().join(&file)).unwrap();
        lock.push_str(&format!("\"{file}\" = \"{digest}\"\n"));
    }
    std::fs::write(dir.path().join("plugins.lock"), lock).unwrap();
    let server = server(&dir).await;
    let profiles = server.data("{ industries { code keyIndustry profile { document } } }", json!({})).await;
    let loaded: Vec<&Value> =
        profiles["industries"].as_array().unwrap().iter().filter(|i| !i["profile"].is_null()).collect();
    assert_eq!(loaded.len(), industries.len(), "every plugin loads: {profiles}");
    let mut judged = 0;
    for industry in loaded {
        let code = industry["code"].as_str().unwrap();
        assert_eq!(industry["keyIndustry"], true, "{code}");
        let examples = industry["profile"]["document"]["examples"].as_array().unwrap();
        assert!(!examples.is_empty(), "{code} declares no examples");
        for example in examples {
            let results: Vec<Value> = example["results"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(item, result)| {
                    let conditions: Vec<Value> = result["conditions"]
                        .as_object()
                        .map(|c| c.iter().map(|(name, value)| json!({ "name": name, "value": value })).collect())
                        .unwrap_or_default();
                    json!({ "item": item, "value": result["value"], "unit": result["unit"], "conditions": conditions })
                })
                .collect();
            let declared: Vec<Value> = example["declared"]
                .as_object()
                .map(|d| d.iter().map(|(item, value)| json!({ "item": item, "value": value })).collect())
                .unwrap_or_default();
            let variables = json!({ "i": {
                "industry": code, "variant": example["variant"], "samplingDate": example["sampling_date"],
                "declared": declared, "declaredStandards": example.get("declared_standards").cloned().unwrap_or(json!([])),
                "results": results } });
            let verdict = server.data(PREVIEW, variables).await["judgePreview"].clone();
            // An example shows a few items; judged as a sample, the items it leaves out are
            // missing and make a verdict that found no nonconformity NOT_JUDGEABLE.
            let complete = verdict["missingItems"].as_array().is_some_and(Vec::is_empty);
            let expected = match example["expected_conclusion"].as_str().unwrap() {
                "nonconforming" => "NONCONFORMING",
                "not_judgeable" => "NOT_JUDGEABLE",
                _ if !complete => "NOT_JUDGEABLE",
                _ => "NO_NONCONFORMITY_FOUND",
            };
            assert_eq!(verdict["conclusion"], expected, "{code}: {}", example["name"]);
            for (item, outcome) in example["expected_items"].as_object().unwrap() {
                let got = verdict["items"].as_array().unwrap().iter().find(|i| i["code"] == item.as_str());
                // The profile writes outcomes as the engine serialises them ("pass"); the API
                // answers with the GraphQL enum value ("PASS").
                assert_eq!(
                    got.map(|i| i["outcome"].clone()),
                    outcome.as_str().map(|o| json!(o.to_uppercase())),
                    "{code}: {} item {item}",
                    example["name"]
                );
            }
            judged += 1;
        }
    }
    eprintln!("judged {judged} examples of {} industries through judgePreview", industries.len());
    server.stop().await;
}

/// Signed plugins (issue 20 item 7), through the commands an operator runs: `plugins keygen`,
/// `plugins sign`, `plugins pin`, then loading as `serve` does with signatures required — an
/// unsigned file is refused UNSIGNED, one signed by a trusted publisher loads and names it, one
/// signed by an untrusted key (or for other bytes) is refused BAD_SIGNATURE, and `plugins list`
/// shows who signed.
#[test]
fn plugins_signed_by_a_trusted_publisher_load_and_others_are_refused() {
    use oversight_server::{plugins_cli, serve};
    let dir = tempfile::tempdir().unwrap();
    let keys = tempfile::tempdir().unwrap();
    let file = plugin_file("oversight_plugin_wire_cable");
    let library = dir.path().join(&file);
    std::fs::copy(built_plugins().join(&file), &library).unwrap();
    let lock = dir.path().join("plugins.lock");
    plugins_cli::pin(dir.path(), &lock).unwrap();
    let public_of =
        |printed: String| printed.lines().last().unwrap().trim_start_matches("public key: ").to_owned();
    let trusted = public_of(plugins_cli::keygen(&keys.path().join("publisher.key")).unwrap());
    let untrusted_key = keys.path().join("other.key");
    plugins_cli::keygen(&untrusted_key).unwrap();
    assert!(
        plugins_cli::keygen(&keys.path().join("publisher.key")).is_err(),
        "a key file is never overwritten"
    );

    let config = oversight_server::config::Config {
        plugins_dir: dir.path().to_path_buf(),
        plugins_lock: lock,
        plugins_publisher_keys: vec![trusted.clone()],
        plugins_require_signatures: true,
        // This test executable is no plugin worker (docs/adr/0045).
        plugin_isolation: oversight_server::config::PluginIsolation::InProcess,
        ..Default::default()
    };
    let refusals = |config: &oversight_server::config::Config| {
        let registry = serve::load_plugins(config).unwrap();
        let codes: Vec<&str> = registry.refused().iter().map(|r| r.reason.code()).collect();
        (registry.plugins().count(), codes.join(","))
    };
    assert_eq!(refusals(&config), (0, "UNSIGNED".to_owned()));

    plugins_cli::sign(&untrusted_key, &library).unwrap();
    assert_eq!(refusals(&config), (0, "BAD_SIGNATURE".to_owned()), "an untrusted publisher's signature");
    let printed = plugins_cli::sign(&keys.path().join("publisher.key"), &library).unwrap();
    assert!(printed.contains(&trusted), "{printed}");
    let registry = serve::load_plugins(&config).unwrap();
    let plugin = registry.plugins().next().expect("the signed plugin loads");
    assert_eq!(plugin.signed_by.as_deref(), Some(trusted.as_str()));
    let options = config
        .plugin_load_options(oversight_plugin_host::LockFile::read(&config.plugins_lock).unwrap())
        .unwrap();
    let listed = plugins_cli::list(dir.path(), &options).unwrap();
    assert!(listed.contains(&format!("signed by {trusted}")), "{listed}");

    // The signature covers these bytes: a different file under the same name is refused, even
    // unpinned in development.
    let signature = std::fs::read(oversight_plugin_host::signature::signature_path(&library)).unwrap();
    // A new file, not the old one rewritten in place: the loaded library stays mapped.
    std::fs::remove_file(&library).unwrap();
    std::fs::copy(built_plugins().join(plugin_file("oversight_test_plugin_panics")), &library).unwrap();
    std::fs::write(oversight_plugin_host::signature::signature_path(&library), signature).unwrap();
    let development = oversight_server::config::Config { plugins_allow_unpinned: true, ..config };
    assert_eq!(refusals(&development), (0, "BAD_SIGNATURE".to_owned()));
}

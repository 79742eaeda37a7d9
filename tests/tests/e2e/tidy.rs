//! Tidy: repository-wide rules read off the source text, in the style of rust-analyzer's
//! `tidy.rs`. Each rule is one test that lists every violation (file:line and what to change).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use oversight_app::Code;

/// The directories holding the workspace's Rust code.
const RUST_DIRS: &[&str] = &["crates", "plugins", "migrations", "tests"];

/// Where functions are held to [`MAX_FN_LINES`]: the crates whose functions are use cases,
/// resolvers and queries, read most often.
const SHORT_FN_DIRS: &[&str] = &["crates/app/src", "crates/api/src", "crates/storage/src"];

/// The longest function allowed there, counted from its opening brace to its closing brace.
const MAX_FN_LINES: usize = 80;

/// The only files that may hold unsafe code (the `unsafe` keyword, `#[unsafe(...)]` attributes
/// included), each with why. The workspace denies `unsafe_code`; these files opt out with
/// `#[allow(unsafe_code)]` on the module or items that need it, never for a whole crate.
const UNSAFE_FILES: &[(&str, &str)] = &[
    (
        "crates/plugin-api/src/lib.rs",
        "the buffer half of the FFI boundary, and the `no_mangle` export `declare_plugin!` generates",
    ),
    ("crates/plugin-host/src/ffi.rs", "opens plugin libraries (libloading) and reads their C table"),
    ("plugins/test-faulty/bad-json/src/lib.rs", "fixture: a hand-written `no_mangle` entry"),
    ("plugins/test-faulty/wrong-abi/src/lib.rs", "fixture: a hand-written `no_mangle` entry"),
    ("crates/plugin-host/src/os.rs", "isolated plugins: setrlimit before exec, dup2 in the worker"),
    (
        "crates/storage/src/sqlite_memory.rs",
        "reads SQLite's memory statistics (sqlite3_status64) for the metrics",
    ),
    ("plugins/test-faulty/crashes-in-judge/src/lib.rs", "fixture: a deliberate write through null"),
];

/// Tokens besides `name::` and `use name` that show a dependency is used: (dependency, tokens,
/// why text search needs them).
const ALSO_USED_BY: &[(&str, &[&str], &str)] =
    &[("serde", &["Serialize", "Deserialize"], "its derives, possibly imported through a re-export")];

/// Dependencies no source text names but that are needed all the same (linking, features):
/// (member directory, dependency, why).
const UNUSED_ALLOWED: &[(&str, &str, &str)] = &[];

#[test]
fn tidy_every_rust_file_starts_with_a_module_doc() {
    let mut violations = Vec::new();
    for path in rust_files() {
        let text = read(&path);
        match text.lines().enumerate().find(|(_, line)| !line.trim().is_empty()) {
            Some((_, line)) if line.starts_with("//!") => {}
            Some((index, line)) => violations.push(format!(
                "{}:{}: starts with `{}`; begin the file with a `//!` line saying what it holds",
                rel(&path),
                index + 1,
                line.trim()
            )),
            None => violations.push(format!("{}:1: empty file; delete it or document it", rel(&path))),
        }
    }
    assert_tidy("every .rs file starts with a `//!` doc line", &violations);
}

#[test]
fn tidy_no_ignored_or_should_panic_tests() {
    // Built with concat! so that this file does not match itself.
    let banned = [
        (concat!("#[", "ignore"), "an ignored test never runs: make it pass or delete it"),
        (
            concat!("#[", "should_panic"),
            "it passes on any panic (an unrelated unwrap too): assert on the returned error instead",
        ),
    ];
    let mut violations = Vec::new();
    for path in rust_files() {
        for (index, line) in read(&path).lines().enumerate() {
            for (needle, why) in banned.iter().filter(|(needle, _)| line.contains(needle)) {
                violations.push(format!("{}:{}: `{needle}`: {why}", rel(&path), index + 1));
            }
        }
    }
    assert_tidy("no ignored and no should_panic tests", &violations);
}

/// The reverse of contract.rs's `every_error_code_is_documented`: every code the tables of
/// docs/errors.md list exists in `Code::all()`, so clients do not switch on a code never sent.
#[test]
fn tidy_every_documented_error_code_exists() {
    let known: BTreeSet<&str> = Code::all().map(|code| code.as_str()).collect();
    let rows = code_table_rows(&read(&root().join("docs/errors.md")));
    let mut violations = Vec::new();
    if rows.is_empty() {
        violations.push("docs/errors.md: no table headed `| code |` found; fit code_table_rows to it".into());
    }
    for (line, cell) in rows {
        match cell.strip_prefix('`').and_then(|inner| inner.strip_suffix('`')) {
            Some(code) if known.contains(code) => {}
            Some(code) if !code.contains('`') => violations.push(format!(
                "docs/errors.md:{line}: `{code}` is not in oversight_app::Code::all() \
                 (crates/app/src/error.rs): remove the row or add the code"
            )),
            _ => violations.push(format!(
                "docs/errors.md:{line}: first column `{cell}` must be exactly one code in backticks"
            )),
        }
    }
    assert_tidy("every code in docs/errors.md is in Code::all()", &violations);
}

#[test]
fn tidy_internal_dependencies_come_from_the_workspace() {
    let mut violations = Vec::new();
    for member in members() {
        let manifest = format!("{member}/Cargo.toml");
        for dep in dependencies(&read(&root().join(&manifest))) {
            let spec = compact(&dep.spec);
            let internal = dep.name.starts_with("oversight-") || spec.contains("package=\"oversight-");
            if internal && (!spec.contains("workspace=true") || spec.contains("path=")) {
                violations.push(format!(
                    "{manifest}:{}: write `{}.workspace = true`: the path of an internal crate is \
                     written once, in the root Cargo.toml's [workspace.dependencies]",
                    dep.line, dep.name
                ));
            }
        }
    }
    assert_tidy("internal dependencies are `.workspace = true`", &violations);
}

#[test]
fn tidy_every_dependency_is_used() {
    let mut violations = Vec::new();
    for member in members() {
        let manifest = format!("{member}/Cargo.toml");
        let (build_script, code) = package_code(&root().join(&member));
        for dep in dependencies(&read(&root().join(&manifest))) {
            // Build dependencies serve build.rs only; the others everything else.
            let used =
                uses_crate(if dep.kind == "build-dependencies" { &build_script } else { &code }, &dep.name);
            let allowed = UNUSED_ALLOWED.iter().any(|(m, name, _)| *m == member && *name == dep.name);
            if !used && !allowed {
                violations.push(format!(
                    "{manifest}:{}: [{}] `{}` is named nowhere in {member}'s code: remove it \
                     (or list it in UNUSED_ALLOWED in tests/tests/e2e/tidy.rs with the reason)",
                    dep.line, dep.kind, dep.name
                ));
            }
        }
    }
    assert_tidy("every dependency is used", &violations);
}

#[test]
fn tidy_functions_are_short() {
    let mut violations = Vec::new();
    for dir in SHORT_FN_DIRS {
        for path in files_under(&root().join(dir), ".rs") {
            let text = read(&path);
            // Test modules (inline or `tests.rs`) and generated code may be long.
            if path.ends_with("tests.rs") || text.lines().take(5).any(|line| line.contains("@generated")) {
                continue;
            }
            for (line, name, lines) in functions(&without_test_modules(&blank(&text))) {
                if lines > MAX_FN_LINES {
                    violations.push(format!(
                        "{}:{line}: fn {name} is {lines} lines (limit {MAX_FN_LINES}): split it",
                        rel(&path)
                    ));
                }
            }
        }
    }
    assert_tidy(&format!("functions in {SHORT_FN_DIRS:?} are at most {MAX_FN_LINES} lines"), &violations);
}

#[test]
fn tidy_unsafe_code_stays_in_its_files() {
    let mut violations = Vec::new();
    let mut used_entries = BTreeSet::new();
    for path in rust_files() {
        let file = rel(&path);
        let code = blank(&read(&path));
        let listed = UNSAFE_FILES.iter().any(|(entry, _)| *entry == file);
        let unsafe_lines = word_lines(&code, "unsafe");
        if listed && !unsafe_lines.is_empty() {
            used_entries.insert(file.clone());
        }
        if !listed {
            violations.extend(unsafe_lines.iter().map(|line| {
                format!(
                    "{file}:{line}: `unsafe` outside UNSAFE_FILES (tests/tests/e2e/tidy.rs): move it \
                     into one of those files, or list this one with the reason"
                )
            }));
        }
        violations.extend(allow_violations(&file, &code, listed));
    }
    for (entry, _) in UNSAFE_FILES.iter().filter(|(entry, _)| !used_entries.contains(*entry)) {
        violations.push(format!("{entry}: no unsafe code left; remove it from UNSAFE_FILES"));
    }
    assert_tidy("unsafe code only in UNSAFE_FILES, allowed per module or item", &violations);
}

#[test]
fn tidy_only_the_unit_of_work_opens_transactions() {
    // Every mutation's archive events and audit record are written by `Work::commit`; a use case
    // that opened its own transaction could commit without them.
    let mut violations = Vec::new();
    for dir in ["crates/app/src", "crates/api/src", "crates/server/src"] {
        for path in files_under(&root().join(dir), ".rs") {
            let file = rel(&path);
            if file == "crates/app/src/work.rs" {
                continue;
            }
            let code = without_test_modules(&blank(&read(&path)));
            for needle in [".begin()", ".commit()", "begin_with_options"] {
                violations.extend(lines_containing(&code, needle).into_iter().map(|line| {
                    format!("{file}:{line}: `{needle}` outside crates/app/src/work.rs: use App::begin and Work::commit")
                }));
            }
        }
    }
    assert_tidy("only the unit of work begins and commits transactions", &violations);
}

#[test]
fn tidy_the_api_asks_app_not_the_policy() {
    // Resolvers ask `app` named questions; deciding access is `domain`'s, applied by `app`.
    let mut violations = Vec::new();
    for path in files_under(&root().join("crates/api/src"), ".rs") {
        let code = blank(&read(&path));
        for needle in ["access::", "read_scope", "task_scope"] {
            violations.extend(
                lines_containing(&code, needle).into_iter().map(|line| {
                    format!("{}:{line}: `{needle}` in api: ask app a named question", rel(&path))
                }),
            );
        }
    }
    assert_tidy("the api layer never consults the access policy", &violations);
}

/// The 1-based lines of `code` that contain `needle`.
fn lines_containing(code: &str, needle: &str) -> Vec<usize> {
    code.lines().enumerate().filter(|(_, line)| line.contains(needle)).map(|(index, _)| index + 1).collect()
}

// ---- Files ----

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A path relative to the repository root, as violations name it.
fn rel(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// Every file under `dir` whose name ends with `suffix`, sorted. Build output, npm packages and
/// git's own files are not the repository's code.
fn files_under(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            if path.is_dir() && !["target", "node_modules", ".git"].contains(&name.as_str()) {
                pending.push(path);
            } else if path.is_file() && name.ends_with(suffix) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn rust_files() -> Vec<PathBuf> {
    RUST_DIRS.iter().flat_map(|dir| files_under(&root().join(dir), ".rs")).collect()
}

fn assert_tidy(rule: &str, violations: &[String]) {
    assert!(violations.is_empty(), "{rule}: {} violation(s)\n{}", violations.len(), violations.join("\n"));
}

// ---- docs/errors.md ----

/// The first cell and line number of every body row of the tables whose first header cell is
/// `code`. Other tables and the prose (which mentions values such as `LARGE`) are not code lists.
fn code_table_rows(doc: &str) -> Vec<(usize, String)> {
    let mut rows = Vec::new();
    // None outside a table; inside one, whether it is a code table.
    let mut code_table = None;
    for (index, line) in doc.lines().enumerate() {
        let Some(first) = first_cell(line) else {
            code_table = None;
            continue;
        };
        let separator = !first.is_empty() && first.chars().all(|c| c == '-' || c == ':');
        match code_table {
            None => code_table = Some(first == "code"),
            Some(true) if !separator => rows.push((index + 1, first.to_owned())),
            Some(_) => {}
        }
    }
    rows
}

/// The first cell of a Markdown table row, or None for a line outside a table.
fn first_cell(line: &str) -> Option<&str> {
    line.trim().strip_prefix('|')?.split('|').next().map(str::trim)
}

// ---- Cargo.toml ----

/// The member directories listed in the root Cargo.toml's `members = [...]`.
fn members() -> Vec<String> {
    let manifest = read(&root().join("Cargo.toml"));
    let start = manifest.find("\nmembers").expect("the root Cargo.toml lists no members");
    let list = &manifest[start..];
    let list = &list[list.find('[').expect("members = [")..list.find(']').expect("members = [...]")];
    // Quoted strings are the odd pieces between quotes.
    let members: Vec<String> = list.split('"').skip(1).step_by(2).map(str::to_owned).collect();
    assert!(!members.is_empty(), "no members parsed from the root Cargo.toml");
    members
}

/// One dependency entry of a manifest.
#[derive(Debug)]
struct Dependency {
    /// `dependencies`, `dev-dependencies` or `build-dependencies`.
    kind: &'static str,
    /// The name code knows it by (the key; `-` for `_`).
    name: String,
    /// What follows the name: `workspace = true`, `{ path = "..", ... }`, `"1.0"`.
    spec: String,
    line: usize,
}

/// The dependencies of a manifest, read line by line: `name = spec` and `name.key = value`
/// under a dependency table, and `[dependencies.name]` tables. Enough for our manifests, which
/// write no multi-line inline tables (a wrapped line's continuation is ignored).
fn dependencies(manifest: &str) -> Vec<Dependency> {
    let mut deps: Vec<Dependency> = Vec::new();
    let mut table = None;
    for (index, line) in manifest.lines().map(str::trim).enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            table = dependency_table(line);
            if let Some((kind, Some(name))) = &table {
                deps.push(Dependency { kind, name: name.clone(), spec: String::new(), line: index + 1 });
            }
            continue;
        }
        let (Some((kind, named)), Some((key, value))) = (&table, line.split_once('=')) else { continue };
        let (kind, key, value) = (*kind, key.trim().trim_matches('"'), value.trim());
        if named.is_some() {
            deps.last_mut().unwrap().spec.push_str(&format!("{key} = {value}, "));
            continue;
        }
        let (name, spec) = match key.split_once('.') {
            Some((name, field)) => (name, format!("{field} = {value}")),
            None => (key, value.to_owned()),
        };
        deps.push(Dependency { kind, name: name.to_owned(), spec, line: index + 1 });
    }
    deps
}

/// The kind of dependency table a header opens — `[dependencies]`, `[dependencies.name]` (with
/// the name) or `[target.'cfg(..)'.dev-dependencies]` — or None for any other table.
fn dependency_table(header: &str) -> Option<(&'static str, Option<String>)> {
    let inner = header.trim_start_matches('[').trim_end_matches(']').trim();
    ["dev-dependencies", "build-dependencies", "dependencies"].into_iter().find_map(|kind| {
        if inner == kind || (inner.starts_with("target.") && inner.ends_with(&format!(".{kind}"))) {
            Some((kind, None))
        } else {
            inner
                .strip_prefix(&format!("{kind}."))
                .map(|name| (kind, Some(name.trim_matches('"').to_owned())))
        }
    })
}

fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

// ---- Dependency use ----

/// A package's code, blanked: its build script, and all its other .rs files (src, tests,
/// benches, examples). Files of a package nested inside it belong to that package.
fn package_code(dir: &Path) -> (String, String) {
    let (mut build_script, mut code) = (String::new(), String::new());
    for path in files_under(dir, ".rs") {
        let owner = path.ancestors().skip(1).find(|ancestor| ancestor.join("Cargo.toml").is_file());
        if owner != Some(dir) {
            continue;
        }
        let part = if path == dir.join("build.rs") { &mut build_script } else { &mut code };
        part.push_str(&blank(&read(&path)));
        part.push('\n');
    }
    (build_script, code)
}

/// Whether `code` names crate `name`: a path (`name::`), an import (`use name`, `extern crate
/// name`), or one of its [`ALSO_USED_BY`] tokens.
fn uses_crate(code: &str, name: &str) -> bool {
    let ident = name.replace('-', "_");
    let named = word_positions(code, &ident).into_iter().any(|at| {
        let before = code[..at].trim_end();
        let last_word = before.rsplit(|c: char| !is_ident_char(c)).next();
        code[at + ident.len()..].starts_with("::")
            || last_word == Some("use")
            || (last_word == Some("crate") && before.trim_end_matches("crate").trim_end().ends_with("extern"))
    });
    let tokens = ALSO_USED_BY.iter().filter(|(dep, _, _)| *dep == name).flat_map(|(_, tokens, _)| *tokens);
    named || tokens.into_iter().any(|token| !word_positions(code, token).is_empty())
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Byte offsets where `word` occurs as a whole word.
fn word_positions(text: &str, word: &str) -> Vec<usize> {
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(|&at| {
            !text[..at].ends_with(is_ident_char) && !text[at + word.len()..].starts_with(is_ident_char)
        })
        .collect()
}

/// The (1-based) lines where `word` occurs as a whole word, each once.
fn word_lines(text: &str, word: &str) -> BTreeSet<usize> {
    word_positions(text, word).into_iter().map(|at| text[..at].matches('\n').count() + 1).collect()
}

// ---- Unsafe ----

/// `allow(unsafe_code)` attributes out of place in `file` (blanked): a crate-wide one in a crate
/// root, or any in a file not listed in [`UNSAFE_FILES`] — except on a `mod name;` declaration,
/// which opens that module's file (itself held to the list).
fn allow_violations(file: &str, code: &str, listed: bool) -> Vec<String> {
    let lines: Vec<&str> = code.lines().collect();
    let mut violations = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if word_positions(line, "unsafe_code").is_empty()
            || !(line.contains("allow(") || line.contains("expect("))
        {
            continue;
        }
        let inner = line.contains("#![");
        let problem = if inner && is_crate_root(file) {
            "crate-wide allow: remove it and put `#[allow(unsafe_code)]` on the module \
             (e.g. `mod ffi;`) or on the items that need it"
        } else if !listed && (inner || !declares_module_file(&lines[index + 1..])) {
            "allows unsafe code in a file not in UNSAFE_FILES (tests/tests/e2e/tidy.rs): \
             list it with the reason, or remove the allow"
        } else {
            continue;
        };
        violations.push(format!("{file}:{}: {problem}", index + 1));
    }
    violations
}

/// Whether the item after an attribute (given the lines that follow it) is `mod name;`.
fn declares_module_file(following: &[&str]) -> bool {
    let item =
        following.iter().map(|line| line.trim()).find(|line| !line.is_empty() && !line.starts_with("#["));
    let item = item.unwrap_or_default();
    let item = item.strip_prefix("pub(crate) ").or_else(|| item.strip_prefix("pub ")).unwrap_or(item);
    item.starts_with("mod ") && item.ends_with(';')
}

/// Whether `file` is the root of a crate (library, binary, build script, test, bench or example),
/// where an inner attribute covers the whole crate.
fn is_crate_root(file: &str) -> bool {
    let path = Path::new(file);
    let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default();
    let parent = path.parent().and_then(Path::file_name).and_then(|name| name.to_str()).unwrap_or_default();
    ["lib.rs", "main.rs", "build.rs"].contains(&name)
        || ["bin", "tests", "benches", "examples"].contains(&parent)
}

// ---- Function length, as /work/shared/hooks/fnlen.py measures it ----

/// `src` with comments and string and char literals turned into spaces (newlines kept), so that
/// braces and words inside them do not count. A port of `blank` in fnlen.py, quirks included
/// (block comments do not nest; `'\u{..}'` is left as code, its braces balanced), so that the
/// hook and this test agree on every length.
fn blank(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < chars.len() {
        match literal_end(&chars, i) {
            Some(end) => {
                out.extend(chars[i..end].iter().copied().map(as_space));
                i = end;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// Where the comment or literal that starts at `i` ends (exclusive), if one starts there.
fn literal_end(chars: &[char], i: usize) -> Option<usize> {
    let n = chars.len();
    let find = |from: usize, needle: &[char]| (from..n).find(|&k| chars[k..].starts_with(needle));
    match (chars[i], chars.get(i + 1).copied()) {
        ('/', Some('/')) => Some(find(i, &['\n']).unwrap_or(n)),
        ('/', Some('*')) => Some(find(i + 2, &['*', '/']).map_or(n, |end| end + 2)),
        ('r', _) => {
            // `r"`, `r#"`…: at most eight hashes, as fnlen.py looks ten characters ahead.
            let hashes = chars[i + 1..].iter().take(8).take_while(|&&c| c == '#').count();
            if chars.get(i + 1 + hashes) != Some(&'"') {
                return None;
            }
            let close: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
            Some(find(i + hashes + 2, &close).map_or(n, |end| end + close.len()))
        }
        ('"', _) => {
            let mut j = i + 1;
            while j < n && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            Some((j + 1).min(n))
        }
        ('\'', Some('\\')) => {
            let escaped = chars.get(i + 2).is_some_and(|&c| c != '\n');
            (escaped && chars.get(i + 3) == Some(&'\'')).then_some(i + 4)
        }
        ('\'', Some(c)) => (c != '\'' && chars.get(i + 2) == Some(&'\'')).then_some(i + 3),
        _ => None,
    }
}

/// `code` (blanked) with every `#[cfg(test)] mod name { … }` turned into spaces, newlines kept.
fn without_test_modules(code: &str) -> String {
    const ATTRIBUTE: &str = "#[cfg(test)]";
    let mut code = code.to_owned();
    let mut from = 0;
    while let Some(found) = code[from..].find(ATTRIBUTE) {
        let start = from + found;
        from = start + 1;
        if let Some(open) = inline_module_brace(&code, start + ATTRIBUTE.len()) {
            let end = (closing_brace(&code, open) + 1).min(code.len());
            let spaces: String = code[start..end].chars().map(as_space).collect();
            code.replace_range(start..end, &spaces);
        }
    }
    code
}

/// If `code` continues at `at` with `mod name {` (whitespace allowed), the index of that brace.
fn inline_module_brace(code: &str, at: usize) -> Option<usize> {
    let after_mod = code[at..].trim_start().strip_prefix("mod")?;
    let name = after_mod.strip_prefix(char::is_whitespace)?.trim_start();
    let brace = name.trim_start_matches(is_ident_char).trim_start();
    brace.starts_with('{').then(|| code.len() - brace.len())
}

/// A character blanked: newlines stay, so line numbers do.
fn as_space(c: char) -> char {
    if c == '\n' { '\n' } else { ' ' }
}

/// The byte index of the brace closing the one at `open`, or the end of `code`.
fn closing_brace(code: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (k, byte) in code.bytes().enumerate().skip(open) {
        match byte {
            b'{' => depth += 1,
            b'}' if depth <= 1 => return k,
            b'}' => depth -= 1,
            _ => {}
        }
    }
    code.len()
}

/// Every function with a body in `code` (blanked): the line of its `fn`, its name, and its
/// length in lines from the opening brace to the closing one, both included.
fn functions(code: &str) -> Vec<(usize, String, usize)> {
    let mut found = Vec::new();
    for at in word_positions(code, "fn") {
        let after = &code[at + 2..];
        let name_and_rest = after.trim_start();
        if name_and_rest.len() == after.len() {
            continue; // `fn` must be followed by whitespace, then the name.
        }
        let name: String = name_and_rest.chars().take_while(|&c| is_ident_char(c)).collect();
        if name.is_empty() {
            continue;
        }
        let Some(brace) = name_and_rest.find(['{', ';']).filter(|&k| name_and_rest.as_bytes()[k] == b'{')
        else {
            continue; // A declaration without a body.
        };
        let open = code.len() - name_and_rest.len() + brace;
        let lines = code[open..closing_brace(code, open)].matches('\n').count() + 1;
        found.push((code[..at].matches('\n').count() + 1, name, lines));
    }
    found
}

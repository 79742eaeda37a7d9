//! The README's walkthrough, run as written: the demo data is seeded as `oversight demo` seeds it
//! (300 enterprises, seed 2006) into a server with the demo clock on, and every ```graphql block
//! of the "Walkthrough (GraphiQL)" section runs in order, verbatim, with the demo token its
//! `<!-- as: key -->` marker names (the tokens `oversight demo` prints); every ```sh block runs in
//! bash as written, against the test server's address, with `TOKEN` (its marker's token) and
//! `DOWNLOAD_URL` (the newest `downloadUrl` answered) set. Every block must answer without
//! errors, and the key answers of the annual review and the supervision story are checked, from
//! the opening of the year to the stamp and the overdue list, from the sample to the revocation.
//! A README that drifts from the code fails here.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use oversight_server::seed::{self, SeedOptions};
use oversight_server::tokens;
use oversight_tests::{TEST_SECRET, TestServer, on_both_databases};
use serde_json::{Value, json};

/// One ```graphql or ```sh block of the walkthrough.
#[derive(Debug)]
struct Block {
    /// The demo token's key, as `oversight demo` prints it in brackets (for a shell block, the
    /// `TOKEN` it is run with; none for a block that needs no token).
    token: Option<String>,
    /// The GraphQL request, or the shell commands.
    text: String,
    shell: bool,
    /// 1-based line of the README where the block starts, for failure messages.
    line: usize,
}

/// The ```graphql and ```sh blocks of the README's walkthrough section, in order. A GraphQL block
/// must follow its `<!-- as: key -->` marker (a shell block may: it runs with `TOKEN` set), and
/// the text before a marked block must name the token visibly (`[key]`).
fn walkthrough_blocks() -> Vec<Block> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = readme.lines().collect();
    let start = lines.iter().position(|l| *l == "## Walkthrough (GraphiQL)").expect("a walkthrough section");
    let end =
        lines[start + 1..].iter().position(|l| l.starts_with("## ")).map_or(lines.len(), |i| start + 1 + i);
    let mut blocks = Vec::new();
    let mut prose_from = start;
    let mut index = start;
    while index < end {
        let fence = lines[index].trim_start();
        let shell = fence.starts_with("```sh");
        if !(shell || fence.starts_with("```graphql")) {
            index += 1;
            continue;
        }
        let line = index + 1;
        let marker = lines[..index].iter().rev().find(|l| !l.trim().is_empty()).copied().unwrap_or("");
        let token = marker
            .trim()
            .strip_prefix("<!-- as:")
            .and_then(|rest| rest.strip_suffix("-->"))
            .map(|key| key.trim().to_owned());
        assert!(
            shell || token.is_some(),
            "README.md:{line}: a walkthrough block needs an `<!-- as: <token key> -->` line before it"
        );
        if let Some(token) = &token {
            let prose = lines[prose_from..index].join("\n");
            assert!(
                prose.contains(&format!("`[{token}]`")),
                "README.md:{line}: the text before the block should tell the reader its token, `[{token}]`"
            );
        }
        let close = lines[index + 1..end]
            .iter()
            .position(|l| l.trim() == "```")
            .map(|i| index + 1 + i)
            .unwrap_or_else(|| panic!("README.md:{line}: the block is not closed"));
        blocks.push(Block { token, text: lines[index + 1..close].join("\n"), shell, line });
        index = close + 1;
        prose_from = index;
    }
    blocks
}

/// Where the README's shell blocks send their requests; the test swaps in its server's address.
const README_SERVER: &str = "http://127.0.0.1:8080";

/// Runs a shell block as a reader would — bash, in a fresh directory, `TOKEN` and `DOWNLOAD_URL`
/// set — against the test server, and returns what it printed. Off the runtime's thread: the
/// server answering the block's requests runs on it.
async fn run_shell(server: &TestServer, block: &Block, token: Option<&str>, download_url: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let script = format!("set -euo pipefail\n{}", block.text.replace(README_SERVER, &server.url("")));
    let mut command = std::process::Command::new("bash");
    command.arg("-c").arg(script).current_dir(dir.path()).env("DOWNLOAD_URL", download_url);
    if let Some(token) = token {
        command.env("TOKEN", token);
    }
    let output = actix_web::rt::task::spawn_blocking(move || command.output()).await.unwrap().unwrap();
    assert!(
        output.status.success(),
        "README.md:{} failed: {}\n{}",
        block.line,
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The newest `downloadUrl` anywhere in the answers so far (what the reader copies).
fn newest_download_url(answers: &Answers) -> String {
    fn find(value: &Value) -> Option<String> {
        match value {
            Value::Object(map) => map
                .get("downloadUrl")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .or_else(|| map.values().find_map(find)),
            Value::Array(items) => items.iter().find_map(find),
            _ => None,
        }
    }
    answers.0.iter().rev().find_map(|(_, value)| find(value)).unwrap_or_default()
}

/// The answers of the walkthrough, by root field, in the order they came.
struct Answers(Vec<(String, Value)>);

impl Answers {
    fn all(&self, field: &str) -> Vec<&Value> {
        self.0.iter().filter(|(f, _)| f == field).map(|(_, v)| v).collect()
    }

    fn nth(&self, field: &str, n: usize) -> &Value {
        self.all(field)
            .get(n)
            .copied()
            .unwrap_or_else(|| panic!("the walkthrough has no answer #{} of {field}", n + 1))
    }

    fn last(&self, field: &str) -> &Value {
        self.all(field).last().copied().unwrap_or_else(|| panic!("the walkthrough has no {field}"))
    }
}

/// Every demo license's status today equals its status on today's date from its history: the
/// imported suspended licenses, the suspended and the revoked ones among them.
async fn statuses_agree_with_their_history(server: &TestServer) {
    const PAGE: &str = r#"query($after: String, $today: NaiveDate!) {
      licenses(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
        nodes { number status statusOn(date: $today) } } }"#;
    let today = server.app.today().to_string();
    let (mut after, mut not_valid) = (Value::Null, 0);
    loop {
        let data = server.data(PAGE, json!({ "after": after, "today": today })).await;
        for license in data["licenses"]["nodes"].as_array().unwrap() {
            assert_eq!(license["status"], license["statusOn"], "{license}");
            not_valid += usize::from(license["status"] != "VALID");
        }
        if data["licenses"]["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = data["licenses"]["pageInfo"]["endCursor"].clone();
    }
    assert!(not_valid > 0, "the demo seed suspends and revokes some licenses");
}

fn date(value: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(value.as_str().unwrap_or_else(|| panic!("not a date: {value}")), "%Y-%m-%d")
        .unwrap()
}

on_both_databases!(
    readme_walkthrough_runs_as_written,
    readme_walkthrough_body,
    plugins = &["oversight_plugin_wire_cable"],
    config = |config| config.demo_clock = true
);

async fn readme_walkthrough_body(server: &TestServer) {
    let blocks = walkthrough_blocks();
    assert!(blocks.len() >= 25, "the walkthrough lost blocks: {blocks:?}");
    // The demo data and tokens, exactly as `oversight demo` makes them (today's date included).
    let options = SeedOptions { enterprises: 300, seed: 2006, progress: false };
    let report = seed::demo(&server.app, &options, server.app.today()).await.unwrap();
    let tokens: HashMap<&str, String> = tokens::demo_tokens(&server.app, TEST_SECRET, &report)
        .await
        .unwrap()
        .into_iter()
        .map(|demo| (demo.key, demo.token))
        .collect();
    statuses_agree_with_their_history(server).await;

    let mut answers = Answers(Vec::new());
    let mut printed = Vec::new();
    for block in &blocks {
        let token = block.token.as_ref().map(|key| {
            tokens.get(key.as_str()).unwrap_or_else(|| {
                panic!("README.md:{}: `oversight demo` prints no token [{key}]", block.line)
            })
        });
        let body = if block.shell {
            let output =
                run_shell(server, block, token.map(String::as_str), &newest_download_url(&answers)).await;
            printed.push(output.clone());
            match serde_json::from_str::<Value>(&output) {
                Ok(body) if body.get("data").is_some() || body.get("errors").is_some() => body,
                // Not a GraphQL answer (a download, the public lookup): kept as printed.
                _ => continue,
            }
        } else {
            let token = token.unwrap_or_else(|| panic!("README.md:{}: no token", block.line));
            server.graphql_as(token, &block.text, json!({})).await
        };
        assert!(
            body.get("errors").is_none(),
            "README.md:{} (as {:?}) answered with errors:\n{}\n{body}",
            block.line,
            block.token,
            block.text
        );
        let data =
            body["data"].as_object().unwrap_or_else(|| panic!("README.md:{}: no data: {body}", block.line));
        answers.0.extend(data.iter().map(|(field, value)| (field.clone(), value.clone())));
    }

    annual_review_checks(&answers, &printed);
    patrol_checks(&answers);

    // The calendar as the supervision story starts: the patrols moved it, the demo clock on.
    let calendar = answers.nth("supervisionCalendar", 0);
    assert_eq!(calendar["demoClock"], true);
    assert_eq!(calendar["offsetDays"], PATROL_DAYS);
    let today = date(&calendar["today"]);

    // The sample, and the first verdict with its explanation.
    let task = &answers.nth("openTestingTask", 0)["task"];
    assert_eq!(task["status"], "OPEN");
    assert_eq!(date(&task["samplingDate"]), today);
    let first = &answers.nth("submitTestResults", 0)["outcomes"][0]["verdict"];
    assert_eq!(first["conclusion"], "NONCONFORMING", "{first}");
    let resistance = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["code"] == "conductor_resistance")
        .unwrap();
    assert_eq!(resistance["outcome"], "FAIL");
    assert!(resistance["explanation"].as_str().unwrap().contains("7.448"), "{resistance}");

    // The officer delivers it; the enterprise sees it with its objection deadline, counted from
    // the delivery, and objects to the failed item; the officer accepts and names the retest
    // institution.
    let delivered = &answers.nth("deliverVerdict", 0)["task"];
    assert_eq!(date(&delivered["delivery"]["deliveredOn"]), today, "{delivered}");
    let seen = &answers.nth("testingTasks", 0)["edges"][0]["node"];
    assert_eq!(seen["verdict"]["conclusion"], "NONCONFORMING");
    let years = oversight_storage::calendar::years(server.app.store()).await.unwrap();
    assert_eq!(date(&seen["objectionDeadline"]), period_end(&years, today, 15));
    let objected = &answers.nth("objectToVerdict", 0)["task"];
    assert_eq!(objected["status"], "OBJECTED");
    assert!(!objected["objection"]["reason"].as_str().unwrap().is_empty());
    assert_eq!(objected["objection"]["items"], json!(["conductor_resistance"]));
    let accepted = &answers.nth("decideObjection", 0)["task"];
    assert_eq!(accepted["status"], "OBJECTION_ACCEPTED", "{accepted}");
    assert_eq!(
        accepted["objection"]["decision"]["retestInstitution"]["name"],
        "浙江省产品质量安全检测研究院"
    );

    // The retest by the other institution upholds the verdict; both verdicts stay.
    let retested = &answers.nth("submitTestResults", 1)["outcomes"][0]["task"];
    assert_eq!(retested["status"], "RETESTED");
    let verdicts = retested["verdicts"].as_array().unwrap();
    assert_eq!(verdicts.len(), 2, "{retested}");
    assert_eq!((verdicts[0]["retest"].clone(), verdicts[1]["retest"].clone()), (json!(false), json!(true)));
    assert!(verdicts.iter().all(|v| v["verdict"]["conclusion"] == "NONCONFORMING"), "{retested}");

    // The rectification, extended, then overdue once the demo clock moved past its deadline.
    let rectification = &answers.nth("openRectification", 0)["rectification"];
    assert_eq!(rectification["status"], "RECTIFYING");
    assert_eq!(date(&rectification["deadline"]), period_end(&years, today, 30));
    let deadline = match answers.all("decideRectificationExtension").first() {
        Some(extended) => {
            let asked = &answers.nth("requestRectificationExtension", 0)["rectification"];
            assert_eq!(
                (&asked["status"], &asked["deadline"]),
                (&json!("EXTENSION_REQUESTED"), &rectification["deadline"])
            );
            assert_eq!(extended["rectification"]["status"], "EXTENDED");
            let first = date(&rectification["deadline"]);
            assert_eq!(date(&extended["rectification"]["deadline"]), period_end(&years, first, 10));
            date(&extended["rectification"]["deadline"])
        }
        None => date(&rectification["deadline"]),
    };
    let moved = &answers.nth("advanceDemoClock", 2)["calendar"];
    let moved_today = date(&moved["today"]);
    assert!(moved_today > deadline, "the demo clock must pass the deadline {deadline}: {moved}");
    assert_eq!(moved["offsetDays"], json!((moved_today - today).num_days() + PATROL_DAYS));
    let queue = answers.nth("rectifications", 0)["edges"].as_array().unwrap();
    assert_eq!(queue.len(), 1, "{queue:?}");
    assert_eq!(queue[0]["node"]["overdue"], true);

    // The re-check fails: a revocation proposal, made by the province, decided by the national head.
    let recheck = &answers.nth("openRecheckTask", 0)["task"];
    assert_eq!(recheck["recheckOf"]["status"], "RECHECKING");
    assert_eq!(date(&recheck["samplingDate"]), moved_today);
    assert_eq!(answers.nth("submitTestResults", 2)["outcomes"][0]["verdict"]["conclusion"], "NONCONFORMING");
    // Delivered, its window closed unobjected, the officer concludes it: referred.
    assert!(!answers.nth("deliverVerdict", 1)["task"]["objectionDeadline"].is_null());
    let past_window = date(&answers.nth("advanceDemoClock", 3)["calendar"]["today"]);
    assert_eq!(server.app.today(), past_window);
    assert_eq!(answers.nth("concludeRecheck", 0)["rectification"]["status"], "REFERRED");
    // The record moved the risk class, which explains itself.
    let risk = &answers.nth("firstEnterpriseRisk", 0)["enterprise"]["riskClass"];
    assert_eq!(risk["class"], "D", "{risk}");
    let explanation = risk["explanationEn"].as_str().unwrap();
    for factor in ["nonconforming verdicts: 2 found", "rectifications whose re-check failed: 1 found"] {
        assert!(explanation.contains(factor), "{factor}: {explanation}");
    }
    // The proposal is due in the province's queue; its leader makes it; then it is the nation's.
    let due = answers.nth("revocationProposals", 0)["edges"].as_array().unwrap();
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(due[0]["node"]["status"], "DUE");
    assert_eq!(due[0]["node"]["license"]["number"], "(苏)XK06-001-00001");
    let made = &answers.nth("makeRevocationProposal", 0)["proposal"];
    assert_eq!(made["status"], "PENDING", "{made}");
    assert_eq!(made["madeBy"], "li.na", "{made}");
    let pending = answers.nth("revocationProposals", 1)["edges"].as_array().unwrap();
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0]["node"]["status"], "PENDING");
    assert_eq!(pending[0]["node"]["license"]["number"], "(苏)XK06-001-00001");
    let decided = &answers.nth("decideRevocationProposal", 0)["proposal"];
    assert_eq!(decided["status"], "REVOKED");
    assert_eq!(decided["license"]["status"], "REVOKED");

    // The license at the end: revoked, with its copy entry and archive event.
    let license = answers.last("license");
    assert_eq!(license["status"], "REVOKED", "{license}");
    let entries = license["copyEntries"].as_array().unwrap();
    let last_entry = entries.last().unwrap();
    assert_eq!(last_entry["kind"], "STATUS_CHANGED");
    assert!(last_entry["text"].as_str().unwrap().contains("吊销"), "{last_entry}");
    let kinds: Vec<&str> = license["enterprise"]["archive"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| edge["node"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"REVOCATION_PROPOSAL_DECIDED"), "{kinds:?}");
    assert!(kinds.contains(&"LICENSE_STATUS_CHANGED"), "{kinds:?}");

    // Who did what: the decision heads the enterprise's audit trail.
    let trail = &answers.last("auditTrail")["edges"];
    assert_eq!(trail[0]["node"]["operation"], "decideRevocationProposal", "{trail}");
    assert!(server.app.verify_audit_chain().await.unwrap().is_intact());
}

/// The annual review's story: the year opened with the walkthrough enterprise in it, reminded,
/// the document uploaded, named by the submitted report and sealed, the copy received, the review
/// passed with the stamp on the copy, the document downloaded byte for byte; later the overdue
/// list and its record.
/// The days the patrol section moves the demo clock (two moves of 40).
const PATROL_DAYS: i64 = 80;

/// The patrol section: the checklist, the patrol and its re-review, the rectification and the
/// follow-up it owes, the persisting item's suspension, the passing follow-up and resumption,
/// the filing and acknowledgement.
fn patrol_checks(answers: &Answers) {
    let checklist = answers.nth("patrolChecklist", 0);
    let codes: Vec<&Value> = checklist["items"].as_array().unwrap().iter().map(|i| &i["code"]).collect();
    assert_eq!(codes.len(), 10, "{checklist}");
    assert_eq!((codes[0], codes[5]), (&json!("LICENSE_MARKING"), &json!("WC-01")), "{checklist}");
    let patrol = &answers.nth("recordPatrol", 0)["patrol"];
    assert_eq!(patrol["findings"], json!(["CONDITIONS_CHANGES", "PACKAGING_LABELING"]), "{patrol}");
    assert_eq!(patrol["pluginVersion"], checklist["pluginVersion"]);
    assert_eq!(patrol["license"]["reReview"]["pending"], true, "{patrol}");
    assert_eq!(patrol["license"]["copyEntries"].as_array().unwrap().last().unwrap()["kind"], "PATROL_RECORD");
    let measure = &answers.nth("orderPatrolMeasure", 0)["measure"];
    assert_eq!((&measure["kind"], &measure["status"]), (&json!("RECTIFY_BY_DEADLINE"), &json!("OPEN")));
    let due = answers.nth("followUps", 0);
    assert_eq!(due["totalCount"], 1, "{due}");
    assert_eq!(due["edges"][0]["node"]["deadline"], measure["deadline"], "{due}");
    let first = &answers.nth("recordFollowUp", 0)["patrol"];
    assert_eq!(
        (&first["result"], &first["license"]["status"]),
        (&json!("SUSPEND_UNTIL_COMPLIANT"), &json!("SUSPENDED"))
    );
    assert_eq!(first["findings"], json!(["CONDITIONS_CHANGES"]), "{first}");
    let second = &answers.nth("recordFollowUp", 1)["patrol"];
    assert_eq!((&second["result"], &second["license"]["status"]), (&json!("CLOSED"), &json!("VALID")));
    let kinds: Vec<&Value> =
        second["license"]["copyEntries"].as_array().unwrap().iter().map(|e| &e["kind"]).collect();
    let tail = ["PATROL_RECORD", "FOLLOW_UP_RECORD", "STATUS_CHANGED", "FOLLOW_UP_RECORD", "STATUS_CHANGED"];
    assert_eq!(kinds[kinds.len() - tail.len()..], tail.map(|k| json!(k)).iter().collect::<Vec<_>>()[..]);
    for filed in ["patrolFiled", "firstVisitFiled", "secondVisitFiled"] {
        assert_eq!(answers.nth(filed, 0)["patrol"]["filing"], "FILED", "{filed}");
    }
    assert_eq!(answers.nth("acknowledgePatrolRecord", 0)["patrol"]["filing"], "ACKNOWLEDGED");
    assert_eq!(answers.nth("patrolRecords", 0)["totalCount"], 2);
}

fn annual_review_checks(answers: &Answers, printed: &[String]) {
    let opened = answers.nth("openReviewYear", 0);
    let year = &opened["reviewYear"];
    assert!(opened["enrolled"].as_u64().unwrap() > 1, "{opened}");
    assert!(date(&year["submissionDeadline"]) > date(&year["openedOn"]), "{year}");
    assert_eq!(year["delegated"], false);
    assert!(answers.nth("remindAnnualReviews", 0)["reminded"].as_u64().unwrap() > 1);
    let own = &answers.nth("annualReviews", 0)["edges"][0]["node"];
    assert_eq!(own["license"]["number"], "(苏)XK06-001-00001", "{own}");
    assert_eq!((&own["status"], &own["reminders"]), (&json!("PENDING"), &json!(1)), "{own}");
    let uploaded = &answers.nth("uploadAttachment", 0)["attachment"];
    assert_eq!(uploaded["contentType"], "PDF", "{uploaded}");
    let submitted = answers.nth("submitSelfInspectionReport", 0);
    assert_eq!(submitted["review"]["status"], "SUBMITTED", "{submitted}");
    assert_eq!(
        submitted["report"]["attachments"],
        json!([{ "fileName": "exit-inspection.pdf", "sealed": true }])
    );
    let concluded = &answers.nth("concludeAnnualReview", 0)["review"];
    assert_eq!(concluded["status"], "PASSED", "{concluded}");
    let stamp = concluded["license"]["copyEntries"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(stamp["kind"], "ANNUAL_REVIEW_STAMP", "{concluded}");
    assert!(stamp["text"].as_str().unwrap().contains("年度检查合格"), "{stamp}");
    // The download printed the uploaded file's SHA-256.
    let sha256 = uploaded["sha256"].as_str().unwrap();
    assert!(printed.iter().any(|out| out.starts_with(&format!("{sha256}  downloaded.pdf"))), "{printed:?}");
    // Past the deadline: the overdue list, its figures, and the record of it.
    let overdue = answers.nth("annualReviews", 1);
    let count = overdue["totalCount"].as_u64().unwrap();
    assert!(count > 0, "{overdue}");
    let progress = answers.nth("annualReviewProgress", 0).as_array().unwrap();
    let counted: u64 = progress.iter().map(|row| row["overdue"].as_u64().unwrap()).sum();
    assert_eq!(counted, count, "{progress:?}");
    assert_eq!(answers.nth("recordAnnualReviewOverdue", 0)["recordedOverdue"], json!(count));
}

/// The last day of a period of `days` days from `from` on the recorded years, counted here
/// without the domain's calendar: a holiday, or a weekend day that is no make-up working day,
/// moves it a day on.
fn period_end(years: &[oversight_domain::CalendarYear], from: NaiveDate, days: u64) -> NaiveDate {
    let rest = |day: NaiveDate| {
        let weekend = matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun);
        years.iter().any(|year| year.holidays.contains(&day))
            || (weekend && !years.iter().any(|year| year.makeup_workdays.contains(&day)))
    };
    let mut end = from + chrono::Days::new(days);
    while rest(end) {
        end = end + chrono::Days::new(1);
    }
    end
}

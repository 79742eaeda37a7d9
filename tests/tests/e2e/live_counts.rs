//! Live counts for many jurisdictions in one pass (docs/adr/0042 decision 8): the national
//! view's 31 provinces share one read of each group of figures, each record given to the
//! province its region's prefix names. Counted together, every province and the nation must
//! have exactly what each counted alone has (the report's own statement), and the enrolment
//! figure what was enrolled.

use chrono::{Datelike, NaiveDate};
use oversight_domain::RegionCode;
use oversight_domain::generated_report::Figure;
use oversight_storage::generated_report::{SnapshotOf, live_counts};
use oversight_tests::bench::seed_nation;
use oversight_tests::{TestServer, on_both_databases};
use serde_json::json;

use crate::cast::WIRE_CABLE;

/// 70 enterprises over 31 provinces: the first eight provinces get three, the others two.
const ENTERPRISES: usize = 70;

const OPEN: &str = "mutation($i: OpenReviewYearInput!) { openReviewYear(input: $i) { enrolled } }";

on_both_databases!(batched_live_counts_equal_counts_one_by_one, body, plugins = super::WIRE_CABLE);

async fn body(server: &TestServer) {
    let tokens = seed_nation(server, ENTERPRISES).await;
    let today = server.app.today();
    let deadline = today + chrono::Days::new(120);
    // Reviews opened in every second province only, so provinces differ by more than size.
    for token in tokens.iter().step_by(2) {
        let input = json!({ "i": { "year": today.year(), "submissionDeadline": deadline.to_string() } });
        let opened = server.graphql_as(token, OPEN, input).await;
        assert!(opened["data"]["openReviewYear"]["enrolled"].is_u64(), "{opened}");
    }
    let ofs = jurisdictions(server, today).await;
    let figures = Figure::ALL;
    let asked: Vec<(i64, SnapshotOf, &[Figure])> = ofs.iter().map(|(k, of)| (*k, *of, figures)).collect();
    let together = sorted(live_counts(server.app.store(), &asked).await.unwrap());
    let mut alone = Vec::new();
    for one in &asked {
        alone.extend(live_counts(server.app.store(), std::slice::from_ref(one)).await.unwrap());
    }
    assert_eq!(together, sorted(alone));

    let enrolled = |key: i64| {
        together.iter().find(|(k, f, _)| *k == key && *f == Figure::ReviewEnrolled).map_or(0, |(_, _, n)| *n)
    };
    let expected: Vec<u64> = (0..31)
        .map(|i| {
            if i % 2 == 1 {
                0
            } else if i < 8 {
                3
            } else {
                2
            }
        })
        .collect();
    assert_eq!((1..=31).map(enrolled).collect::<Vec<u64>>(), expected);
    assert_eq!(enrolled(0), expected.iter().sum::<u64>(), "the nation counts every province's");
}

/// The nation (key 0) and its 31 provinces (keys 1–31, in region order), over this year so far.
async fn jurisdictions(server: &TestServer, today: NaiveDate) -> Vec<(i64, SnapshotOf)> {
    let mut regions = vec![RegionCode::NATION];
    regions
        .extend(oversight_domain::registry::region::children(RegionCode::NATION).into_iter().map(|r| r.code));
    let span = (NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap(), today);
    let mut ofs = Vec::new();
    for (key, region) in regions.into_iter().enumerate() {
        let authority = server.app.authority_at(&region).await.unwrap().unwrap();
        // Every quarter ended judged past its due day: the periodic reports' overdue figure counts too.
        let reports_due_through = Some(today);
        let of = SnapshotOf {
            authority_id: authority.id,
            region,
            year: today.year(),
            span,
            today,
            reports_due_through,
        };
        ofs.push((i64::try_from(key).unwrap(), of));
    }
    ofs
}

fn sorted(mut counts: Vec<(i64, Figure, u64)>) -> Vec<(i64, Figure, u64)> {
    counts.sort_by_key(|(k, f, _)| (*k, f.as_str()));
    counts
}

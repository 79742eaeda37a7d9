//! Table tests of campaigns: every phase and event, the specification's checks (each bad field
//! reported, all at once), and the coverage percent.

#![allow(clippy::unwrap_used)]

use super::*;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn region(code: &str) -> RegionCode {
    RegionCode::parse(code).unwrap()
}

fn spec() -> CampaignSpec {
    CampaignSpec {
        title: "电线电缆专项整治".to_owned(),
        industries: vec!["wire-cable".to_owned()],
        regions: vec![region("320102")],
        starts_on: date("2027-03-01"),
        ends_on: date("2027-05-31"),
        factor: 2,
    }
}

fn campaign(status: CampaignStatus) -> Campaign {
    Campaign {
        id: CampaignId::new(1),
        authority_id: AuthorityId::new(1),
        status,
        spec: spec(),
        closed_on: None,
        close_note: None,
    }
}

#[test]
fn every_phase_and_event() {
    use CampaignStatus::{Cancelled, Closed, Open};
    #[rustfmt::skip]
    let table = [
        // status, today,        phase,                    Amend       Close         Cancel
        (Open,      "2027-02-28", CampaignPhase::Planned,    ["ok",        "!not ended", "ok"]),
        (Open,      "2027-03-01", CampaignPhase::InProgress, ["!started",  "!not ended", "ok"]),
        (Open,      "2027-05-31", CampaignPhase::InProgress, ["!started",  "!not ended", "ok"]),
        (Open,      "2027-06-01", CampaignPhase::Ended,      ["!started",  "ok",         "ok"]),
        (Closed,    "2027-06-02", CampaignPhase::Closed,     ["!final",    "!final",     "!final"]),
        (Cancelled, "2027-04-01", CampaignPhase::Cancelled,  ["!final",    "!final",     "!final"]),
    ];
    for (status, today, phase, row) in table {
        let campaign = campaign(status);
        let today = date(today);
        assert_eq!(campaign.phase(today), phase, "{status:?} on {today}");
        for (event, expected) in
            [CampaignEvent::Amend, CampaignEvent::Close, CampaignEvent::Cancel].into_iter().zip(row)
        {
            let got = match campaign.check(event, today) {
                Ok(()) => "ok",
                Err(CampaignRefused::Finished(s)) => {
                    assert_eq!(s, status);
                    "!final"
                }
                Err(CampaignRefused::Started) => "!started",
                Err(CampaignRefused::NotEnded(_)) => "!not ended",
            };
            assert_eq!(got, expected, "{status:?} on {today}, {event:?}");
        }
    }
}

#[test]
fn finishing_sets_the_status_day_and_note() {
    let open = campaign(CampaignStatus::Open);
    let closed = open.finished(CampaignEvent::Close, "完成".to_owned(), date("2027-06-03")).unwrap();
    assert_eq!((closed.status, closed.closed_on), (CampaignStatus::Closed, Some(date("2027-06-03"))));
    let cancelled = open.finished(CampaignEvent::Cancel, "撤销".to_owned(), date("2027-04-01")).unwrap();
    assert_eq!(
        (cancelled.status, cancelled.close_note.as_deref()),
        (CampaignStatus::Cancelled, Some("撤销"))
    );
    let amended = open.amended(CampaignSpec { factor: 3, ..spec() }, date("2027-02-01")).unwrap();
    assert_eq!((amended.spec.factor, amended.status), (3, CampaignStatus::Open));
}

/// A row of the specification table: industries, regions, start, end, factor, and the fields
/// refused (empty: accepted).
type SpecCase = (
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
    &'static str,
    i64,
    &'static [&'static str],
);

#[test]
fn the_specification_is_checked_field_by_field() {
    let catalogue = crate::industry::tests::catalogue();
    #[rustfmt::skip]
    let table: [SpecCase; 11] = [
        (&["wire-cable"],            &["320102"],           "2027-03-01", "2027-05-31", 2, &[]),
        (&["wire-cable", "cement"],  &["320100", "320500"], "2027-03-01", "2028-02-29", 4, &[]),
        (&[],                        &["320102"],           "2027-03-01", "2027-05-31", 2, &["industries"]),
        (&["no-such"],               &["320102"],           "2027-03-01", "2027-05-31", 2, &["industries"]),
        (&["wire-cable"],            &[],                   "2027-03-01", "2027-05-31", 2, &["regionCodes"]),
        (&["wire-cable"],            &["330100"],           "2027-03-01", "2027-05-31", 2, &["regionCodes"]),
        (&["wire-cable"],            &["320100", "320102"], "2027-03-01", "2027-05-31", 2, &["regionCodes"]),
        (&["wire-cable"],            &["320102"],           "2027-03-01", "2027-02-28", 2, &["endsOn"]),
        (&["wire-cable"],            &["320102"],           "2027-03-01", "2028-03-01", 2, &["endsOn"]),
        (&["wire-cable"],            &["320102"],           "2027-03-01", "2027-05-31", 5, &["factor"]),
        (&["no-such"],               &["330100"],           "2027-03-01", "2027-05-31", 1, &["industries", "regionCodes", "factor"]),
    ];
    for (industries, regions, starts_on, ends_on, factor, refused) in table {
        let industries: Vec<String> = industries.iter().map(|s| (*s).to_owned()).collect();
        let regions: Vec<String> = regions.iter().map(|s| (*s).to_owned()).collect();
        let raw = RawCampaign {
            title: "专项整治",
            industries: &industries,
            region_codes: &regions,
            starts_on: date(starts_on),
            ends_on: date(ends_on),
            factor,
        };
        let got = check_spec(&catalogue, region("320000"), raw, date("2027-02-01"));
        let fields: Vec<&str> = match &got {
            Ok(_) => Vec::new(),
            Err(errors) => errors.0.iter().map(|e| e.field).collect(),
        };
        assert_eq!(fields, refused, "{industries:?} {regions:?} {starts_on}..{ends_on} ×{factor}");
    }
}

#[test]
fn a_period_ending_in_the_past_is_refused() {
    let catalogue = crate::industry::tests::catalogue();
    let (industries, regions) = (vec!["wire-cable".to_owned()], vec!["320102".to_owned()]);
    let raw = RawCampaign {
        title: "专项整治",
        industries: &industries,
        region_codes: &regions,
        starts_on: date("2027-01-01"),
        ends_on: date("2027-01-31"),
        factor: 2,
    };
    let errors = check_spec(&catalogue, region("320000"), raw, date("2027-02-01")).unwrap_err();
    assert_eq!(errors.codes(), [ErrorCode::InvalidCampaign]);
}

#[test]
fn coverage_percent() {
    for (enterprises, patrolled, percent) in [(0, 0, 100), (3, 0, 0), (3, 1, 33), (3, 3, 100), (4, 3, 75)] {
        assert_eq!(RegionCoverage { enterprises, patrolled }.percent(), percent);
    }
}

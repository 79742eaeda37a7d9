//! Table tests of the unlicensed-production case: every status and event, the finding's checks,
//! the registry match, the license that settles a case, the ban's ground and the overdue rule.

#![allow(clippy::unwrap_used)]

use super::*;
use UnlicensedEvent as E;
use UnlicensedStatus::*;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn every_status_and_event() {
    #[rustfmt::skip]
    let table = [
        //           Urge        License     NotifyBan       Close       Dismiss
        (Found,       ["URGED",   "LICENSED", "!not urged",   "!no ban",  "DISMISSED"]),
        (Urged,       ["!urged",  "LICENSED", "BAN_NOTIFIED", "!no ban",  "DISMISSED"]),
        (Licensed,    ["!final",  "!final",   "!final",       "!final",   "!final"]),
        (BanNotified, ["!banned", "!banned",  "!banned",      "CLOSED",   "!banned"]),
        (Closed,      ["!final",  "!final",   "!final",       "!final",   "!final"]),
        (Dismissed,   ["!final",  "!final",   "!final",       "!final",   "!final"]),
    ];
    assert_eq!(table.len(), UnlicensedStatus::ALL.len());
    for (status, row) in table {
        for (event, expected) in
            [E::Urge, E::License, E::NotifyBan, E::Close, E::Dismiss].into_iter().zip(row)
        {
            let got = match status.next(event) {
                Ok(next) => next.as_str().to_owned(),
                Err(UnlicensedRefused::Finished(s)) => {
                    assert_eq!(s, status);
                    "!final".to_owned()
                }
                Err(UnlicensedRefused::AlreadyUrged) => "!urged".to_owned(),
                Err(UnlicensedRefused::NotUrged) => "!not urged".to_owned(),
                Err(UnlicensedRefused::NoBanNotified) => "!no ban".to_owned(),
                Err(UnlicensedRefused::BanNotified) => "!banned".to_owned(),
            };
            assert_eq!(got, expected, "{status} + {event:?}");
        }
        assert_eq!(status.is_open(), matches!(status, Found | Urged | BanNotified), "{status}");
    }
}

#[test]
fn a_finding_names_its_source() {
    let today = date("2027-03-10");
    let patrol = Some(PatrolId::new(4));
    let check = |source, patrol_id, reference: Option<&str>, found_on: &str| {
        check_finding(source, patrol_id, reference, "无证生产复混肥 bagging line", date(found_on), today)
            .map(|f| f.reference)
            .map_err(|problems| problems.0.iter().map(|p| p.field).collect::<Vec<_>>())
    };
    type Case<'a> =
        (CaseSource, Option<PatrolId>, Option<&'a str>, &'a str, Result<Option<String>, Vec<&'a str>>);
    let cases: [Case; 7] = [
        (CaseSource::Patrol, patrol, None, "2027-03-10", Ok(None)),
        (CaseSource::Patrol, None, Some("x"), "2027-03-09", Err(vec!["patrolId"])),
        (CaseSource::Complaint, None, Some(" 12315-0042 "), "2027-03-01", Ok(Some("12315-0042".into()))),
        (CaseSource::Complaint, None, Some("  "), "2027-03-01", Err(vec!["reference"])),
        (CaseSource::SpotCheck, patrol, Some("CC-1"), "2027-03-01", Err(vec!["patrolId"])),
        (CaseSource::Other, None, Some("公安移交"), "2027-03-11", Err(vec!["foundOn"])),
        (CaseSource::Other, None, None, "2027-03-11", Err(vec!["reference", "foundOn"])),
    ];
    for (source, patrol_id, reference, found_on, expected) in cases {
        assert_eq!(
            check(source, patrol_id, reference, found_on),
            expected,
            "{source} {reference:?} {found_on}"
        );
    }
    let short = check_finding(CaseSource::Patrol, patrol, None, "x", today, today);
    assert_eq!(short.map_err(|p| p.0[0].field), Err("finding"));
}

#[test]
fn the_registry_comes_first() {
    let licensed = |industry: &str, status| RegistryMatch {
        enterprise_id: EnterpriseId::new(1),
        licenses: vec![("(苏)XK13-001-00001".into(), industry.into(), status)],
    };
    let refused = |status| {
        Err(RegistryRefused::ProducerIsLicensed {
            number: "(苏)XK13-001-00001".into(),
            industry: "fertilizer".into(),
            status,
        })
    };
    let cases = [
        (None, Ok(())),
        (Some(RegistryMatch { enterprise_id: EnterpriseId::new(1), licenses: vec![] }), Ok(())),
        (Some(licensed("fertilizer", LicenseStatus::Valid)), refused(LicenseStatus::Valid)),
        (Some(licensed("fertilizer", LicenseStatus::Suspended)), refused(LicenseStatus::Suspended)),
        (Some(licensed("fertilizer", LicenseStatus::Revoked)), Ok(())),
        (Some(licensed("fertilizer", LicenseStatus::Expired)), Ok(())),
        (Some(licensed("pesticide", LicenseStatus::Valid)), Ok(())),
    ];
    for (found, expected) in cases {
        assert_eq!(check_registry("fertilizer", found.as_ref()), expected, "{found:?}");
    }
}

fn case(credit_code: Option<&str>) -> UnlicensedCase {
    UnlicensedCase {
        id: UnlicensedCaseId::new(1),
        status: Urged,
        region: RegionCode::parse("320102").unwrap(),
        producer_name: "某某复混肥作坊".into(),
        credit_code: credit_code.map(|c| CreditCode::parse(c).unwrap()),
        address: "某路 1 号".into(),
        industry: "fertilizer".into(),
        product: "复混肥料 40%".into(),
        enterprise_id: None,
        source: CaseSource::Complaint,
        patrol_id: None,
        reference: Some("12315-1".into()),
        finding: "bagging line without a license".into(),
        found_on: date("2027-03-01"),
        urged_on: Some(date("2027-03-02")),
        apply_by: Some(date("2027-03-30")),
        license_id: None,
        licensed_on: None,
        ban_ground: None,
        local_government: None,
        ban_document: None,
        ban_notified_on: None,
        closed_on: None,
        close_note: None,
    }
}

const CODE: &str = "91110000600037341L";

#[test]
fn the_license_that_settles_a_case() {
    let code = || CreditCode::parse(CODE).unwrap();
    let license = LicenseFacts {
        id: LicenseId::new(9),
        enterprise_id: EnterpriseId::new(3),
        credit_code: code(),
        region: RegionCode::parse("320102").unwrap(),
        industry: "fertilizer".into(),
        status: LicenseStatus::Valid,
        issued_on: date("2027-03-20"),
    };
    let other = CreditCode::parse("91440300708461136T").unwrap();
    let with = |f: fn(&mut LicenseFacts)| {
        let mut l = license.clone();
        f(&mut l);
        l
    };
    let cases = [
        (case(Some(CODE)), license.clone(), Ok(())),
        (case(None), license.clone(), Ok(())),
        (
            case(Some(CODE)),
            with(|l| l.industry = "pesticide".into()),
            Err(LicenseRefused::OtherIndustry { expected: "fertilizer".into(), got: "pesticide".into() }),
        ),
        (
            case(None),
            with(|l| l.region = RegionCode::parse("320506").unwrap()),
            Err(LicenseRefused::OtherPlace {
                expected: RegionCode::parse("320102").unwrap(),
                got: RegionCode::parse("320506").unwrap(),
            }),
        ),
        (
            case(Some(CODE)),
            with(|l| l.status = LicenseStatus::Suspended),
            Err(LicenseRefused::NotValid(LicenseStatus::Suspended)),
        ),
        (
            case(Some(CODE)),
            with(|l| l.issued_on = date("2027-02-28")),
            Err(LicenseRefused::IssuedBefore { issued_on: date("2027-02-28"), found_on: date("2027-03-01") }),
        ),
    ];
    for (case, license, expected) in cases {
        assert_eq!(case.check_license(&license), expected, "{license:?}");
    }
    let mut l = license.clone();
    l.credit_code = other.clone();
    assert_eq!(
        case(Some(CODE)).check_license(&l),
        Err(LicenseRefused::OtherProducer { expected: code(), got: other })
    );
    let licensed = case(Some(CODE)).licensed(&license, date("2027-03-21")).unwrap();
    assert_eq!(
        (licensed.status, licensed.license_id, licensed.enterprise_id),
        (Licensed, Some(license.id), Some(license.enterprise_id))
    );
}

#[test]
fn a_ban_for_no_application_waits_for_the_deadline() {
    let notify = |ground, today: &str| {
        case(None)
            .ban_notified(ground, "某区人民政府".into(), "宁市监函〔2027〕1号".into(), date(today))
            .map(|c| c.ban_notified_on)
    };
    let by = date("2027-03-30");
    assert_eq!(
        notify(BanGround::NoApplicationByDeadline, "2027-03-30"),
        Err(BanRefused::DeadlineNotPassed { apply_by: by })
    );
    assert_eq!(notify(BanGround::NoApplicationByDeadline, "2027-03-31"), Ok(Some(date("2027-03-31"))));
    assert_eq!(notify(BanGround::ConditionsNotMet, "2027-03-05"), Ok(Some(date("2027-03-05"))));
    assert_eq!(notify(BanGround::ApplicationRefused, "2027-03-05"), Ok(Some(date("2027-03-05"))));
    let found = UnlicensedCase { status: Found, ..case(None) };
    assert_eq!(
        found.ban_notified(BanGround::ConditionsNotMet, "g".into(), "d".into(), date("2027-04-01")),
        Err(BanRefused::State(UnlicensedRefused::NotUrged))
    );
}

#[test]
fn overdue_is_urged_past_the_day_to_apply() {
    let urged = case(None);
    assert!(!urged.overdue_on(date("2027-03-30")));
    assert!(urged.overdue_on(date("2027-03-31")));
    let banned = UnlicensedCase { status: BanNotified, ..case(None) };
    assert!(!banned.overdue_on(date("2027-04-30")));
}

#[test]
fn urging_counts_working_days_on_the_calendar() {
    let found = UnlicensedCase { status: Found, urged_on: None, apply_by: None, ..case(None) };
    // No calendar year stored: weekends only. Monday 2027-03-01 + 20 working days = 2027-03-29.
    let calendar = WorkingCalendar::new([]);
    let urged = found.urged(&calendar, &Deadlines::NATIONAL, date("2027-03-01")).unwrap();
    assert_eq!(
        (urged.status, urged.urged_on, urged.apply_by),
        (Urged, Some(date("2027-03-01")), Some(date("2027-03-29")))
    );
    let mut tight = Deadlines::NATIONAL;
    tight.unlicensed_apply_working_days = 10;
    assert_eq!(
        found.urged(&calendar, &tight, date("2027-03-01")).unwrap().apply_by,
        Some(date("2027-03-15"))
    );
}

#[test]
fn a_producer_reports_every_bad_field() {
    let catalogue = crate::industry::tests::catalogue();
    let raw = RawProducer {
        name: "某某复混肥作坊",
        credit_code: Some(" 91110000600037341l "),
        address: "玄武区某路 1 号",
        region_code: "320102",
        industry: "compound-fertilizer",
        product: "复混肥料",
    };
    let producer = parse_producer(&catalogue, raw).unwrap();
    assert_eq!(producer.credit_code.as_ref().map(CreditCode::as_str), Some(CODE));
    assert_eq!((producer.region.as_str(), producer.industry.as_str()), ("320102", "compound-fertilizer"));
    let without_code = parse_producer(&catalogue, RawProducer { credit_code: Some("  "), ..raw }).unwrap();
    assert_eq!(without_code.credit_code, None);
    let fields = |raw| {
        parse_producer(&catalogue, raw).unwrap_err().0.iter().map(|e| (e.field, e.code)).collect::<Vec<_>>()
    };
    assert_eq!(
        fields(RawProducer {
            name: "x",
            credit_code: Some("91110000600037341X"),
            region_code: "320100",
            industry: "soap",
            product: "",
            ..raw
        }),
        vec![
            ("producerName", ErrorCode::InvalidText),
            ("creditCode", ErrorCode::InvalidCreditCode),
            ("regionCode", ErrorCode::InvalidUnlicensedCase),
            ("industry", ErrorCode::UnknownIndustry),
            ("product", ErrorCode::InvalidText),
        ]
    );
    assert_eq!(
        fields(RawProducer { region_code: "329999", ..raw }),
        vec![("regionCode", ErrorCode::UnknownRegion)]
    );
}

//! Table tests of the commendation and accountability record: which measure fits which kind and
//! subject, the draft's checks, a target's reading against the kind, the subject against the
//! recording authority, the issuance, and every status × event pair.

use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn place(id: i64, code: &str, open: bool) -> Place {
    Place { id: AuthorityId::new(id), region: RegionCode::parse(code).unwrap(), open }
}

fn ground(kind: GroundKind, id: i64, target_kind: Option<TargetKind>) -> RawGround {
    RawGround { kind, id, target_kind, note: " 见附件 ".to_owned() }
}

fn spec(kind: RecordKind, subject_kind: SubjectKind, measure: Measure) -> DraftSpec {
    DraftSpec {
        kind,
        subject_kind,
        measure,
        summary: "巡查覆盖率未达责任状指标".to_owned(),
        grounds: vec![ground(GroundKind::AgreementTarget, 1, Some(TargetKind::PatrolCoverage))],
    }
}

#[test]
fn every_measure_has_its_kind_and_subjects() {
    use Measure::*;
    use RecordKind::*;
    let table: &[(Measure, RecordKind, bool)] = &[
        (CirculatedPraise, Commendation, true),
        (Honour, Commendation, true),
        (Award, Commendation, true),
        (CirculatedCriticism, Accountability, true),
        (AdmonishmentTalk, Accountability, false),
        (Warning, Accountability, false),
        (Demerit, Accountability, false),
        (MajorDemerit, Accountability, false),
        (Demotion, Accountability, false),
        (DismissalFromPost, Accountability, false),
        (Expulsion, Accountability, false),
    ];
    assert_eq!(table.len(), Measure::ALL.len());
    for (measure, kind, unit) in table {
        assert_eq!(measure.kind(), *kind, "{measure}");
        assert_eq!(measure.fits_unit(), *unit, "{measure}");
        for subject in SubjectKind::ALL {
            let fits = measure.kind() == *kind && (*unit || *subject == SubjectKind::Person);
            assert_eq!(check_draft(&spec(*kind, *subject, *measure)).is_ok(), fits, "{measure} {subject}");
            let other = if *kind == Commendation { Accountability } else { Commendation };
            assert!(check_draft(&spec(other, *subject, *measure)).is_err(), "{measure} as {other}");
        }
    }
}

#[test]
fn a_draft_reports_every_problem_at_once() {
    let mut bad = spec(RecordKind::Commendation, SubjectKind::Unit, Measure::Warning);
    bad.summary = "  ".to_owned();
    bad.grounds = vec![
        ground(GroundKind::SupervisionOrder, 4, None),
        ground(GroundKind::SupervisionOrder, 4, None),
        ground(GroundKind::AgreementTarget, 1, None),
        ground(GroundKind::Rectification, 2, Some(TargetKind::PatrolCoverage)),
        RawGround { note: "长".repeat(501), ..ground(GroundKind::LinkageNotice, 3, None) },
    ];
    let errors = check_draft(&bad).unwrap_err().0;
    let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        ["measure", "measure", "summary", "grounds", "grounds", "grounds", "grounds"],
        "{errors:?}"
    );
    let mut none = spec(RecordKind::Commendation, SubjectKind::Unit, Measure::Award);
    none.grounds.clear();
    assert_eq!(check_draft(&none).unwrap_err().0[0].field, "grounds");
    let mut many = spec(RecordKind::Commendation, SubjectKind::Unit, Measure::Award);
    many.grounds = (1..=21).map(|id| ground(GroundKind::Rectification, id, None)).collect();
    assert!(check_draft(&many).is_err());
    many.grounds.pop();
    let ok = check_draft(&many).unwrap();
    assert_eq!(ok.grounds[0].note, "见附件");
}

#[test]
fn a_target_grounds_a_commendation_when_met_and_accountability_when_missed() {
    use GroundContradicts as G;
    use RecordKind::*;
    let table: &[(RecordKind, Option<bool>, Result<bool, G>)] = &[
        (Commendation, Some(true), Ok(true)),
        (Commendation, Some(false), Err(G::MissedForCommendation)),
        (Commendation, None, Err(G::NoValue)),
        (Accountability, Some(false), Ok(false)),
        (Accountability, Some(true), Err(G::MetForAccountability)),
        (Accountability, None, Err(G::NoValue)),
    ];
    for (kind, met, expected) in table {
        assert_eq!(check_reading(*kind, *met), *expected, "{kind} {met:?}");
    }
}

#[test]
fn subjects_lie_below_the_recording_authority() {
    use SubjectKind::*;
    use SubjectRefused as R;
    let jiangsu = place(2, "320000", true);
    let nanjing = place(3, "320100", true);
    let closed = place(6, "320200", false);
    let zhejiang = place(5, "330000", true);
    // Recorder, subject kind, subject's authority, whether the person is the caller, verdict.
    type Case = (Place, SubjectKind, Place, bool, Result<(), R>);
    let table: &[Case] = &[
        (jiangsu, Unit, nanjing, false, Ok(())),
        (jiangsu, Unit, jiangsu, false, Err(R::UnitNotBelow)),
        (jiangsu, Unit, closed, false, Err(R::UnitNotBelow)),
        (jiangsu, Unit, zhejiang, false, Err(R::UnitNotBelow)),
        (nanjing, Unit, jiangsu, false, Err(R::UnitNotBelow)),
        (jiangsu, Person, jiangsu, false, Ok(())),
        (jiangsu, Person, nanjing, false, Ok(())),
        (jiangsu, Person, jiangsu, true, Err(R::Oneself)),
        (nanjing, Person, jiangsu, false, Err(R::PersonNotBelow)),
        (jiangsu, Person, zhejiang, false, Err(R::PersonNotBelow)),
    ];
    for (recorder, kind, subject, caller, expected) in table {
        assert_eq!(
            check_subject(recorder, *kind, subject, *caller),
            *expected,
            "{recorder:?} {kind} {subject:?}"
        );
    }
}

#[test]
fn an_issuance_has_a_number_and_a_day_between_the_draft_and_today() {
    let (drafted, today) = (day(2027, 3, 1), day(2027, 3, 5));
    let cases = [
        ("苏质监〔2027〕12号", day(2027, 3, 1), true),
        ("苏质监〔2027〕12号", day(2027, 3, 5), true),
        ("苏质监〔2027〕12号", day(2027, 2, 28), false),
        ("苏质监〔2027〕12号", day(2027, 3, 6), false),
        ("", day(2027, 3, 2), false),
        ("一\n二", day(2027, 3, 2), false),
    ];
    for (number, on, ok) in cases {
        assert_eq!(parse_issuance(number, on, drafted, today).is_ok(), ok, "{number:?} {on}");
    }
}

#[test]
fn every_status_and_event_pair() {
    use RecordEvent as E;
    use RecordRefused as R;
    use RecordStatus as S;
    let table: &[(S, E, Result<S, R>)] = &[
        (S::Draft, E::Issue, Ok(S::Issued)),
        (S::Draft, E::Annul, Err(R::NotIssued)),
        (S::Draft, E::Withdraw, Ok(S::Withdrawn)),
        (S::Issued, E::Issue, Err(R::NotDraft)),
        (S::Issued, E::Annul, Ok(S::Annulled)),
        (S::Issued, E::Withdraw, Err(R::NotDraft)),
        (S::Annulled, E::Issue, Err(R::NotDraft)),
        (S::Annulled, E::Annul, Err(R::NotIssued)),
        (S::Annulled, E::Withdraw, Err(R::NotDraft)),
        (S::Withdrawn, E::Issue, Err(R::NotDraft)),
        (S::Withdrawn, E::Annul, Err(R::NotIssued)),
        (S::Withdrawn, E::Withdraw, Err(R::NotDraft)),
    ];
    assert_eq!(table.len(), S::ALL.len() * 3);
    for (status, event, expected) in table {
        assert_eq!(status.next(*event), *expected, "{status} {event:?}");
    }
}

//! Measures (措施) ordered on a patrol's findings: "巡查中发现问题的，应视具体情况对企业采取帮扶、
//! 限期改正、抽样检验、停产整顿、行政处罚、移送相关部门处理等不同措施" (§二(三)). Each is its own
//! record with its kind's fields, its state (OPEN → DONE or CANCELLED) and, for a rectification by
//! a deadline, the deadline a follow-up visit (回访) comes due after.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::calendar::WorkingCalendar;
use crate::ids::{MeasureId, PatrolId};
use crate::testing::rectification::{PeriodRefused, rectification_deadline};
use crate::text::parse_text;

/// The longest penalty decision number (行政处罚决定书文号), in characters.
pub const DECISION_NUMBER_MAX_CHARS: usize = 64;
/// The longest legal basis of a penalty, or name of the department a case is transferred to.
pub const LEGAL_TEXT_MAX_CHARS: usize = 500;
/// Decimal places of a penalty amount: yuan and fen (分).
pub const AMOUNT_DECIMALS: u32 = 2;

/// A measure as ordered, with the fields of its kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "SCREAMING_SNAKE_CASE", rename_all_fields = "camelCase")]
pub enum MeasureKind {
    /// 帮扶: guidance to the enterprise, no deadline of its own.
    Assistance,
    /// 限期改正: rectify by the deadline; a follow-up visit comes due after it.
    RectifyByDeadline { deadline: NaiveDate },
    /// 抽样检验: a sample is taken (the app opens a testing task in the existing flow).
    SamplingTest,
    /// 停产整顿: production suspended for rectification (the license becomes SUSPENDED).
    Suspension,
    /// 行政处罚: a reference record of the penalty decision, made under its own procedure.
    Penalty { decision_number: String, legal_basis: String, amount: Decimal },
    /// 移送相关部门处理: the case handed to another department, with its receipt once given.
    Transfer { to: String, receipt_on: Option<NaiveDate> },
}

crate::stored_enum! {
    /// The kind of a measure without its fields: what is stored in the kind column and filtered on.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum MeasureKindCode {
        Assistance = "ASSISTANCE",
        RectifyByDeadline = "RECTIFY_BY_DEADLINE",
        SamplingTest = "SAMPLING_TEST",
        Suspension = "SUSPENSION",
        Penalty = "PENALTY",
        Transfer = "TRANSFER",
    }
}

impl MeasureKind {
    pub fn code(&self) -> MeasureKindCode {
        match self {
            MeasureKind::Assistance => MeasureKindCode::Assistance,
            MeasureKind::RectifyByDeadline { .. } => MeasureKindCode::RectifyByDeadline,
            MeasureKind::SamplingTest => MeasureKindCode::SamplingTest,
            MeasureKind::Suspension => MeasureKindCode::Suspension,
            MeasureKind::Penalty { .. } => MeasureKindCode::Penalty,
            MeasureKind::Transfer { .. } => MeasureKindCode::Transfer,
        }
    }
}

/// A penalty amount as written (yuan, exact decimal text such as `2000.50`); `None` when the text
/// is no number. Its bounds are `order_measure`'s to check.
pub fn parse_amount(text: &str) -> Option<Decimal> {
    Decimal::from_str_exact(text.trim()).ok()
}

/// A measure as asked by the officer, before its fields are checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureAsked {
    Assistance,
    /// The rectification period in days (the default of the province's `Deadlines` when none), as
    /// every rectification.
    RectifyByDeadline {
        days: Option<i64>,
    },
    SamplingTest,
    Suspension,
    Penalty {
        decision_number: String,
        legal_basis: String,
        amount: Decimal,
    },
    Transfer {
        to: String,
        receipt_on: Option<NaiveDate>,
    },
}

/// One thing wrong with a measure asked; every one is reported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeasureProblem {
    #[error("{0}")]
    Period(#[from] PeriodRefused),
    #[error("the penalty decision number: {0}")]
    DecisionNumber(String),
    #[error("the legal basis: {0}")]
    LegalBasis(String),
    #[error("a penalty amount is not negative, not {0}")]
    NegativeAmount(Decimal),
    #[error("a penalty amount has at most {AMOUNT_DECIMALS} decimals (fen), not {0}")]
    AmountTooPrecise(Decimal),
    #[error("the department transferred to: {0}")]
    TransferredTo(String),
    #[error("the receipt day {receipt_on} is before the measure was ordered ({ordered_on})")]
    ReceiptBeforeOrder { receipt_on: NaiveDate, ordered_on: NaiveDate },
    #[error("the receipt day {receipt_on} is in the future (today is {today})")]
    ReceiptInFuture { receipt_on: NaiveDate, today: NaiveDate },
}

/// The measure refused, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct MeasureRefused(pub Vec<MeasureProblem>);

/// Checks a measure ordered on `ordered_on` (today) and fixes its deadline on the working-day
/// calendar: a rectification by a deadline has `rectification_deadline`'s semantics (15–90
/// days, 30 by default, moved to the next working day).
pub fn order_measure(
    asked: MeasureAsked,
    calendar: &WorkingCalendar,
    deadlines: &crate::rules::Deadlines,
    ordered_on: NaiveDate,
) -> Result<MeasureKind, MeasureRefused> {
    let mut problems = Vec::new();
    let kind = match asked {
        MeasureAsked::Assistance => Some(MeasureKind::Assistance),
        MeasureAsked::SamplingTest => Some(MeasureKind::SamplingTest),
        MeasureAsked::Suspension => Some(MeasureKind::Suspension),
        MeasureAsked::RectifyByDeadline { days } => {
            match rectification_deadline(calendar, deadlines, ordered_on, days) {
                Ok(deadline) => Some(MeasureKind::RectifyByDeadline { deadline }),
                Err(refused) => {
                    problems.push(MeasureProblem::Period(refused));
                    None
                }
            }
        }
        MeasureAsked::Penalty { decision_number, legal_basis, amount } => {
            penalty(&decision_number, &legal_basis, amount, &mut problems)
        }
        MeasureAsked::Transfer { to, receipt_on } => transfer(&to, receipt_on, ordered_on, &mut problems),
    };
    match kind {
        Some(kind) if problems.is_empty() => Ok(kind),
        _ => Err(MeasureRefused(problems)),
    }
}

fn penalty(
    decision_number: &str,
    legal_basis: &str,
    amount: Decimal,
    problems: &mut Vec<MeasureProblem>,
) -> Option<MeasureKind> {
    let decision_number = parse_text("decisionNumber", decision_number, 1, DECISION_NUMBER_MAX_CHARS, false)
        .map_err(|e| problems.push(MeasureProblem::DecisionNumber(e.message)))
        .ok();
    let legal_basis = parse_text("legalBasis", legal_basis, 1, LEGAL_TEXT_MAX_CHARS, true)
        .map_err(|e| problems.push(MeasureProblem::LegalBasis(e.message)))
        .ok();
    if amount < Decimal::ZERO {
        problems.push(MeasureProblem::NegativeAmount(amount));
    }
    // 100.500 is 100.50 yuan: trailing zeros are not precision.
    if amount.normalize().scale() > AMOUNT_DECIMALS {
        problems.push(MeasureProblem::AmountTooPrecise(amount));
    }
    let amount = amount.normalize();
    Some(MeasureKind::Penalty { decision_number: decision_number?, legal_basis: legal_basis?, amount })
}

fn transfer(
    to: &str,
    receipt_on: Option<NaiveDate>,
    ordered_on: NaiveDate,
    problems: &mut Vec<MeasureProblem>,
) -> Option<MeasureKind> {
    let to = parse_text("to", to, 1, LEGAL_TEXT_MAX_CHARS, false)
        .map_err(|e| problems.push(MeasureProblem::TransferredTo(e.message)))
        .ok();
    if let Some(receipt_on) = receipt_on {
        // Ordered today: a receipt given at the hand-over is dated today, never before or after.
        if let Err(problem) = check_receipt_day(receipt_on, ordered_on, ordered_on) {
            problems.push(problem);
        }
    }
    Some(MeasureKind::Transfer { to: to?, receipt_on })
}

fn check_receipt_day(
    receipt_on: NaiveDate,
    ordered_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), MeasureProblem> {
    if receipt_on < ordered_on {
        return Err(MeasureProblem::ReceiptBeforeOrder { receipt_on, ordered_on });
    }
    if receipt_on > today {
        return Err(MeasureProblem::ReceiptInFuture { receipt_on, today });
    }
    Ok(())
}

/// Why the findings a measure is ordered on are refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FindingsRefused {
    #[error("a measure is ordered on at least one of the patrol's findings")]
    NoFinding,
    #[error("'{code}' is not a finding (a nonconforming item) of the patrol: {}", .findings.join(", "))]
    NotAFinding { code: String, findings: Vec<String> },
}

/// Checks the item codes a measure is ordered on against the patrol's findings ("巡查中发现问题的
/// …采取…措施": a measure answers a problem found); returns them distinct, in the order given.
pub fn check_findings(codes: &[String], patrol_findings: &[&str]) -> Result<Vec<String>, FindingsRefused> {
    let mut distinct: Vec<String> = Vec::with_capacity(codes.len());
    for code in codes.iter().map(|code| code.trim()) {
        if !patrol_findings.contains(&code) {
            let findings = patrol_findings.iter().map(|f| (*f).to_owned()).collect();
            return Err(FindingsRefused::NotAFinding { code: code.to_owned(), findings });
        }
        if !distinct.iter().any(|seen| seen == code) {
            distinct.push(code.to_owned());
        }
    }
    if distinct.is_empty() {
        return Err(FindingsRefused::NoFinding);
    }
    Ok(distinct)
}

crate::stored_enum! {
    /// Where a measure stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum MeasureStatus {
        /// Ordered and not carried out yet.
        Open = "OPEN",
        /// Carried out: assistance given, rectification followed up and closed, sample taken,
        /// suspension lifted, penalty decided, transfer received.
        Done = "DONE",
        /// Withdrawn by the authority, with its reason (ordered in error, superseded).
        Cancelled = "CANCELLED",
    }
}

/// What can happen to a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeasureEvent {
    Complete,
    Cancel,
}

/// Why a measure refused an event or a receipt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeasureStateRefused {
    #[error("the measure is {0} and closed")]
    Closed(MeasureStatus),
    #[error("only a transfer (移送) has a receipt, not a {0} measure")]
    NotATransfer(MeasureKindCode),
    #[error("the transfer's receipt was already recorded on {0}")]
    ReceiptRecorded(NaiveDate),
    #[error("{0}")]
    ReceiptDay(MeasureProblem),
}

impl MeasureStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: MeasureEvent) -> Result<MeasureStatus, MeasureStateRefused> {
        match (self, event) {
            (MeasureStatus::Open, MeasureEvent::Complete) => Ok(MeasureStatus::Done),
            (MeasureStatus::Open, MeasureEvent::Cancel) => Ok(MeasureStatus::Cancelled),
            (MeasureStatus::Done | MeasureStatus::Cancelled, _) => Err(MeasureStateRefused::Closed(self)),
        }
    }
}

/// A measure ordered on a patrol's findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    pub id: MeasureId,
    pub patrol_id: PatrolId,
    /// The findings (nonconforming item codes) it is ordered on.
    pub finding_codes: Vec<String>,
    pub kind: MeasureKind,
    pub status: MeasureStatus,
    pub ordered_on: NaiveDate,
}

impl Measure {
    /// The measure after `event`.
    pub fn moved(&self, event: MeasureEvent) -> Result<Measure, MeasureStateRefused> {
        Ok(Measure { status: self.status.next(event)?, ..self.clone() })
    }

    /// The transfer's receipt (回执) recorded on `on`: once, not before the order nor after today.
    pub fn record_receipt(&self, on: NaiveDate, today: NaiveDate) -> Result<Measure, MeasureStateRefused> {
        if self.status != MeasureStatus::Open {
            return Err(MeasureStateRefused::Closed(self.status));
        }
        let MeasureKind::Transfer { to, receipt_on } = &self.kind else {
            return Err(MeasureStateRefused::NotATransfer(self.kind.code()));
        };
        if let Some(recorded) = receipt_on {
            return Err(MeasureStateRefused::ReceiptRecorded(*recorded));
        }
        check_receipt_day(on, self.ordered_on, today).map_err(MeasureStateRefused::ReceiptDay)?;
        Ok(Measure { kind: MeasureKind::Transfer { to: to.clone(), receipt_on: Some(on) }, ..self.clone() })
    }

    /// Overdue on `today`: a rectification by a deadline, still OPEN, its deadline passed. Derived,
    /// never stored, so nothing has to run at midnight for it to become true.
    pub fn overdue_on(&self, today: NaiveDate) -> bool {
        match self.kind {
            MeasureKind::RectifyByDeadline { deadline } => {
                self.status == MeasureStatus::Open && today > deadline
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::str::FromStr;

    use super::*;
    use crate::calendar::CalendarYear;
    use MeasureEvent as E;
    use MeasureStatus::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn yuan(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn every_status_and_event() {
        #[rustfmt::skip]
        let table = [
            //        Complete     Cancel
            (Open,      ["DONE",     "CANCELLED"]),
            (Done,      ["!closed",  "!closed"]),
            (Cancelled, ["!closed",  "!closed"]),
        ];
        assert_eq!(table.len(), MeasureStatus::ALL.len());
        for (status, row) in table {
            for (event, expected) in [E::Complete, E::Cancel].into_iter().zip(row) {
                let got = match status.next(event) {
                    Ok(next) => next.as_str().to_owned(),
                    Err(MeasureStateRefused::Closed(s)) if s == status => "!closed".to_owned(),
                    Err(other) => format!("{other:?}"),
                };
                assert_eq!(got, expected, "{status} + {event:?}");
            }
        }
    }

    /// 2027 with the National Day break (10-01..10-07) and its make-up Saturday (10-09).
    fn calendar() -> WorkingCalendar {
        let holidays: Vec<NaiveDate> =
            (1..=7).map(|d| NaiveDate::from_ymd_opt(2027, 10, d).unwrap()).collect();
        let year = CalendarYear::parse(2027, &holidays, &[date("2027-10-09")], "国办发明电 test").unwrap();
        WorkingCalendar::new([year])
    }

    fn penalty(number: &str, basis: &str, amount: &str) -> MeasureAsked {
        MeasureAsked::Penalty {
            decision_number: number.into(),
            legal_basis: basis.into(),
            amount: yuan(amount),
        }
    }

    type Case = (&'static str, MeasureAsked, Result<MeasureKind, Vec<MeasureProblem>>);

    /// (case, asked, expected kind or problems). Ordered on Thursday 2027-09-02.
    #[test]
    fn each_kind_checks_its_fields() {
        let today = date("2027-09-02");
        let basis = "《工业产品生产许可证管理条例》第四十九条";
        let cases: Vec<Case> = vec![
            ("assistance", MeasureAsked::Assistance, Ok(MeasureKind::Assistance)),
            ("sampling", MeasureAsked::SamplingTest, Ok(MeasureKind::SamplingTest)),
            ("suspension", MeasureAsked::Suspension, Ok(MeasureKind::Suspension)),
            (
                "rectify in the default 30 days: 10-02 is a holiday, so the first working day after",
                MeasureAsked::RectifyByDeadline { days: None },
                Ok(MeasureKind::RectifyByDeadline { deadline: date("2027-10-08") }),
            ),
            (
                "rectify in 15 days",
                MeasureAsked::RectifyByDeadline { days: Some(15) },
                Ok(MeasureKind::RectifyByDeadline { deadline: date("2027-09-17") }),
            ),
            (
                "rectify in 37 days: ends on the make-up Saturday, a working day",
                MeasureAsked::RectifyByDeadline { days: Some(37) },
                Ok(MeasureKind::RectifyByDeadline { deadline: date("2027-10-09") }),
            ),
            (
                "rectify in 14 days",
                MeasureAsked::RectifyByDeadline { days: Some(14) },
                Err(vec![MeasureProblem::Period(PeriodRefused { days: 14, max: 90 })]),
            ),
            (
                "rectify in 91 days",
                MeasureAsked::RectifyByDeadline { days: Some(91) },
                Err(vec![MeasureProblem::Period(PeriodRefused { days: 91, max: 90 })]),
            ),
            (
                "penalty",
                penalty(" 苏质监罚字〔2027〕12号 ", basis, "20000.50"),
                Ok(MeasureKind::Penalty {
                    decision_number: "苏质监罚字〔2027〕12号".into(),
                    legal_basis: basis.into(),
                    amount: yuan("20000.5"),
                }),
            ),
            (
                "a penalty of zero (a warning)",
                penalty("罚1", basis, "0"),
                Ok(MeasureKind::Penalty {
                    decision_number: "罚1".into(),
                    legal_basis: basis.into(),
                    amount: yuan("0"),
                }),
            ),
            (
                "trailing zeros are not precision",
                penalty("罚1", basis, "1.500"),
                Ok(MeasureKind::Penalty {
                    decision_number: "罚1".into(),
                    legal_basis: basis.into(),
                    amount: yuan("1.5"),
                }),
            ),
            (
                "three decimals",
                penalty("罚1", basis, "1.005"),
                Err(vec![MeasureProblem::AmountTooPrecise(yuan("1.005"))]),
            ),
            ("negative", penalty("罚1", basis, "-1"), Err(vec![MeasureProblem::NegativeAmount(yuan("-1"))])),
            (
                "everything wrong at once",
                penalty(" ", "", "-0.001"),
                Err(vec![
                    MeasureProblem::DecisionNumber("must not be empty".into()),
                    MeasureProblem::LegalBasis("must not be empty".into()),
                    MeasureProblem::NegativeAmount(yuan("-0.001")),
                    MeasureProblem::AmountTooPrecise(yuan("-0.001")),
                ]),
            ),
            (
                "transfer without a receipt yet",
                MeasureAsked::Transfer { to: "市市场监督管理局".into(), receipt_on: None },
                Ok(MeasureKind::Transfer { to: "市市场监督管理局".into(), receipt_on: None }),
            ),
            (
                "transfer received at the hand-over",
                MeasureAsked::Transfer { to: "公安机关".into(), receipt_on: Some(today) },
                Ok(MeasureKind::Transfer { to: "公安机关".into(), receipt_on: Some(today) }),
            ),
            (
                "transfer to nobody, receipt tomorrow",
                MeasureAsked::Transfer { to: "".into(), receipt_on: Some(date("2027-09-03")) },
                Err(vec![
                    MeasureProblem::TransferredTo("must not be empty".into()),
                    MeasureProblem::ReceiptInFuture { receipt_on: date("2027-09-03"), today },
                ]),
            ),
        ];
        for (case, asked, expected) in cases {
            assert_eq!(
                order_measure(asked, &calendar(), &crate::rules::Deadlines::NATIONAL, today).map_err(|e| e.0),
                expected,
                "{case}"
            );
        }
    }

    #[test]
    fn a_measure_answers_findings_of_its_patrol() {
        let findings = ["LICENSE_MARKING", "PACKAGING_LABELING"];
        let owned = |codes: &[&str]| codes.iter().map(|c| (*c).to_owned()).collect::<Vec<String>>();
        type Case<'a> = (&'a [&'a str], Result<Vec<String>, FindingsRefused>);
        let cases: [Case; 5] = [
            (&["PACKAGING_LABELING"], Ok(owned(&["PACKAGING_LABELING"]))),
            (
                &["PACKAGING_LABELING", "LICENSE_MARKING", " PACKAGING_LABELING"],
                Ok(owned(&["PACKAGING_LABELING", "LICENSE_MARKING"])),
            ),
            (&[], Err(FindingsRefused::NoFinding)),
            (
                &["PACKAGING_LABELING", "EXIT_INSPECTION"],
                Err(FindingsRefused::NotAFinding {
                    code: "EXIT_INSPECTION".into(),
                    findings: owned(&findings),
                }),
            ),
            (&["X"], Err(FindingsRefused::NotAFinding { code: "X".into(), findings: owned(&findings) })),
        ];
        for (codes, expected) in cases {
            assert_eq!(check_findings(&owned(codes), &findings), expected, "{codes:?}");
        }
        assert_eq!(
            check_findings(&owned(&["LICENSE_MARKING"]), &[]),
            Err(FindingsRefused::NotAFinding { code: "LICENSE_MARKING".into(), findings: vec![] })
        );
    }

    fn measure(kind: MeasureKind, status: MeasureStatus) -> Measure {
        Measure {
            id: MeasureId::new(1),
            patrol_id: PatrolId::new(1),
            finding_codes: vec!["PACKAGING_LABELING".into()],
            kind,
            status,
            ordered_on: date("2027-09-02"),
        }
    }

    #[test]
    fn only_an_open_rectification_past_its_deadline_is_overdue() {
        let rectify = MeasureKind::RectifyByDeadline { deadline: date("2027-10-08") };
        let cases = [
            (rectify.clone(), Open, "2027-10-08", false),
            (rectify.clone(), Open, "2027-10-09", true),
            (rectify.clone(), Done, "2027-10-09", false),
            (rectify, Cancelled, "2027-10-09", false),
            (MeasureKind::Assistance, Open, "2030-01-01", false),
            (MeasureKind::Suspension, Open, "2030-01-01", false),
        ];
        for (kind, status, today, expected) in cases {
            assert_eq!(
                measure(kind.clone(), status).overdue_on(date(today)),
                expected,
                "{kind:?} {status} {today}"
            );
        }
    }

    #[test]
    fn a_transfer_receipt_is_recorded_once_between_the_order_and_today() {
        let today = date("2027-09-10");
        let open = measure(MeasureKind::Transfer { to: "公安机关".into(), receipt_on: None }, Open);
        let received = open.record_receipt(date("2027-09-05"), today).unwrap();
        assert_eq!(
            received.kind,
            MeasureKind::Transfer { to: "公安机关".into(), receipt_on: Some(date("2027-09-05")) }
        );
        let cases: [(&Measure, &str, MeasureStateRefused); 5] = [
            (&received, "2027-09-06", MeasureStateRefused::ReceiptRecorded(date("2027-09-05"))),
            (
                &open,
                "2027-09-01",
                MeasureStateRefused::ReceiptDay(MeasureProblem::ReceiptBeforeOrder {
                    receipt_on: date("2027-09-01"),
                    ordered_on: date("2027-09-02"),
                }),
            ),
            (
                &open,
                "2027-09-11",
                MeasureStateRefused::ReceiptDay(MeasureProblem::ReceiptInFuture {
                    receipt_on: date("2027-09-11"),
                    today,
                }),
            ),
            (
                &measure(MeasureKind::Assistance, Open),
                "2027-09-05",
                MeasureStateRefused::NotATransfer(MeasureKindCode::Assistance),
            ),
            (&open.moved(E::Cancel).unwrap(), "2027-09-05", MeasureStateRefused::Closed(Cancelled)),
        ];
        for (measure, on, expected) in cases {
            assert_eq!(measure.record_receipt(date(on), today), Err(expected), "{on}");
        }
    }

    #[test]
    fn every_kind_has_its_stored_code() {
        let kinds = [
            MeasureKind::Assistance,
            MeasureKind::RectifyByDeadline { deadline: date("2027-10-08") },
            MeasureKind::SamplingTest,
            MeasureKind::Suspension,
            MeasureKind::Penalty { decision_number: "n".into(), legal_basis: "b".into(), amount: yuan("1") },
            MeasureKind::Transfer { to: "t".into(), receipt_on: None },
        ];
        let codes: Vec<MeasureKindCode> = kinds.iter().map(MeasureKind::code).collect();
        assert_eq!(codes, MeasureKindCode::ALL);
        let json = serde_json::to_value(&kinds[4]).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "kind": "PENALTY", "decisionNumber": "n", "legalBasis": "b", "amount": "1" })
        );
    }
}

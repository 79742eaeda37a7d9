//! The steps between a verdict and its finality (§二(四), 产品质量法 第十五条): the authority's
//! delivery of the verdict to the enterprise (送达), which starts the objection window; the items
//! an objection (异议) names; the authority's acceptance (受理) or refusal within its deadline in
//! working days; and the retest (复检) of exactly the objected items by another institution.
//! The rules the regulation leaves open are decisions 9–14 of ADR 0009.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};

use crate::calendar::WorkingCalendar;
use crate::ids::InstitutionId;
use crate::testing::judgment::{Outcome, Verdict};

crate::stored_enum! {
    /// How the authority issued a verdict to the enterprise (送达方式).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum DeliveryMethod {
        /// Handed over against the enterprise's signature (直接送达); delivered that day.
        InPerson = "IN_PERSON",
        /// By post (邮寄送达); delivered the day the receipt is signed.
        Postal = "POSTAL",
        /// Through the platform (电子送达); delivered when the enterprise acknowledges it, or
        /// `DEEMED_DELIVERY_DAYS` after sending if it never does.
        Electronic = "ELECTRONIC",
    }
}

/// Days after an electronic delivery is sent on which it counts as delivered when the enterprise
/// has not acknowledged it (ADR 0009 decision 9). 民事诉讼法 第九十条 dates electronic service
/// by the message reaching the recipient's system — here the day it is sent — so waiting for an
/// acknowledgment, or these days, can only lengthen the enterprise's window, never shorten it.
pub const DEEMED_DELIVERY_DAYS: u64 = 7;

/// The authority's issue of a verdict to the enterprise (送达).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub method: DeliveryMethod,
    /// The day it was handed over, the postal receipt was signed, or the message was sent.
    pub served_on: NaiveDate,
    /// The day the enterprise acknowledged an electronic delivery.
    pub acknowledged_on: Option<NaiveDate>,
    /// The officer who delivered it (token subject).
    pub delivered_by: String,
}

/// Why a delivery, or its acknowledgment, is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryRefused {
    #[error("the verdict was already delivered on {served_on}")]
    AlreadyDelivered { served_on: NaiveDate },
    #[error("the task has no verdict to deliver yet")]
    NoVerdict,
    #[error("the delivery date {served_on} is outside the verdict date {verdict_date} .. today {today}")]
    DateOutOfRange { served_on: NaiveDate, verdict_date: NaiveDate, today: NaiveDate },
    #[error("the verdict was not delivered to the enterprise yet")]
    NotDelivered,
    #[error("only an electronic delivery is acknowledged, once")]
    NotAcknowledgeable,
}

impl Delivery {
    /// A delivery served on `served_on`, which is neither before the verdict nor in the future.
    pub fn new(
        method: DeliveryMethod,
        served_on: NaiveDate,
        verdict_date: NaiveDate,
        today: NaiveDate,
        delivered_by: &str,
    ) -> Result<Delivery, DeliveryRefused> {
        if served_on < verdict_date || served_on > today {
            return Err(DeliveryRefused::DateOutOfRange { served_on, verdict_date, today });
        }
        Ok(Delivery { method, served_on, acknowledged_on: None, delivered_by: delivered_by.to_owned() })
    }

    /// The day the enterprise received the verdict (收到检验结果之日), from which its objection
    /// window runs: the day served, or for an electronic delivery the day acknowledged or, if
    /// that is later or never comes, the deemed day.
    pub fn delivered_on(&self) -> NaiveDate {
        match self.method {
            DeliveryMethod::InPerson | DeliveryMethod::Postal => self.served_on,
            DeliveryMethod::Electronic => {
                let deemed = self.served_on + Days::new(DEEMED_DELIVERY_DAYS);
                self.acknowledged_on.map_or(deemed, |acknowledged| acknowledged.min(deemed))
            }
        }
    }

    /// Whether the delivery date is the deemed one (electronic, not acknowledged before it).
    pub fn deemed(&self) -> bool {
        self.method == DeliveryMethod::Electronic
            && self.acknowledged_on.is_none_or(|acknowledged| acknowledged > self.delivered_on())
    }

    /// The enterprise acknowledges an electronic delivery on `today`. After the deemed day it is
    /// recorded but the delivery date stays the deemed one.
    pub fn acknowledge(&self, today: NaiveDate) -> Result<Delivery, DeliveryRefused> {
        if self.method != DeliveryMethod::Electronic || self.acknowledged_on.is_some() {
            return Err(DeliveryRefused::NotAcknowledgeable);
        }
        Ok(Delivery { acknowledged_on: Some(today), ..self.clone() })
    }
}

/// The last day for deciding an objection lodged on `lodged_on`: the working days of
/// `deadlines` on (5 nationally, ADR 0009 decision 11; a province may shorten it).
pub fn objection_decision_due(
    calendar: &WorkingCalendar,
    deadlines: &crate::rules::Deadlines,
    lodged_on: NaiveDate,
) -> NaiveDate {
    calendar.add_working_days(lodged_on, deadlines.objection_decision_working_days)
}

/// Whether an objection due by `due` is overdue: decided after it, or undecided past it.
pub fn decision_overdue(due: NaiveDate, decided_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    decided_on.unwrap_or(today) > due
}

crate::stored_enum! {
    /// The authority's decision on an objection.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ObjectionOutcome {
        /// 受理: the objected items are retested by another institution.
        Accepted = "ACCEPTED",
        /// 不予受理: the first verdict stands and is final.
        Refused = "REFUSED",
    }
}

/// The authority's decision on an objection, with its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectionDecision {
    pub outcome: ObjectionOutcome,
    pub reason: String,
    pub decided_by: String,
    pub decided_on: NaiveDate,
    /// The retest institution, on acceptance.
    pub retest_institution_id: Option<InstitutionId>,
}

/// Why an objection's items are refused (nothing is written).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ObjectedItemsRefused {
    #[error("the objection names no item; name the failed items to retest")]
    NoItems,
    #[error("items {} did not fail in the verdict (or are not in it); only failed items are retested", .0.join(", "))]
    NotFailed(Vec<String>),
    #[error("items {} are not retestable (the industry profile says so); their first results stand", .0.join(", "))]
    NotRetestable(Vec<String>),
}

/// The items an objection may name: each failed in `verdict` and is retestable there (the
/// verdict carries the profile's flag as judged, so the plugin version fixed at sampling
/// decides). Duplicates collapse; the answer is sorted.
pub fn check_objected_items(
    verdict: &Verdict,
    items: &[String],
) -> Result<Vec<String>, ObjectedItemsRefused> {
    let named: BTreeSet<&str> = items.iter().map(|item| item.trim()).collect();
    if named.is_empty() {
        return Err(ObjectedItemsRefused::NoItems);
    }
    let find = |code: &str| verdict.items.iter().find(|item| item.code == code);
    let not_failed: Vec<String> = named
        .iter()
        .filter(|code| find(code).is_none_or(|item| item.outcome != Outcome::Fail))
        .map(|code| (*code).to_owned())
        .collect();
    if !not_failed.is_empty() {
        return Err(ObjectedItemsRefused::NotFailed(not_failed));
    }
    let not_retestable: Vec<String> = named
        .iter()
        .filter(|code| find(code).is_some_and(|item| !item.retestable))
        .map(|code| (*code).to_owned())
        .collect();
    if !not_retestable.is_empty() {
        return Err(ObjectedItemsRefused::NotRetestable(not_retestable));
    }
    Ok(named.into_iter().map(str::to_owned).collect())
}

/// Why the authority cannot assign this institution to the retest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RetestAssignmentRefused {
    #[error(
        "the retest institution must not be the one that made the first test (复检机构与初检机构不得为同一机构)"
    )]
    SameInstitution,
    #[error("accepting an objection names the retest institution")]
    InstitutionRequired,
    #[error("refusing an objection names no retest institution")]
    InstitutionNotExpected,
}

/// Checks the institution of a decision: an accepted objection names one, other than the
/// first; a refused one names none. (Whether it is active and accredited is the registry's
/// `Institution::check_designation`, for the day of the decision.)
pub fn check_retest_institution(
    outcome: ObjectionOutcome,
    first: InstitutionId,
    retest: Option<InstitutionId>,
) -> Result<(), RetestAssignmentRefused> {
    match (outcome, retest) {
        (ObjectionOutcome::Accepted, None) => Err(RetestAssignmentRefused::InstitutionRequired),
        (ObjectionOutcome::Accepted, Some(retest)) if retest == first => {
            Err(RetestAssignmentRefused::SameInstitution)
        }
        (ObjectionOutcome::Accepted, Some(_)) | (ObjectionOutcome::Refused, None) => Ok(()),
        (ObjectionOutcome::Refused, Some(_)) => Err(RetestAssignmentRefused::InstitutionNotExpected),
    }
}

/// The items a retest submission gets wrong: those objected to but neither reported nor
/// declared not tested (`missing`), and those reported that were not objected to (`extra`).
/// The retest covers exactly the objected items (ADR 0009 decision 12).
pub fn retest_mismatch<'a>(
    objected: &'a [String],
    submitted: impl IntoIterator<Item = &'a str>,
) -> (Vec<String>, Vec<String>) {
    let submitted: BTreeSet<&str> = submitted.into_iter().collect();
    let objected_set: BTreeSet<&str> = objected.iter().map(String::as_str).collect();
    let missing = objected_set.difference(&submitted).map(|s| (*s).to_owned()).collect();
    let extra = submitted.difference(&objected_set).map(|s| (*s).to_owned()).collect();
    (missing, extra)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::testing::judgment::{ComparisonMethod, ItemVerdict, Severity};

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn delivery_dates() {
        use DeliveryMethod::*;
        let verdict = date("2026-11-02");
        let today = date("2026-11-10");
        // (method, served, acknowledged, delivered on, deemed)
        let cases = [
            (InPerson, "2026-11-03", None, "2026-11-03", false),
            (Postal, "2026-11-05", None, "2026-11-05", false),
            (Electronic, "2026-11-03", None, "2026-11-10", true),
            (Electronic, "2026-11-03", Some("2026-11-04"), "2026-11-04", false),
            (Electronic, "2026-11-03", Some("2026-11-10"), "2026-11-10", false),
            // Acknowledged after the deemed day: recorded, the deemed day stays.
            (Electronic, "2026-11-03", Some("2026-11-20"), "2026-11-10", true),
        ];
        for (method, served, acknowledged, delivered, deemed) in cases {
            let mut delivery = Delivery::new(method, date(served), verdict, today, "o").unwrap();
            if let Some(on) = acknowledged {
                delivery = delivery.acknowledge(date(on)).unwrap();
            }
            assert_eq!(delivery.delivered_on(), date(delivered), "{method} {served} {acknowledged:?}");
            assert_eq!(delivery.deemed(), deemed, "{method} {served} {acknowledged:?}");
        }
        let refused =
            [("2026-11-01", true), ("2026-11-11", true), ("2026-11-02", false), ("2026-11-10", false)];
        for (served, out_of_range) in refused {
            let got = Delivery::new(InPerson, date(served), verdict, today, "o");
            assert_eq!(got.is_err(), out_of_range, "{served}");
        }
        let postal = Delivery::new(Postal, verdict, verdict, today, "o").unwrap();
        assert_eq!(postal.acknowledge(today), Err(DeliveryRefused::NotAcknowledgeable));
        let electronic = Delivery::new(Electronic, verdict, verdict, today, "o").unwrap();
        let acknowledged = electronic.acknowledge(today).unwrap();
        assert_eq!(acknowledged.acknowledge(today), Err(DeliveryRefused::NotAcknowledgeable));
    }

    #[test]
    fn decision_deadline() {
        let calendar = WorkingCalendar::default();
        // Lodged on Monday 2026-11-02: five working days end on Monday 11-09.
        let due = objection_decision_due(&calendar, &crate::rules::Deadlines::NATIONAL, date("2026-11-02"));
        assert_eq!(due, date("2026-11-09"));
        // Lodged on a Saturday: Monday is the first working day.
        assert_eq!(
            objection_decision_due(&calendar, &crate::rules::Deadlines::NATIONAL, date("2026-11-07")),
            date("2026-11-13")
        );
        let cases = [
            (Some("2026-11-09"), "2026-12-01", false),
            (Some("2026-11-10"), "2026-12-01", true),
            (None, "2026-11-09", false),
            (None, "2026-11-10", true),
        ];
        for (decided, today, overdue) in cases {
            assert_eq!(decision_overdue(due, decided.map(date), date(today)), overdue, "{decided:?} {today}");
        }
    }

    fn item(code: &str, outcome: Outcome, retestable: bool) -> ItemVerdict {
        ItemVerdict {
            code: code.to_owned(),
            name_zh: code.to_owned(),
            severity: Severity::B,
            retestable,
            outcome,
            measured: "1".to_owned(),
            unit: String::new(),
            value_judged: None,
            rounded_value: None,
            method: ComparisonMethod::RoundedValue,
            rounding: None,
            limit: None,
            limit_source: None,
            needs_verification: false,
            explanation: String::new(),
        }
    }

    #[test]
    fn objected_items() {
        let mut verdict: Verdict = serde_json::from_value(serde_json::json!({
            "industry": "wire-cable", "plugin_id": "wire-cable", "plugin_version": "1", "engine_version": "1",
            "variant": "BV", "sampling_date": "2026-11-01", "editions": {}, "conclusion": "nonconforming",
            "conclusion_zh": "不合格", "serious": false, "n_pass": 1, "n_fail": 2, "n_not_judged": 0, "items": []
        }))
        .unwrap();
        verdict.items = vec![
            item("conductor_resistance", Outcome::Fail, true),
            item("voltage_test", Outcome::Fail, false),
            item("marking", Outcome::Pass, true),
            item("flame", Outcome::NotTested, true),
        ];
        let names = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        type Case = (&'static [&'static str], Result<Vec<String>, ObjectedItemsRefused>);
        let cases: Vec<Case> = vec![
            (&["conductor_resistance"], Ok(names(&["conductor_resistance"]))),
            (&["conductor_resistance", " conductor_resistance"], Ok(names(&["conductor_resistance"]))),
            (&[], Err(ObjectedItemsRefused::NoItems)),
            (&["marking"], Err(ObjectedItemsRefused::NotFailed(names(&["marking"])))),
            (&["flame", "nothing"], Err(ObjectedItemsRefused::NotFailed(names(&["flame", "nothing"])))),
            (&["voltage_test"], Err(ObjectedItemsRefused::NotRetestable(names(&["voltage_test"])))),
            (
                &["voltage_test", "conductor_resistance"],
                Err(ObjectedItemsRefused::NotRetestable(names(&["voltage_test"]))),
            ),
        ];
        for (items, expected) in cases {
            assert_eq!(check_objected_items(&verdict, &names(items)), expected, "{items:?}");
        }
    }

    #[test]
    fn retest_institution() {
        use ObjectionOutcome::*;
        use RetestAssignmentRefused::*;
        let (first, other) = (InstitutionId::new(1), InstitutionId::new(2));
        let cases = [
            (Accepted, Some(other), Ok(())),
            (Accepted, Some(first), Err(SameInstitution)),
            (Accepted, None, Err(InstitutionRequired)),
            (Refused, None, Ok(())),
            (Refused, Some(other), Err(InstitutionNotExpected)),
        ];
        for (outcome, retest, expected) in cases {
            assert_eq!(check_retest_institution(outcome, first, retest), expected, "{outcome} {retest:?}");
        }
    }

    #[test]
    fn retest_covers_exactly_the_objected_items() {
        let objected = vec!["a".to_owned(), "b".to_owned()];
        let cases: &[(&[&str], &[&str], &[&str])] = &[
            (&["a", "b"], &[], &[]),
            (&["a"], &["b"], &[]),
            (&["a", "b", "c"], &[], &["c"]),
            (&["c"], &["a", "b"], &["c"]),
        ];
        for (submitted, missing, extra) in cases {
            let (got_missing, got_extra) = retest_mismatch(&objected, submitted.iter().copied());
            assert_eq!(got_missing, *missing, "{submitted:?}");
            assert_eq!(got_extra, *extra, "{submitted:?}");
        }
    }
}

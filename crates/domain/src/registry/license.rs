//! Production licenses (生产许可证): status and its transitions, the five-year validity, and the
//! parsing of a license that is issued or imported.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Collector, ErrorCode, FieldError, ValidationErrors};
use crate::industry::{Industry, IndustryCatalogue};
use crate::registry::license_number::LicenseNumber;
use crate::registry::region::RegionCode;
use crate::text::parse_text;

crate::stored_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum LicenseStatus {
        Valid = "VALID",
        /// Ordered to stop production and rectify (责令停产整顿).
        Suspended = "SUSPENDED",
        /// Revoked as a penalty (吊销).
        Revoked = "REVOKED",
        /// Cancelled, e.g. at the enterprise's request or when it closes (注销).
        Cancelled = "CANCELLED",
        /// Past its expiry date without renewal.
        Expired = "EXPIRED",
    }
}

impl LicenseStatus {
    /// The Chinese term as printed on documents.
    pub fn label_zh(self) -> &'static str {
        match self {
            LicenseStatus::Valid => "有效",
            LicenseStatus::Suspended => "停产整顿",
            LicenseStatus::Revoked => "吊销",
            LicenseStatus::Cancelled => "注销",
            LicenseStatus::Expired => "过期",
        }
    }

    /// The English word used in messages.
    pub fn label_en(self) -> &'static str {
        match self {
            LicenseStatus::Valid => "valid",
            LicenseStatus::Suspended => "suspended",
            LicenseStatus::Revoked => "revoked",
            LicenseStatus::Cancelled => "cancelled",
            LicenseStatus::Expired => "expired",
        }
    }

    /// valid → suspended (停产整顿), revoked (吊销), cancelled (注销), expired; suspended → valid
    /// (rectified), revoked, cancelled, expired; revoked/cancelled/expired are final.
    pub fn transition(self, to: LicenseStatus) -> Result<LicenseStatus, TransitionRefused> {
        use LicenseStatus::*;
        if self == to {
            return Err(TransitionRefused::AlreadyInStatus(self));
        }
        if self.is_final() {
            return Err(TransitionRefused::FinalStatus { from: self, to });
        }
        match (self, to) {
            (Valid, Suspended | Revoked | Cancelled | Expired)
            | (Suspended, Valid | Revoked | Cancelled | Expired) => Ok(to),
            _ => Err(TransitionRefused::NotAllowed { from: self, to }),
        }
    }

    /// The status a license with this stored status shows on `today`: one still valid or
    /// suspended past its last valid day has expired, whether or not anyone recorded it yet
    /// (a license's validity is fixed on its face, 有效期).
    pub fn as_of(self, validity: &Validity, today: NaiveDate) -> LicenseStatus {
        match self {
            LicenseStatus::Valid | LicenseStatus::Suspended if validity.is_expired_on(today) => {
                LicenseStatus::Expired
            }
            status => status,
        }
    }

    /// A final status ends the license; a new license must be applied for.
    pub fn is_final(self) -> bool {
        matches!(self, LicenseStatus::Revoked | LicenseStatus::Cancelled | LicenseStatus::Expired)
    }
}

/// Why a status change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionRefused {
    #[error("the license is already {}", .0.label_en())]
    AlreadyInStatus(LicenseStatus),
    #[error("the license is {}, which is final; it cannot become {}", .from.label_en(), .to.label_en())]
    FinalStatus { from: LicenseStatus, to: LicenseStatus },
    /// No pair reaches this today (every change out of a non-final status is allowed); it keeps
    /// the table honest if a future rule forbids one.
    #[error("a {} license cannot become {} directly", .from.label_en(), .to.label_en())]
    NotAllowed { from: LicenseStatus, to: LicenseStatus },
}

impl TransitionRefused {
    pub fn code(&self) -> ErrorCode {
        ErrorCode::IllegalStatusTransition
    }
}

impl From<TransitionRefused> for FieldError {
    fn from(refused: TransitionRefused) -> FieldError {
        FieldError::new(refused.code(), "status", refused.to_string())
    }
}

/// The period a license is valid, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Validity {
    pub issued_on: NaiveDate,
    pub expires_on: NaiveDate,
}

impl Validity {
    pub const YEARS: i32 = 5;

    /// A license issued on `issued_on` with `expires_on` as its last valid day; without one it
    /// runs the full five years.
    pub fn new(issued_on: NaiveDate, expires_on: Option<NaiveDate>) -> Result<Validity, FieldError> {
        let latest = Validity::latest_expiry(issued_on)?;
        let expires_on = expires_on.unwrap_or(latest);
        if expires_on <= issued_on {
            return Err(FieldError::new(
                ErrorCode::InvalidDateRange,
                "expiresOn",
                format!("the expiry date {expires_on} must be after the issue date {issued_on}"),
            ));
        }
        if expires_on > latest {
            return Err(FieldError::new(
                ErrorCode::ValidityTooLong,
                "expiresOn",
                format!(
                    "the expiry date {expires_on} is more than {} years after the issue date {issued_on}; the latest allowed is {latest}",
                    Validity::YEARS
                ),
            ));
        }
        Ok(Validity { issued_on, expires_on })
    }

    /// The last day of a full five-year term: the day before the fifth anniversary. The
    /// anniversary of 29 February in a common year is 1 March, so the term ends on 28 February.
    pub fn latest_expiry(issued_on: NaiveDate) -> Result<NaiveDate, FieldError> {
        let year = issued_on.year() + Validity::YEARS;
        NaiveDate::from_ymd_opt(year, issued_on.month(), issued_on.day())
            .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
            .and_then(|anniversary| anniversary.pred_opt())
            .ok_or_else(|| {
                FieldError::new(
                    ErrorCode::InvalidDateRange,
                    "issuedOn",
                    format!("the issue date {issued_on} is out of range"),
                )
            })
    }

    /// Whether the license has lapsed on day `d`; the expiry day itself is still valid.
    pub fn is_expired_on(&self, d: NaiveDate) -> bool {
        d > self.expires_on
    }
}

/// A license about to be issued or imported for an enterprise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLicense {
    pub number: LicenseNumber,
    pub industry: Industry,
    pub product_unit: String,
    pub validity: Validity,
    pub status: LicenseStatus,
}

impl NewLicense {
    /// Parses a license for an enterprise in `enterprise_region`, reporting every bad field.
    ///
    /// An imported license may already be suspended, but one that is revoked, cancelled or
    /// expired is history, not a license to supervise. A province prefix in the number must name
    /// the enterprise's province, since that province issued it. The industry comes from the
    /// `catalogue`, and the number's category and the product unit must be ones it declares.
    #[allow(clippy::too_many_arguments)] // The fields of the input, each checked, and the catalogue.
    pub fn parse(
        catalogue: &IndustryCatalogue,
        number: &str,
        industry: &str,
        product_unit: &str,
        issued_on: NaiveDate,
        expires_on: Option<NaiveDate>,
        status: Option<LicenseStatus>,
        enterprise_region: &RegionCode,
    ) -> Result<NewLicense, ValidationErrors> {
        let mut errors = Collector::default();
        let number = errors.take(LicenseNumber::parse(number));
        if let Some(number) = &number {
            let enterprise_province = enterprise_region.province();
            if let Some(province) = number.province()
                && Some(province) != enterprise_province
            {
                errors.push(FieldError::new(
                    ErrorCode::LicenseProvinceMismatch,
                    "number",
                    format!(
                        "the prefix ({}) names {} but the enterprise is in {} ({})",
                        number.province_prefix().unwrap_or('?'),
                        province.name(),
                        enterprise_province.unwrap_or(*enterprise_region).name(),
                        enterprise_region
                    ),
                ));
            }
        }
        let industry = errors.take(catalogue.find(industry).cloned());
        let product_unit = errors.take(parse_text("productUnit", product_unit, 1, 100, false));
        if let Some(industry) = &industry {
            for error in industry.check_license(number.as_ref(), product_unit.as_deref()) {
                errors.push(error);
            }
        }
        let validity = errors.take(Validity::new(issued_on, expires_on));
        let status = errors.take(match status.unwrap_or(LicenseStatus::Valid) {
            status @ (LicenseStatus::Valid | LicenseStatus::Suspended) => Ok(status),
            status => Err(FieldError::new(
                ErrorCode::IllegalStatusTransition,
                "status",
                format!("a license can only be recorded as VALID or SUSPENDED, not {status}"),
            )),
        });
        match (number, industry, product_unit, validity, status) {
            (Some(number), Some(industry), Some(product_unit), Some(validity), Some(status))
                if errors.is_empty() =>
            {
                Ok(NewLicense { number, industry, product_unit, validity, status })
            }
            _ => Err(errors.into_errors()),
        }
    }
}

/// A status a license took and the day it took effect (the supervision calendar's day of the
/// change; for an expiry, the day after the last valid day): one entry of its status history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusChange {
    pub status: LicenseStatus,
    pub effective_on: NaiveDate,
}

/// The status a license had on `day` (issue 11 item 15, "as of any date"), from its history in
/// the order written: none before it was issued; VALID until its first change; then the last
/// change effective on or before the day, shown as of that day (`LicenseStatus::as_of`: past its
/// last valid day it had expired whether or not the expiry was recorded yet).
pub fn status_on(validity: &Validity, history: &[StatusChange], day: NaiveDate) -> Option<LicenseStatus> {
    if day < validity.issued_on {
        return None;
    }
    let status = history
        .iter()
        .rev()
        .find(|change| change.effective_on <= day)
        .map_or(LicenseStatus::Valid, |change| change.status);
    Some(status.as_of(validity, day))
}

/// The reason given for a status change, which goes into the license copy and the archive.
pub fn parse_reason(s: &str) -> Result<String, FieldError> {
    parse_text("reason", s, 1, 500, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_license_past_its_last_valid_day_shows_expired() {
        use LicenseStatus::*;
        let validity = Validity { issued_on: date("2021-03-01"), expires_on: date("2026-02-28") };
        let cases = [
            (Valid, "2026-02-28", Valid),
            (Valid, "2026-03-01", Expired),
            (Suspended, "2026-02-28", Suspended),
            (Suspended, "2026-03-01", Expired),
            (Revoked, "2026-03-01", Revoked),
            (Cancelled, "2027-01-01", Cancelled),
            (Expired, "2025-01-01", Expired),
        ];
        for (stored, today, shown) in cases {
            assert_eq!(stored.as_of(&validity, date(today)), shown, "{stored} on {today}");
        }
    }

    #[test]
    fn the_status_on_a_day_follows_the_history() {
        use LicenseStatus::*;
        let validity = Validity { issued_on: date("2021-03-01"), expires_on: date("2026-02-28") };
        let change = |status, day| StatusChange { status, effective_on: date(day) };
        let suspended_then_resumed = [change(Suspended, "2023-05-10"), change(Valid, "2023-08-01")];
        let revoked = [change(Suspended, "2023-05-10"), change(Revoked, "2024-01-02")];
        // Two changes on one day: the one written last is the day's status.
        let same_day = [change(Suspended, "2023-05-10"), change(Valid, "2023-05-10")];
        let cases: [(&[StatusChange], &str, Option<LicenseStatus>); 13] = [
            (&[], "2021-02-28", None),
            (&[], "2021-03-01", Some(Valid)),
            (&[], "2026-02-28", Some(Valid)),
            (&[], "2026-03-01", Some(Expired)),
            (&suspended_then_resumed, "2023-05-09", Some(Valid)),
            (&suspended_then_resumed, "2023-05-10", Some(Suspended)),
            (&suspended_then_resumed, "2023-07-31", Some(Suspended)),
            (&suspended_then_resumed, "2023-08-01", Some(Valid)),
            (&revoked, "2024-01-01", Some(Suspended)),
            (&revoked, "2024-01-02", Some(Revoked)),
            (&revoked, "2027-01-01", Some(Revoked)),
            (&same_day, "2023-05-10", Some(Valid)),
            (&[change(Expired, "2026-03-01")], "2026-02-28", Some(Valid)),
        ];
        for (history, day, expected) in cases {
            assert_eq!(status_on(&validity, history, date(day)), expected, "{history:?} on {day}");
        }
    }

    #[test]
    fn transition_table() {
        use LicenseStatus::*;
        #[derive(Debug, PartialEq)]
        enum Outcome {
            Ok,
            Already,
            Final,
        }
        fn check(from: LicenseStatus, to: LicenseStatus, expected: Outcome) {
            let actual = match from.transition(to) {
                Result::Ok(next) => {
                    assert_eq!(next, to);
                    Outcome::Ok
                }
                Err(TransitionRefused::AlreadyInStatus(status)) => {
                    assert_eq!(status, from);
                    Outcome::Already
                }
                Err(TransitionRefused::FinalStatus { from: f, to: t }) => {
                    assert_eq!((f, t), (from, to));
                    Outcome::Final
                }
                Err(refused) => panic!("{from} → {to}: unexpected {refused:?}"),
            };
            assert_eq!(actual, expected, "{from} → {to}");
        }
        #[rustfmt::skip]
        let cases = [
            (Valid, Valid, Outcome::Already),
            (Valid, Suspended, Outcome::Ok),
            (Valid, Revoked, Outcome::Ok),
            (Valid, Cancelled, Outcome::Ok),
            (Valid, Expired, Outcome::Ok),
            (Suspended, Valid, Outcome::Ok),
            (Suspended, Suspended, Outcome::Already),
            (Suspended, Revoked, Outcome::Ok),
            (Suspended, Cancelled, Outcome::Ok),
            (Suspended, Expired, Outcome::Ok),
            (Revoked, Valid, Outcome::Final),
            (Revoked, Suspended, Outcome::Final),
            (Revoked, Revoked, Outcome::Already),
            (Revoked, Cancelled, Outcome::Final),
            (Revoked, Expired, Outcome::Final),
            (Cancelled, Valid, Outcome::Final),
            (Cancelled, Suspended, Outcome::Final),
            (Cancelled, Revoked, Outcome::Final),
            (Cancelled, Cancelled, Outcome::Already),
            (Cancelled, Expired, Outcome::Final),
            (Expired, Valid, Outcome::Final),
            (Expired, Suspended, Outcome::Final),
            (Expired, Revoked, Outcome::Final),
            (Expired, Cancelled, Outcome::Final),
            (Expired, Expired, Outcome::Already),
        ];
        assert_eq!(cases.len(), 25);
        for (from, to, expected) in cases {
            check(from, to, expected);
        }
    }

    #[test]
    fn refusal_messages() {
        use LicenseStatus::*;
        fn check(refused: TransitionRefused, expected: &str) {
            assert_eq!(refused.code(), ErrorCode::IllegalStatusTransition);
            assert_eq!(refused.to_string(), expected);
            let error = FieldError::from(refused);
            assert_eq!(
                (error.code, error.field, error.message.as_str()),
                (ErrorCode::IllegalStatusTransition, "status", expected)
            );
        }
        check(TransitionRefused::AlreadyInStatus(Suspended), "the license is already suspended");
        check(
            TransitionRefused::FinalStatus { from: Revoked, to: Valid },
            "the license is revoked, which is final; it cannot become valid",
        );
        check(
            TransitionRefused::NotAllowed { from: Valid, to: Expired },
            "a valid license cannot become expired directly",
        );
    }

    #[test]
    fn status_strings() {
        fn check(s: &str, expected: Option<LicenseStatus>) {
            assert_eq!(LicenseStatus::parse(s), expected, "{s:?}");
            if let Some(status) = expected {
                assert_eq!(status.as_str(), s);
                assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{s}\""));
            }
        }
        let cases = [
            ("VALID", Some(LicenseStatus::Valid)),
            ("SUSPENDED", Some(LicenseStatus::Suspended)),
            ("REVOKED", Some(LicenseStatus::Revoked)),
            ("CANCELLED", Some(LicenseStatus::Cancelled)),
            ("EXPIRED", Some(LicenseStatus::Expired)),
            ("valid", None),
            ("CANCELED", None),
            ("", None),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }

    #[test]
    fn validity() {
        fn check(issued_on: &str, expires_on: Option<&str>, expected: Result<&str, (ErrorCode, &str)>) {
            let actual = Validity::new(date(issued_on), expires_on.map(date));
            match (&actual, expected) {
                (Ok(validity), Ok(want)) => {
                    assert_eq!(validity.issued_on, date(issued_on));
                    assert_eq!(validity.expires_on, date(want), "{issued_on} {expires_on:?}");
                }
                (Err(error), Err((code, message))) => {
                    assert_eq!(error.code, code, "{issued_on} {expires_on:?}");
                    assert_eq!(error.field, "expiresOn");
                    assert_eq!(error.message, message);
                }
                _ => panic!("{issued_on} {expires_on:?}: got {actual:?}, expected {expected:?}"),
            }
        }
        let too_long = ErrorCode::ValidityTooLong;
        let bad_range = ErrorCode::InvalidDateRange;
        #[rustfmt::skip]
        let cases = [
            ("2024-01-01", None, Ok("2028-12-31")),
            ("2024-06-15", None, Ok("2029-06-14")),
            ("2024-03-01", None, Ok("2029-02-28")),
            // Issued on a leap day: the fifth anniversary falls in a common year.
            ("2024-02-29", None, Ok("2029-02-28")),
            ("2024-02-29", Some("2029-02-28"), Ok("2029-02-28")),
            ("2024-02-29", Some("2029-03-01"), Err((too_long, "the expiry date 2029-03-01 is more than 5 years after the issue date 2024-02-29; the latest allowed is 2029-02-28"))),
            // The term ends on a leap day when the anniversary is 1 March of a leap year.
            ("2023-03-01", None, Ok("2028-02-29")),
            ("2023-02-28", None, Ok("2028-02-27")),
            ("2024-01-01", Some("2028-12-31"), Ok("2028-12-31")),
            ("2024-01-01", Some("2029-01-01"), Err((too_long, "the expiry date 2029-01-01 is more than 5 years after the issue date 2024-01-01; the latest allowed is 2028-12-31"))),
            ("2024-01-01", Some("2024-01-02"), Ok("2024-01-02")),
            ("2024-01-01", Some("2026-06-30"), Ok("2026-06-30")),
            ("2024-01-01", Some("2024-01-01"), Err((bad_range, "the expiry date 2024-01-01 must be after the issue date 2024-01-01"))),
            ("2024-01-01", Some("2023-12-31"), Err((bad_range, "the expiry date 2023-12-31 must be after the issue date 2024-01-01"))),
        ];
        for (issued_on, expires_on, expected) in cases {
            check(issued_on, expires_on, expected);
        }
    }

    #[test]
    fn expiry() {
        fn check(day: &str, expected: bool) {
            let validity = Validity::new(date("2024-01-01"), None).unwrap();
            assert_eq!(validity.is_expired_on(date(day)), expected, "{day}");
        }
        let cases =
            [("2023-12-31", false), ("2024-01-01", false), ("2028-12-31", false), ("2029-01-01", true)];
        for (day, expected) in cases {
            check(day, expected);
        }
    }

    #[test]
    fn new_license() {
        struct Case {
            number: &'static str,
            industry: &'static str,
            product_unit: &'static str,
            expires_on: Option<&'static str>,
            status: Option<LicenseStatus>,
            region: &'static str,
            expected: Result<LicenseStatus, Vec<(&'static str, ErrorCode)>>,
        }
        const OK: Case = Case {
            number: "(苏)XK06-001-00042",
            industry: "wire-cable",
            product_unit: "电线电缆",
            expires_on: None,
            status: None,
            region: "320102",
            expected: Ok(LicenseStatus::Valid),
        };
        fn check(case: Case) {
            let region = RegionCode::parse(case.region).unwrap();
            let actual = NewLicense::parse(
                &crate::industry::tests::catalogue(),
                case.number,
                case.industry,
                case.product_unit,
                date("2024-01-01"),
                case.expires_on.map(date),
                case.status,
                &region,
            );
            match (actual, case.expected) {
                (Ok(license), Ok(status)) => {
                    assert_eq!(license.status, status, "{}", case.number);
                    assert_eq!(license.industry.code, case.industry.trim());
                    assert_eq!(license.number, LicenseNumber::parse(case.number).unwrap());
                }
                (Err(errors), Err(want)) => {
                    let codes: Vec<_> = errors.0.iter().map(|e| (e.field, e.code)).collect();
                    assert_eq!(codes, want, "{}", case.number);
                }
                (actual, expected) => panic!("{}: got {actual:?}, expected {expected:?}", case.number),
            }
        }
        let cases = [
            OK,
            Case { number: "XK06-001-00042", region: "440300", ..OK },
            Case { number: "（苏）xk06-001-00042", region: "320000", ..OK },
            Case { number: "(黔)XK06-001-00042", region: "520100", ..OK },
            Case { status: Some(LicenseStatus::Suspended), expected: Ok(LicenseStatus::Suspended), ..OK },
            Case { status: Some(LicenseStatus::Valid), ..OK },
            Case { expires_on: Some("2028-12-31"), ..OK },
            Case {
                number: "(沪)XK06-001-00042",
                expected: Err(vec![("number", ErrorCode::LicenseProvinceMismatch)]),
                ..OK
            },
            Case {
                number: "(京)XK06-001-00042",
                region: "000000",
                expected: Err(vec![("number", ErrorCode::LicenseProvinceMismatch)]),
                ..OK
            },
            Case {
                status: Some(LicenseStatus::Revoked),
                expected: Err(vec![("status", ErrorCode::IllegalStatusTransition)]),
                ..OK
            },
            Case {
                status: Some(LicenseStatus::Cancelled),
                expected: Err(vec![("status", ErrorCode::IllegalStatusTransition)]),
                ..OK
            },
            Case {
                status: Some(LicenseStatus::Expired),
                expected: Err(vec![("status", ErrorCode::IllegalStatusTransition)]),
                ..OK
            },
            Case {
                expires_on: Some("2029-01-01"),
                expected: Err(vec![("expiresOn", ErrorCode::ValidityTooLong)]),
                ..OK
            },
            Case {
                number: "XK13-005-00042",
                expected: Err(vec![("number", ErrorCode::LicenseCategoryMismatch)]),
                ..OK
            },
            Case {
                product_unit: "聚氯乙烯绝缘电缆",
                expected: Err(vec![("productUnit", ErrorCode::ProductUnitNotInIndustry)]),
                ..OK
            },
            Case {
                number: "(沪)XK13-005-00042",
                product_unit: "复混肥料",
                expected: Err(vec![
                    ("number", ErrorCode::LicenseProvinceMismatch),
                    ("number", ErrorCode::LicenseCategoryMismatch),
                    ("productUnit", ErrorCode::ProductUnitNotInIndustry),
                ]),
                ..OK
            },
            // A plugin that declares no category: any category is accepted.
            Case { number: "XK99-999-00001", industry: "old-plugin", product_unit: "旧产品", ..OK },
            Case {
                industry: "electric-blanket",
                product_unit: "电热毯",
                expected: Err(vec![("productUnit", ErrorCode::ProductUnitNotInIndustry)]),
                ..OK
            },
            Case {
                number: "XK13",
                industry: "toys",
                product_unit: " ",
                expires_on: Some("2023-01-01"),
                status: Some(LicenseStatus::Expired),
                region: "320102",
                expected: Err(vec![
                    ("number", ErrorCode::InvalidLicenseNumber),
                    ("industry", ErrorCode::UnknownIndustry),
                    ("productUnit", ErrorCode::InvalidText),
                    ("expiresOn", ErrorCode::InvalidDateRange),
                    ("status", ErrorCode::IllegalStatusTransition),
                ]),
            },
        ];
        for case in cases {
            check(case);
        }
    }

    #[test]
    fn mismatch_message() {
        let region = RegionCode::parse("330102").unwrap();
        let errors = NewLicense::parse(
            &crate::industry::tests::catalogue(),
            "(苏)XK06-001-00042",
            "wire-cable",
            "电线电缆",
            date("2024-01-01"),
            None,
            None,
            &region,
        )
        .unwrap_err();
        assert_eq!(
            errors.to_string(),
            "number: the prefix (苏) names 江苏省 but the enterprise is in 浙江省 (330102)"
        );
    }

    #[test]
    fn reason() {
        fn check(s: &str, expected: Result<&str, ErrorCode>) {
            let actual = parse_reason(s);
            assert_eq!(actual.as_ref().map(String::as_str).map_err(|e| e.code), expected, "{s:?}");
            if let Err(error) = actual {
                assert_eq!(error.field, "reason");
            }
        }
        let five_hundred = "因".repeat(500);
        let five_hundred_and_one = "因".repeat(501);
        let cases = [
            ("  整改完成 ", Ok("整改完成")),
            ("第一条\n第二条", Ok("第一条\n第二条")),
            (five_hundred.as_str(), Ok(five_hundred.as_str())),
            (five_hundred_and_one.as_str(), Err(ErrorCode::InvalidText)),
            ("", Err(ErrorCode::InvalidText)),
            ("a\0", Err(ErrorCode::InvalidText)),
        ];
        for (s, expected) in cases {
            check(s, expected);
        }
    }
}

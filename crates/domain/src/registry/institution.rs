//! Testing institutions (承检机构) and their accreditation: the CMA (检验检测机构资质认定) and CNAS
//! (中国合格评定国家认可委员会) numbers, the period the accreditation is valid and the industries in
//! its scope. A designation for an industry and a period needs an active institution accredited
//! for that industry over the whole period.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, FieldError, ValidationErrors};
use crate::industry::IndustryCatalogue;
use crate::registry::officer::parse_industries;

crate::stored_enum! {
    /// Whether an institution may be designated.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum InstitutionStatus {
        Active = "active",
        /// Suspended with a reason (accreditation withdrawn, misconduct): not designated again.
        Suspended = "suspended",
    }
}

/// An accreditation as the client sent it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawAccreditation {
    pub cma_number: Option<String>,
    pub cnas_number: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub industries: Vec<String>,
    /// Marks a national testing centre (国家产品质量检验检测中心): designated by a province
    /// wherever it is seated (ADR 0009 decision 21); only the national authority marks it.
    pub national_centre: bool,
}

/// A parsed accreditation: at least one of the numbers, an ordered validity, one industry or more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Accreditation {
    pub cma_number: Option<String>,
    pub cnas_number: Option<String>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub industries: Vec<String>,
    /// A national testing centre (国家产品质量检验检测中心): may be designated by a province
    /// outside its seat (ADR 0009 decision 21). Stored inside the accreditation's JSON, absent
    /// (false) in accreditations recorded before it.
    #[serde(default)]
    pub national_centre: bool,
}

/// An accreditation number: 4–32 ASCII letters, digits or hyphens (CMA numbers are 12 digits,
/// CNAS laboratory numbers `L` and digits; both are kept as written, spaces removed).
fn parse_number(field: &'static str, s: &str) -> Result<Option<String>, FieldError> {
    let number: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if number.is_empty() {
        return Ok(None);
    }
    if !(4..=32).contains(&number.len()) || !number.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(FieldError::new(
            ErrorCode::InvalidAccreditation,
            field,
            format!("'{s}' is not an accreditation number: 4 to 32 ASCII letters, digits or hyphens"),
        ));
    }
    Ok(Some(number))
}

impl Accreditation {
    /// Parses every field, reporting every bad one; the industries are codes of the `catalogue`.
    pub fn parse(
        catalogue: &IndustryCatalogue,
        raw: &RawAccreditation,
    ) -> Result<Accreditation, ValidationErrors> {
        let mut errors = Vec::new();
        let mut take =
            |result: Result<Option<String>, FieldError>| result.map_err(|e| errors.push(e)).ok().flatten();
        let cma_number = take(raw.cma_number.as_deref().map_or(Ok(None), |s| parse_number("cmaNumber", s)));
        let cnas_number =
            take(raw.cnas_number.as_deref().map_or(Ok(None), |s| parse_number("cnasNumber", s)));
        let refuse = |field, message: &str| FieldError::new(ErrorCode::InvalidAccreditation, field, message);
        if cma_number.is_none() && cnas_number.is_none() && errors.is_empty() {
            errors
                .push(refuse("cmaNumber", "an accreditation needs its CMA number, its CNAS number or both"));
        }
        let (Some(valid_from), Some(valid_until)) = (raw.valid_from, raw.valid_until) else {
            errors.push(refuse("validFrom", "an accreditation needs the first and the last day it is valid"));
            return Err(ValidationErrors(errors));
        };
        if valid_until < valid_from {
            errors.push(FieldError::new(
                ErrorCode::InvalidDateRange,
                "validUntil",
                format!("the accreditation ends ({valid_until}) before it starts ({valid_from})"),
            ));
        }
        let industries = match parse_industries(catalogue, &raw.industries) {
            Ok(industries) if industries.is_empty() => {
                errors.push(refuse("industries", "an accreditation covers one industry or more"));
                Vec::new()
            }
            Ok(industries) => industries,
            Err(error) => {
                errors.push(error);
                Vec::new()
            }
        };
        if !errors.is_empty() {
            return Err(ValidationErrors(errors));
        }
        let national_centre = raw.national_centre;
        Ok(Accreditation { cma_number, cnas_number, valid_from, valid_until, industries, national_centre })
    }
}

/// A testing institution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    pub status: InstitutionStatus,
    /// `None` for an institution entered before accreditations were recorded.
    pub accreditation: Option<Accreditation>,
    pub suspension_reason: Option<String>,
    pub suspended_at: Option<DateTime<Utc>>,
}

/// Why an institution refuses a change or a designation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstitutionRefused {
    #[error("the institution is suspended")]
    Suspended,
    #[error("the institution has no accreditation on record")]
    NotAccredited,
    #[error("the institution's accreditation does not cover {industry}")]
    OutsideScope { industry: String },
    #[error(
        "the institution's accreditation is valid from {accredited_from} to {accredited_until}, not over the whole designation"
    )]
    OutsideValidity { accredited_from: NaiveDate, accredited_until: NaiveDate },
}

impl Institution {
    /// The institution with a new accreditation; a suspended one is not changed.
    pub fn accredit(&self, accreditation: Accreditation) -> Result<Institution, InstitutionRefused> {
        if self.status == InstitutionStatus::Suspended {
            return Err(InstitutionRefused::Suspended);
        }
        Ok(Institution { accreditation: Some(accreditation), ..self.clone() })
    }

    /// The institution suspended for `reason` at `at`; once only.
    pub fn suspend(&self, reason: String, at: DateTime<Utc>) -> Result<Institution, InstitutionRefused> {
        if self.status == InstitutionStatus::Suspended {
            return Err(InstitutionRefused::Suspended);
        }
        Ok(Institution {
            status: InstitutionStatus::Suspended,
            suspension_reason: Some(reason),
            suspended_at: Some(at),
            ..self.clone()
        })
    }

    /// Whether it may be designated for `industry` from `from` to `until`: active, accredited for
    /// the industry, over the whole period.
    pub fn check_designation(
        &self,
        industry: &str,
        from: NaiveDate,
        until: NaiveDate,
    ) -> Result<(), InstitutionRefused> {
        if self.status == InstitutionStatus::Suspended {
            return Err(InstitutionRefused::Suspended);
        }
        let accreditation = self.accreditation.as_ref().ok_or(InstitutionRefused::NotAccredited)?;
        if !accreditation.industries.iter().any(|code| code == industry) {
            return Err(InstitutionRefused::OutsideScope { industry: industry.to_owned() });
        }
        if from < accreditation.valid_from || accreditation.valid_until < until {
            return Err(InstitutionRefused::OutsideValidity {
                accredited_from: accreditation.valid_from,
                accredited_until: accreditation.valid_until,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn accreditation() -> Accreditation {
        Accreditation {
            cma_number: Some("201932000123".to_owned()),
            cnas_number: None,
            valid_from: date("2026-01-01"),
            valid_until: date("2028-12-31"),
            industries: vec!["wire-cable".to_owned()],
            national_centre: false,
        }
    }

    fn institution(status: InstitutionStatus, accreditation: Option<Accreditation>) -> Institution {
        Institution { status, accreditation, suspension_reason: None, suspended_at: None }
    }

    #[test]
    fn accreditations_parse_every_field() {
        let raw = RawAccreditation {
            cma_number: Some(" 2019 3200 0123 ".to_owned()),
            cnas_number: Some("".to_owned()),
            valid_from: Some(date("2026-01-01")),
            valid_until: Some(date("2028-12-31")),
            industries: vec!["wire-cable".to_owned()],
            national_centre: false,
        };
        assert_eq!(
            Accreditation::parse(&crate::industry::tests::catalogue(), &raw).unwrap(),
            accreditation()
        );
        let national = RawAccreditation { national_centre: true, ..raw.clone() };
        assert!(
            Accreditation::parse(&crate::industry::tests::catalogue(), &national).unwrap().national_centre
        );
        // An accreditation stored before the mark existed reads as no national centre.
        let stored = r#"{"cmaNumber":"201932000123","cnasNumber":null,"validFrom":"2026-01-01","validUntil":"2028-12-31","industries":["wire-cable"]}"#;
        assert_eq!(serde_json::from_str::<Accreditation>(stored).unwrap(), accreditation());
        let bad = RawAccreditation {
            cma_number: None,
            cnas_number: None,
            valid_from: Some(date("2026-01-01")),
            valid_until: Some(date("2025-12-31")),
            industries: vec!["toys".to_owned()],
            national_centre: false,
        };
        let errors = Accreditation::parse(&crate::industry::tests::catalogue(), &bad).unwrap_err();
        let fields: Vec<(&str, ErrorCode)> = errors.0.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("cmaNumber", ErrorCode::InvalidAccreditation),
                ("validUntil", ErrorCode::InvalidDateRange),
                ("industries", ErrorCode::UnknownIndustry),
            ]
        );
        let empty = RawAccreditation { cnas_number: Some("L1234".to_owned()), ..Default::default() };
        assert_eq!(
            Accreditation::parse(&crate::industry::tests::catalogue(), &empty).unwrap_err().codes(),
            [ErrorCode::InvalidAccreditation]
        );
    }

    /// Every status × every transition.
    #[test]
    fn transitions_all_pairs() {
        let at = DateTime::parse_from_rfc3339("2026-12-03T08:00:00Z").unwrap().with_timezone(&Utc);
        for (status, expected) in [(InstitutionStatus::Active, true), (InstitutionStatus::Suspended, false)] {
            let current = institution(status, None);
            assert_eq!(current.accredit(accreditation()).is_ok(), expected, "{status:?} accredit");
            let suspended = current.suspend("资质被撤销".to_owned(), at);
            assert_eq!(
                suspended.as_ref().map(|i| i.status).ok(),
                expected.then_some(InstitutionStatus::Suspended)
            );
        }
    }

    #[test]
    fn designations_need_scope_and_validity() {
        let active = institution(InstitutionStatus::Active, Some(accreditation()));
        let cases = [
            (&active, "wire-cable", "2026-06-01", "2027-05-31", Ok(())),
            (
                &active,
                "pesticide",
                "2026-06-01",
                "2027-05-31",
                Err(InstitutionRefused::OutsideScope { industry: "pesticide".to_owned() }),
            ),
            (
                &active,
                "wire-cable",
                "2025-12-31",
                "2027-05-31",
                Err(InstitutionRefused::OutsideValidity {
                    accredited_from: date("2026-01-01"),
                    accredited_until: date("2028-12-31"),
                }),
            ),
            (
                &active,
                "wire-cable",
                "2026-06-01",
                "2029-01-01",
                Err(InstitutionRefused::OutsideValidity {
                    accredited_from: date("2026-01-01"),
                    accredited_until: date("2028-12-31"),
                }),
            ),
        ];
        for (institution, industry, from, until, expected) in cases {
            assert_eq!(
                institution.check_designation(industry, date(from), date(until)),
                expected,
                "{industry} {from}–{until}"
            );
        }
        let suspended = institution(InstitutionStatus::Suspended, Some(accreditation()));
        assert_eq!(
            suspended.check_designation("wire-cable", date("2026-06-01"), date("2027-05-31")),
            Err(InstitutionRefused::Suspended)
        );
        let unaccredited = institution(InstitutionStatus::Active, None);
        assert_eq!(
            unaccredited.check_designation("wire-cable", date("2026-06-01"), date("2027-05-31")),
            Err(InstitutionRefused::NotAccredited)
        );
    }
}

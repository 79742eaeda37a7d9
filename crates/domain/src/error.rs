//! Field-level validation errors with stable machine codes, shared by every parser in the crate.

use serde::Serialize;

/// A field-level validation failure with a stable machine code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    pub code: ErrorCode,
    /// The input field as the API names it (camelCase), so clients can point at it.
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(code: ErrorCode, field: &'static str, message: impl Into<String>) -> FieldError {
        FieldError { code, field, message: message.into() }
    }
}

crate::stored_enum! {
    /// The machine-readable reason of a [`FieldError`].
    ///
    /// The string form (`as_str`) reaches clients as `extensions.code`; it is a public contract and
    /// must never be renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum ErrorCode {
        InvalidCreditCode = "INVALID_CREDIT_CODE",
        InvalidLicenseNumber = "INVALID_LICENSE_NUMBER",
        InvalidRegionCode = "INVALID_REGION_CODE",
        UnknownRegion = "UNKNOWN_REGION",
        InvalidText = "INVALID_TEXT",
        InvalidDateRange = "INVALID_DATE_RANGE",
        ValidityTooLong = "VALIDITY_TOO_LONG",
        UnknownIndustry = "UNKNOWN_INDUSTRY",
        IllegalStatusTransition = "ILLEGAL_STATUS_TRANSITION",
        LicenseProvinceMismatch = "LICENSE_PROVINCE_MISMATCH",
        InvalidAuthorityParent = "INVALID_AUTHORITY_PARENT",
        InvalidScale = "INVALID_SCALE",
        /// A working-day calendar year outside 2000–2100.
        InvalidCalendarYear = "INVALID_CALENDAR_YEAR",
        /// A holiday or make-up day that is not in the year being set.
        CalendarDateOutsideYear = "CALENDAR_DATE_OUTSIDE_YEAR",
        /// A date listed twice in the same list.
        CalendarDateRepeated = "CALENDAR_DATE_REPEATED",
        /// A date listed both as a holiday and as a make-up working day.
        CalendarDateBothKinds = "CALENDAR_DATE_BOTH_KINDS",
        /// A make-up working day (调休上班) on a weekday.
        MakeupDayNotWeekend = "MAKEUP_DAY_NOT_WEEKEND",
        /// A badge number (执法证号) that is not 4–32 ASCII letters, digits or hyphens.
        InvalidBadgeNumber = "INVALID_BADGE_NUMBER",
        /// An authority seated at a placeholder division (市辖区, 省直辖县级行政区划 …), where no
        /// government sits.
        InvalidAuthorityRegion = "INVALID_AUTHORITY_REGION",
        /// A closing authority's successor that is itself, closed, or of another level.
        InvalidSuccessor = "INVALID_SUCCESSOR",
        /// An accreditation without a CMA or CNAS number, with a malformed number, without its
        /// validity or without an industry.
        InvalidAccreditation = "INVALID_ACCREDITATION",
        /// A checklist item code that is neither a base item of §二(三) nor one of the industry's
        /// self-inspection items.
        UnknownChecklistItem = "UNKNOWN_CHECKLIST_ITEM",
        /// A self-inspection report submitted with items unanswered, a note or statement missing.
        ReportIncomplete = "REPORT_INCOMPLETE",
        /// A self-inspection report whose answers contradict each other.
        ReportInconsistent = "REPORT_INCONSISTENT",
        /// A license number whose category (XK13-005) the industry does not declare.
        LicenseCategoryMismatch = "LICENSE_CATEGORY_MISMATCH",
        /// A product unit (产品单元) the license's industry does not declare.
        ProductUnitNotInIndustry = "PRODUCT_UNIT_NOT_IN_INDUSTRY",
        /// An unlicensed-production case's finding, producer or step that does not hold
        /// together (a patrol source without its patrol, a finding dated in the future …).
        InvalidUnlicensedCase = "INVALID_UNLICENSED_CASE",
        /// A number of working days outside what the deadline allows (a supervision order's 1–60,
        /// docs/adr/0035).
        InvalidWorkingDays = "INVALID_WORKING_DAYS",
        /// A campaign's specification: no industry or region, a region outside the opener's
        /// jurisdiction or inside another one named, a period reversed, longer than twelve
        /// months or over, a factor outside 2–4 (docs/adr/0038).
        InvalidCampaign = "INVALID_CAMPAIGN",
        /// A responsibility agreement's targets or year: no target, a kind twice, a threshold
        /// outside its unit, a year neither this one nor the next (docs/adr/0036).
        InvalidAgreement = "INVALID_AGREEMENT",
        /// A rectification meeting's input: title, place or day, the enterprises summoned, the
        /// attendance (every summoned enterprise once, an absence with its note), the minutes, a
        /// resolution's requirement or deadline (docs/adr/0038).
        InvalidRectificationMeeting = "INVALID_RECTIFICATION_MEETING",
        /// A commendation or accountability record's input: a measure of the other kind or a
        /// person's measure for a unit, no ground or more than twenty, a ground cited twice, a
        /// target kind missing or misplaced, an issue day before the draft or after today
        /// (docs/adr/0039).
        InvalidResponsibilityRecord = "INVALID_RESPONSIBILITY_RECORD",
        /// A periodic report's quarter that is not written as 2026Q3, has not ended, or is more
        /// than three years ago (docs/adr/0041).
        InvalidReportPeriod = "INVALID_REPORT_PERIOD",
        /// A periodic report's common fields: a quantity that is no plain decimal, negative or
        /// without a unit, a count out of range, incidents, complaints or a change of conditions
        /// without its description (docs/adr/0041).
        InvalidPeriodicReport = "INVALID_PERIODIC_REPORT",
        /// A periodic report's industry field: a code the plugin does not declare or given twice,
        /// a value of the wrong type, without or with another unit, negative, with too many
        /// decimal places, text too long (docs/adr/0041).
        InvalidReportField = "INVALID_REPORT_FIELD",
    }
}

/// Several field errors at once (an input object with many bad fields reports them all).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl std::fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl From<FieldError> for ValidationErrors {
    fn from(error: FieldError) -> ValidationErrors {
        ValidationErrors(vec![error])
    }
}

impl ValidationErrors {
    pub fn codes(&self) -> Vec<ErrorCode> {
        self.0.iter().map(|error| error.code).collect()
    }
}

/// Gathers the outcome of parsing each field so that one bad field does not hide the others.
#[derive(Debug, Default)]
pub(crate) struct Collector(Vec<FieldError>);

impl Collector {
    pub(crate) fn take<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    pub(crate) fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn into_errors(self) -> ValidationErrors {
        ValidationErrors(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_strings_match_serde_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()), "{code:?}");
            assert!(seen.insert(code.as_str()), "duplicate {code}");
        }
    }

    #[test]
    fn display() {
        fn check(errors: Vec<FieldError>, expected: &str) {
            assert_eq!(ValidationErrors(errors).to_string(), expected);
        }
        let name = FieldError::new(ErrorCode::InvalidText, "name", "is required");
        let region = FieldError::new(ErrorCode::UnknownRegion, "regionCode", "no such region");
        check(vec![], "");
        check(vec![name.clone()], "name: is required");
        check(vec![name, region], "name: is required; regionCode: no such region");
    }
}

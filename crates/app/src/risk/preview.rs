//! The what-if preview (issue 16 item 6): next year's compulsory tests per county and industry
//! under the frequency matrix in force and under a proposed one, from one grouped statement over
//! the licenses in force and their enterprises' current classes; nothing is saved.

use chrono::NaiveDate;
use oversight_domain::AuthorityId;
use oversight_domain::RegionCode;
use oversight_domain::risk::{FrequencyMatrix, RiskClass};
use oversight_domain::testing::due::TestScopes;
use oversight_storage::registry::authority;
use oversight_storage::risk as store;

use crate::{Action, App, AppError, AuthorityRecord, Code, Principal, Resource, allow};

/// One county's licenses of one industry and their tests a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewRow {
    /// The county's six-digit region code.
    pub county: String,
    pub industry: String,
    /// Licenses in force at the year's start, by class (A, B, C, D).
    pub by_class: [u64; 4],
    /// Tests a year under the matrix in force.
    pub tests_now: u64,
    /// Tests a year under the proposed matrix.
    pub tests_proposed: u64,
}

/// The preview of a year for an authority's jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrequencyPreview {
    pub authority: AuthorityRecord,
    pub year: i32,
    pub rows: Vec<PreviewRow>,
}

impl App {
    /// Previews `year`'s tests in the authority's jurisdiction under the proposed multipliers
    /// (A, B, C, D), beside the matrix in force.
    pub async fn frequency_preview(
        &self,
        principal: &Principal,
        authority_id: AuthorityId,
        year: i32,
        proposed: [(RiskClass, u32); 4],
    ) -> Result<FrequencyPreview, AppError> {
        let authority = authority::by_ids(&self.store, &[authority_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "authority" })?;
        allow(principal, Action::PreviewFrequencies, &Resource::Region(authority.region), "authority")?;
        let proposed = FrequencyMatrix::proposed(proposed).map_err(|class| {
            AppError::invalid(
                Code::InvalidFrequencyMatrix,
                format!("matrix.{}", class.as_str().to_lowercase()),
                format!("class {class}'s multiplier must be a whole number from 1 to 12"),
            )
        })?;
        let start = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| {
            AppError::invalid(
                Code::Domain(oversight_domain::ErrorCode::InvalidDateRange),
                "year",
                format!("no year {year}"),
            )
        })?;
        let counts = store::licenses_by_class(&self.store, &authority.region, start).await?;
        // "Now" is the matrix of each county's province in force on the year's first day.
        let book = self.rule_book(&self.store, start).await?;
        let mut rows: Vec<PreviewRow> = Vec::new();
        for count in counts {
            let scopes = self.test_scopes(&count.industry);
            let tests =
                |matrix: &FrequencyMatrix| tests_a_year(&scopes, matrix, count.class) * count.licenses;
            let county = RegionCode::parse(&count.county).ok();
            let now = &county.map_or(book.national(), |county| book.for_region(&county)).frequency;
            let (tests_now, tests_proposed) = (tests(now), tests(&proposed));
            let slot = RiskClass::ALL.iter().position(|c| *c == count.class).unwrap_or(0);
            match rows.last_mut() {
                Some(row) if row.county == count.county && row.industry == count.industry => {
                    row.by_class[slot] += count.licenses;
                    row.tests_now += tests_now;
                    row.tests_proposed += tests_proposed;
                }
                _ => {
                    let mut by_class = [0; 4];
                    by_class[slot] = count.licenses;
                    rows.push(PreviewRow {
                        county: count.county,
                        industry: count.industry,
                        by_class,
                        tests_now,
                        tests_proposed,
                    });
                }
            }
        }
        Ok(FrequencyPreview { authority, year, rows })
    }
}

/// One license's tests a year at its class: the sum over its industry's scopes (no recent
/// failure assumed: the preview plans the normal frequency).
fn tests_a_year(scopes: &TestScopes, matrix: &FrequencyMatrix, class: RiskClass) -> u64 {
    scopes.iter().map(|scope| u64::from(scope.times_per_year(false, matrix.factor(class)))).sum()
}

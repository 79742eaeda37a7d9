//! The what-if previews (issue 16 item 6): next year's compulsory tests per county and industry
//! under the rules in force and under a proposal — a frequency matrix (`frequency_preview`, one
//! grouped statement over the licenses in force and their enterprises' current classes) or a
//! province's draft rules (`rules_preview`, which also reclasses every enterprise of the
//! jurisdiction by the draft's model: the figures statement in batches, as the bulk recompute
//! reads them); nothing is saved.

use std::collections::HashMap;

use chrono::NaiveDate;
use oversight_domain::risk::{FrequencyMatrix, RiskClass};
use oversight_domain::rules::{ProvincialRules, RuleBook, RuleVersion, Settings};
use oversight_domain::testing::due::TestScopes;
use oversight_domain::{AuthorityId, EnterpriseId, RegionCode};
use oversight_storage::registry::authority;
use oversight_storage::risk::{self as store, RiskQuery, Selection};

use crate::{Action, App, AppError, AuthorityRecord, Code, Principal, Resource, allow};

/// Enterprises whose figures one statement of the rules preview reads.
const PREVIEW_BATCH: u64 = 5_000;

/// One county's licenses of one industry and their tests a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewRow {
    /// The county's six-digit region code.
    pub county: String,
    pub industry: String,
    /// Licenses in force at the year's start, by their enterprise's current class (A, B, C, D).
    pub by_class: [u64; 4],
    /// The same licenses by the class the proposal would give (the current one when the
    /// proposal changes no model).
    pub by_class_proposed: [u64; 4],
    /// Tests a year under the rules in force.
    pub tests_now: u64,
    /// Tests a year under the proposal.
    pub tests_proposed: u64,
}

/// The preview of a year for an authority's jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrequencyPreview {
    pub authority: AuthorityRecord,
    pub year: i32,
    pub rows: Vec<PreviewRow>,
}

/// Licenses of one county and industry at a class now and under the proposal.
struct Line {
    county: String,
    industry: String,
    now: RiskClass,
    proposed: RiskClass,
    licenses: u64,
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
        let (authority, start) = self.preview_of(principal, authority_id, year).await?;
        let proposed = FrequencyMatrix::proposed(proposed).map_err(|class| {
            AppError::invalid(
                Code::InvalidFrequencyMatrix,
                format!("matrix.{}", class.as_str().to_lowercase()),
                format!("class {class}'s multiplier must be a whole number from 1 to 12"),
            )
        })?;
        let counts = store::licenses_by_class(&self.store, &authority.region, start).await?;
        let book = self.rule_book(&self.store, start).await?;
        let lines = counts.into_iter().map(|count| Line {
            county: count.county,
            industry: count.industry,
            now: count.class,
            proposed: count.class,
            licenses: count.licenses,
        });
        let rows = self.preview_rows(lines, &book, |_| &proposed);
        Ok(FrequencyPreview { authority, year, rows })
    }

    /// Previews `year`'s tests in the authority's jurisdiction if its province's rules were
    /// `draft` (a version as `setProvincialRules` takes it, checked the same way): every
    /// enterprise reclassed today by the draft's model, its licenses tested by the draft's matrix,
    /// beside the classes and the rules in force. The authority must lie in a province.
    pub async fn rules_preview(
        &self,
        principal: &Principal,
        authority_id: AuthorityId,
        year: i32,
        draft: ProvincialRules,
    ) -> Result<FrequencyPreview, AppError> {
        let (authority, start) = self.preview_of(principal, authority_id, year).await?;
        let province = authority.region.province().ok_or_else(|| {
            AppError::invalid(
                Code::InvalidProvincialRules,
                "authority",
                "a province's rules are previewed for an authority of that province, not the nation",
            )
        })?;
        crate::rules::check_draft(&draft)?;
        let version =
            RuleVersion { province, version: 0, effective_from: start, rules: draft, reason: String::new() };
        let proposed = Settings::national().with(&version);
        let classes = self.proposed_classes(&authority.region, &proposed).await?;
        let licenses = store::licenses_by_enterprise(&self.store, &authority.region, start).await?;
        let book = self.rule_book(&self.store, start).await?;
        let lines = licenses.into_iter().map(|entry| Line {
            proposed: classes.get(&entry.enterprise_id).copied().unwrap_or(entry.class),
            county: entry.county,
            industry: entry.industry,
            now: entry.class,
            licenses: entry.licenses,
        });
        let rows = self.preview_rows(lines, &book, |_| &proposed.frequency);
        Ok(FrequencyPreview { authority, year, rows })
    }

    /// The authority previewed (the caller must supervise it) and the year's first day.
    async fn preview_of(
        &self,
        principal: &Principal,
        authority_id: AuthorityId,
        year: i32,
    ) -> Result<(AuthorityRecord, NaiveDate), AppError> {
        let authority = authority::by_ids(&self.store, &[authority_id])
            .await?
            .pop()
            .ok_or(AppError::NotFound { what: "authority" })?;
        allow(principal, Action::PreviewFrequencies, &Resource::Region(authority.region), "authority")?;
        let start = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| {
            AppError::invalid(
                Code::Domain(oversight_domain::ErrorCode::InvalidDateRange),
                "year",
                format!("no year {year}"),
            )
        })?;
        Ok((authority, start))
    }

    /// The class each enterprise of the region would have today under `proposed`'s model.
    async fn proposed_classes(
        &self,
        region: &RegionCode,
        proposed: &Settings,
    ) -> Result<HashMap<EnterpriseId, RiskClass>, AppError> {
        let today = self.today();
        let keys = self.key_industries();
        let query =
            RiskQuery { on: today, window_start: proposed.model.window_start(today), key_industries: &keys };
        let mut classes = HashMap::new();
        let mut after = 0;
        loop {
            let selection = Selection::Within { region, after, limit: PREVIEW_BATCH };
            let records = store::records(&self.store, selection, &query).await?;
            let Some(last) = records.last().map(|record| record.enterprise_id.get()) else { break };
            let done = (records.len() as u64) < PREVIEW_BATCH;
            for record in records {
                let inputs = record.inputs.with_last_check(record.last_checked_on, today);
                classes.insert(record.enterprise_id, proposed.model.assess(&inputs).class);
            }
            if done {
                break;
            }
            after = last;
        }
        Ok(classes)
    }

    /// The rows of a preview from its lines (ordered by county, then industry): "now" by the
    /// matrix of each county's province in force on the year's first day, "proposed" by
    /// `proposed`'s matrix for the county.
    fn preview_rows<'m>(
        &self,
        lines: impl Iterator<Item = Line>,
        book: &RuleBook,
        proposed: impl Fn(&str) -> &'m FrequencyMatrix,
    ) -> Vec<PreviewRow> {
        let mut rows: Vec<PreviewRow> = Vec::new();
        for line in lines {
            let scopes = self.test_scopes(&line.industry);
            let county = RegionCode::parse(&line.county).ok();
            let now = &county.map_or(book.national(), |county| book.for_region(&county)).frequency;
            let tests_now = tests_a_year(&scopes, now, line.now) * line.licenses;
            let tests_proposed = tests_a_year(&scopes, proposed(&line.county), line.proposed) * line.licenses;
            let slot = |class: RiskClass| RiskClass::ALL.iter().position(|c| *c == class).unwrap_or(0);
            let row = match rows.last_mut() {
                Some(row) if row.county == line.county && row.industry == line.industry => row,
                _ => {
                    rows.push(PreviewRow {
                        county: line.county.clone(),
                        industry: line.industry.clone(),
                        by_class: [0; 4],
                        by_class_proposed: [0; 4],
                        tests_now: 0,
                        tests_proposed: 0,
                    });
                    let Some(row) = rows.last_mut() else { continue };
                    row
                }
            };
            row.by_class[slot(line.now)] += line.licenses;
            row.by_class_proposed[slot(line.proposed)] += line.licenses;
            row.tests_now += tests_now;
            row.tests_proposed += tests_proposed;
        }
        rows
    }
}

/// One license's tests a year at its class: the sum over its industry's scopes (no recent
/// failure assumed: the preview plans the normal frequency).
fn tests_a_year(scopes: &TestScopes, matrix: &FrequencyMatrix, class: RiskClass) -> u64 {
    scopes.iter().map(|scope| u64::from(scope.times_per_year(false, matrix.factor(class)))).sum()
}

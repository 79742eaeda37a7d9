//! Provincial implementing rules (省级实施细则, issue 16 item 5, docs/adr/0032): a province's
//! leadership sets a version — only tightening the national defaults, in force from a day not
//! in the past —, everyone reads the rules in force for a place on a day, and every rule of the
//! product counts with the settings in force where and when it applies (`Work::settings_for`,
//! `App::rule_book`).

use chrono::NaiveDate;
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::registry::region::{RegionCode, RegionLevel};
use oversight_domain::rules::{self, ProvincialRules, RuleBook, RuleProblem, Settings};
use oversight_domain::text::parse_text;
use oversight_storage::Executor;
use oversight_storage::rules as store;
use serde_json::json;

use crate::error::FieldProblem;
use crate::work::Work;
use crate::{Action, App, AppError, Code, Principal, Resource, allow};

pub use oversight_storage::rules::StoredVersion;

/// The longest reason of a version, in characters.
const REASON_MAX_CHARS: usize = 500;

/// A version to set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetProvincialRules {
    /// The province (its six-digit code, 320000).
    pub province: RegionCode,
    /// The first day in force: today or later (rules are not changed after the fact).
    pub effective_from: NaiveDate,
    pub rules: ProvincialRules,
    /// Why (the province's document: 苏市监〔2027〕12号 …).
    pub reason: String,
}

/// The rules in force for a place on a day, and the national defaults beside them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesInForce {
    pub region: RegionCode,
    pub on: NaiveDate,
    pub settings: Settings,
    pub national: Settings,
}

impl App {
    /// The settings in force on `on` across the country (one statement).
    pub(crate) async fn rule_book(&self, x: &impl Executor, on: NaiveDate) -> Result<RuleBook, AppError> {
        Ok(RuleBook::new(&store::in_force_on(x, on).await?))
    }

    /// Sets a province's next version of its rules: its head or leader in charge; checked
    /// whole (every loosening named with the national value; nothing written when one is
    /// refused); audited with the version's settings.
    pub async fn set_provincial_rules(
        &self,
        principal: &Principal,
        input: SetProvincialRules,
    ) -> Result<StoredVersion, AppError> {
        allow(principal, Action::SetProvincialRules, &Resource::Region(input.province), "province")?;
        let reason = parse_text("reason", &input.reason, 1, REASON_MAX_CHARS, true)?;
        self.check_version(&input)?;
        let mut work = self.begin(principal, Operation::SetProvincialRules).await?;
        let now = work.now;
        let stored = store::append(
            work.tx(),
            input.province,
            input.effective_from,
            &input.rules,
            &reason,
            &principal.subject,
            now,
        )
        .await
        .map_err(|error| match error {
            oversight_storage::StorageError::Conflict(_) => AppError::refused(
                Code::ConcurrentModification,
                "province",
                "another version of this province's rules was set at the same moment; try again",
            ),
            other => other.into(),
        })?;
        work.touch([ObjectRef::provincial_rules(&input.province, stored.version.version)]);
        let after = json!({
            "province": input.province.as_str(),
            "version": stored.version.version,
            "effectiveFrom": input.effective_from.to_string(),
            "rules": input.rules,
            "reason": reason,
        });
        work.commit(None, Some(after)).await?;
        Ok(stored)
    }

    /// Checks a version before anything is written: a province, not in the past, tightening only.
    fn check_version(&self, input: &SetProvincialRules) -> Result<(), AppError> {
        let mut problems = Vec::new();
        if input.province.level() != RegionLevel::Province {
            problems.push(FieldProblem {
                code: Code::InvalidProvincialRules,
                field: "province".into(),
                message: format!("{} is not a province's code (320000 …)", input.province.as_str()),
            });
        }
        let today = self.today();
        if input.effective_from < today {
            problems.push(FieldProblem {
                code: Code::InvalidProvincialRules,
                field: "effectiveFrom".into(),
                message: format!(
                    "rules take effect from today ({today}) or later, not {}: what was counted stays counted",
                    input.effective_from
                ),
            });
        }
        let mut listed = draft_problems(&input.rules);
        listed.append(&mut problems);
        problems = listed;
        if problems.is_empty() { Ok(()) } else { Err(AppError::Invalid(problems)) }
    }

    /// The rules in force for a place on a day (today when none): everyone.
    pub async fn provincial_rules_in_force(
        &self,
        principal: &Principal,
        region: RegionCode,
        on: Option<NaiveDate>,
    ) -> Result<RulesInForce, AppError> {
        allow(principal, Action::ReadProvincialRules, &Resource::None, "provincial rules")?;
        let on = on.unwrap_or_else(|| self.today());
        let book = self.rule_book(&self.store, on).await?;
        Ok(RulesInForce {
            region,
            on,
            settings: book.for_region(&region).clone(),
            national: book.national().clone(),
        })
    }

    /// A province's versions, newest first: everyone.
    pub async fn provincial_rule_versions(
        &self,
        principal: &Principal,
        province: RegionCode,
    ) -> Result<Vec<StoredVersion>, AppError> {
        allow(principal, Action::ReadProvincialRules, &Resource::None, "provincial rules")?;
        let province = province.province().unwrap_or(province);
        Ok(store::history(&self.store, province).await?)
    }
}

/// Every problem of a draft version, loosenings first (so the error's code says what the
/// caller most needs to hear), each named by the setting's path in the input.
fn draft_problems(draft: &ProvincialRules) -> Vec<FieldProblem> {
    let Err(refused) = rules::check(draft, &Settings::national()) else { return Vec::new() };
    let (loosening, other): (Vec<RuleProblem>, Vec<RuleProblem>) =
        refused.into_iter().partition(|problem| matches!(problem, RuleProblem::Loosens { .. }));
    let field = |problem: &RuleProblem, code| FieldProblem {
        code,
        field: problem.setting().to_owned().into(),
        message: problem.message(),
    };
    let mut listed: Vec<FieldProblem> =
        loosening.iter().map(|problem| field(problem, Code::RuleLoosensNational)).collect();
    listed.extend(other.iter().map(|problem| field(problem, Code::InvalidProvincialRules)));
    listed
}

/// Checks a draft version as `setProvincialRules` does (the rules preview takes the same).
pub(crate) fn check_draft(draft: &ProvincialRules) -> Result<(), AppError> {
    let problems = draft_problems(draft);
    if problems.is_empty() { Ok(()) } else { Err(AppError::Invalid(problems)) }
}

impl Work<'_> {
    /// The settings in force today for a place (its province's version, else the national):
    /// one statement. Every deadline a mutation fixes is counted with these.
    pub(crate) async fn settings_for(&self, region: &RegionCode) -> Result<Settings, AppError> {
        Ok(self.rule_book().await?.for_region(region).clone())
    }

    /// The settings in force today across the country: read by the first rule of this mutation
    /// that needs them (one statement), then kept for the others.
    pub(crate) async fn rule_book(&self) -> Result<RuleBook, AppError> {
        if let Some(book) = self.rules().get() {
            return Ok(book.clone());
        }
        let book = self.app().rule_book(self.tx(), self.today).await?;
        Ok(self.rules().get_or_init(|| book).clone())
    }
}

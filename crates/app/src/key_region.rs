//! Key regions (重点地区, §三, docs/adr/0037): the counties of a jurisdiction judged from their
//! records on a day, and the patrol multipliers of those that are key, which the patrol plans'
//! targets read.

use chrono::NaiveDate;
use oversight_domain::ErrorCode;
use oversight_domain::access::{Denial, Scope};
use oversight_domain::key_region::{Assessment, PatrolFactors, assess, patrol_factors, window_start};
use oversight_domain::registry::region::RegionCode;
use oversight_domain::rules::RuleBook;
use oversight_storage::Executor;
use oversight_storage::key_region as store;

use crate::{Action, App, AppError, Code, Principal, Resource, allow};

impl App {
    /// The counties of `region` (the caller's whole jurisdiction when none) with anything to
    /// count, judged on `on` (today when none; never after today) against the thresholds of their
    /// province in force that day.
    pub async fn key_regions(
        &self,
        principal: &Principal,
        region: Option<RegionCode>,
        on: Option<NaiveDate>,
    ) -> Result<Vec<Assessment>, AppError> {
        allow(principal, Action::ReadKeyRegions, &Resource::None, "key regions")?;
        let scope = asked_scope(principal, region)?;
        let today = self.today();
        let on = on.unwrap_or(today);
        if on > today {
            return Err(AppError::invalid(
                Code::Domain(ErrorCode::InvalidDateRange),
                "on",
                format!("{on} is after today ({today}): a region is judged on its records so far"),
            ));
        }
        let book = self.rule_book(&self.store, on).await?;
        assessed(&self.store, &scope, on, &book).await
    }

    /// The multipliers of the key counties of `scope` on `on` (`book`: the rules in force that
    /// day), for the patrol targets there.
    pub(crate) async fn patrol_factors(
        &self,
        x: &impl Executor,
        scope: &Scope,
        on: NaiveDate,
        book: &RuleBook,
    ) -> Result<PatrolFactors, AppError> {
        Ok(patrol_factors(&assessed(x, scope, on, book).await?))
    }
}

/// The counties of `scope` judged on `on` by the thresholds of their province in `book`.
async fn assessed(
    x: &impl Executor,
    scope: &Scope,
    on: NaiveDate,
    book: &RuleBook,
) -> Result<Vec<Assessment>, AppError> {
    let figures = store::figures(x, scope, (window_start(on), on)).await?;
    Ok(figures.into_iter().map(|f| assess(f, book.for_region(&f.region).key_regions)).collect())
}

/// The caller's jurisdiction narrowed to `region`: a region outside it is refused.
fn asked_scope(principal: &Principal, region: Option<RegionCode>) -> Result<Scope, AppError> {
    // The access row admits officers and auditors only; an enterprise's scope is never a place.
    let scope = match oversight_domain::access::read_scope(principal) {
        Scope::Enterprise(_) => Scope::Nothing,
        scope => scope,
    };
    let Some(region) = region else { return Ok(scope) };
    match scope {
        Scope::Everything => Ok(Scope::Within(region)),
        Scope::Within(held) if held.contains(&region) => Ok(Scope::Within(region)),
        _ => Err(AppError::from(Denial::OutOfJurisdiction)),
    }
}

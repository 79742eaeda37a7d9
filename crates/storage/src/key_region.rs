//! The figures of key regions (重点地区, docs/adr/0037), per county-level region inside a scope,
//! in ONE statement: five grouped counts — licensed enterprises, periodic samples by their current
//! verdict, imported spot-check results, unlicensed producers, counterfeiting cases — joined by
//! UNION ALL, each row tagged with what it counts, merged here by region code.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use chrono::NaiveDate;
use oversight_domain::access::Scope;
use oversight_domain::enforcement::counterfeit::CaseStatus;
use oversight_domain::enforcement::unlicensed::UnlicensedStatus;
use oversight_domain::key_region::RegionFigures;
use oversight_domain::registry::license::LicenseStatus;
use oversight_domain::registry::region::RegionCode;
use oversight_domain::spot_check::Conclusion as SpotConclusion;
use oversight_domain::testing::judgment::Conclusion;
use sea_orm::{ConnectionTrait, DbBackend, Statement};

use crate::reporting::{count, periodic_samples, text};
use crate::sql::{Binds, enterprise_in_scope, place_in_scope};
use crate::{Executor, Result, StorageError};

/// Every county of `scope` with anything to count between `from` and `to` (licensees counted
/// on `to`), in region order.
pub async fn figures(
    x: &impl Executor,
    scope: &Scope,
    window: (NaiveDate, NaiveDate),
) -> Result<Vec<RegionFigures>> {
    let executor = x.executor();
    let statement = statement(executor.get_database_backend(), scope, window);
    let mut by_region: BTreeMap<String, RegionFigures> = BTreeMap::new();
    for row in executor.query_all_raw(statement).await? {
        let (kind, region, conclusion) = (text(&row, "kind")?, text(&row, "grp")?, text(&row, "conclusion")?);
        let n = count(&row)?;
        let figures = match by_region.entry(region) {
            Entry::Occupied(held) => held.into_mut(),
            Entry::Vacant(new) => {
                let figures = empty(new.key())?;
                new.insert(figures)
            }
        };
        add(figures, &kind, &conclusion, n)?;
    }
    Ok(by_region.into_values().collect())
}

/// The one statement of `figures` (public to the crate for the plan test, `test_db::sqlite_plans`).
pub(crate) fn statement(backend: DbBackend, scope: &Scope, window: (NaiveDate, NaiveDate)) -> Statement {
    let mut binds = Binds::new(backend);
    let parts = [
        licensed(&mut binds, scope, window.1),
        format!(
            "SELECT 'periodic' AS kind, e.region_code AS grp, v.conclusion AS conclusion, COUNT(*) AS n {} \
             GROUP BY e.region_code, v.conclusion",
            periodic_samples(&mut binds, scope, window)
        ),
        spot_checks(&mut binds, scope, window),
        unlicensed(&mut binds, scope, window),
        counterfeit(&mut binds, scope, window),
    ];
    Statement::from_sql_and_values(backend, parts.join(" UNION ALL "), binds.values)
}

fn empty(region: &str) -> Result<RegionFigures> {
    let region = RegionCode::parse(region)
        .map_err(|_| StorageError::corrupt("enterprise", format!("region code {region}")))?;
    Ok(RegionFigures {
        region,
        licensed: 0,
        checks_passed: 0,
        checks_failed: 0,
        unlicensed: 0,
        counterfeit: 0,
    })
}

/// Adds one tagged count to a county's figures.
fn add(figures: &mut RegionFigures, kind: &str, conclusion: &str, n: u64) -> Result<()> {
    match kind {
        "licensed" => figures.licensed += n,
        "unlicensed" => figures.unlicensed += n,
        "counterfeit" => figures.counterfeit += n,
        "periodic" => match Conclusion::parse(conclusion) {
            Some(Conclusion::NoNonconformityFound) => figures.checks_passed += n,
            Some(Conclusion::Nonconforming) => figures.checks_failed += n,
            // Neither a pass nor a failure (docs/adr/0015).
            Some(Conclusion::NotJudgeable) => {}
            None => return Err(StorageError::corrupt("test_verdict", format!("conclusion {conclusion}"))),
        },
        _ => match SpotConclusion::parse(conclusion) {
            Some(SpotConclusion::Pass) => figures.checks_passed += n,
            Some(SpotConclusion::Fail) => figures.checks_failed += n,
            None => return Err(StorageError::corrupt("spot_check_row", format!("conclusion {conclusion}"))),
        },
    }
    Ok(())
}

/// Enterprises holding a license in force on `on` (valid or suspended, not past its last day).
fn licensed(binds: &mut Binds, scope: &Scope, on: NaiveDate) -> String {
    let within = enterprise_in_scope(binds, scope, "e");
    let (valid, suspended) =
        (binds.push(LicenseStatus::Valid.as_str()), binds.push(LicenseStatus::Suspended.as_str()));
    let on = binds.push(on);
    format!(
        "SELECT 'licensed' AS kind, e.region_code AS grp, '' AS conclusion, COUNT(*) AS n FROM enterprise e \
         WHERE {within} AND EXISTS (SELECT 1 FROM license l WHERE l.enterprise_id = e.id \
           AND l.status IN ({valid}, {suspended}) AND l.expires_on >= {on}) \
         GROUP BY e.region_code"
    )
}

/// Imported spot-check results (监督抽查) sampled in the window, by conclusion.
fn spot_checks(binds: &mut Binds, scope: &Scope, (from, to): (NaiveDate, NaiveDate)) -> String {
    let within = enterprise_in_scope(binds, scope, "e");
    let (from, to) = (binds.push(from), binds.push(to));
    format!(
        "SELECT 'spot' AS kind, e.region_code AS grp, r.conclusion AS conclusion, COUNT(*) AS n \
         FROM spot_check_row r JOIN enterprise e ON e.id = r.enterprise_id \
         WHERE {within} AND r.sampling_date BETWEEN {from} AND {to} GROUP BY e.region_code, r.conclusion"
    )
}

/// Producers found without a license in the window, by the place of the producer: every case
/// but those since licensed (counted among the licensees) and those dismissed (no unlicensed
/// production after all).
fn unlicensed(binds: &mut Binds, scope: &Scope, (from, to): (NaiveDate, NaiveDate)) -> String {
    let within = place_in_scope(binds, scope, "u.region");
    let (licensed, dismissed) =
        (binds.push(UnlicensedStatus::Licensed.as_str()), binds.push(UnlicensedStatus::Dismissed.as_str()));
    let (from, to) = (binds.push(from), binds.push(to));
    format!(
        "SELECT 'unlicensed' AS kind, u.region AS grp, '' AS conclusion, COUNT(*) AS n FROM unlicensed_case u \
         WHERE {within} AND u.found_on BETWEEN {from} AND {to} AND u.status NOT IN ({licensed}, {dismissed}) \
         GROUP BY u.region"
    )
}

/// Malicious-counterfeiting cases opened in the window, by the region of the enterprise; a case
/// dismissed as opened in error is no counterfeiting (docs/adr/0034 decision 10), as a dismissed
/// unlicensed case is no unlicensed producer.
fn counterfeit(binds: &mut Binds, scope: &Scope, (from, to): (NaiveDate, NaiveDate)) -> String {
    let within = enterprise_in_scope(binds, scope, "e");
    let (from, to) = (binds.push(from), binds.push(to));
    let dismissed = binds.push(CaseStatus::Dismissed.as_str());
    format!(
        "SELECT 'counterfeit' AS kind, e.region_code AS grp, '' AS conclusion, COUNT(*) AS n \
         FROM counterfeit_case c JOIN enterprise e ON e.id = c.enterprise_id \
         WHERE {within} AND c.opened_on BETWEEN {from} AND {to} AND c.status <> {dismissed} \
         GROUP BY e.region_code"
    )
}

//! The judging itself: validate the whole request first (so bad input judges nothing), resolve the
//! edition in force and the requirement per item, apply the declared-value principles, call plugin
//! code once for all custom items, compare per GB/T 8170, and combine per the verdict mode.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::ENGINE_VERSION;
use super::rounding::{self, Mark, Rounding};
use super::types::*;

/// Runs a sample's custom rules in one batch (one FFI call for a plugin). Results come back in the
/// order of `calls`.
pub trait CustomEvaluator {
    fn evaluate(
        &self,
        variant: &Variant,
        sampling_date: NaiveDate,
        calls: &[CustomCall<'_>],
    ) -> Result<Vec<CustomResult>, String>;
}

/// For rule sets without plugin code: any custom rule is an error.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoCustomRules;

impl CustomEvaluator for NoCustomRules {
    fn evaluate(
        &self,
        _variant: &Variant,
        _sampling_date: NaiveDate,
        _calls: &[CustomCall<'_>],
    ) -> Result<Vec<CustomResult>, String> {
        Err("no plugin code is available for custom rules".to_owned())
    }
}

/// One item after validation, before comparison.
struct Prepared<'a> {
    item: &'a Item,
    standard: &'a Standard,
    edition: &'a Edition,
    measured: &'a MeasuredResult,
    /// `None` for textual items.
    value: Option<(Decimal, Mark)>,
    decision: Decision<'a>,
}

/// What the requirement and the declared-value principles decided for an item.
enum Decision<'a> {
    Limit {
        limit: AppliedLimit,
        source: LimitSource,
        note: &'static str,
        needs_verification: bool,
    },
    NotJudged {
        reason: String,
        needs_verification: bool,
    },
    Custom {
        requirement: usize,
        function: &'a str,
        params: &'a str,
        declared: Option<Decimal>,
        needs_verification: bool,
    },
}

/// Judges one sample. Deterministic: the output depends on the arguments only.
pub fn judge(
    rules: &RuleSet,
    request: &JudgeRequest,
    custom: &dyn CustomEvaluator,
) -> Result<Verdict, JudgeError> {
    let variant = rules.variants.get(&request.variant).ok_or_else(|| JudgeError::UnknownVariant {
        industry: request.industry.clone(),
        variant: request.variant.clone(),
    })?;
    if request.results.is_empty() && request.not_tested.is_empty() {
        return Err(JudgeError::NoResults);
    }
    check_not_tested(rules, request)?;
    for (code, text) in &request.declared {
        if !rules.items.contains_key(code) {
            return Err(JudgeError::BadDeclared {
                item: code.clone(),
                reason: "no such test item in this industry".to_owned(),
            });
        }
        parse_declared(code, text)?;
    }

    let mut prepared = Vec::with_capacity(request.results.len());
    for (code, measured) in &request.results {
        prepared.push(prepare(rules, variant, request, code, measured)?);
    }

    let mut calls = Vec::new();
    for entry in &prepared {
        if let (Decision::Custom { requirement, function, params, declared, .. }, Some((value, _))) =
            (&entry.decision, entry.value)
        {
            calls.push(CustomCall {
                item: entry.item,
                requirement: *requirement,
                function,
                params,
                value,
                measured: &entry.measured.value,
                unit: &entry.measured.unit,
                declared: *declared,
                conditions: &entry.measured.conditions,
            });
        }
    }
    let mut custom_results = if calls.is_empty() {
        Vec::new()
    } else {
        let results = custom.evaluate(variant, request.sampling_date, &calls).map_err(|message| {
            JudgeError::Custom { items: calls.iter().map(|call| call.item.code.clone()).collect(), message }
        })?;
        if results.len() != calls.len() {
            return Err(JudgeError::Custom {
                items: calls.iter().map(|call| call.item.code.clone()).collect(),
                message: format!("{} results returned for {} items", results.len(), calls.len()),
            });
        }
        results
    }
    .into_iter();

    let mut items = Vec::with_capacity(prepared.len() + request.not_tested.len());
    let mut editions = BTreeMap::new();
    let binding: BTreeSet<&str> =
        required_items(rules, variant, request).into_iter().map(|item| item.code.as_str()).collect();
    // Items that could not be judged although a requirement binds the sample: they leave the
    // verdict incomplete. A plugin function's "not judged" says its rule does not apply.
    let mut unjudged = 0u32;
    for entry in prepared {
        let custom_result = match entry.decision {
            Decision::Custom { .. } => custom_results.next(),
            _ => None,
        };
        let inapplicable = matches!(custom_result, Some(CustomResult::NotJudged { .. }));
        // `entry()` would allocate the key for every item; most items share a standard.
        if !editions.contains_key(&entry.standard.code) {
            editions.insert(entry.standard.code.clone(), entry.edition.edition.clone());
        }
        let verdict = conclude(entry, custom_result)?;
        if verdict.outcome == Outcome::NotJudged && !inapplicable && binding.contains(verdict.code.as_str()) {
            unjudged += 1;
        }
        items.push(verdict);
    }
    for (code, reason) in &request.not_tested {
        if let Some(item) = rules.items.get(code) {
            items.push(not_tested(item, reason));
        }
    }
    let missing_items = match request.coverage {
        Coverage::RequiredItems => binding
            .iter()
            .filter(|code| !request.results.contains_key(**code) && !request.not_tested.contains_key(**code))
            .map(|code| (*code).to_owned())
            .collect(),
        Coverage::ReportedItems => Vec::new(),
    };
    Ok(combine(rules, request, editions, items, Completeness { unjudged, missing_items }))
}

/// The items the profile requires of a sample of `request.variant` taken on its sampling date
/// (the unified items of §二(四)): those whose standard has an edition in force, with a
/// requirement for the variant under that edition, and whose standard binds the enterprise — a
/// mandatory one, or a recommended one it declared as its executive standard or declared a value
/// under. A tolerance rule binds only around a declared value: without one there is no limit to
/// meet (a sheath tolerance on a cable that has no sheath), and the item is not required.
pub fn required_items<'a>(rules: &'a RuleSet, variant: &Variant, request: &JudgeRequest) -> Vec<&'a Item> {
    rules
        .items
        .values()
        .filter(|item| {
            let Some(standard) = rules.standards.get(&item.standard) else {
                return false;
            };
            let Some(edition) = standard.edition_on(request.sampling_date) else {
                return false;
            };
            let binds = standard.nature == StandardNature::Mandatory
                || request.declared_standards.contains(&standard.code)
                || request.declared.contains_key(&item.code);
            let declared = request.declared.contains_key(&item.code);
            binds
                && requirement_for(item, variant, edition)
                    .is_some_and(|(_, r)| declared || !matches!(r.rule, Rule::Tolerance { .. }))
        })
        .collect()
}

/// The first requirement of `item` for the variant under the edition, with its index.
fn requirement_for<'a>(
    item: &'a Item,
    variant: &Variant,
    edition: &Edition,
) -> Option<(usize, &'a Requirement)> {
    item.requirements.iter().enumerate().find(|(_, requirement)| {
        (requirement.variants.is_empty() || requirement.variants.contains(&variant.code))
            && (requirement.editions.is_empty() || requirement.editions.contains(&edition.edition))
    })
}

/// Items declared not tested must be items of the industry, not also reported, with a reason.
fn check_not_tested(rules: &RuleSet, request: &JudgeRequest) -> Result<(), JudgeError> {
    for (code, reason) in &request.not_tested {
        let refusal = if !rules.items.contains_key(code) {
            "no such test item in this industry"
        } else if request.results.contains_key(code) {
            "reported both with a result and as not tested"
        } else if reason.trim().is_empty() {
            "a not-tested item needs its reason"
        } else {
            continue;
        };
        return Err(JudgeError::BadNotTested { item: code.clone(), reason: refusal.to_owned() });
    }
    Ok(())
}

/// The verdict of an item the laboratory did not test.
fn not_tested(item: &Item, reason: &str) -> ItemVerdict {
    ItemVerdict {
        code: item.code.clone(),
        name_zh: item.name_zh.clone(),
        severity: item.severity,
        retestable: item.retestable,
        outcome: Outcome::NotTested,
        measured: String::new(),
        unit: item.unit.clone(),
        value_judged: None,
        rounded_value: None,
        method: item.comparison,
        rounding: None,
        limit: None,
        limit_source: None,
        needs_verification: false,
        explanation: format!("not tested: {}", reason.trim()),
    }
}

fn parse_declared(code: &str, text: &str) -> Result<Decimal, JudgeError> {
    rounding::parse_decimal(text)
        .map_err(|error| JudgeError::BadDeclared { item: code.to_owned(), reason: error.to_string() })
}

fn prepare<'a>(
    rules: &'a RuleSet,
    variant: &Variant,
    request: &'a JudgeRequest,
    code: &str,
    measured: &'a MeasuredResult,
) -> Result<Prepared<'a>, JudgeError> {
    let item = rules.items.get(code).ok_or_else(|| JudgeError::UnknownItem { item: code.to_owned() })?;
    if measured.unit.trim() != item.unit {
        return Err(JudgeError::WrongUnit {
            item: code.to_owned(),
            expected: item.unit.clone(),
            got: measured.unit.clone(),
        });
    }
    let value = if item.textual {
        None
    } else {
        let (value, mark) = rounding::parse_reported(&measured.value)
            .map_err(|error| JudgeError::BadValue { item: code.to_owned(), reason: error.to_string() })?;
        if value.is_sign_negative() && !value.is_zero() && !item.allow_negative {
            return Err(JudgeError::NegativeValue { item: code.to_owned(), value: measured.value.clone() });
        }
        Some((value, mark))
    };
    let no_edition = || JudgeError::NoEditionInForce {
        item: code.to_owned(),
        standard: item.standard.clone(),
        date: request.sampling_date,
    };
    let standard = rules.standards.get(&item.standard).ok_or_else(no_edition)?;
    let edition = standard.edition_on(request.sampling_date).ok_or_else(no_edition)?;
    let declared = match request.declared.get(code) {
        Some(text) => Some(parse_declared(code, text)?),
        None => None,
    };
    let requirement = requirement_for(item, variant, edition);
    let decision = match requirement {
        None => Decision::NotJudged {
            reason: format!(
                "{} {} sets no requirement for variant {}",
                standard.code, edition.edition, variant.code
            ),
            needs_verification: false,
        },
        Some((index, requirement)) => decide(
            code,
            standard,
            edition,
            (index, requirement),
            variant,
            declared,
            request.declared_standards.contains(&standard.code),
        )?,
    };
    Ok(Prepared { item, standard, edition, measured, value, decision })
}

fn decide<'a>(
    code: &str,
    standard: &Standard,
    edition: &Edition,
    (index, requirement): (usize, &'a Requirement),
    variant: &Variant,
    declared: Option<Decimal>,
    standard_declared: bool,
) -> Result<Decision<'a>, JudgeError> {
    let needs_verification = requirement.needs_verification;
    let from_standard = || LimitSource::Standard {
        code: standard.code.clone(),
        edition: edition.edition.clone(),
        nature: standard.nature,
    };
    // §0.1 rule 4: an item only in a recommended standard, with nothing declared, is not judged.
    let unbound = standard.nature == StandardNature::Recommended && !standard_declared && declared.is_none();
    let not_judged_unbound = || Decision::NotJudged {
        reason: format!("only in recommended standard {} and nothing declared: not judged", standard.code),
        needs_verification,
    };
    let no_declared_here = || JudgeError::BadDeclared {
        item: code.to_owned(),
        reason: "a declared value applies only to min, max, table and tolerance rules".to_owned(),
    };
    let bound = |kind: BoundKind, limit: Decimal, needs_verification: bool| {
        let as_limit = |value: Decimal| match kind {
            BoundKind::Min => AppliedLimit { min: Some(value), ..AppliedLimit::default() },
            BoundKind::Max => AppliedLimit { max: Some(value), ..AppliedLimit::default() },
        };
        let Some(declared) = declared else {
            if unbound {
                return not_judged_unbound();
            }
            return Decision::Limit {
                limit: as_limit(limit),
                source: from_standard(),
                note: "limit of the standard",
                needs_verification,
            };
        };
        let stricter = match kind {
            BoundKind::Min => declared > limit,
            BoundKind::Max => declared < limit,
        };
        if stricter {
            Decision::Limit {
                limit: as_limit(declared),
                source: LimitSource::Declared { value: declared },
                note: "declared value stricter than the standard: the declaration is judged",
                needs_verification: false,
            }
        } else if declared == limit {
            Decision::Limit {
                limit: as_limit(limit),
                source: from_standard(),
                note: "declared value equals the standard limit",
                needs_verification,
            }
        } else if standard.nature == StandardNature::Mandatory {
            Decision::Limit {
                limit: as_limit(limit),
                source: from_standard(),
                note: "declared value looser than the mandatory standard: the standard is judged",
                needs_verification,
            }
        } else {
            Decision::Limit {
                limit: as_limit(declared),
                source: LimitSource::Declared { value: declared },
                note: "declared value looser than the recommended standard: the declaration is judged",
                needs_verification: false,
            }
        }
    };
    let fixed = |limit: AppliedLimit| -> Result<Decision<'a>, JudgeError> {
        if declared.is_some() {
            return Err(no_declared_here());
        }
        if unbound {
            return Ok(not_judged_unbound());
        }
        Ok(Decision::Limit {
            limit,
            source: from_standard(),
            note: "limit of the standard",
            needs_verification,
        })
    };
    match &requirement.rule {
        Rule::Min { value } => Ok(bound(BoundKind::Min, *value, needs_verification)),
        Rule::Max { value } => Ok(bound(BoundKind::Max, *value, needs_verification)),
        Rule::Table { keys, bound: kind, rows } => {
            let key: Option<Vec<&String>> = keys.iter().map(|key| variant.attributes.get(key)).collect();
            let row = key.as_ref().and_then(|key| {
                rows.iter()
                    .find(|row| row.key.len() == key.len() && row.key.iter().zip(key).all(|(a, b)| a == *b))
            });
            match row {
                Some(row) => Ok(bound(*kind, row.limit, needs_verification || row.needs_verification)),
                None => Ok(Decision::NotJudged {
                    reason: format!(
                        "the table of {} has no row for variant {} ({})",
                        standard.code,
                        variant.code,
                        keys.join(", ")
                    ),
                    needs_verification,
                }),
            }
        }
        Rule::Range { min, max } => {
            fixed(AppliedLimit { min: Some(*min), max: Some(*max), allowed: Vec::new() })
        }
        Rule::Equals { value } => {
            fixed(AppliedLimit { min: Some(*value), max: Some(*value), allowed: Vec::new() })
        }
        Rule::Enumeration { allowed } => {
            fixed(AppliedLimit { min: None, max: None, allowed: allowed.clone() })
        }
        Rule::Tolerance { below, above } => {
            let Some(declared) = declared else {
                return Ok(Decision::NotJudged {
                    reason: "a tolerance rule needs a declared value, and none was declared".to_owned(),
                    needs_verification,
                });
            };
            let deviation = |deviation: &Deviation| match deviation {
                Deviation::Absolute(amount) => *amount,
                Deviation::Percent(percent) => (declared * *percent / Decimal::ONE_HUNDRED).abs(),
            };
            Ok(Decision::Limit {
                limit: AppliedLimit {
                    min: below.as_ref().map(|d| declared - deviation(d)),
                    max: above.as_ref().map(|d| declared + deviation(d)),
                    allowed: Vec::new(),
                },
                source: from_standard(),
                note: "tolerance of the standard around the declared value",
                needs_verification,
            })
        }
        Rule::Custom { function, params } => {
            if unbound {
                return Ok(not_judged_unbound());
            }
            Ok(Decision::Custom { requirement: index, function, params, declared, needs_verification })
        }
    }
}

fn conclude(entry: Prepared<'_>, custom: Option<CustomResult>) -> Result<ItemVerdict, JudgeError> {
    let item = entry.item;
    let mut verdict = ItemVerdict {
        code: item.code.clone(),
        name_zh: item.name_zh.clone(),
        severity: item.severity,
        retestable: item.retestable,
        outcome: Outcome::NotJudged,
        measured: entry.measured.value.clone(),
        unit: entry.measured.unit.clone(),
        value_judged: None,
        rounded_value: None,
        method: item.comparison,
        rounding: None,
        limit: None,
        limit_source: None,
        needs_verification: false,
        explanation: String::new(),
    };
    let (value, limit, source, note, needs_verification) = match entry.decision {
        Decision::NotJudged { reason, needs_verification } => {
            verdict.needs_verification = needs_verification;
            verdict.explanation = reason;
            return Ok(verdict);
        }
        Decision::Limit { limit, source, note, needs_verification } => {
            (entry.value.map(|(value, _)| value), limit, source, Cow::Borrowed(note), needs_verification)
        }
        Decision::Custom { function, needs_verification, .. } => match custom {
            Some(CustomResult::Bounds { value, min, max, explanation }) => (
                value.or(entry.value.map(|(value, _)| value)),
                AppliedLimit { min, max, allowed: Vec::new() },
                LimitSource::PluginFunction {
                    function: function.to_owned(),
                    code: entry.standard.code.clone(),
                    edition: entry.edition.edition.clone(),
                },
                Cow::Owned(explanation),
                needs_verification,
            ),
            Some(CustomResult::NotJudged { reason }) => {
                verdict.needs_verification = needs_verification;
                verdict.explanation = reason;
                return Ok(verdict);
            }
            None => {
                return Err(JudgeError::Custom {
                    items: vec![item.code.clone()],
                    message: "no result returned for this item".to_owned(),
                });
            }
        },
    };
    verdict.needs_verification = needs_verification;
    let mark = entry.value.map_or(Mark::None, |(_, mark)| mark);
    let passed = match value {
        None => {
            let text = entry.measured.value.trim();
            let passed = limit.allowed.iter().any(|allowed| allowed == text);
            // Plain quoting, not `{:?}`: Debug-escaping Unicode is the costliest part of a judgment.
            let explanation = &mut verdict.explanation;
            let _ = write!(
                explanation,
                "result “{text}” {} ",
                if passed { "is one of" } else { "is not one of" }
            );
            for (index, allowed) in limit.allowed.iter().enumerate() {
                let separator = if index == 0 { "" } else { ", " };
                let _ = write!(explanation, "{separator}“{allowed}”");
            }
            let _ = write!(explanation, "; {note}");
            passed
        }
        Some(value) => {
            let (compared, passed) = match item.comparison {
                ComparisonMethod::RoundedValue => {
                    let rounding = item.rounding.unwrap_or_else(|| Rounding::places(limit_places(&limit)));
                    let rounded =
                        rounding::round(value, rounding, mark).map_err(|_| JudgeError::BadValue {
                            item: item.code.clone(),
                            reason: format!("{value} cannot be rounded at {rounding:?}"),
                        })?;
                    verdict.rounding = Some(rounding);
                    verdict.rounded_value = Some(rounded);
                    (rounded, within(rounded, Mark::None, &limit))
                }
                ComparisonMethod::WholeValue => (value, within(value, signed(value, mark), &limit)),
            };
            verdict.value_judged = Some(value);
            let method = match item.comparison {
                ComparisonMethod::RoundedValue => "rounded to",
                ComparisonMethod::WholeValue => "compared whole as",
            };
            // Built in place: explanations are on the hot path of every judgment.
            let explanation = &mut verdict.explanation;
            explanation.reserve(64 + note.len());
            let _ = write!(explanation, "{} {method} {compared}, required ", entry.measured.value.trim());
            describe(explanation, &limit);
            let _ = write!(explanation, ": {}; {note}", if passed { "pass" } else { "fail" });
            passed
        }
    };
    verdict.outcome = if passed { Outcome::Pass } else { Outcome::Fail };
    verdict.limit = Some(limit);
    verdict.limit_source = Some(source);
    Ok(verdict)
}

/// GB/T 8170 rounded-value comparison rounds to the position of the limit's last digit, as written
/// (2.0 has one place): decimals keep their scale from parsing, so trailing zeros count.
fn limit_places(limit: &AppliedLimit) -> i32 {
    let scale = |value: Option<Decimal>| value.map_or(0, |v| v.scale());
    let places = scale(limit.min).max(scale(limit.max));
    i32::try_from(places).unwrap_or(i32::MAX)
}

/// A (+)/(−) mark speaks of the absolute value (GB/T 8170 rounds negatives by absolute value):
/// on a negative value, (+) means the true value lay further below zero.
fn signed(value: Decimal, mark: Mark) -> Mark {
    if !value.is_sign_negative() || value.is_zero() {
        return mark;
    }
    match mark {
        Mark::Plus => Mark::Minus,
        Mark::Minus => Mark::Plus,
        Mark::None => Mark::None,
    }
}

/// Whether `value` meets the bounds. A (+)/(−) mark decides a value exactly on the limit: the true
/// value lay beyond (or within) it.
fn within(value: Decimal, mark: Mark, limit: &AppliedLimit) -> bool {
    let above_min = limit.min.is_none_or(|min| value > min || (value == min && mark != Mark::Minus));
    let below_max = limit.max.is_none_or(|max| value < max || (value == max && mark != Mark::Plus));
    above_min && below_max
}

fn describe(out: &mut String, limit: &AppliedLimit) {
    let _ = match (limit.min, limit.max) {
        (Some(min), Some(max)) if min == max => write!(out, "= {min}"),
        (Some(min), Some(max)) => write!(out, "{min} … {max}"),
        (Some(min), None) => write!(out, "≥ {min}"),
        (None, Some(max)) => write!(out, "≤ {max}"),
        (None, None) => write!(out, "no bound"),
    };
}

/// What the verdict failed to cover: required items not judged, and required items missing.
struct Completeness {
    unjudged: u32,
    missing_items: Vec<String>,
}

fn combine(
    rules: &RuleSet,
    request: &JudgeRequest,
    editions: BTreeMap<String, String>,
    items: Vec<ItemVerdict>,
    completeness: Completeness,
) -> Verdict {
    let mut failed = [0u32; 3];
    let (mut n_pass, mut n_fail, mut n_not_judged, mut n_not_tested) = (0, 0, 0, 0);
    for item in &items {
        match item.outcome {
            Outcome::Pass => n_pass += 1,
            Outcome::NotJudged => n_not_judged += 1,
            Outcome::NotTested => n_not_tested += 1,
            Outcome::Fail => {
                n_fail += 1;
                failed[item.severity as usize] += 1;
            }
        }
    }
    let [a, b, c] = failed;
    let nonconforming = match rules.verdict_mode {
        VerdictMode::AnyFail => n_fail > 0,
        VerdictMode::TypeTest { max_a, max_b, max_b_plus_c } => {
            a > max_a || b > max_b || b + c > max_b_plus_c
        }
    };
    // A found nonconformity stands whatever else is missing; otherwise an incomplete verdict
    // finds nothing either way, and so does one that judged no item at all.
    let incomplete = completeness.unjudged > 0
        || n_not_tested > 0
        || !completeness.missing_items.is_empty()
        || n_pass + n_fail == 0;
    let conclusion = if nonconforming {
        Conclusion::Nonconforming
    } else if incomplete {
        Conclusion::NotJudgeable
    } else {
        Conclusion::NoNonconformityFound
    };
    Verdict {
        industry: request.industry.clone(),
        plugin_id: rules.plugin_id.clone(),
        plugin_version: rules.plugin_version.clone(),
        engine_version: ENGINE_VERSION.to_owned(),
        variant: request.variant.clone(),
        sampling_date: request.sampling_date,
        editions,
        conclusion,
        conclusion_zh: conclusion.text_zh().to_owned(),
        serious: a > 0,
        n_pass,
        n_fail,
        n_not_judged,
        n_not_tested,
        missing_items: completeness.missing_items,
        items,
    }
}

//! Who may inspect an enterprise on a patrol or a follow-up visit: at least two officers (执法两人
//! 以上, as every inspection: `review::annual::MIN_INSPECTORS`), each active, seated in a
//! jurisdiction that holds the enterprise, qualified for its industry and not recused from it.

use std::collections::BTreeSet;

use crate::ids::{EnterpriseId, OfficerId};
use crate::registry::region::RegionCode;
pub use crate::review::annual::MIN_INSPECTORS;

/// What the directory says of one officer named on an inspection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InspectorFacts {
    pub id: OfficerId,
    pub active: bool,
    /// The region of the officer's authority (its seat): the jurisdiction they act in.
    pub seat: RegionCode,
    /// Industry codes the officer is qualified for; empty means none.
    pub industries: Vec<String>,
    /// Enterprises the officer is recused from (回避: kin, former employer …).
    pub recused_from: Vec<EnterpriseId>,
}

/// Why the officers named cannot inspect; each variant names the offending officers. Rules are
/// checked in the order of the variants and the first one broken is reported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InspectorsRefused {
    #[error(
        "an inspection needs at least {MIN_INSPECTORS} different officers (执法两人以上), not {n_officers}"
    )]
    TooFew { n_officers: usize },
    #[error("inactive officers cannot inspect: {}", ids(.0))]
    Inactive(Vec<OfficerId>),
    #[error("the enterprise is outside the jurisdiction of officers {}", ids(.0))]
    OutOfJurisdiction(Vec<OfficerId>),
    #[error("officers {} are not qualified for the industry {industry}", ids(.officers))]
    NotQualified { industry: String, officers: Vec<OfficerId> },
    #[error("officers {} are recused from the enterprise", ids(.0))]
    Recused(Vec<OfficerId>),
}

fn ids(officers: &[OfficerId]) -> String {
    officers.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// Checks the inspectors of an inspection of `enterprise_id` (in `enterprise_region`, of
/// `industry`); returns their distinct ids in ascending order. An officer named twice counts once.
pub fn check_inspectors(
    inspectors: &[InspectorFacts],
    enterprise_region: RegionCode,
    industry: &str,
    enterprise_id: EnterpriseId,
) -> Result<Vec<OfficerId>, InspectorsRefused> {
    let mut seen = BTreeSet::new();
    let distinct: Vec<&InspectorFacts> = inspectors.iter().filter(|facts| seen.insert(facts.id)).collect();
    if distinct.len() < MIN_INSPECTORS {
        return Err(InspectorsRefused::TooFew { n_officers: distinct.len() });
    }
    let offending = |broken: &dyn Fn(&InspectorFacts) -> bool| -> Option<Vec<OfficerId>> {
        let mut officers: Vec<OfficerId> =
            distinct.iter().filter(|facts| broken(facts)).map(|facts| facts.id).collect();
        officers.sort_unstable();
        (!officers.is_empty()).then_some(officers)
    };
    if let Some(officers) = offending(&|facts| !facts.active) {
        return Err(InspectorsRefused::Inactive(officers));
    }
    if let Some(officers) = offending(&|facts| !facts.seat.contains(&enterprise_region)) {
        return Err(InspectorsRefused::OutOfJurisdiction(officers));
    }
    if let Some(officers) = offending(&|facts| !facts.industries.iter().any(|code| code == industry)) {
        return Err(InspectorsRefused::NotQualified { industry: industry.to_owned(), officers });
    }
    if let Some(officers) = offending(&|facts| facts.recused_from.contains(&enterprise_id)) {
        return Err(InspectorsRefused::Recused(officers));
    }
    Ok(seen.into_iter().collect())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const INDUSTRY: &str = "wire-cable";
    const ENTERPRISE: EnterpriseId = EnterpriseId::new(9);

    fn region(code: &str) -> RegionCode {
        RegionCode::parse(code).unwrap()
    }

    /// A qualified, active officer seated in 南京市 (320100), recused from nothing.
    fn officer(id: i64) -> InspectorFacts {
        InspectorFacts {
            id: OfficerId::new(id),
            active: true,
            seat: region("320100"),
            industries: vec!["food".into(), INDUSTRY.into()],
            recused_from: vec![EnterpriseId::new(1)],
        }
    }

    fn officers(ids: &[i64]) -> Vec<OfficerId> {
        ids.iter().map(|&id| OfficerId::new(id)).collect()
    }

    type Case = (&'static str, Vec<InspectorFacts>, Result<Vec<OfficerId>, InspectorsRefused>);

    /// (case, inspectors, expected). The enterprise is in 南京市玄武区 (320102).
    #[test]
    fn every_rule_refuses_and_names_its_officers() {
        let with = |id: i64, edit: &dyn Fn(&mut InspectorFacts)| {
            let mut facts = officer(id);
            edit(&mut facts);
            facts
        };
        let cases: Vec<Case> = vec![
            ("two officers", vec![officer(2), officer(1)], Ok(officers(&[1, 2]))),
            (
                "three, one twice",
                vec![officer(3), officer(1), officer(3), officer(2)],
                Ok(officers(&[1, 2, 3])),
            ),
            ("nobody", vec![], Err(InspectorsRefused::TooFew { n_officers: 0 })),
            ("a single officer", vec![officer(1)], Err(InspectorsRefused::TooFew { n_officers: 1 })),
            (
                "one officer named twice",
                vec![officer(1), officer(1)],
                Err(InspectorsRefused::TooFew { n_officers: 1 }),
            ),
            (
                "inactive",
                vec![officer(1), with(2, &|f| f.active = false), with(3, &|f| f.active = false)],
                Err(InspectorsRefused::Inactive(officers(&[2, 3]))),
            ),
            (
                "seated in the province holds the county",
                vec![officer(1), with(2, &|f| f.seat = region("320000"))],
                Ok(officers(&[1, 2])),
            ),
            (
                "seated in the county itself",
                vec![officer(1), with(2, &|f| f.seat = region("320102"))],
                Ok(officers(&[1, 2])),
            ),
            (
                "seated in another city",
                vec![with(1, &|f| f.seat = region("320200")), officer(2)],
                Err(InspectorsRefused::OutOfJurisdiction(officers(&[1]))),
            ),
            (
                "seated in a sibling county",
                vec![officer(1), with(2, &|f| f.seat = region("320104"))],
                Err(InspectorsRefused::OutOfJurisdiction(officers(&[2]))),
            ),
            (
                "qualified for other industries",
                vec![officer(1), with(2, &|f| f.industries = vec!["food".into()])],
                Err(InspectorsRefused::NotQualified { industry: INDUSTRY.into(), officers: officers(&[2]) }),
            ),
            (
                "qualified for none",
                vec![with(1, &|f| f.industries.clear()), officer(2)],
                Err(InspectorsRefused::NotQualified { industry: INDUSTRY.into(), officers: officers(&[1]) }),
            ),
            (
                "recused",
                vec![officer(1), with(2, &|f| f.recused_from.push(ENTERPRISE))],
                Err(InspectorsRefused::Recused(officers(&[2]))),
            ),
            (
                "the first broken rule is reported",
                vec![with(1, &|f| f.recused_from.push(ENTERPRISE)), with(2, &|f| f.active = false)],
                Err(InspectorsRefused::Inactive(officers(&[2]))),
            ),
        ];
        for (case, inspectors, expected) in cases {
            assert_eq!(
                check_inspectors(&inspectors, region("320102"), INDUSTRY, ENTERPRISE),
                expected,
                "{case}"
            );
        }
    }

    #[test]
    fn the_refusal_says_which_officers() {
        let refused =
            InspectorsRefused::NotQualified { industry: INDUSTRY.into(), officers: officers(&[4, 7]) };
        assert_eq!(refused.to_string(), "officers 4, 7 are not qualified for the industry wire-cable");
    }
}

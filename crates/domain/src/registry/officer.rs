//! Officers (执法人员): the people behind the tokens, as a directory — name, badge number
//! (执法证号), the authority they serve, their responsibility tier (§四: 行政一把手, 分管领导,
//! 直接责任人), the industries they are qualified for, and whether they still serve. The
//! identity provider's subject (`sub`) ties a token to its officer.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::access::Tier;
use crate::error::{ErrorCode, FieldError};
use crate::ids::{AuthorityId, OfficerId};
use crate::industry::IndustryCatalogue;
use crate::text::parse_text;

crate::stored_enum! {
    /// Whether an officer still serves: an inactive officer's tokens are refused.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum OfficerStatus {
        Active = "active",
        /// Deactivated with a reason (left the service, lost the badge …); never reactivated.
        Inactive = "inactive",
    }
}

/// An officer's name as on the badge: 2–50 characters.
pub fn parse_officer_name(s: &str) -> Result<String, FieldError> {
    parse_text("name", s, 2, 50, false)
}

/// A badge number (执法证号): 4–32 ASCII letters, digits or hyphens, kept as given (trimmed).
pub fn parse_badge_number(s: &str) -> Result<String, FieldError> {
    let badge = s.trim();
    let n_chars = badge.chars().count();
    if !(4..=32).contains(&n_chars) || !badge.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(FieldError::new(
            ErrorCode::InvalidBadgeNumber,
            "badgeNumber",
            format!("'{badge}' is not a badge number: 4 to 32 ASCII letters, digits or hyphens"),
        ));
    }
    Ok(badge.to_owned())
}

/// The identity provider's subject (`sub`) of the officer's tokens: 1–200 characters.
pub fn parse_subject(s: &str) -> Result<String, FieldError> {
    parse_text("subject", s, 1, 200, false)
}

/// The industries an officer is qualified for: codes of the `catalogue`, without repeats, in the
/// order given. None is allowed (an officer not yet qualified for any).
pub fn parse_industries(catalogue: &IndustryCatalogue, codes: &[String]) -> Result<Vec<String>, FieldError> {
    let mut industries: Vec<String> = Vec::new();
    for code in codes {
        let industry = catalogue.find(code).map_err(|e| FieldError::new(e.code, "industries", e.message))?;
        if !industries.contains(&industry.code) {
            industries.push(industry.code.clone());
        }
    }
    Ok(industries)
}

/// An officer of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Officer {
    pub id: OfficerId,
    pub authority_id: AuthorityId,
    pub name: String,
    pub badge_number: String,
    /// The identity provider's subject of the officer's tokens (unique).
    pub subject: String,
    pub tier: Tier,
    /// Industry codes of the catalogue.
    pub industries: Vec<String>,
    pub status: OfficerStatus,
    pub deactivation_reason: Option<String>,
    pub deactivated_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What `updateOfficer` changes; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficerChanges {
    pub name: Option<String>,
    pub tier: Option<Tier>,
    pub industries: Option<Vec<String>>,
}

/// Why an officer's record refuses a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OfficerRefused {
    #[error("the officer is inactive; an inactive officer's record is kept as it was")]
    Inactive,
}

impl Officer {
    /// The record with `changes` applied, stamped `at`; an inactive officer is not changed.
    pub fn update(&self, changes: OfficerChanges, at: DateTime<Utc>) -> Result<Officer, OfficerRefused> {
        if self.status == OfficerStatus::Inactive {
            return Err(OfficerRefused::Inactive);
        }
        Ok(Officer {
            name: changes.name.unwrap_or_else(|| self.name.clone()),
            tier: changes.tier.unwrap_or(self.tier),
            industries: changes.industries.unwrap_or_else(|| self.industries.clone()),
            updated_at: at,
            ..self.clone()
        })
    }

    /// The record of the officer deactivated for `reason` at `at`; once only.
    pub fn deactivate(&self, reason: String, at: DateTime<Utc>) -> Result<Officer, OfficerRefused> {
        if self.status == OfficerStatus::Inactive {
            return Err(OfficerRefused::Inactive);
        }
        Ok(Officer {
            status: OfficerStatus::Inactive,
            deactivation_reason: Some(reason),
            deactivated_at: Some(at),
            updated_at: at,
            ..self.clone()
        })
    }

    /// The state the audit record keeps before and after a change.
    pub fn state(&self) -> serde_json::Value {
        serde_json::json!({
            "authorityId": self.authority_id,
            "name": self.name,
            "badgeNumber": self.badge_number,
            "subject": self.subject,
            "tier": self.tier.as_str(),
            "industries": self.industries,
            "status": self.status.as_str(),
            "deactivationReason": self.deactivation_reason,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn officer(status: OfficerStatus) -> Officer {
        let at = DateTime::parse_from_rfc3339("2026-12-01T08:00:00Z").unwrap().with_timezone(&Utc);
        Officer {
            id: OfficerId::new(1),
            authority_id: AuthorityId::new(2),
            name: "王建国".to_owned(),
            badge_number: "JS-0001".to_owned(),
            subject: "idp|wang".to_owned(),
            tier: Tier::Staff,
            industries: vec!["wire-cable".to_owned()],
            status,
            deactivation_reason: None,
            deactivated_at: None,
            created_at: at,
            updated_at: at,
        }
    }

    /// Every status × every transition: the next status, or the refusal.
    #[test]
    fn transitions_all_pairs() {
        let at = DateTime::parse_from_rfc3339("2026-12-02T08:00:00Z").unwrap().with_timezone(&Utc);
        let changes = OfficerChanges { tier: Some(Tier::Head), ..Default::default() };
        let cases = [
            (OfficerStatus::Active, "update", Ok(OfficerStatus::Active)),
            (OfficerStatus::Active, "deactivate", Ok(OfficerStatus::Inactive)),
            (OfficerStatus::Inactive, "update", Err(OfficerRefused::Inactive)),
            (OfficerStatus::Inactive, "deactivate", Err(OfficerRefused::Inactive)),
        ];
        for (from, transition, expected) in cases {
            let current = officer(from);
            let next = match transition {
                "update" => current.update(changes.clone(), at),
                _ => current.deactivate("调离".to_owned(), at),
            };
            assert_eq!(next.as_ref().map(|o| o.status).map_err(|e| *e), expected, "{from:?} {transition}");
            if let Ok(next) = next {
                assert_eq!(next.updated_at, at);
                assert_eq!(next.tier, if transition == "update" { Tier::Head } else { Tier::Staff });
            }
        }
    }

    #[test]
    fn badge_numbers() {
        let cases = [
            ("JS-0001", Some("JS-0001")),
            ("  32010200001 ", Some("32010200001")),
            ("abc", None),
            ("苏A0001", None),
            ("JS 0001", None),
            ("", None),
        ];
        for (input, expected) in cases {
            let got = parse_badge_number(input);
            assert_eq!(got.as_deref().ok(), expected, "{input:?}");
            if let Err(error) = got {
                assert_eq!((error.code, error.field), (ErrorCode::InvalidBadgeNumber, "badgeNumber"));
            }
        }
    }

    #[test]
    fn industries_are_catalogue_codes_without_repeats() {
        use crate::industry::tests::catalogue;
        let codes = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            parse_industries(&catalogue(), &codes(&["wire-cable", " pesticide", "wire-cable"])).unwrap(),
            codes(&["wire-cable", "pesticide"])
        );
        assert_eq!(parse_industries(&catalogue(), &[]).unwrap(), Vec::<String>::new());
        let error = parse_industries(&catalogue(), &codes(&["wire-cable", "toys"])).unwrap_err();
        assert_eq!((error.code, error.field), (ErrorCode::UnknownIndustry, "industries"));
    }
}

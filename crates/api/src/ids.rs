//! Opaque global IDs (`node(id:)`) and page cursors. Both are base64url text so
//! clients treat them as tokens; their inner form may change without notice.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use oversight_app::{
    ArchiveKey, AuthorityCursor, AuthorityOrder, Code, DesignationCursor, DesignationOrder, EnterpriseCursor,
    EnterpriseOrder, InstitutionCursor, InstitutionOrder, LicenseCursor, LicenseOrder, OfficerCursor,
    OfficerOrder, RectificationCursor, RectificationOrder, ReviewCursor, ReviewOrder, TaskCursor, TaskOrder,
};
use oversight_domain::{
    ArchiveEventId, AuthorityId, DesignationId, EnterpriseId, InstitutionId, LicenseId, OfficerId,
    RectificationId, ReviewId, TaskId, TypedId,
};

use crate::error::ApiError;

pub use crate::node::NodeType;

/// Encodes the global ID of an object.
pub fn global_id(node_type: NodeType, key: impl std::fmt::Display) -> async_graphql::ID {
    async_graphql::ID(URL_SAFE_NO_PAD.encode(format!("{}:{key}", node_type.as_str())))
}

/// Decodes a global ID into its type and key; anything malformed is `INVALID_ID`.
pub fn parse_global_id(id: &str) -> Result<(NodeType, String), ApiError> {
    let invalid = || ApiError::new(Code::InvalidId, "not an ID issued by this API").with_field("id");
    let bytes = URL_SAFE_NO_PAD.decode(id).map_err(|_| invalid())?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let (kind, key) = text.split_once(':').ok_or_else(invalid)?;
    let node_type = NodeType::parse(kind).ok_or_else(invalid)?;
    Ok((node_type, key.to_owned()))
}

/// Decodes a global ID that must be of `expected` type with a numeric key.
pub fn parse_numeric_id<K: TypedId>(
    id: &str,
    expected: NodeType,
    field: &'static str,
) -> Result<K, ApiError> {
    let invalid =
        || ApiError::new(Code::InvalidId, format!("not the ID of a {}", expected.as_str())).with_field(field);
    let (node_type, key) = parse_global_id(id).map_err(|_| invalid())?;
    if node_type != expected {
        return Err(invalid());
    }
    key.parse().map(K::from_key).map_err(|_| invalid())
}

/// Cursor of an id-ordered list.
pub fn id_cursor(id: impl std::fmt::Display) -> String {
    URL_SAFE_NO_PAD.encode(format!("i:{id}"))
}

pub fn parse_id_cursor(cursor: &str) -> Result<i64, ApiError> {
    decode_cursor(cursor)
        .and_then(|text| text.strip_prefix("i:").and_then(|id| id.parse().ok()))
        .ok_or_else(invalid_cursor)
}

/// Cursor of a report figure's drill-down: `r:<group>:<id>` (the group, a quarter or an
/// industry code, may be empty; the id is after the last colon).
pub fn record_cursor(key: &oversight_app::RecordKey) -> String {
    URL_SAFE_NO_PAD.encode(format!("r:{}:{}", key.group, key.id))
}

pub fn parse_record_cursor(cursor: &str) -> Result<oversight_app::RecordKey, ApiError> {
    let text = decode_cursor(cursor).ok_or_else(invalid_cursor)?;
    let (group, id) =
        text.strip_prefix("r:").and_then(|rest| rest.rsplit_once(':')).ok_or_else(invalid_cursor)?;
    let id = id.parse().map_err(|_| invalid_cursor())?;
    Ok(oversight_app::RecordKey { id, group: group.to_owned() })
}

/// Cursor of the archive feed: occurrence time (microseconds) and id.
pub fn archive_cursor(key: ArchiveKey) -> String {
    URL_SAFE_NO_PAD.encode(format!("a:{}:{}", key.occurred_at.timestamp_micros(), key.id))
}

pub fn parse_archive_cursor(cursor: &str) -> Result<ArchiveKey, ApiError> {
    decode_cursor(cursor)
        .and_then(|text| {
            let rest = text.strip_prefix("a:")?;
            let (micros, id) = rest.split_once(':')?;
            let occurred_at = DateTime::<Utc>::from_timestamp_micros(micros.parse().ok()?)?;
            Some(ArchiveKey { occurred_at, id: ArchiveEventId::new(id.parse().ok()?) })
        })
        .ok_or_else(invalid_cursor)
}

/// Cursor of a sorted registry list: `<list>:<tag>:<id>` in id order, `<list>:<tag>:<key>:<id>`
/// in another (the key may hold colons: the id is after the last one).
fn keyed_cursor(list: &str, tag: &str, key: Option<&str>, id: impl std::fmt::Display) -> String {
    let text = match key {
        None => format!("{list}:{tag}:{id}"),
        Some(key) => format!("{list}:{tag}:{key}:{id}"),
    };
    URL_SAFE_NO_PAD.encode(text)
}

/// Decodes a cursor of `keyed_cursor` for `list`: its tag, its key (empty in id order) and id.
fn parse_keyed_cursor(list: &str, cursor: &str) -> Option<(String, String, i64)> {
    let text = decode_cursor(cursor)?;
    let rest = text.strip_prefix(list)?.strip_prefix(':')?;
    let (tag, rest) = rest.split_once(':')?;
    let (key, id) = rest.rsplit_once(':').unwrap_or(("", rest));
    Some((tag.to_owned(), key.to_owned(), id.parse().ok()?))
}

/// Cursor of the reviews list in the order it was read: `v:i:<id>` in enrolment order,
/// `v:q:<microseconds>:<id>` by queue time.
pub fn review_cursor(cursor: &ReviewCursor) -> String {
    match cursor {
        ReviewCursor::Id(id) => keyed_cursor("v", "i", None, id),
        ReviewCursor::QueuedAt(at, id) => {
            keyed_cursor("v", "q", Some(&at.timestamp_micros().to_string()), id)
        }
    }
}

/// Decodes a reviews-list cursor, which must come from a list read in `order`.
pub fn parse_review_cursor(order: ReviewOrder) -> impl Fn(&str) -> Result<ReviewCursor, ApiError> {
    move |cursor| {
        parse_keyed_cursor("v", cursor)
            .and_then(|(tag, key, id)| {
                let id = ReviewId::new(id);
                match (order, tag.as_str()) {
                    (ReviewOrder::Id, "i") if key.is_empty() => Some(ReviewCursor::Id(id)),
                    (ReviewOrder::QueuedAt, "q") => {
                        let at = DateTime::<Utc>::from_timestamp_micros(key.parse().ok()?)?;
                        Some(ReviewCursor::QueuedAt(at, id))
                    }
                    _ => None,
                }
            })
            .ok_or_else(invalid_cursor)
    }
}

/// Cursor of the license list in the order it was read: `l:i:<id>`, `l:e:<date>:<id>` or
/// `l:n:<number>:<id>`.
pub fn license_cursor(cursor: &LicenseCursor) -> String {
    match cursor {
        LicenseCursor::Id(id) => keyed_cursor("l", "i", None, id),
        LicenseCursor::ExpiresOn(day, id) => keyed_cursor("l", "e", Some(&day.to_string()), id),
        LicenseCursor::Number(number, id) => keyed_cursor("l", "n", Some(number), id),
    }
}

/// Decodes a license-list cursor, which must come from a list read in `order`.
pub fn parse_license_cursor(order: LicenseOrder) -> impl Fn(&str) -> Result<LicenseCursor, ApiError> {
    move |cursor| {
        parse_keyed_cursor("l", cursor)
            .and_then(|(tag, key, id)| {
                let id = LicenseId::new(id);
                match (order, tag.as_str()) {
                    (LicenseOrder::Id, "i") if key.is_empty() => Some(LicenseCursor::Id(id)),
                    (LicenseOrder::ExpiresOn, "e") => Some(LicenseCursor::ExpiresOn(key.parse().ok()?, id)),
                    (LicenseOrder::Number, "n") if !key.is_empty() => Some(LicenseCursor::Number(key, id)),
                    _ => None,
                }
            })
            .ok_or_else(invalid_cursor)
    }
}

/// Cursor of the enterprise list in the order it was read: `e:i:<id>`, `e:n:<name>:<id>` or
/// `e:c:<credit code>:<id>`.
pub fn enterprise_cursor(cursor: &EnterpriseCursor) -> String {
    match cursor {
        EnterpriseCursor::Id(id) => keyed_cursor("e", "i", None, id),
        EnterpriseCursor::Name(name, id) => keyed_cursor("e", "n", Some(name), id),
        EnterpriseCursor::CreditCode(code, id) => keyed_cursor("e", "c", Some(code), id),
    }
}

/// Decodes an enterprise-list cursor, which must come from a list read in `order`.
pub fn parse_enterprise_cursor(
    order: EnterpriseOrder,
) -> impl Fn(&str) -> Result<EnterpriseCursor, ApiError> {
    move |cursor| {
        parse_keyed_cursor("e", cursor)
            .and_then(|(tag, key, id)| {
                let id = EnterpriseId::new(id);
                match (order, tag.as_str(), key.is_empty()) {
                    (EnterpriseOrder::Id, "i", true) => Some(EnterpriseCursor::Id(id)),
                    (EnterpriseOrder::Name, "n", false) => Some(EnterpriseCursor::Name(key, id)),
                    (EnterpriseOrder::CreditCode, "c", false) => Some(EnterpriseCursor::CreditCode(key, id)),
                    _ => None,
                }
            })
            .ok_or_else(invalid_cursor)
    }
}

/// Cursor of the authority list in the order it was read: `g:i:<id>`, `g:r:<region>:<id>` or
/// `g:n:<name>:<id>`.
pub fn authority_cursor(cursor: &AuthorityCursor) -> String {
    match cursor {
        AuthorityCursor::Id(id) => keyed_cursor("g", "i", None, id),
        AuthorityCursor::Region(region, id) => keyed_cursor("g", "r", Some(region), id),
        AuthorityCursor::Name(name, id) => keyed_cursor("g", "n", Some(name), id),
    }
}

/// Decodes an authority-list cursor, which must come from a list read in `order`.
pub fn parse_authority_cursor(order: AuthorityOrder) -> impl Fn(&str) -> Result<AuthorityCursor, ApiError> {
    move |cursor| {
        parse_keyed_cursor("g", cursor)
            .and_then(|(tag, key, id)| {
                let id = AuthorityId::new(id);
                match (order, tag.as_str(), key.is_empty()) {
                    (AuthorityOrder::Id, "i", true) => Some(AuthorityCursor::Id(id)),
                    (AuthorityOrder::Region, "r", false) => Some(AuthorityCursor::Region(key, id)),
                    (AuthorityOrder::Name, "n", false) => Some(AuthorityCursor::Name(key, id)),
                    _ => None,
                }
            })
            .ok_or_else(invalid_cursor)
    }
}

/// Cursor of the officer directory in the order it was read: `o:i:<id>`, `o:n:<name>:<id>` or
/// `o:b:<badge number>:<id>`.
pub fn officer_cursor(cursor: &OfficerCursor) -> String {
    match cursor {
        OfficerCursor::Id(id) => keyed_cursor("o", "i", None, id),
        OfficerCursor::Name(name, id) => keyed_cursor("o", "n", Some(name), id),
        OfficerCursor::BadgeNumber(badge, id) => keyed_cursor("o", "b", Some(badge), id),
    }
}

/// Decodes an officer-directory cursor, which must come from a list read in `order`.
pub fn parse_officer_cursor(order: OfficerOrder) -> impl Fn(&str) -> Result<OfficerCursor, ApiError> {
    move |cursor| {
        parse_keyed_cursor("o", cursor)
            .and_then(|(tag, key, id)| {
                let id = OfficerId::new(id);
                match (order, tag.as_str(), key.is_empty()) {
                    (OfficerOrder::Id, "i", true) => Some(OfficerCursor::Id(id)),
                    (OfficerOrder::Name, "n", false) => Some(OfficerCursor::Name(key, id)),
                    (OfficerOrder::BadgeNumber, "b", false) => Some(OfficerCursor::BadgeNumber(key, id)),
                    _ => None,
                }
            })
            .ok_or_else(invalid_cursor)
    }
}

/// Cursor of the institution list in the order it was read: `n:i:<id>` or `n:n:<name>:<id>`.
pub fn institution_cursor(cursor: &InstitutionCursor) -> String {
    match cursor {
        InstitutionCursor::Id(id) => keyed_cursor("n", "i", None, id),
        InstitutionCursor::Name(name, id) => keyed_cursor("n", "n", Some(name), id),
    }
}

/// Decodes an institution-list cursor, which must come from a list read in `order`.
pub fn parse_institution_cursor(
    order: InstitutionOrder,
) -> impl Fn(&str) -> Result<InstitutionCursor, ApiError> {
    move |cursor| {
        parse_keyed_cursor("n", cursor)
            .and_then(|(tag, key, id)| {
                let id = InstitutionId::new(id);
                match (order, tag.as_str(), key.is_empty()) {
                    (InstitutionOrder::Id, "i", true) => Some(InstitutionCursor::Id(id)),
                    (InstitutionOrder::Name, "n", false) => Some(InstitutionCursor::Name(key, id)),
                    _ => None,
                }
            })
            .ok_or_else(invalid_cursor)
    }
}

/// Cursor of the designation list in the order it was read: `d:i:<id>` or `d:v:<date>:<id>`.
pub fn designation_cursor(cursor: &DesignationCursor) -> String {
    match cursor {
        DesignationCursor::Id(id) => keyed_cursor("d", "i", None, id),
        DesignationCursor::ValidFrom(day, id) => keyed_cursor("d", "v", Some(&day.to_string()), id),
    }
}

/// Decodes a designation-list cursor, which must come from a list read in `order`.
pub fn parse_designation_cursor(
    order: DesignationOrder,
) -> impl Fn(&str) -> Result<DesignationCursor, ApiError> {
    move |cursor| {
        parse_keyed_cursor("d", cursor)
            .and_then(|(tag, key, id)| {
                let id = DesignationId::new(id);
                match (order, tag.as_str(), key.is_empty()) {
                    (DesignationOrder::Id, "i", true) => Some(DesignationCursor::Id(id)),
                    (DesignationOrder::ValidFrom, "v", false) => {
                        Some(DesignationCursor::ValidFrom(key.parse().ok()?, id))
                    }
                    _ => None,
                }
            })
            .ok_or_else(invalid_cursor)
    }
}

/// Cursor of the rectification list in the order it was read: the id cursor in opening order,
/// `r:d:<date>:<id>` by deadline.
pub fn rectification_cursor(cursor: &RectificationCursor) -> String {
    match cursor {
        RectificationCursor::Id(id) => id_cursor(id),
        RectificationCursor::Deadline(day, id) => URL_SAFE_NO_PAD.encode(format!("r:d:{day}:{id}")),
    }
}

/// Decodes a rectification-list cursor, which must come from a list read in `order`.
pub fn parse_rectification_cursor(
    order: RectificationOrder,
) -> impl Fn(&str) -> Result<RectificationCursor, ApiError> {
    move |cursor| match order {
        RectificationOrder::Id => {
            parse_id_cursor(cursor).map(|id| RectificationCursor::Id(RectificationId::new(id)))
        }
        RectificationOrder::Deadline => decode_cursor(cursor)
            .and_then(|text| {
                let (day, id) = text.strip_prefix("r:d:")?.split_once(':')?;
                Some(RectificationCursor::Deadline(day.parse().ok()?, RectificationId::new(id.parse().ok()?)))
            })
            .ok_or_else(invalid_cursor),
    }
}

/// Cursor of the task list in the order it was read: the id cursor in opening order,
/// `t:s:<date>:<id>` by sampling date.
pub fn task_cursor(cursor: &TaskCursor) -> String {
    match cursor {
        TaskCursor::Id(id) => id_cursor(id),
        TaskCursor::SamplingDate(day, id) => URL_SAFE_NO_PAD.encode(format!("t:s:{day}:{id}")),
    }
}

/// Decodes a task-list cursor, which must come from a list read in `order`.
pub fn parse_task_cursor(order: TaskOrder) -> impl Fn(&str) -> Result<TaskCursor, ApiError> {
    move |cursor| match order {
        TaskOrder::Id => parse_id_cursor(cursor).map(|id| TaskCursor::Id(TaskId::new(id))),
        TaskOrder::SamplingDate => decode_cursor(cursor)
            .and_then(|text| {
                let (day, id) = text.strip_prefix("t:s:")?.split_once(':')?;
                Some(TaskCursor::SamplingDate(day.parse().ok()?, TaskId::new(id.parse().ok()?)))
            })
            .ok_or_else(invalid_cursor),
    }
}

fn decode_cursor(cursor: &str) -> Option<String> {
    String::from_utf8(URL_SAFE_NO_PAD.decode(cursor).ok()?).ok()
}

fn invalid_cursor() -> ApiError {
    ApiError::new(Code::InvalidCursor, "the cursor was not issued by this list").with_field("after/before")
}

/// Cursor of the follow-ups list, in deadline order: `f:d:<deadline>:<id>`.
pub fn follow_up_cursor(record: &oversight_app::FollowUpRecord) -> String {
    keyed_cursor("f", "d", Some(&record.deadline.to_string()), record.id)
}

pub fn parse_follow_up_cursor(cursor: &str) -> Result<oversight_app::FollowUpCursor, ApiError> {
    parse_keyed_cursor("f", cursor)
        .and_then(|(tag, key, id)| {
            let deadline = (tag == "d").then(|| key.parse().ok()).flatten()?;
            Some(oversight_app::FollowUpCursor { deadline, id: oversight_domain::FollowUpId::new(id) })
        })
        .ok_or_else(invalid_cursor)
}

/// Cursor of the inbox, on its whole key: `x:d:<day>:<KIND>:<id>`.
pub fn inbox_cursor(row: &oversight_app::InboxRow) -> String {
    let cursor = row.cursor();
    keyed_cursor("x", "d", Some(&format!("{}:{}", cursor.due_on, cursor.kind)), cursor.id)
}

pub fn parse_inbox_cursor(cursor: &str) -> Result<oversight_app::InboxCursor, ApiError> {
    parse_keyed_cursor("x", cursor)
        .and_then(|(tag, key, id)| {
            let (day, kind) = key.split_once(':').filter(|_| tag == "d")?;
            Some(oversight_app::InboxCursor {
                due_on: day.parse().ok()?,
                kind: oversight_app::InboxKind::parse(kind)?,
                id,
            })
        })
        .ok_or_else(invalid_cursor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn license_cursors_round_trip_only_in_their_own_order() {
        let id = LicenseId::new(42);
        let day = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        let cases = [
            (LicenseOrder::Id, LicenseCursor::Id(id)),
            (LicenseOrder::ExpiresOn, LicenseCursor::ExpiresOn(day, id)),
            (LicenseOrder::Number, LicenseCursor::Number("XK06-001-00042".to_owned(), id)),
        ];
        for (order, cursor) in &cases {
            let text = license_cursor(cursor);
            for (other, _) in &cases {
                let parsed = parse_license_cursor(*other)(&text);
                if other == order {
                    assert_eq!(parsed.ok().as_ref(), Some(cursor));
                } else {
                    assert!(parsed.is_err(), "{cursor:?} read in {other:?}");
                }
            }
        }
        assert!(parse_license_cursor(LicenseOrder::Id)(&id_cursor(42)).is_err());
    }

    /// Every cursor of the sorted registry lists, with the list and order it was read in.
    fn registry_cursors() -> Vec<(&'static str, String)> {
        let key = "南京:甲".to_owned();
        let day = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
        vec![
            ("enterprise ID", enterprise_cursor(&EnterpriseCursor::Id(EnterpriseId::new(7)))),
            (
                "enterprise NAME",
                enterprise_cursor(&EnterpriseCursor::Name(key.clone(), EnterpriseId::new(7))),
            ),
            (
                "enterprise CREDIT_CODE",
                enterprise_cursor(&EnterpriseCursor::CreditCode(key.clone(), EnterpriseId::new(7))),
            ),
            ("authority ID", authority_cursor(&AuthorityCursor::Id(AuthorityId::new(7)))),
            (
                "authority REGION",
                authority_cursor(&AuthorityCursor::Region(key.clone(), AuthorityId::new(7))),
            ),
            ("authority NAME", authority_cursor(&AuthorityCursor::Name(key.clone(), AuthorityId::new(7)))),
            ("officer ID", officer_cursor(&OfficerCursor::Id(OfficerId::new(7)))),
            ("officer NAME", officer_cursor(&OfficerCursor::Name(key.clone(), OfficerId::new(7)))),
            (
                "officer BADGE_NUMBER",
                officer_cursor(&OfficerCursor::BadgeNumber(key.clone(), OfficerId::new(7))),
            ),
            ("institution ID", institution_cursor(&InstitutionCursor::Id(InstitutionId::new(7)))),
            ("institution NAME", institution_cursor(&InstitutionCursor::Name(key, InstitutionId::new(7)))),
            ("designation ID", designation_cursor(&DesignationCursor::Id(DesignationId::new(7)))),
            (
                "designation VALID_FROM",
                designation_cursor(&DesignationCursor::ValidFrom(day, DesignationId::new(7))),
            ),
            ("id", id_cursor(7)),
            ("license ID", license_cursor(&LicenseCursor::Id(LicenseId::new(7)))),
        ]
    }

    /// Reads `cursor` in the list and order `name` names; the debug form of the cursor, if read.
    fn read_as(name: &str, cursor: &str) -> Option<String> {
        fn shown<C: std::fmt::Debug>(cursor: Result<C, ApiError>) -> Option<String> {
            cursor.ok().map(|c| format!("{c:?}"))
        }
        match name {
            "enterprise ID" => shown(parse_enterprise_cursor(EnterpriseOrder::Id)(cursor)),
            "enterprise NAME" => shown(parse_enterprise_cursor(EnterpriseOrder::Name)(cursor)),
            "enterprise CREDIT_CODE" => shown(parse_enterprise_cursor(EnterpriseOrder::CreditCode)(cursor)),
            "authority ID" => shown(parse_authority_cursor(AuthorityOrder::Id)(cursor)),
            "authority REGION" => shown(parse_authority_cursor(AuthorityOrder::Region)(cursor)),
            "authority NAME" => shown(parse_authority_cursor(AuthorityOrder::Name)(cursor)),
            "officer ID" => shown(parse_officer_cursor(OfficerOrder::Id)(cursor)),
            "officer NAME" => shown(parse_officer_cursor(OfficerOrder::Name)(cursor)),
            "officer BADGE_NUMBER" => shown(parse_officer_cursor(OfficerOrder::BadgeNumber)(cursor)),
            "institution ID" => shown(parse_institution_cursor(InstitutionOrder::Id)(cursor)),
            "institution NAME" => shown(parse_institution_cursor(InstitutionOrder::Name)(cursor)),
            "designation ID" => shown(parse_designation_cursor(DesignationOrder::Id)(cursor)),
            "designation VALID_FROM" => shown(parse_designation_cursor(DesignationOrder::ValidFrom)(cursor)),
            _ => None,
        }
    }

    #[test]
    fn registry_cursors_are_read_only_by_their_own_list_and_order() {
        let cursors = registry_cursors();
        // The id-list and license cursors are there to be refused: no registry order reads them.
        let foreign = ["id", "license ID"];
        for (written, cursor) in &cursors {
            for (reader, _) in &cursors {
                let read = read_as(reader, cursor);
                if written == reader && !foreign.contains(written) {
                    assert!(read.is_some(), "{written} not read by its own order");
                } else {
                    assert!(read.is_none(), "{written} read as {reader}: {read:?}");
                }
            }
        }
        // The key survives the round trip, colons and all.
        let name = EnterpriseCursor::Name("南京:甲".to_owned(), EnterpriseId::new(7));
        let read = parse_enterprise_cursor(EnterpriseOrder::Name)(&enterprise_cursor(&name));
        assert_eq!(read.ok(), Some(name));
    }

    #[test]
    fn global_ids_round_trip_and_reject_foreign_text() {
        let id = global_id(NodeType::License, 42);
        assert_eq!(parse_numeric_id::<LicenseId>(&id, NodeType::License, "id").unwrap(), LicenseId::new(42));
        assert!(parse_numeric_id::<EnterpriseId>(&id, NodeType::Enterprise, "id").is_err());
        for node_type in [NodeType::Institution, NodeType::ApiKey, NodeType::Region] {
            assert_eq!(parse_global_id(&global_id(node_type, 3)).unwrap().0, node_type);
        }
        for bad in ["", "!!", "RW50ZXJwcmlzZQ", &URL_SAFE_NO_PAD.encode("Planet:1")] {
            assert!(parse_global_id(bad).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn cursors_round_trip_and_do_not_mix() {
        assert_eq!(parse_id_cursor(&id_cursor(7)).unwrap(), 7);
        let key = ArchiveKey {
            occurred_at: DateTime::from_timestamp_micros(1_700_000_000_123_456).unwrap(),
            id: ArchiveEventId::new(9),
        };
        assert_eq!(parse_archive_cursor(&archive_cursor(key)).unwrap(), key);
        let queued = ReviewCursor::QueuedAt(key.occurred_at, ReviewId::new(3));
        assert_eq!(parse_review_cursor(ReviewOrder::QueuedAt)(&review_cursor(&queued)).unwrap(), queued);
        assert!(parse_review_cursor(ReviewOrder::Id)(&review_cursor(&queued)).is_err());
        let by_id = ReviewCursor::Id(ReviewId::new(3));
        assert!(parse_review_cursor(ReviewOrder::QueuedAt)(&review_cursor(&by_id)).is_err());
        assert!(parse_id_cursor(&archive_cursor(key)).is_err());
        assert!(parse_archive_cursor(&id_cursor(7)).is_err());
    }
}

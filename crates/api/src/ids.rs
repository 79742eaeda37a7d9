//! Opaque global IDs (`node(id:)`) and page cursors. Both are base64url text so
//! clients treat them as tokens; their inner form may change without notice.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use oversight_app::{
    ArchiveKey, Code, LicenseCursor, LicenseOrder, RectificationCursor, RectificationOrder, ReviewCursor,
    ReviewOrder, TaskCursor, TaskOrder,
};
use oversight_domain::{ArchiveEventId, LicenseId, RectificationId, ReviewId, TaskId, TypedId};

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

/// Cursor of the reviews list in the order it was read: the id cursor in enrolment order,
/// `v:q:<microseconds>:<id>` by queue time.
pub fn review_cursor(cursor: &ReviewCursor) -> String {
    match cursor {
        ReviewCursor::Id(id) => id_cursor(id),
        ReviewCursor::QueuedAt(at, id) => {
            URL_SAFE_NO_PAD.encode(format!("v:q:{}:{id}", at.timestamp_micros()))
        }
    }
}

/// Decodes a reviews-list cursor, which must come from a list read in `order`.
pub fn parse_review_cursor(order: ReviewOrder) -> impl Fn(&str) -> Result<ReviewCursor, ApiError> {
    move |cursor| match order {
        ReviewOrder::Id => parse_id_cursor(cursor).map(|id| ReviewCursor::Id(ReviewId::new(id))),
        ReviewOrder::QueuedAt => decode_cursor(cursor)
            .and_then(|text| {
                let (micros, id) = text.strip_prefix("v:q:")?.split_once(':')?;
                let at = DateTime::<Utc>::from_timestamp_micros(micros.parse().ok()?)?;
                Some(ReviewCursor::QueuedAt(at, ReviewId::new(id.parse().ok()?)))
            })
            .ok_or_else(invalid_cursor),
    }
}

/// Cursor of the license list in the order it was read: `l:i:<id>`, `l:e:<date>:<id>` or
/// `l:n:<number>:<id>`.
pub fn license_cursor(cursor: &LicenseCursor) -> String {
    let text = match cursor {
        LicenseCursor::Id(id) => format!("l:i:{id}"),
        LicenseCursor::ExpiresOn(day, id) => format!("l:e:{day}:{id}"),
        LicenseCursor::Number(number, id) => format!("l:n:{number}:{id}"),
    };
    URL_SAFE_NO_PAD.encode(text)
}

/// Decodes a license-list cursor, which must come from a list read in `order`.
pub fn parse_license_cursor(order: LicenseOrder) -> impl Fn(&str) -> Result<LicenseCursor, ApiError> {
    move |cursor| {
        decode_cursor(cursor)
            .and_then(|text| {
                let rest = text.strip_prefix("l:")?;
                let (tag, rest) = rest.split_once(':')?;
                let (value, id) = rest.rsplit_once(':').unwrap_or(("", rest));
                let id = LicenseId::new(id.parse().ok()?);
                match (order, tag) {
                    (LicenseOrder::Id, "i") if value.is_empty() => Some(LicenseCursor::Id(id)),
                    (LicenseOrder::ExpiresOn, "e") => Some(LicenseCursor::ExpiresOn(value.parse().ok()?, id)),
                    (LicenseOrder::Number, "n") if !value.is_empty() => {
                        Some(LicenseCursor::Number(value.to_owned(), id))
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

#[cfg(test)]
mod tests {
    use oversight_domain::{EnterpriseId, LicenseId};

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

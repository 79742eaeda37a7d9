//! Field work recorded offline (离线录入): an inspection recorded on a device without a network is
//! submitted later with the device's id, the device's time of recording and an idempotency key;
//! the server keeps its own time of receipt. A retry is a replay, not a second inspection; two
//! devices submitting the same visit are a conflict shown to people, never merged silently.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::ids::{EnterpriseId, OfficerId};
use crate::text::parse_text;

/// How far ahead of the server a device clock may run before its time is refused.
pub const MAX_CLOCK_SKEW: Duration = Duration::minutes(5);
/// How long a device may hold a recorded inspection before submitting it (docs/adr/0022).
pub const MAX_OFFLINE_DAYS: i64 = 30;
/// The bounds of an idempotency key, in characters (a client-made UUID is 36).
pub const KEY_CHARS: std::ops::RangeInclusive<usize> = 8..=64;
/// The longest device id, in characters.
pub const DEVICE_ID_MAX_CHARS: usize = 64;

/// What identifies a submitted visit: the idempotency key, the device, and the visit itself
/// (enterprise, day, inspectors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitKey {
    pub idempotency_key: String,
    pub device_id: String,
    pub enterprise_id: EnterpriseId,
    pub inspected_on: NaiveDate,
    pub inspectors: Vec<OfficerId>,
}

/// What a submission is, against the visits already stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visit<'a> {
    /// A visit not seen before: store it.
    New,
    /// The same idempotency key, same visit: a retry; answer with the stored inspection.
    Replay(&'a VisitKey),
    /// The same idempotency key names another visit (another enterprise, day, device or
    /// inspectors): a client bug, refused rather than answered with the wrong inspection.
    KeyReused(&'a VisitKey),
    /// Another device submitted a visit to the same enterprise on the same day with an inspector
    /// in common: the same visit recorded twice; shown as a conflict for people to resolve.
    Conflict(&'a VisitKey),
}

/// Classifies `new` against the `existing` visits. A key match decides first (a retry must never
/// turn into a conflict with itself); then the first visit from a different device that shares
/// the enterprise, the day and an inspector is the conflict.
pub fn detect_conflict<'a>(existing: &'a [VisitKey], new: &VisitKey) -> Visit<'a> {
    if let Some(stored) = existing.iter().find(|stored| stored.idempotency_key == new.idempotency_key) {
        return if same_visit(stored, new) { Visit::Replay(stored) } else { Visit::KeyReused(stored) };
    }
    existing
        .iter()
        .find(|stored| {
            stored.device_id != new.device_id
                && stored.enterprise_id == new.enterprise_id
                && stored.inspected_on == new.inspected_on
                && stored.inspectors.iter().any(|officer| new.inspectors.contains(officer))
        })
        .map_or(Visit::New, Visit::Conflict)
}

/// The same visit from the same device; the inspectors compared as a set (order does not matter).
fn same_visit(a: &VisitKey, b: &VisitKey) -> bool {
    let sorted = |key: &VisitKey| {
        let mut officers = key.inspectors.clone();
        officers.sort_unstable();
        officers.dedup();
        officers
    };
    a.device_id == b.device_id
        && a.enterprise_id == b.enterprise_id
        && a.inspected_on == b.inspected_on
        && sorted(a) == sorted(b)
}

/// Why an offline record's identity or times are refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfflineRefused {
    #[error("the idempotency key: {0}")]
    BadKey(String),
    #[error("the device id: {0}")]
    BadDeviceId(String),
    #[error(
        "recorded at {recorded_at}, after the server's {received_at} by more than the {} minutes a device clock may be ahead",
        MAX_CLOCK_SKEW.num_minutes()
    )]
    RecordedInFuture { recorded_at: DateTime<Utc>, received_at: DateTime<Utc> },
    #[error(
        "recorded at {recorded_at}, more than {MAX_OFFLINE_DAYS} days before it was received ({received_at})"
    )]
    HeldTooLong { recorded_at: DateTime<Utc>, received_at: DateTime<Utc> },
    #[error("the inspection day {inspected_on} is after the day it was recorded ({recorded_at})")]
    InspectedAfterRecording { inspected_on: NaiveDate, recorded_at: DateTime<Utc> },
}

/// The offline identity of a submission, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfflineRecord {
    pub idempotency_key: String,
    pub device_id: String,
    /// The device's clock when the inspection was recorded.
    pub recorded_at: DateTime<Utc>,
    /// The server's clock when the submission arrived.
    pub received_at: DateTime<Utc>,
}

impl OfflineRecord {
    /// Checks the key (8–64 printable ASCII characters without spaces), the device id and the
    /// times: `recorded_at` at most 5 minutes ahead of `received_at` and at most 30 days behind;
    /// the inspection day not after the recording day (UTC dates, so a day of slack either way).
    pub fn parse(
        idempotency_key: &str,
        device_id: &str,
        recorded_at: DateTime<Utc>,
        received_at: DateTime<Utc>,
        inspected_on: NaiveDate,
    ) -> Result<OfflineRecord, OfflineRefused> {
        let idempotency_key = parse_key(idempotency_key)?;
        let device_id = parse_text("deviceId", device_id, 1, DEVICE_ID_MAX_CHARS, false)
            .map_err(|e| OfflineRefused::BadDeviceId(e.message))?;
        if recorded_at > received_at + MAX_CLOCK_SKEW {
            return Err(OfflineRefused::RecordedInFuture { recorded_at, received_at });
        }
        if recorded_at < received_at - Duration::days(MAX_OFFLINE_DAYS) {
            return Err(OfflineRefused::HeldTooLong { recorded_at, received_at });
        }
        // Device times are UTC instants while the inspection day is a local (UTC+8) date: allow
        // the day after the UTC date of recording.
        if inspected_on > recorded_at.date_naive() + Duration::days(1) {
            return Err(OfflineRefused::InspectedAfterRecording { inspected_on, recorded_at });
        }
        Ok(OfflineRecord { idempotency_key, device_id, recorded_at, received_at })
    }
}

fn parse_key(key: &str) -> Result<String, OfflineRefused> {
    let n_chars = key.chars().count();
    if !KEY_CHARS.contains(&n_chars) {
        return Err(OfflineRefused::BadKey(format!(
            "{} to {} characters, not {n_chars}",
            KEY_CHARS.start(),
            KEY_CHARS.end()
        )));
    }
    if let Some(c) = key.chars().find(|c| !c.is_ascii_graphic()) {
        return Err(OfflineRefused::BadKey(format!("printable ASCII without spaces, not {c:?}")));
    }
    Ok(key.to_owned())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn visit(key: &str, device: &str, enterprise: i64, on: &str, inspectors: &[i64]) -> VisitKey {
        VisitKey {
            idempotency_key: key.to_owned(),
            device_id: device.to_owned(),
            enterprise_id: EnterpriseId::new(enterprise),
            inspected_on: date(on),
            inspectors: inspectors.iter().map(|&i| OfficerId::new(i)).collect(),
        }
    }

    /// Stored: key-a from tablet-1 (enterprise 7, 2027-09-02, officers 1 and 2).
    #[test]
    fn a_retry_replays_a_second_device_conflicts_anything_else_is_new() {
        let existing = [
            visit("key-aaaa", "tablet-1", 7, "2027-09-02", &[1, 2]),
            visit("key-bbbb", "tablet-1", 8, "2027-09-02", &[1, 2]),
        ];
        let cases: [(&str, VisitKey, Visit); 10] = [
            (
                "the same submission again",
                visit("key-aaaa", "tablet-1", 7, "2027-09-02", &[1, 2]),
                Visit::Replay(&existing[0]),
            ),
            (
                "again, inspectors in another order",
                visit("key-aaaa", "tablet-1", 7, "2027-09-02", &[2, 1]),
                Visit::Replay(&existing[0]),
            ),
            (
                "the key of another enterprise's visit",
                visit("key-aaaa", "tablet-1", 9, "2027-09-02", &[1, 2]),
                Visit::KeyReused(&existing[0]),
            ),
            (
                "the key from another device",
                visit("key-aaaa", "phone-2", 7, "2027-09-02", &[1, 2]),
                Visit::KeyReused(&existing[0]),
            ),
            (
                "another device, same visit",
                visit("key-cccc", "phone-2", 7, "2027-09-02", &[2, 3]),
                Visit::Conflict(&existing[0]),
            ),
            (
                "another device, no inspector in common",
                visit("key-cccc", "phone-2", 7, "2027-09-02", &[3, 4]),
                Visit::New,
            ),
            (
                "another device, another day",
                visit("key-cccc", "phone-2", 7, "2027-09-03", &[1, 2]),
                Visit::New,
            ),
            (
                "another device, another enterprise",
                visit("key-cccc", "phone-2", 9, "2027-09-02", &[1, 2]),
                Visit::New,
            ),
            (
                "the same device, a second visit that day",
                visit("key-cccc", "tablet-1", 7, "2027-09-02", &[1, 2]),
                Visit::New,
            ),
            ("nothing stored matches", visit("key-dddd", "phone-3", 1, "2027-01-01", &[5, 6]), Visit::New),
        ];
        for (case, new, expected) in cases {
            assert_eq!(detect_conflict(&existing, &new), expected, "{case}");
        }
        assert_eq!(detect_conflict(&[], &existing[0]), Visit::New);
    }

    type Case =
        (&'static str, &'static str, &'static str, &'static str, &'static str, Option<OfflineRefused>);

    /// (case, key, device, recorded_at, inspected_on, expected). Received 2027-09-30T08:00Z.
    #[test]
    fn keys_devices_and_times_are_checked() {
        let received = at("2027-09-30T08:00:00Z");
        let cases: [Case; 10] = [
            ("recorded just now", "3f2b-41c0-9d", "tablet-1", "2027-09-30T07:59:00Z", "2027-09-30", None),
            (
                "device clock 5 minutes ahead",
                "3f2b-41c0-9d",
                "tablet-1",
                "2027-09-30T08:05:00Z",
                "2027-09-30",
                None,
            ),
            (
                "device clock 5 minutes and a second ahead",
                "3f2b-41c0-9d",
                "tablet-1",
                "2027-09-30T08:05:01Z",
                "2027-09-30",
                Some(OfflineRefused::RecordedInFuture {
                    recorded_at: at("2027-09-30T08:05:01Z"),
                    received_at: received,
                }),
            ),
            ("held exactly 30 days", "3f2b-41c0-9d", "tablet-1", "2027-08-31T08:00:00Z", "2027-08-31", None),
            (
                "held 30 days and a second",
                "3f2b-41c0-9d",
                "tablet-1",
                "2027-08-31T07:59:59Z",
                "2027-08-31",
                Some(OfflineRefused::HeldTooLong {
                    recorded_at: at("2027-08-31T07:59:59Z"),
                    received_at: received,
                }),
            ),
            (
                "recorded late on the UTC day before the local day",
                "3f2b-41c0-9d",
                "tablet-1",
                "2027-09-29T17:00:00Z",
                "2027-09-30",
                None,
            ),
            (
                "inspected two days after recording",
                "3f2b-41c0-9d",
                "tablet-1",
                "2027-09-28T08:00:00Z",
                "2027-09-30",
                Some(OfflineRefused::InspectedAfterRecording {
                    inspected_on: date("2027-09-30"),
                    recorded_at: at("2027-09-28T08:00:00Z"),
                }),
            ),
            (
                "a short key",
                "3f2b",
                "tablet-1",
                "2027-09-30T07:59:00Z",
                "2027-09-30",
                Some(OfflineRefused::BadKey("8 to 64 characters, not 4".into())),
            ),
            (
                "a key with a space",
                "3f2b 41c0-9d",
                "tablet-1",
                "2027-09-30T07:59:00Z",
                "2027-09-30",
                Some(OfflineRefused::BadKey("printable ASCII without spaces, not ' '".into())),
            ),
            (
                "no device",
                "3f2b-41c0-9d",
                " ",
                "2027-09-30T07:59:00Z",
                "2027-09-30",
                Some(OfflineRefused::BadDeviceId("must not be empty".into())),
            ),
        ];
        for (case, key, device, recorded_at, inspected_on, expected) in cases {
            let got = OfflineRecord::parse(key, device, at(recorded_at), received, date(inspected_on));
            assert_eq!(got.as_ref().err(), expected.as_ref(), "{case}");
            if let Ok(record) = got {
                assert_eq!((record.recorded_at, record.received_at), (at(recorded_at), received), "{case}");
            }
        }
    }
}

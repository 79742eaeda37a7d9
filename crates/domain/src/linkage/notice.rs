//! The linkage notice (通报, §二(六)) as an aggregate: its type and who sends it, the tier it
//! goes to, its clocks in working days, the state machine SENT → ACKNOWLEDGED → (PASSED_ON) →
//! CLOSED, and the proof that closes it. docs/adr/0026.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::access::Role;
use crate::calendar::WorkingCalendar;
use crate::ids::{AuthorityId, EnterpriseId, LicenseId, NoticeId, TaskId};
use crate::registry::authority::AuthorityLevel;
use crate::registry::region::RegionCode;
use crate::rules::Deadlines;
use crate::text::parse_text;

/// Working days from sending to acknowledge (签收) a notice: the receipt is clerical, so two
/// working days leave a day of absence without letting it lie (docs/adr/0026 decision 4).
pub const ACKNOWLEDGE_WORKING_DAYS: u32 = 2;
/// Working days from sending to act on it (pass it on, or record the action that proves it): ten
/// working days, two weeks, as a supervision step is planned (docs/adr/0026 decision 4).
pub const ACT_WORKING_DAYS: u32 = 10;
/// Working days from sending to close it with proof: thirty, about six weeks, enough for a
/// follow-up after a 15-day rectification or a retest (docs/adr/0026 decision 4).
pub const CLOSE_WORKING_DAYS: u32 = 30;
/// The longest notice text, in characters.
pub const TEXT_MAX_CHARS: usize = 2000;

crate::stored_enum! {
    /// What a notice reports, which fixes who sends it and to which tier (§二(六)).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum NoticeType {
        /// 生产许可审查发现的问题: the review department (审查部) to the province.
        LicensingReviewFinding = "LICENSING_REVIEW_FINDING",
        /// 国家监督抽查不合格: the national authority to the province.
        NationalSpotCheckFailure = "NATIONAL_SPOT_CHECK_FAILURE",
        /// 省级监督抽查不合格: the province to the city.
        ProvincialSpotCheckFailure = "PROVINCIAL_SPOT_CHECK_FAILURE",
        /// 转发: a notice received, passed on to a lower authority (city to county, and onwards).
        PassOn = "PASS_ON",
    }
}

crate::stored_enum! {
    /// Where a notice stands. Stored strings are never renamed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum NoticeStatus {
        /// Sent, not acknowledged by the target yet.
        Sent = "SENT",
        /// The target acknowledged (签收) it.
        Acknowledged = "ACKNOWLEDGED",
        /// The target passed it on to its lower authorities: it closes when they all close.
        PassedOn = "PASSED_ON",
        /// Closed with the record that proves the action, or by its children closing.
        Closed = "CLOSED",
    }
}

/// What can happen to a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeEvent {
    Acknowledge,
    PassOn,
    /// Closed with proof by its target.
    Close,
    /// The last of its children closed.
    ChildrenClosed,
}

/// Why a notice refused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NoticeStateRefused {
    #[error("the notice is closed")]
    Closed,
    #[error("the notice is not acknowledged yet: acknowledge it first")]
    NotAcknowledged,
    #[error("the notice is already acknowledged")]
    AlreadyAcknowledged,
    #[error("the notice was passed on: it closes when every notice passed on closes")]
    PassedOn,
    #[error("the notice was not passed on")]
    NotPassedOn,
}

impl NoticeStatus {
    /// The status after `event` (the table test lists every pair).
    pub fn next(self, event: NoticeEvent) -> Result<NoticeStatus, NoticeStateRefused> {
        use NoticeEvent as E;
        use NoticeStateRefused as R;
        use NoticeStatus as S;
        match (self, event) {
            (S::Closed, _) => Err(R::Closed),
            (S::Sent, E::Acknowledge) => Ok(S::Acknowledged),
            (S::Sent, _) => Err(R::NotAcknowledged),
            (S::Acknowledged | S::PassedOn, E::Acknowledge) => Err(R::AlreadyAcknowledged),
            (S::Acknowledged, E::PassOn) => Ok(S::PassedOn),
            (S::Acknowledged, E::Close) => Ok(S::Closed),
            (S::Acknowledged, E::ChildrenClosed) => Err(R::NotPassedOn),
            (S::PassedOn, E::PassOn | E::Close) => Err(R::PassedOn),
            (S::PassedOn, E::ChildrenClosed) => Ok(S::Closed),
        }
    }
}

/// The three deadlines of a notice, counted in working days from the day it was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Clocks {
    pub acknowledge_by: NaiveDate,
    pub act_by: NaiveDate,
    pub close_by: NaiveDate,
}

impl Clocks {
    /// The deadlines of `deadlines` (the target's province's in force) from `sent_on` on the
    /// working-day calendar.
    pub fn from_sending(calendar: &WorkingCalendar, deadlines: &Deadlines, sent_on: NaiveDate) -> Clocks {
        Clocks {
            acknowledge_by: calendar.add_working_days(sent_on, deadlines.notice_acknowledge_working_days),
            act_by: calendar.add_working_days(sent_on, deadlines.notice_act_working_days),
            close_by: calendar.add_working_days(sent_on, deadlines.notice_close_working_days),
        }
    }

    /// Late on `today` in `status`: a deadline passed that the notice has not met yet (not
    /// acknowledged, not acted on — passed on or closed — or not closed). Derived, never stored.
    pub fn late_on(&self, status: NoticeStatus, today: NaiveDate) -> bool {
        let unacknowledged = status == NoticeStatus::Sent;
        let unacted = matches!(status, NoticeStatus::Sent | NoticeStatus::Acknowledged);
        let open = status != NoticeStatus::Closed;
        (unacknowledged && today > self.acknowledge_by)
            || (unacted && today > self.act_by)
            || (open && today > self.close_by)
    }
}

/// Working days after `from` up to and including `to` (0 when `to` is not after `from`): how
/// long a notice took to close, on the same calendar its deadlines are counted on.
pub fn working_days_between(calendar: &WorkingCalendar, from: NaiveDate, to: NaiveDate) -> u32 {
    let mut day = from;
    let mut n = 0;
    while day < to {
        day = day + Days::new(1);
        if calendar.is_working_day(day) {
            n += 1;
        }
    }
    n
}

/// The median of some counts of days (the mean of the two middle ones, rounded down, for an even
/// number); `None` for none.
pub fn median(mut days: Vec<u32>) -> Option<u32> {
    days.sort_unstable();
    let n = days.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => days.get(n / 2).copied(),
        _ => Some((days.get(n / 2 - 1)? + days.get(n / 2)?) / 2),
    }
}

/// An authority as the tier rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seat {
    pub id: AuthorityId,
    pub level: AuthorityLevel,
    pub region: RegionCode,
    pub parent_id: Option<AuthorityId>,
    pub open: bool,
}

/// Why a notice's target or sender is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TierRefused {
    #[error("a {notice_type} notice is sent by {expected}, not by this role")]
    WrongSender { notice_type: NoticeType, expected: &'static str },
    #[error("a {notice_type} notice goes to a {expected} authority, not a {got} one")]
    WrongTargetLevel { notice_type: NoticeType, expected: AuthorityLevel, got: AuthorityLevel },
    #[error("authority {target} is not directly below authority {from}: a notice goes to the next tier down")]
    NotDirectlyBelow { from: AuthorityId, target: AuthorityId },
    #[error("authority {target} is not below authority {from}")]
    NotBelow { from: AuthorityId, target: AuthorityId },
    #[error("authority {0} is closed")]
    TargetClosed(AuthorityId),
    #[error("the enterprise lies outside the jurisdiction of authority {0}")]
    NotCompetent(AuthorityId),
    #[error("a PASS_ON notice is made by passing a received notice on (passOnLinkageNotice)")]
    PassOnNotSent,
}

impl NoticeType {
    /// Who sends a notice of this type, and the level of its target.
    fn sender(self) -> Option<(&'static [Role], &'static str, AuthorityLevel)> {
        match self {
            NoticeType::LicensingReviewFinding => Some((
                &[Role::ReviewDepartment],
                "the review department (审查部)",
                AuthorityLevel::Provincial,
            )),
            NoticeType::NationalSpotCheckFailure => {
                Some((&[Role::NationalOfficer], "a national officer", AuthorityLevel::Provincial))
            }
            NoticeType::ProvincialSpotCheckFailure => {
                Some((&[Role::ProvincialOfficer], "a provincial officer", AuthorityLevel::Municipal))
            }
            NoticeType::PassOn => None,
        }
    }
}

/// Checks that `role` at `source` may send a notice of `notice_type` to `target` about an
/// enterprise of `enterprise_region`: the type's sender, the type's target level, the next tier
/// down from the sender (its child in the directory), open, and holding the enterprise.
pub fn check_sending(
    notice_type: NoticeType,
    role: Role,
    source: &Seat,
    target: &Seat,
    enterprise_region: &RegionCode,
) -> Result<(), TierRefused> {
    let (roles, expected, level) = notice_type.sender().ok_or(TierRefused::PassOnNotSent)?;
    if !roles.contains(&role) {
        return Err(TierRefused::WrongSender { notice_type, expected });
    }
    if target.level != level {
        return Err(TierRefused::WrongTargetLevel { notice_type, expected: level, got: target.level });
    }
    check_next_tier(source, target, enterprise_region)
}

/// Checks a target of the next tier down from `source` (a child notice's, or a sent one's).
pub fn check_next_tier(
    source: &Seat,
    target: &Seat,
    enterprise_region: &RegionCode,
) -> Result<(), TierRefused> {
    check_below(source, target, Depth::NextTier, Some(enterprise_region))
}

/// How far below an upper authority a lower one may sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Its child in the directory (`parent_id`): a notice, a request to the tier above.
    NextTier,
    /// Any authority strictly below it: a supervision order (督查督办, §四).
    Anywhere,
}

/// The tier rule every correspondence between authorities shares: `lower` sits below `upper`
/// (as `depth` allows), is open, and — when the matter concerns an enterprise — holds it.
pub fn check_below(
    upper: &Seat,
    lower: &Seat,
    depth: Depth,
    enterprise_region: Option<&RegionCode>,
) -> Result<(), TierRefused> {
    match depth {
        Depth::NextTier if lower.parent_id != Some(upper.id) => {
            return Err(TierRefused::NotDirectlyBelow { from: upper.id, target: lower.id });
        }
        Depth::Anywhere if !(upper.region.contains(&lower.region) && upper.region != lower.region) => {
            return Err(TierRefused::NotBelow { from: upper.id, target: lower.id });
        }
        _ => {}
    }
    if !lower.open {
        return Err(TierRefused::TargetClosed(lower.id));
    }
    // The lower authority's officers act on it and reach only their jurisdiction: one without
    // the enterprise could never act on it.
    if enterprise_region.is_some_and(|region| !lower.region.contains(region)) {
        return Err(TierRefused::NotCompetent(lower.id));
    }
    Ok(())
}

/// The notice's text, checked.
pub fn parse_notice_text(text: &str) -> Result<String, crate::FieldError> {
    parse_text("text", text, 1, TEXT_MAX_CHARS, true)
}

crate::stored_enum! {
    /// The kind of record that proves a notice acted on (never free text alone).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    pub enum ProofKind {
        /// A follow-up visit (回访) recorded on or after the day the notice was sent.
        FollowUpVisit = "FOLLOW_UP_VISIT",
        /// A testing task sampled on or after the day the notice was sent, its verdict recorded
        /// (a retest or re-check, 复查).
        RetestVerdict = "RETEST_VERDICT",
        /// A rectification (整改) closed.
        RectificationClosed = "RECTIFICATION_CLOSED",
        /// A suspension (停产整顿) ordered on a patrol on or after the day the notice was sent, not
        /// cancelled.
        SuspensionMeasure = "SUSPENSION_MEASURE",
        /// A license of the enterprise suspended (暂停) now.
        LicenseSuspended = "LICENSE_SUSPENDED",
    }
}

/// What the proof record says, as the app read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProofFacts {
    pub kind: ProofKind,
    pub enterprise_id: EnterpriseId,
    /// The day it happened (visit, sampling, order); none for a state.
    pub on: Option<NaiveDate>,
    /// Whether the record is in the state that proves the action (a follow-up recorded, a verdict
    /// recorded, a rectification closed, a suspension not cancelled, a license suspended).
    pub proving: bool,
}

/// Why a proof is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofRefused {
    #[error("the {kind} record is of enterprise {got}, not of the notice's enterprise {expected}")]
    OtherEnterprise { kind: ProofKind, expected: EnterpriseId, got: EnterpriseId },
    #[error("the {kind} record is dated {on}, before the notice was sent on {sent_on}")]
    BeforeNotice { kind: ProofKind, on: NaiveDate, sent_on: NaiveDate },
    #[error("the {kind} record is not in a state that proves the action")]
    NotProving { kind: ProofKind },
}

/// Checks that `proof` proves a notice about `enterprise_id` sent on `sent_on` acted on.
pub fn check_proof(
    enterprise_id: EnterpriseId,
    sent_on: NaiveDate,
    proof: &ProofFacts,
) -> Result<(), ProofRefused> {
    let kind = proof.kind;
    if proof.enterprise_id != enterprise_id {
        return Err(ProofRefused::OtherEnterprise {
            kind,
            expected: enterprise_id,
            got: proof.enterprise_id,
        });
    }
    if let Some(on) = proof.on.filter(|on| *on < sent_on) {
        return Err(ProofRefused::BeforeNotice { kind, on, sent_on });
    }
    if !proof.proving {
        return Err(ProofRefused::NotProving { kind });
    }
    Ok(())
}

/// A linkage notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub id: NoticeId,
    pub notice_type: NoticeType,
    pub status: NoticeStatus,
    /// The notice this one passes on.
    pub parent_id: Option<NoticeId>,
    pub source_authority_id: AuthorityId,
    pub source_region: RegionCode,
    pub target_authority_id: AuthorityId,
    pub target_region: RegionCode,
    pub enterprise_id: EnterpriseId,
    pub license_id: Option<LicenseId>,
    /// The testing task whose failing verdict triggered it.
    pub testing_task_id: Option<TaskId>,
    pub text: String,
    pub sent_on: NaiveDate,
    pub clocks: Clocks,
    pub acknowledged_on: Option<NaiveDate>,
    pub passed_on_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub proof_kind: Option<ProofKind>,
    pub proof_id: Option<i64>,
    pub close_note: Option<String>,
}

impl Notice {
    /// The notice after `event` on `today`.
    pub fn moved(&self, event: NoticeEvent, today: NaiveDate) -> Result<Notice, NoticeStateRefused> {
        let status = self.status.next(event)?;
        let mut next = self.clone();
        next.status = status;
        match event {
            NoticeEvent::Acknowledge => next.acknowledged_on = Some(today),
            NoticeEvent::PassOn => next.passed_on_on = Some(today),
            NoticeEvent::Close | NoticeEvent::ChildrenClosed => next.closed_on = Some(today),
        }
        Ok(next)
    }

    /// Closed with `proof` (already checked) and its note.
    pub fn closed_with(
        &self,
        proof: (ProofKind, i64),
        note: String,
        today: NaiveDate,
    ) -> Result<Notice, NoticeStateRefused> {
        let mut next = self.moved(NoticeEvent::Close, today)?;
        next.proof_kind = Some(proof.0);
        next.proof_id = Some(proof.1);
        next.close_note = Some(note);
        Ok(next)
    }

    /// Late on `today` (see [`Clocks::late_on`]).
    pub fn late_on(&self, today: NaiveDate) -> bool {
        self.clocks.late_on(self.status, today)
    }

    /// The audit state.
    pub fn state(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::calendar::CalendarYear;
    use NoticeEvent as E;
    use NoticeStatus::*;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_status_and_event() {
        #[rustfmt::skip]
        let table = [
            //            Acknowledge       PassOn              Close               ChildrenClosed
            (Sent,         ["ACKNOWLEDGED",  "!unacknowledged",  "!unacknowledged",  "!unacknowledged"]),
            (Acknowledged, ["!acknowledged", "PASSED_ON",        "CLOSED",           "!not passed on"]),
            (PassedOn,     ["!acknowledged", "!passed on",       "!passed on",       "CLOSED"]),
            (Closed,       ["!closed",       "!closed",          "!closed",          "!closed"]),
        ];
        assert_eq!(table.len(), NoticeStatus::ALL.len());
        for (status, row) in table {
            for (event, expected) in
                [E::Acknowledge, E::PassOn, E::Close, E::ChildrenClosed].into_iter().zip(row)
            {
                let got = match status.next(event) {
                    Ok(next) => next.as_str().to_owned(),
                    Err(NoticeStateRefused::Closed) => "!closed".to_owned(),
                    Err(NoticeStateRefused::NotAcknowledged) => "!unacknowledged".to_owned(),
                    Err(NoticeStateRefused::AlreadyAcknowledged) => "!acknowledged".to_owned(),
                    Err(NoticeStateRefused::PassedOn) => "!passed on".to_owned(),
                    Err(NoticeStateRefused::NotPassedOn) => "!not passed on".to_owned(),
                };
                assert_eq!(got, expected, "{status} + {event:?}");
            }
        }
    }

    /// 2027 with the National Day break (10-01..10-07) and its make-up Saturday (10-09).
    fn calendar() -> WorkingCalendar {
        let holidays: Vec<NaiveDate> =
            (1..=7).map(|d| NaiveDate::from_ymd_opt(2027, 10, d).unwrap()).collect();
        let year = CalendarYear::parse(2027, &holidays, &[date("2027-10-09")], "国办发明电 test").unwrap();
        WorkingCalendar::new([year])
    }

    #[test]
    fn clocks_count_working_days_from_sending() {
        // Thursday 2027-09-30: the holiday week is skipped, the make-up Saturday counts.
        let clocks = Clocks::from_sending(&calendar(), &Deadlines::NATIONAL, date("2027-09-30"));
        assert_eq!(
            clocks,
            Clocks {
                acknowledge_by: date("2027-10-09"),
                act_by: date("2027-10-20"),
                close_by: date("2027-11-17"),
            }
        );
        assert_eq!(working_days_between(&calendar(), date("2027-09-30"), date("2027-10-20")), 10);
        assert_eq!(working_days_between(&calendar(), date("2027-10-20"), date("2027-09-30")), 0);
    }

    #[test]
    fn late_is_a_passed_deadline_not_met_yet() {
        let clocks = Clocks {
            acknowledge_by: date("2027-09-03"),
            act_by: date("2027-09-10"),
            close_by: date("2027-09-30"),
        };
        let cases = [
            (Sent, "2027-09-03", false),
            (Sent, "2027-09-04", true),
            (Acknowledged, "2027-09-10", false),
            (Acknowledged, "2027-09-11", true),
            (PassedOn, "2027-09-30", false),
            (PassedOn, "2027-10-01", true),
            (Closed, "2030-01-01", false),
        ];
        for (status, today, expected) in cases {
            assert_eq!(clocks.late_on(status, date(today)), expected, "{status} {today}");
        }
    }

    #[test]
    fn median_of_days() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![7]), Some(7));
        assert_eq!(median(vec![9, 1, 4]), Some(4));
        assert_eq!(median(vec![9, 1, 4, 6]), Some(5));
    }

    fn seat(id: i64, level: AuthorityLevel, region: &str, parent: Option<i64>) -> Seat {
        Seat {
            id: AuthorityId::new(id),
            level,
            region: RegionCode::parse(region).unwrap(),
            parent_id: parent.map(AuthorityId::new),
            open: true,
        }
    }

    #[test]
    fn a_notice_goes_to_the_next_tier_down_holding_the_enterprise() {
        use AuthorityLevel::*;
        let nation = seat(1, National, "000000", None);
        let jiangsu = seat(2, Provincial, "320000", Some(1));
        let nanjing = seat(3, Municipal, "320100", Some(2));
        let suzhou = seat(4, Municipal, "320500", Some(2));
        let county = seat(5, County, "320102", Some(3));
        let closed = Seat { open: false, ..nanjing };
        let in_nanjing = RegionCode::parse("320102").unwrap();
        let t = |n: NoticeType, role: Role, s: &Seat, t: &Seat| check_sending(n, role, s, t, &in_nanjing);
        use NoticeType::*;
        assert_eq!(t(NationalSpotCheckFailure, Role::NationalOfficer, &nation, &jiangsu), Ok(()));
        assert_eq!(t(LicensingReviewFinding, Role::ReviewDepartment, &nation, &jiangsu), Ok(()));
        assert_eq!(t(ProvincialSpotCheckFailure, Role::ProvincialOfficer, &jiangsu, &nanjing), Ok(()));
        assert!(matches!(
            t(NationalSpotCheckFailure, Role::ProvincialOfficer, &jiangsu, &nanjing),
            Err(TierRefused::WrongSender { .. })
        ));
        assert!(matches!(
            t(NationalSpotCheckFailure, Role::NationalOfficer, &nation, &nanjing),
            Err(TierRefused::WrongTargetLevel { .. })
        ));
        assert!(matches!(
            t(ProvincialSpotCheckFailure, Role::ProvincialOfficer, &jiangsu, &county),
            Err(TierRefused::WrongTargetLevel { .. })
        ));
        assert_eq!(
            t(ProvincialSpotCheckFailure, Role::ProvincialOfficer, &jiangsu, &suzhou),
            Err(TierRefused::NotCompetent(suzhou.id))
        );
        assert_eq!(
            t(ProvincialSpotCheckFailure, Role::ProvincialOfficer, &jiangsu, &closed),
            Err(TierRefused::TargetClosed(closed.id))
        );
        assert_eq!(t(PassOn, Role::MunicipalOfficer, &nanjing, &county), Err(TierRefused::PassOnNotSent));
        assert_eq!(check_next_tier(&nanjing, &county, &in_nanjing), Ok(()));
        assert_eq!(
            check_next_tier(&jiangsu, &county, &in_nanjing),
            Err(TierRefused::NotDirectlyBelow { from: jiangsu.id, target: county.id })
        );
    }

    #[test]
    fn an_order_goes_anywhere_strictly_below_open_and_holding_the_enterprise() {
        use AuthorityLevel::*;
        let nation = seat(1, National, "000000", None);
        let jiangsu = seat(2, Provincial, "320000", Some(1));
        let nanjing = seat(3, Municipal, "320100", Some(2));
        let county = seat(5, County, "320102", Some(3));
        let zhejiang = seat(6, Provincial, "330000", Some(1));
        let closed = Seat { open: false, ..county };
        let in_county = RegionCode::parse("320102").unwrap();
        let in_jianye = RegionCode::parse("320105").unwrap();
        let below = |upper: &Seat, lower: &Seat, region: Option<&RegionCode>| {
            check_below(upper, lower, Depth::Anywhere, region)
        };
        assert_eq!(below(&nation, &county, Some(&in_county)), Ok(()));
        assert_eq!(below(&jiangsu, &county, None), Ok(()));
        assert_eq!(below(&jiangsu, &nanjing, Some(&in_county)), Ok(()));
        assert_eq!(
            below(&jiangsu, &jiangsu, None),
            Err(TierRefused::NotBelow { from: jiangsu.id, target: jiangsu.id })
        );
        assert_eq!(
            below(&jiangsu, &zhejiang, None),
            Err(TierRefused::NotBelow { from: jiangsu.id, target: zhejiang.id })
        );
        assert_eq!(
            below(&county, &nanjing, None),
            Err(TierRefused::NotBelow { from: county.id, target: nanjing.id })
        );
        assert_eq!(below(&jiangsu, &closed, None), Err(TierRefused::TargetClosed(closed.id)));
        assert_eq!(below(&jiangsu, &county, Some(&in_jianye)), Err(TierRefused::NotCompetent(county.id)));
        // A request goes up to the parent: the raiser is the next tier down from its target.
        assert_eq!(check_below(&nanjing, &county, Depth::NextTier, None), Ok(()));
        assert_eq!(
            check_below(&jiangsu, &county, Depth::NextTier, None),
            Err(TierRefused::NotDirectlyBelow { from: jiangsu.id, target: county.id })
        );
    }

    #[test]
    fn a_proof_is_of_the_enterprise_after_the_notice_and_proving() {
        let sent_on = date("2027-09-02");
        let own = EnterpriseId::new(7);
        let proof = |enterprise: i64, on: Option<&str>, proving: bool| ProofFacts {
            kind: ProofKind::FollowUpVisit,
            enterprise_id: EnterpriseId::new(enterprise),
            on: on.map(date),
            proving,
        };
        let kind = ProofKind::FollowUpVisit;
        let cases = [
            (proof(7, Some("2027-09-02"), true), Ok(())),
            (proof(7, None, true), Ok(())),
            (
                proof(8, Some("2027-09-05"), true),
                Err(ProofRefused::OtherEnterprise { kind, expected: own, got: EnterpriseId::new(8) }),
            ),
            (
                proof(7, Some("2027-09-01"), true),
                Err(ProofRefused::BeforeNotice { kind, on: date("2027-09-01"), sent_on }),
            ),
            (proof(7, Some("2027-09-05"), false), Err(ProofRefused::NotProving { kind })),
        ];
        for (facts, expected) in cases {
            assert_eq!(check_proof(own, sent_on, &facts), expected, "{facts:?}");
        }
    }
}

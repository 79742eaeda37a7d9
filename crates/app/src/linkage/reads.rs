//! The notices' reads: the scoped list (`linkageNotices`) with its filters, the batch reads the
//! DataLoaders use, and the time-to-close figure per receiving authority.

use std::collections::BTreeMap;

use oversight_domain::linkage::notice::{median, working_days_between};
use oversight_domain::{AuthorityId, NoticeId, WorkingCalendar};
use oversight_storage::calendar;
use oversight_storage::linkage::notice::{self, NoticeFilter, NoticeRecord};

use super::notice_scope;
use crate::{App, AppError, Page, PageRequest, Principal};

/// A notice passed on from `parent_id` (the loader keys children by their parent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildNotice {
    pub parent_id: NoticeId,
    pub record: NoticeRecord,
}

/// How fast an authority closes the notices it receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CloseTime {
    pub authority_id: AuthorityId,
    /// Notices it received that are closed.
    pub closed: u64,
    /// The median of their working days from sending to closing.
    pub median_working_days: u32,
}

impl App {
    /// One page of the notices the caller reads, newest first; `late` is judged on today.
    pub async fn linkage_notices(
        &self,
        principal: &Principal,
        filter: &NoticeFilter,
        request: &PageRequest<i64>,
    ) -> Result<Page<NoticeRecord>, AppError> {
        let scope = notice_scope(principal)?;
        Ok(notice::page(&self.store, &scope, filter, self.today(), request).await?)
    }

    pub async fn count_linkage_notices(
        &self,
        principal: &Principal,
        filter: &NoticeFilter,
    ) -> Result<u64, AppError> {
        let scope = notice_scope(principal)?;
        Ok(notice::count(&self.store, &scope, filter, self.today()).await?)
    }

    pub async fn linkage_notices_by_ids(
        &self,
        principal: &Principal,
        ids: &[NoticeId],
    ) -> Result<Vec<NoticeRecord>, AppError> {
        let scope = notice_scope(principal)?;
        Ok(notice::by_ids(&self.store, &scope, ids).await?)
    }

    /// The notices passed on from each of these (the loader of `LinkageNotice.children`).
    pub async fn linkage_notice_children(
        &self,
        principal: &Principal,
        parents: &[NoticeId],
    ) -> Result<Vec<ChildNotice>, AppError> {
        let scope = notice_scope(principal)?;
        let children = notice::children_of(&self.store, &scope, parents).await?;
        Ok(children
            .into_iter()
            .filter_map(|record| record.parent_id.map(|parent_id| ChildNotice { parent_id, record }))
            .collect())
    }

    /// Per receiving authority inside the caller's notice scope: how many notices it closed and
    /// the median working days from sending to closing, counted on the working-day calendar
    /// (two statements: the closed notices' three columns, the calendar).
    pub async fn notice_close_times(&self, principal: &Principal) -> Result<Vec<CloseTime>, AppError> {
        let scope = notice_scope(principal)?;
        let closed = notice::closed(&self.store, &scope).await?;
        let calendar = WorkingCalendar::new(calendar::years(&self.store).await?);
        let mut days: BTreeMap<AuthorityId, Vec<u32>> = BTreeMap::new();
        for notice in closed {
            let taken = working_days_between(&calendar, notice.sent_on, notice.closed_on);
            days.entry(notice.target_authority_id).or_default().push(taken);
        }
        Ok(days
            .into_iter()
            .filter_map(|(authority_id, days)| {
                let closed = days.len() as u64;
                median(days).map(|median_working_days| CloseTime {
                    authority_id,
                    closed,
                    median_working_days,
                })
            })
            .collect())
    }
}

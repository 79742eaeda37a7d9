//! The inbox (待办, docs/adr/0040): everything due for the caller across the workflows, in deadline
//! order, with its counts per kind — one statement for the page and one for the counts.

use oversight_domain::inbox::{Inbox, InboxKind};
use oversight_storage::inbox::{self as store, InboxCount, InboxCursor, InboxRow};

use crate::{Action, App, AppError, Page, PageRequest, Principal, Resource, allow};

impl App {
    /// The caller's inbox, narrowed to `kinds` when given: what its role acts on next, over its
    /// reach (docs/adr/0040).
    pub fn inbox_of(&self, principal: &Principal, kinds: Option<&[InboxKind]>) -> Result<Inbox, AppError> {
        allow(principal, Action::ReadInbox, &Resource::None, "inbox")?;
        Ok(Inbox::of(principal, kinds))
    }

    /// One page of the inbox by (day, kind, record id); `overdue` judged on today.
    pub async fn inbox_page(
        &self,
        inbox: &Inbox,
        request: &PageRequest<InboxCursor>,
    ) -> Result<Page<InboxRow>, AppError> {
        Ok(store::page(&self.store, inbox, self.today(), request).await?)
    }

    /// The item of `kind` about record `id`, if it is in the inbox today.
    pub async fn inbox_item(
        &self,
        inbox: &Inbox,
        kind: InboxKind,
        id: i64,
    ) -> Result<Option<InboxRow>, AppError> {
        Ok(store::item(&self.store, inbox, self.today(), kind, id).await?)
    }

    /// The whole inbox's items and overdue items per kind.
    pub async fn inbox_counts(&self, inbox: &Inbox) -> Result<Vec<InboxCount>, AppError> {
        Ok(store::counts(&self.store, inbox, self.today()).await?)
    }
}

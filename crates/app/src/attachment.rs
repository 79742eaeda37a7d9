//! Attachments (附件, issue 14, docs/adr/0019): uploading a document to an enterprise's file
//! (sniffed against the allowlist, its blob written before its row, nothing left behind by a
//! refusal), deleting one while unsealed (its blob too when no other row references it), the
//! short-lived signed download URL and its check, the scoped reads, and the check-and-seal the
//! workflows call inside their unit of work when a submitted record makes attachments evidence.

use std::sync::Arc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use oversight_domain::archive::ArchiveFact;
use oversight_domain::attachment::{Attachment, AttachmentType, sanitise_file_name};
use oversight_domain::audit::{ObjectRef, Operation};
use oversight_domain::{AttachmentId, EnterpriseId};
use oversight_storage::attachment::{self as rows, AttachmentStore, NewAttachment, StagedFile};
use oversight_storage::registry::enterprise;
use oversight_storage::{Executor, StorageError};
use sha2::Sha256;

use crate::work::Work;
use crate::{Action, App, AppError, Code, Page, PageRequest, Principal, Resource, allow, now};

/// Default largest attachment: 20 MiB.
pub const DEFAULT_MAX_ATTACHMENT_BYTES: u64 = 20 * 1024 * 1024;
/// Default lifetime of a download URL.
pub const DEFAULT_DOWNLOAD_URL_TTL: Duration = Duration::from_secs(300);

/// Where attachments are kept and how downloads are signed. Replicas share the store and the key,
/// so a URL one signs another serves.
#[derive(Clone)]
pub struct AttachmentSettings {
    pub store: AttachmentStore,
    /// The HMAC-SHA256 key of download URLs.
    url_key: Arc<Vec<u8>>,
    pub url_ttl: Duration,
    pub max_bytes: u64,
}

impl std::fmt::Debug for AttachmentSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachmentSettings")
            .field("store", &self.store)
            .field("url_ttl", &self.url_ttl)
            .field("max_bytes", &self.max_bytes)
            .finish_non_exhaustive()
    }
}

impl AttachmentSettings {
    /// `url_key` signs download URLs (at least 32 bytes are advisable; any length works).
    pub fn new(
        store: AttachmentStore,
        url_key: &[u8],
        url_ttl: Duration,
        max_bytes: u64,
    ) -> AttachmentSettings {
        AttachmentSettings { store, url_key: Arc::new(url_key.to_vec()), url_ttl, max_bytes }
    }

    /// A process-local store and a random key: what an `App` has until configured.
    pub fn in_memory() -> AttachmentSettings {
        use rand::RngCore;
        let mut key = vec![0_u8; 32];
        rand::rng().fill_bytes(&mut key);
        // `memory://` needs no I/O and cannot fail to open.
        let store = match AttachmentStore::from_url("memory://", &[]) {
            Ok(store) => store,
            Err(err) => unreachable_store(err),
        };
        AttachmentSettings::new(store, &key, DEFAULT_DOWNLOAD_URL_TTL, DEFAULT_MAX_ATTACHMENT_BYTES)
    }

    fn signature(&self, id: AttachmentId, expires: i64) -> Option<Hmac<Sha256>> {
        self.mac(&format!("attachment:{id}:{expires}"))
    }

    /// The HMAC of a signed URL's message under the URL key. Each kind of URL prefixes its own
    /// name (`attachment:`, `export:`), so one kind's signature never admits another's.
    pub(crate) fn mac(&self, message: &str) -> Option<Hmac<Sha256>> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.url_key).ok()?;
        mac.update(message.as_bytes());
        Some(mac)
    }
}

#[cold]
fn unreachable_store(err: StorageError) -> AttachmentStore {
    tracing::error!(error = %err, "the in-memory attachment store did not open");
    std::process::abort()
}

/// An uploaded file as the HTTP layer received it: in a temporary file, with the name the client
/// gave (sanitised before it is stored; the declared type is ignored).
#[derive(Debug)]
pub struct Upload {
    pub file: std::fs::File,
    pub file_name: String,
}

/// A download the signature admitted: the record and its bytes, streamed.
pub struct Download {
    pub attachment: Attachment,
    pub body: futures_util::stream::BoxStream<
        'static,
        std::io::Result<oversight_storage::attachment::store::Chunk>,
    >,
}

impl App {
    /// The same application with these attachment settings.
    pub fn with_attachments(mut self, settings: AttachmentSettings) -> App {
        self.attachments = settings;
        self
    }

    /// The attachment store (tests list it).
    pub fn attachment_store(&self) -> &AttachmentStore {
        &self.attachments.store
    }

    /// The largest attachment accepted, in bytes.
    pub fn max_attachment_bytes(&self) -> u64 {
        self.attachments.max_bytes
    }

    /// Adds a document to the enterprise's file. The caller's right is checked first, then the
    /// bytes (size, sniffed type) — a refusal writes nothing, not even a blob — then the blob is
    /// stored (once per content) and only then the row, archive event and audit record. A
    /// retried request with the same idempotency key answers the first upload.
    pub async fn upload_attachment(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        upload: Upload,
        idempotency_key: Option<&str>,
    ) -> Result<Attachment, AppError> {
        let key = idempotency_key.map(parse_key).transpose()?;
        self.attachment_owner(&self.store, principal, enterprise_id, Action::UploadAttachment).await?;
        let staged = StagedFile::read(upload.file).await?;
        let organisation = principal.organisation.reference();
        if let Some(key) = &key
            && let Some(first) =
                rows::by_idempotency_key(&self.store, enterprise_id, &organisation, key).await?
        {
            return replay(first, &staged);
        }
        let kind = self.check_bytes(&staged)?;
        let file_name = sanitise_file_name(&upload.file_name, kind);
        self.attachments.store.put(&staged).await?;
        let new = NewAttachment {
            enterprise_id,
            sha256: &staged.sha256,
            size_bytes: staged.size_bytes,
            content_type: kind,
            file_name: &file_name,
            uploaded_by: &principal.subject,
            uploader_organisation: &organisation,
            idempotency_key: key.as_deref(),
        };
        let attachment = self.record_upload(principal, &new).await?;
        // A delete of the last other reference may have removed the blob between the put and the
        // commit: put it back, so a committed row always has its bytes.
        if !self.attachments.store.contains(&staged.sha256).await? {
            self.attachments.store.put(&staged).await?;
        }
        Ok(attachment)
    }

    /// The size and sniffed type of an upload, or its refusal.
    fn check_bytes(&self, staged: &StagedFile) -> Result<AttachmentType, AppError> {
        if staged.size_bytes > self.attachments.max_bytes {
            return Err(AppError::refused(
                Code::AttachmentTooLarge,
                "file",
                format!(
                    "the file has {} bytes; at most {} are accepted",
                    staged.size_bytes, self.attachments.max_bytes
                ),
            ));
        }
        AttachmentType::sniff(&staged.head).ok_or_else(|| {
            let allowed: Vec<&str> = AttachmentType::ALL.iter().map(|t| t.as_str()).collect();
            AppError::refused(
                Code::AttachmentTypeNotAllowed,
                "file",
                format!("the file's content is not of an allowed type ({})", allowed.join(", ")),
            )
        })
    }

    /// The unit of work of an upload: the policy again inside the transaction, the row, the
    /// archive event and the audit record.
    async fn record_upload(
        &self,
        principal: &Principal,
        new: &NewAttachment<'_>,
    ) -> Result<Attachment, AppError> {
        let mut work = self.begin(principal, Operation::UploadAttachment).await?;
        self.attachment_owner(work.tx(), principal, new.enterprise_id, Action::UploadAttachment).await?;
        let attachment = match rows::insert(work.tx(), new, work.now).await {
            Err(StorageError::Conflict(_)) => {
                return Err(AppError::concurrent(
                    "an upload with the same idempotency key was made meanwhile",
                ));
            }
            other => other?,
        };
        work.archive(new.enterprise_id, None, ArchiveFact::AttachmentUploaded(&attachment));
        work.touch([ObjectRef::of(attachment.id), ObjectRef::of(new.enterprise_id)]);
        work.commit(None, Some(attachment.state())).await?;
        Ok(attachment)
    }

    /// Deletes an unsealed attachment: by the side that uploaded it (the enterprise its own, an
    /// officer within reach the officers' evidence). Its blob goes too when no other row
    /// references the same bytes. ATTACHMENT_SEALED once a submitted record made it evidence.
    pub async fn delete_attachment(
        &self,
        principal: &Principal,
        id: AttachmentId,
    ) -> Result<Attachment, AppError> {
        let mut work = self.begin(principal, Operation::DeleteAttachment).await?;
        let current = rows::by_id(work.tx(), id).await?.ok_or(AppError::NotFound { what: "attachment" })?;
        self.attachment_owner(work.tx(), principal, current.enterprise_id, Action::DeleteAttachment)
            .await
            .map_err(|err| {
                if matches!(err, AppError::NotFound { .. }) {
                    AppError::NotFound { what: "attachment" }
                } else {
                    err
                }
            })?;
        if !current.uploaded_by_side_of(&principal.organisation.reference()) {
            return Err(AppError::refused(
                Code::Forbidden,
                "id",
                "an attachment is deleted by the side that uploaded it (the enterprise its own documents, officers their evidence)",
            ));
        }
        current
            .check_deletable()
            .map_err(|sealed| AppError::refused(Code::AttachmentSealed, "id", sealed.to_string()))?;
        if !rows::delete_unsealed(work.tx(), id).await? {
            return Err(AppError::concurrent("the attachment was sealed or deleted meanwhile"));
        }
        let remaining = rows::references(work.tx(), &current.sha256).await?;
        work.archive(current.enterprise_id, None, ArchiveFact::AttachmentDeleted(&current));
        work.touch([ObjectRef::of(id), ObjectRef::of(current.enterprise_id)]);
        work.commit(Some(current.state()), None).await?;
        if remaining == 0
            && let Err(err) = self.attachments.store.delete(&current.sha256).await
        {
            // The row is gone; an unreferenced blob is only space, and the next upload of the
            // same bytes reuses it.
            tracing::warn!(error = %err, sha256 = %current.sha256, "an unreferenced attachment blob was not removed");
        }
        Ok(current)
    }

    /// A short-lived signed URL for downloading the attachment (the caller could read it: the
    /// record came from a scoped read). `/attachments/<id>?expires=<unix>&signature=<hex>`.
    pub fn attachment_download_url(&self, attachment: &Attachment) -> String {
        let ttl = i64::try_from(self.attachments.url_ttl.as_secs()).unwrap_or(300);
        let expires = now().timestamp() + ttl;
        let signature = self
            .attachments
            .signature(attachment.id, expires)
            .map(|mac| hex::encode(mac.finalize().into_bytes()))
            .unwrap_or_default();
        format!("/attachments/{}?expires={expires}&signature={signature}", attachment.id)
    }

    /// The attachment a signed URL names, with its bytes; None when the signature is wrong, the
    /// URL expired or the attachment is gone (the HTTP layer answers 403 alike).
    pub async fn open_download(
        &self,
        id: AttachmentId,
        expires: i64,
        signature: &str,
    ) -> Result<Option<Download>, AppError> {
        let Ok(signature) = hex::decode(signature) else { return Ok(None) };
        let valid =
            self.attachments.signature(id, expires).is_some_and(|mac| mac.verify_slice(&signature).is_ok());
        if !valid || expires < now().timestamp() {
            return Ok(None);
        }
        let Some(attachment) = rows::by_id(&self.store, id).await? else { return Ok(None) };
        let body = self.attachments.store.get(&attachment.sha256).await?;
        Ok(Some(Download { attachment, body }))
    }

    /// The attachments with these ids the caller may read (its registry scope).
    pub async fn attachments_by_ids(
        &self,
        principal: &Principal,
        ids: &[AttachmentId],
    ) -> Result<Vec<Attachment>, AppError> {
        Ok(rows::by_ids(&self.store, &crate::read_scope(principal)?, ids).await?)
    }

    /// One page of an enterprise's attachments, oldest first, in the caller's scope.
    pub async fn attachments_of_enterprise(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        request: &PageRequest<i64>,
    ) -> Result<Page<Attachment>, AppError> {
        Ok(rows::page(&self.store, &crate::read_scope(principal)?, enterprise_id, request).await?)
    }

    /// How many attachments `attachments_of_enterprise` pages through.
    pub async fn count_attachments_of_enterprise(
        &self,
        principal: &Principal,
        enterprise_id: EnterpriseId,
    ) -> Result<u64, AppError> {
        Ok(rows::count(&self.store, &crate::read_scope(principal)?, enterprise_id).await?)
    }

    /// The enterprise an attachment belongs to, with the policy of `action` applied (out of
    /// reach: not found).
    async fn attachment_owner(
        &self,
        x: &impl Executor,
        principal: &Principal,
        enterprise_id: EnterpriseId,
        action: Action,
    ) -> Result<(), AppError> {
        let owner =
            enterprise::by_id(x, enterprise_id).await?.ok_or(AppError::NotFound { what: "enterprise" })?;
        allow(
            principal,
            action,
            &Resource::Enterprise { id: owner.id, region: owner.base.region },
            "enterprise",
        )
    }
}

/// For the workflows that make attachments evidence (the annual review's self-inspection report):
/// inside their unit of work, checks that every id is an attachment of `enterprise_id`
/// (ATTACHMENT_NOT_FOUND otherwise, naming the first missing id) and seals them in one statement.
pub(crate) async fn check_and_seal(
    work: &mut Work<'_>,
    enterprise_id: EnterpriseId,
    ids: &[AttachmentId],
) -> Result<Vec<Attachment>, AppError> {
    let found = check_owned(work, enterprise_id, ids).await?;
    let now = work.now;
    rows::seal(work.tx(), ids, now).await?;
    work.touch(ids.iter().map(|id| ObjectRef::of(*id)));
    Ok(found.into_iter().map(|a| Attachment { sealed_at: a.sealed_at.or(Some(now)), ..a }).collect())
}

/// Every id is an attachment of `enterprise_id` (ATTACHMENT_NOT_FOUND otherwise, naming the first
/// missing id): a record names only its own enterprise's documents. Returns them, in id order.
pub(crate) async fn check_owned(
    work: &Work<'_>,
    enterprise_id: EnterpriseId,
    ids: &[AttachmentId],
) -> Result<Vec<Attachment>, AppError> {
    let found = rows::of_enterprise(work.tx(), ids, enterprise_id).await?;
    match ids.iter().find(|id| !found.iter().any(|a| a.id == **id)) {
        None => Ok(found),
        Some(missing) => Err(AppError::refused(
            Code::AttachmentNotFound,
            "attachmentIds",
            format!("attachment {missing} is not a document of this enterprise's file"),
        )),
    }
}

/// A retried upload: the first one's record when the bytes are the same.
fn replay(first: Attachment, staged: &StagedFile) -> Result<Attachment, AppError> {
    if first.sha256 == staged.sha256 {
        return Ok(first);
    }
    Err(AppError::refused(
        Code::IdempotencyKeyReused,
        "idempotencyKey",
        format!("the key was used for attachment {} with other bytes", first.id),
    ))
}

fn parse_key(key: &str) -> Result<String, AppError> {
    Ok(oversight_domain::text::parse_text("idempotencyKey", key, 1, 100, false)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn settings() -> AttachmentSettings {
        AttachmentSettings::new(
            AttachmentStore::from_url("memory://", &[]).unwrap(),
            b"k",
            DEFAULT_DOWNLOAD_URL_TTL,
            10,
        )
    }

    #[test]
    fn signatures_bind_the_id_and_the_expiry() {
        let settings = settings();
        let sign = |id: i64, expires: i64| {
            hex::encode(settings.signature(AttachmentId::new(id), expires).unwrap().finalize().into_bytes())
        };
        assert_eq!(sign(1, 100), sign(1, 100));
        assert_ne!(sign(1, 100), sign(2, 100));
        assert_ne!(sign(1, 100), sign(1, 101));
        let other = AttachmentSettings::new(settings.store.clone(), b"other", DEFAULT_DOWNLOAD_URL_TTL, 10);
        let signed_elsewhere =
            hex::encode(other.signature(AttachmentId::new(1), 100).unwrap().finalize().into_bytes());
        assert_ne!(sign(1, 100), signed_elsewhere);
    }
}

//! Attachments (附件 attachment, docs/adr/0019) in GraphQL and over HTTP: the `Attachment` node,
//! `uploadAttachment` (a GraphQL multipart request: the file arrives as an `Upload`) and
//! `deleteAttachment`, and the one download route, `/attachments/<id>?expires=&signature=`,
//! which serves the bytes a signed URL names (403 for anything else, with no detail).

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use async_graphql::{Context, ID, Object, SimpleObject, Upload};
use chrono::{DateTime, Utc};
use oversight_app::{AttachmentRecord, Upload as UploadedFile};
use oversight_domain::{AttachmentId, TypedId};

use crate::enums::AttachmentTypeGql;
use crate::error::{ResultExt, caller};
use crate::http::Endpoint;
use crate::ids::{NodeType, global_id, parse_numeric_id};
use crate::loaders::load;
use crate::registry::enterprise::Enterprise;

pub struct Attachment(pub AttachmentRecord);

/// A document in an enterprise's file (附件 attachment): uploaded by the enterprise itself or
/// added by a supervising officer as evidence. Readable exactly by whoever may read the
/// enterprise's records.
#[Object]
impl Attachment {
    /// Opaque global ID.
    pub async fn id(&self) -> ID {
        global_id(NodeType::Attachment, self.0.id)
    }

    /// The file name as uploaded, sanitised (no path, no control characters, at most 120
    /// characters).
    async fn file_name(&self) -> &str {
        &self.0.file_name
    }

    /// The type sniffed from the bytes (the declared type and the name do not count).
    async fn content_type(&self) -> AttachmentTypeGql {
        self.0.content_type.into()
    }

    /// The media type served with the bytes (`application/pdf` …).
    async fn media_type(&self) -> &'static str {
        self.0.content_type.as_str()
    }

    /// Size in bytes.
    async fn size_bytes(&self) -> u64 {
        self.0.size_bytes
    }

    /// SHA-256 of the bytes, lowercase hex.
    async fn sha256(&self) -> &str {
        &self.0.sha256
    }

    /// When it was uploaded.
    async fn uploaded_at(&self) -> DateTime<Utc> {
        self.0.uploaded_at
    }

    /// Who uploaded it (the principal's subject).
    async fn uploaded_by(&self) -> &str {
        &self.0.uploaded_by
    }

    /// Whether a submitted record made it evidence: it can no longer be deleted.
    async fn sealed(&self) -> bool {
        self.0.sealed()
    }

    /// When it was sealed; null while it is not.
    async fn sealed_at(&self) -> Option<DateTime<Utc>> {
        self.0.sealed_at
    }

    /// The enterprise whose file holds it; null when outside the caller's reach.
    async fn enterprise(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Enterprise>> {
        Ok(load(ctx, |l| &l.enterprise, self.0.enterprise_id).await?.map(Enterprise))
    }

    /// A short-lived signed URL (a path on this server) that downloads the bytes with their
    /// content type, as an attachment; any replica serves it until it expires.
    async fn download_url(&self, ctx: &Context<'_>) -> async_graphql::Result<String> {
        let (app, _) = caller(ctx)?;
        Ok(app.attachment_download_url(&self.0))
    }
}

/// The attachment after `uploadAttachment`.
#[derive(SimpleObject)]
pub struct UploadAttachmentPayload {
    /// The attachment as stored.
    pub attachment: Attachment,
}

/// The attachment `deleteAttachment` removed.
#[derive(SimpleObject)]
pub struct DeleteAttachmentPayload {
    /// The global ID the attachment had.
    pub deleted_id: ID,
}

#[derive(Default)]
pub struct AttachmentMutation;

#[Object]
impl AttachmentMutation {
    /// Adds a document to an enterprise's file (附件 attachment), sent as a GraphQL multipart
    /// request. The enterprise uploads to its own file, a supervising officer to an enterprise in
    /// its jurisdiction. The bytes decide the type (ATTACHMENT_TYPE_NOT_ALLOWED outside the
    /// allowlist); ATTACHMENT_TOO_LARGE over the size limit; nothing is stored when refused. The
    /// same bytes uploaded twice are stored once.
    async fn upload_attachment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The enterprise whose file receives the document.")] enterprise_id: ID,
        #[graphql(desc = "The file (a part of the multipart request).")] file: Upload,
        #[graphql(desc = "A key (1–100 characters) that makes a retried upload answer the first one.")]
        idempotency_key: Option<String>,
    ) -> async_graphql::Result<UploadAttachmentPayload> {
        let id = parse_numeric_id(&enterprise_id, NodeType::Enterprise, "enterpriseId")?;
        let value = file.value(ctx)?;
        let upload = UploadedFile { file: value.content, file_name: value.filename };
        let (app, principal) = caller(ctx)?;
        let record = app.upload_attachment(principal, id, upload, idempotency_key.as_deref()).await.gql()?;
        Ok(UploadAttachmentPayload { attachment: Attachment(record) })
    }

    /// Deletes an attachment that is not sealed, by the side that uploaded it (the enterprise its
    /// own documents, officers their evidence). ATTACHMENT_SEALED once a submitted record made it
    /// evidence. Its bytes go too when no other attachment has the same.
    async fn delete_attachment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The attachment.")] id: ID,
    ) -> async_graphql::Result<DeleteAttachmentPayload> {
        let key: AttachmentId = parse_numeric_id(&id, NodeType::Attachment, "id")?;
        let (app, principal) = caller(ctx)?;
        let deleted = app.delete_attachment(principal, key).await.gql()?;
        Ok(DeleteAttachmentPayload { deleted_id: global_id(NodeType::Attachment, deleted.id) })
    }
}

/// The query of a download URL.
#[derive(serde::Deserialize)]
struct Signed {
    expires: i64,
    signature: String,
}

/// Serves the bytes a signed URL names, streamed from the store, with the sniffed
/// `Content-Type`, `Content-Disposition: attachment` (RFC 6266, the name in RFC 5987 form) and
/// `X-Content-Type-Options: nosniff`. A bad, tampered or expired URL is 403 with no detail.
pub async fn download(request: HttpRequest, endpoint: web::Data<Endpoint>) -> HttpResponse {
    let forbidden = || HttpResponse::Forbidden().insert_header((header::CACHE_CONTROL, "no-store")).finish();
    let id = request.match_info().get("id").and_then(|id| id.parse::<i64>().ok()).filter(|id| *id > 0);
    let signed = serde_urlencoded::from_str::<Signed>(request.query_string()).ok();
    let (Some(id), Some(signed)) = (id, signed) else { return forbidden() };
    let download = match endpoint
        .app
        .open_download(AttachmentId::from_key(id), signed.expires, &signed.signature)
        .await
    {
        Ok(Some(download)) => download,
        Ok(None) => return forbidden(),
        Err(err) => {
            let correlation_id = uuid::Uuid::new_v4().to_string();
            tracing::error!(correlation_id = %correlation_id, cause = %err, "attachment download failed internally");
            return HttpResponse::InternalServerError().finish();
        }
    };
    let attachment = download.attachment;
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, attachment.content_type.as_str()))
        .insert_header((header::CONTENT_DISPOSITION, content_disposition(&attachment.file_name)))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .no_chunking(attachment.size_bytes)
        .streaming(download.body)
}

/// `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 §4.3).
pub fn content_disposition(file_name: &str) -> String {
    let fallback: String = file_name
        .chars()
        .map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' })
        .collect();
    let mut encoded = String::new();
    for byte in file_name.bytes() {
        // RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
        if byte.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_disposition_keeps_the_name_in_utf8() {
        let cases = [
            ("report.pdf", "attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf"),
            (
                "自查报告 2026.pdf",
                "attachment; filename=\"____ 2026.pdf\"; filename*=UTF-8''%E8%87%AA%E6%9F%A5%E6%8A%A5%E5%91%8A%202026.pdf",
            ),
            ("a\"b.pdf", "attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf"),
        ];
        for (name, expected) in cases {
            assert_eq!(content_disposition(name), expected, "{name}");
        }
    }
}

//! Attachments (附件): the documents an enterprise's file holds — its own uploads (self-inspection
//! reports, license copies) and the evidence officers add. The allowlist of content types, sniffed
//! from the bytes (never the declared type or the name), the file-name sanitiser, the
//! content-addressed blob key and the rule that a sealed attachment (evidence) is never deleted
//! (docs/adr/0019).

use chrono::{DateTime, Utc};
use serde_json::json;

use crate::ids::{AttachmentId, EnterpriseId};

crate::stored_enum! {
    /// The content types an attachment may have (docs/adr/0019): documents and photographs, none
    /// that can carry scripts or macros. The stored name is the media type.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AttachmentType {
        Pdf = "application/pdf",
        Png = "image/png",
        Jpeg = "image/jpeg",
        Webp = "image/webp",
        /// Word (Office Open XML): a ZIP whose first entries are `word/…`.
        Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        /// Excel (Office Open XML): a ZIP whose first entries are `xl/…`.
        Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
}

/// A signature check of the `infer` crate.
type Matcher = fn(&[u8]) -> bool;

/// How many leading bytes `sniff` looks at (the Office Open XML check reads ZIP entry names).
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Longest file name kept, in characters (the extension is kept when the name is cut).
pub const MAX_FILE_NAME_CHARS: usize = 120;

impl AttachmentType {
    /// The type the bytes are, if it is an allowed one; `head` is the file's first
    /// [`SNIFF_BYTES`] bytes (or all of a shorter file).
    pub fn sniff(head: &[u8]) -> Option<AttachmentType> {
        use infer::{doc, image};
        let checks: [(Matcher, AttachmentType); 6] = [
            (infer::archive::is_pdf, AttachmentType::Pdf),
            (image::is_png, AttachmentType::Png),
            (image::is_jpeg, AttachmentType::Jpeg),
            (image::is_webp, AttachmentType::Webp),
            (doc::is_docx, AttachmentType::Docx),
            (doc::is_xlsx, AttachmentType::Xlsx),
        ];
        checks.iter().find(|(matches, _)| matches(head)).map(|(_, kind)| *kind)
    }

    /// The usual file extension, for a name that has none.
    pub fn extension(self) -> &'static str {
        match self {
            AttachmentType::Pdf => "pdf",
            AttachmentType::Png => "png",
            AttachmentType::Jpeg => "jpg",
            AttachmentType::Webp => "webp",
            AttachmentType::Docx => "docx",
            AttachmentType::Xlsx => "xlsx",
        }
    }
}

/// A file name fit to store and to send back in `Content-Disposition`: the last path component
/// (no `/` or `\`), no control or reserved characters (`<>:"|?*`), no leading dots or spaces,
/// at most [`MAX_FILE_NAME_CHARS`] characters keeping the extension; Chinese and other letters
/// stay. An empty result becomes `attachment.<ext>`.
pub fn sanitise_file_name(raw: &str, kind: AttachmentType) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        return format!("attachment.{}", kind.extension());
    }
    if cleaned.chars().count() <= MAX_FILE_NAME_CHARS {
        return cleaned.to_owned();
    }
    let extension = cleaned
        .rsplit_once('.')
        .map(|(_, ext)| ext)
        .filter(|ext| !ext.is_empty() && ext.chars().count() <= 10)
        .unwrap_or_default();
    let keep = MAX_FILE_NAME_CHARS - if extension.is_empty() { 0 } else { extension.chars().count() + 1 };
    let stem: String = cleaned.chars().take(keep).collect();
    if extension.is_empty() { stem } else { format!("{}.{extension}", stem.trim_end_matches('.')) }
}

/// Where the bytes with this SHA-256 (lowercase hex) are kept: `sha256/<first two>/<hex>`, so the
/// same bytes are stored once whoever uploads them.
pub fn blob_key(sha256: &str) -> String {
    format!("sha256/{}/{sha256}", sha256.get(..2).unwrap_or("00"))
}

/// An attachment as stored: which enterprise's file holds it, what it is and who put it there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: AttachmentId,
    pub enterprise_id: EnterpriseId,
    /// SHA-256 of the bytes, lowercase hex: also the blob's address.
    pub sha256: String,
    pub size_bytes: u64,
    /// Sniffed from the bytes.
    pub content_type: AttachmentType,
    /// Sanitised.
    pub file_name: String,
    /// The subject of the principal who uploaded it.
    pub uploaded_by: String,
    /// The organisation it was uploaded for (`enterprise:7`, `authority:3`): its side.
    pub uploader_organisation: String,
    pub uploaded_at: DateTime<Utc>,
    /// When a submitted record made it evidence; never deleted after.
    pub sealed_at: Option<DateTime<Utc>>,
}

/// Why an attachment cannot be deleted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("attachment {id} was sealed on {sealed_at} as evidence of a submitted record and cannot be deleted")]
pub struct AttachmentSealed {
    pub id: AttachmentId,
    pub sealed_at: DateTime<Utc>,
}

impl Attachment {
    /// Whether a submitted record made it evidence.
    pub fn sealed(&self) -> bool {
        self.sealed_at.is_some()
    }

    /// Whether the organisation `reference` (`Organisation::reference`) is on the side that
    /// uploaded it: an enterprise's user for the enterprise's own documents, any authority's
    /// officer (reach decides which) for evidence officers added.
    pub fn uploaded_by_side_of(&self, reference: &str) -> bool {
        let side = |r: &str| r.split(':').next().unwrap_or_default().to_owned();
        side(&self.uploader_organisation) == side(reference)
    }

    /// Deleting is allowed only before the attachment is sealed.
    pub fn check_deletable(&self) -> Result<(), AttachmentSealed> {
        match self.sealed_at {
            Some(sealed_at) => Err(AttachmentSealed { id: self.id, sealed_at }),
            None => Ok(()),
        }
    }

    /// The audited state.
    pub fn state(&self) -> serde_json::Value {
        json!({
            "id": self.id, "enterpriseId": self.enterprise_id, "sha256": self.sha256,
            "sizeBytes": self.size_bytes, "contentType": self.content_type.as_str(),
            "fileName": self.file_name, "uploadedBy": self.uploaded_by,
            "uploaderOrganisation": self.uploader_organisation,
            "sealedAt": self.sealed_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ZIP local file header naming `entry` (what an Office Open XML file starts with).
    fn zip_with(entry: &str) -> Vec<u8> {
        let mut bytes = vec![b'P', b'K', 3, 4];
        bytes.extend_from_slice(&[0; 22]);
        bytes.extend_from_slice(&(entry.len() as u16).to_le_bytes());
        bytes.extend_from_slice(&[0, 0]);
        bytes.extend_from_slice(entry.as_bytes());
        bytes
    }

    #[test]
    fn the_bytes_decide_the_type() {
        let cases: Vec<(&str, Vec<u8>, Option<AttachmentType>)> = vec![
            ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(), Some(AttachmentType::Pdf)),
            ("png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), Some(AttachmentType::Png)),
            ("jpeg", b"\xff\xd8\xff\xe0\0\x10JFIF\0".to_vec(), Some(AttachmentType::Jpeg)),
            ("webp", b"RIFF\x24\0\0\0WEBPVP8 ".to_vec(), Some(AttachmentType::Webp)),
            ("docx", zip_with("word/document.xml"), Some(AttachmentType::Docx)),
            ("xlsx", zip_with("xl/workbook.xml"), Some(AttachmentType::Xlsx)),
            ("plain zip", zip_with("readme.txt"), None),
            ("executable", b"MZ\x90\0\x03\0\0\0\x04\0".to_vec(), None),
            ("ELF", b"\x7fELF\x02\x01\x01\0".to_vec(), None),
            ("html", b"<!DOCTYPE html><html><script>".to_vec(), None),
            ("text", "自查报告：一切正常".as_bytes().to_vec(), None),
            ("empty", Vec::new(), None),
        ];
        for (name, bytes, expected) in cases {
            assert_eq!(AttachmentType::sniff(&bytes), expected, "{name}");
        }
    }

    #[test]
    fn file_names_are_sanitised() {
        let long = format!("{}.pdf", "报".repeat(200));
        let cut = format!("{}.pdf", "报".repeat(MAX_FILE_NAME_CHARS - 4));
        let cases: Vec<(&str, &str)> = vec![
            ("自查报告2026.pdf", "自查报告2026.pdf"),
            ("../../etc/passwd", "passwd"),
            ("C:\\Users\\张三\\年度 报告.pdf", "年度 报告.pdf"),
            ("a\u{0}b\u{7}c\r\n.pdf", "abc.pdf"),
            ("..hidden.pdf", "hidden.pdf"),
            ("what?<is>:this|\"*.pdf", "whatisthis.pdf"),
            ("   ", "attachment.pdf"),
            ("dir/", "attachment.pdf"),
            (long.as_str(), cut.as_str()),
        ];
        for (raw, expected) in cases {
            let got = sanitise_file_name(raw, AttachmentType::Pdf);
            assert_eq!(got, expected, "{raw:?}");
            assert!(got.chars().count() <= MAX_FILE_NAME_CHARS);
        }
    }

    #[test]
    fn blobs_are_addressed_by_their_hash() {
        let hex = "ab".repeat(32);
        assert_eq!(blob_key(&hex), format!("sha256/ab/{hex}"));
    }

    #[test]
    fn a_sealed_attachment_is_not_deletable() {
        let mut attachment = Attachment {
            id: AttachmentId::new(3),
            enterprise_id: EnterpriseId::new(1),
            sha256: "00".repeat(32),
            size_bytes: 10,
            content_type: AttachmentType::Pdf,
            file_name: "a.pdf".to_owned(),
            uploaded_by: "e".to_owned(),
            uploader_organisation: "enterprise:1".to_owned(),
            uploaded_at: DateTime::UNIX_EPOCH,
            sealed_at: None,
        };
        assert_eq!(attachment.check_deletable(), Ok(()));
        attachment.sealed_at = Some(DateTime::UNIX_EPOCH);
        assert!(attachment.check_deletable().is_err());
        assert!(attachment.sealed());
        assert!(attachment.uploaded_by_side_of("enterprise:1"));
        assert!(!attachment.uploaded_by_side_of("authority:2"));
    }
}

//! The attachment store: blobs behind the `object_store` crate, content-addressed
//! (`sha256/<aa>/<hex>`), so the same bytes are kept once. `file:///dir` is a local directory
//! (`LocalFileSystem`: every write goes to a staging file beside its destination and is renamed
//! into place on completion, so a reader never sees half a file); `s3://bucket` any
//! S3-compatible store (`AmazonS3Builder::from_env`: `AWS_ENDPOINT`, `AWS_ACCESS_KEY_ID`,
//! `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ALLOW_HTTP`, overridable by options);
//! `memory://` a process-local store for tests. Uploads are streamed from their temporary file
//! in chunks (`WriteMultipart`), never held whole in memory.

use std::sync::Arc;

use bytes::Bytes;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use object_store::aws::{AmazonS3Builder, AmazonS3ConfigKey};
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path;
use object_store::{ObjectStore, WriteMultipart};
use oversight_domain::attachment::{SNIFF_BYTES, blob_key};
use sha2::{Digest, Sha256};
use tokio::io::AsyncReadExt;

use crate::{Result, StorageError};

/// A piece of a blob as the store streams it.
pub type Chunk = Bytes;

/// Bytes read from a temporary file at a time.
const READ_CHUNK: usize = 256 * 1024;
/// Parts of a multipart write: S3 needs at least 5 MiB per part but the last.
const S3_PART: usize = 5 * 1024 * 1024;
/// A local directory takes smaller parts (less memory per upload).
const LOCAL_PART: usize = 1024 * 1024;
/// Parts in flight at once.
const MAX_PARTS_IN_FLIGHT: usize = 2;

/// Where attachments' bytes are kept. Cheap to clone; replicas given the same URL share it.
#[derive(Clone)]
pub struct AttachmentStore {
    inner: Arc<dyn ObjectStore>,
    part_size: usize,
    url: String,
}

impl std::fmt::Debug for AttachmentStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttachmentStore").field("url", &self.url).finish()
    }
}

/// An upload waiting in its temporary file, read once: its size, SHA-256 and first bytes.
#[derive(Debug)]
pub struct StagedFile {
    file: std::fs::File,
    pub size_bytes: u64,
    /// Lowercase hex.
    pub sha256: String,
    /// The first `SNIFF_BYTES` bytes, for sniffing the content type.
    pub head: Vec<u8>,
}

impl StagedFile {
    /// Reads the file through once (hashing as it goes) and rewinds it for the store.
    pub async fn read(file: std::fs::File) -> Result<StagedFile> {
        let mut reader = tokio::fs::File::from_std(file);
        let mut hasher = Sha256::new();
        let (mut head, mut size_bytes) = (Vec::with_capacity(SNIFF_BYTES), 0_u64);
        let mut buffer = vec![0_u8; READ_CHUNK];
        loop {
            let n = reader.read(&mut buffer).await.map_err(StorageError::blob)?;
            if n == 0 {
                break;
            }
            let chunk = &buffer[..n];
            hasher.update(chunk);
            if head.len() < SNIFF_BYTES {
                head.extend_from_slice(&chunk[..n.min(SNIFF_BYTES - head.len())]);
            }
            size_bytes += n as u64;
        }
        let file = reader.into_std().await;
        Ok(StagedFile { file, size_bytes, sha256: hex::encode(hasher.finalize()), head })
    }

    /// A handle on the file read from its start (the store may read it twice).
    fn rewound(&self) -> Result<std::fs::File> {
        use std::io::Seek;
        let mut file = self.file.try_clone().map_err(StorageError::blob)?;
        file.rewind().map_err(StorageError::blob)?;
        Ok(file)
    }
}

impl AttachmentStore {
    /// Opens the store a URL names: `file:///absolute/dir` (created if missing), `s3://bucket`
    /// (configured from the `AWS_*` environment, then `options`: `aws_endpoint`,
    /// `aws_access_key_id`, `aws_secret_access_key`, `aws_region`, `aws_allow_http` …), or
    /// `memory://`.
    pub fn from_url(url: &str, options: &[(String, String)]) -> Result<AttachmentStore> {
        let bad = |message: String| StorageError::Blob(format!("attachment store {url}: {message}"));
        let (inner, part_size): (Arc<dyn ObjectStore>, usize) = if let Some(dir) = url.strip_prefix("file://")
        {
            std::fs::create_dir_all(dir).map_err(|e| bad(e.to_string()))?;
            let local = LocalFileSystem::new_with_prefix(dir).map_err(|e| bad(e.to_string()))?;
            (Arc::new(local), LOCAL_PART)
        } else if url.starts_with("s3://") {
            let mut builder = AmazonS3Builder::from_env().with_url(url);
            for (key, value) in options {
                let key: AmazonS3ConfigKey =
                    key.parse().map_err(|e: object_store::Error| bad(e.to_string()))?;
                builder = builder.with_config(key, value);
            }
            (Arc::new(builder.build().map_err(|e| bad(e.to_string()))?), S3_PART)
        } else if url == "memory://" {
            (Arc::new(InMemory::new()), LOCAL_PART)
        } else {
            return Err(bad("use file:///directory, s3://bucket or memory://".to_owned()));
        };
        Ok(AttachmentStore { inner, part_size, url: url.to_owned() })
    }

    /// The URL it was opened with.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Whether the blob with this SHA-256 is stored.
    pub async fn contains(&self, sha256: &str) -> Result<bool> {
        match self.inner.head(&Path::from(blob_key(sha256))).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(err) => Err(StorageError::blob(err)),
        }
    }

    /// Stores the staged file under its SHA-256, unless the same bytes are stored already;
    /// streamed in parts, so memory holds at most a few parts whatever the size.
    pub async fn put(&self, staged: &StagedFile) -> Result<()> {
        if self.contains(&staged.sha256).await? {
            return Ok(());
        }
        let location = Path::from(blob_key(&staged.sha256));
        let upload = self.inner.put_multipart(&location).await.map_err(StorageError::blob)?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, self.part_size);
        let mut reader = tokio::fs::File::from_std(staged.rewound()?);
        let mut buffer = vec![0_u8; READ_CHUNK];
        loop {
            let n = match reader.read(&mut buffer).await {
                Ok(n) => n,
                Err(err) => {
                    let _ = writer.abort().await;
                    return Err(StorageError::blob(err));
                }
            };
            if n == 0 {
                break;
            }
            if let Err(err) = writer.wait_for_capacity(MAX_PARTS_IN_FLIGHT).await {
                return Err(StorageError::blob(err));
            }
            writer.write(&buffer[..n]);
        }
        writer.finish().await.map_err(StorageError::blob)?;
        Ok(())
    }

    /// The blob's bytes, streamed.
    pub async fn get(&self, sha256: &str) -> Result<BoxStream<'static, std::io::Result<Bytes>>> {
        let result = self.inner.get(&Path::from(blob_key(sha256))).await.map_err(StorageError::blob)?;
        Ok(result.into_stream().map(|chunk| chunk.map_err(std::io::Error::other)).boxed())
    }

    /// Removes the blob (nothing happens when it is absent).
    pub async fn delete(&self, sha256: &str) -> Result<()> {
        match self.inner.delete(&Path::from(blob_key(sha256))).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(err) => Err(StorageError::blob(err)),
        }
    }

    /// Every key in the store, sorted (tests: "nothing was stored").
    pub async fn keys(&self) -> Result<Vec<String>> {
        let mut listing = self.inner.list(None);
        let mut keys = Vec::new();
        while let Some(meta) = listing.next().await {
            keys.push(meta.map_err(StorageError::blob)?.location.to_string());
        }
        keys.sort();
        Ok(keys)
    }
}

//! Signed plugins (issue 20 item 7): besides the SHA-256 pin an operator approved, a plugin file may
//! carry a detached ed25519 signature by its publisher (`<file>.sig`, 128 hex characters) over
//! its digest. The server trusts a configured set of publisher keys; with signatures required an
//! unsigned file is refused, and a signature that no trusted key verifies is always refused.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use crate::LoadError;

/// What a signature covers: the file's SHA-256 (hex), under a domain tag so a signature made for
/// something else (an audit anchor, say) never verifies as a plugin's.
fn message(sha256: &str) -> Vec<u8> {
    format!("oversight-plugin-v1:{sha256}").into_bytes()
}

/// The detached signature's path beside the library.
pub fn signature_path(library: &Path) -> PathBuf {
    let mut name = library.as_os_str().to_owned();
    name.push(".sig");
    PathBuf::from(name)
}

/// The publisher keys the server trusts, each 64 hex characters (an ed25519 public key).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Publishers(Vec<VerifyingKey>);

impl Publishers {
    /// Parses the configured keys; a malformed one is an error naming it (a typo must not
    /// silently trust nobody).
    pub fn parse(keys: &[String]) -> Result<Publishers, String> {
        keys.iter()
            .map(|key| {
                let bytes = hex::decode(key.trim()).ok().and_then(|b| <[u8; 32]>::try_from(b).ok());
                bytes.and_then(|b| VerifyingKey::from_bytes(&b).ok()).ok_or_else(|| {
                    format!("publisher key {key:?} is not an ed25519 public key (64 hex characters)")
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Publishers)
    }

    /// The trusted key (hex) whose signature over `sha256` is `signature_hex`, if any.
    fn signer_of(&self, sha256: &str, signature_hex: &str) -> Option<String> {
        let bytes = hex::decode(signature_hex.trim()).ok().and_then(|b| <[u8; 64]>::try_from(b).ok())?;
        let signature = Signature::from_bytes(&bytes);
        let message = message(sha256);
        self.0
            .iter()
            .find(|key| key.verify_strict(&message, &signature).is_ok())
            .map(|key| hex::encode(key.to_bytes()))
    }
}

/// Signs a plugin's digest with the publisher's secret seed (64 hex characters, as `oversight
/// plugins keygen` writes it); returns the signature as hex, the `.sig` file's content.
pub fn sign(secret_seed_hex: &str, sha256: &str) -> Result<String, String> {
    let seed = hex::decode(secret_seed_hex.trim())
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or("the publisher key file does not hold a 32-byte seed (64 hex characters)")?;
    let key = SigningKey::from_bytes(&seed);
    Ok(hex::encode(key.sign(&message(sha256)).to_bytes()))
}

/// The public key (hex) of a secret seed.
pub fn public_key(secret_seed_hex: &str) -> Result<String, String> {
    let seed = hex::decode(secret_seed_hex.trim())
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .ok_or("the publisher key file does not hold a 32-byte seed (64 hex characters)")?;
    Ok(hex::encode(SigningKey::from_bytes(&seed).verifying_key().to_bytes()))
}

/// Checks the library's detached signature: the trusted publisher (hex key) that signed it, or
/// none when there is no signature and none is required. A signature present but not verified by
/// a trusted key is refused whether or not signatures are required. With no publisher trusted and
/// none required, signatures are not considered at all (a development or review setting).
pub fn check(
    library: &Path,
    sha256: &str,
    publishers: &Publishers,
    required: bool,
) -> Result<Option<String>, LoadError> {
    if publishers.0.is_empty() && !required {
        return Ok(None);
    }
    let path = signature_path(library);
    let signature = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return if required { Err(LoadError::Unsigned) } else { Ok(None) };
        }
        Err(error) => return Err(LoadError::Io(format!("{}: {error}", path.display()))),
    };
    publishers.signer_of(sha256, &signature).map(Some).ok_or(LoadError::BadSignature)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const SEED: &str = "0101010101010101010101010101010101010101010101010101010101010101";
    const OTHER: &str = "0202020202020202020202020202020202020202020202020202020202020202";
    const DIGEST: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    fn trusting(seeds: &[&str]) -> Publishers {
        Publishers::parse(&seeds.iter().map(|s| public_key(s).unwrap()).collect::<Vec<_>>()).unwrap()
    }

    /// (signature file, trusted publishers, required) → signed or not, or the refusal code.
    type Case<'a> = (Option<&'a str>, &'a [&'a str], bool, Result<bool, &'a str>);

    #[test]
    fn signatures_are_checked_before_anything_is_loaded() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("libplugin.so");
        std::fs::write(&library, b"not really a library").unwrap();
        let good = sign(SEED, DIGEST).unwrap();
        let by_other = sign(OTHER, DIGEST).unwrap();
        let other_digest = sign(SEED, &DIGEST.replace('9', "8")).unwrap();
        let cases: [Case; 8] = [
            (None, &[SEED], false, Ok(false)),
            (None, &[SEED], true, Err("UNSIGNED")),
            (Some(&good), &[SEED], true, Ok(true)),
            (Some(&good), &[OTHER, SEED], false, Ok(true)),
            (Some(&by_other), &[SEED], false, Err("BAD_SIGNATURE")),
            (Some(&other_digest), &[SEED], true, Err("BAD_SIGNATURE")),
            (Some("not hex"), &[SEED], false, Err("BAD_SIGNATURE")),
            (Some(&good), &[], false, Ok(false)),
        ];
        for (signature, trusted, required, expected) in cases {
            let sig_path = signature_path(&library);
            match signature {
                Some(text) => std::fs::write(&sig_path, text).unwrap(),
                None => {
                    let _ = std::fs::remove_file(&sig_path);
                }
            }
            let got = check(&library, DIGEST, &trusting(trusted), required);
            let got = got.map(|signer| signer.is_some()).map_err(|e| e.code());
            assert_eq!(got, expected, "{signature:?} {trusted:?} {required}");
        }
        // The last case left the good signature: its signer is named by its public key.
        let signer = check(&library, DIGEST, &trusting(&[OTHER, SEED]), true).unwrap();
        assert_eq!(signer, Some(public_key(SEED).unwrap()));
    }

    #[test]
    fn a_malformed_publisher_key_is_named() {
        let error = Publishers::parse(&["abc".to_owned()]).unwrap_err();
        assert!(error.contains("\"abc\""), "{error}");
        assert_eq!(signature_path(Path::new("/p/libx.so")), PathBuf::from("/p/libx.so.sig"));
    }
}

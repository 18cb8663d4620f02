//! Backups encrypted with a passphrase in the `age` format
//! (<https://age-encryption.org/v1>, scrypt recipient): readable by Kense and
//! by the `age` tool.

use crate::FieldName;
use crate::{Error, Result};
use age::secrecy::SecretString;
use std::fs;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"age-encryption.org/v1";

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// True when `path` starts like an `age` file.
pub fn is_encrypted(path: &Path) -> Result<bool> {
    let mut head = Vec::with_capacity(MAGIC.len());
    fs::File::open(path)
        .map_err(io(path))?
        .take(MAGIC.len() as u64)
        .read_to_end(&mut head)
        .map_err(io(path))?;
    Ok(head == MAGIC)
}

/// Encrypts `plain` into `out` (temporary name, synced, renamed).
pub fn encrypt_file(plain: &Path, out: &Path, passphrase: &str) -> Result<()> {
    if passphrase.is_empty() {
        return Err(Error::validation(
            FieldName::Passphrase,
            crate::Invalid::Required,
            "an empty passphrase",
        ));
    }
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = dir.join(format!(".kense-backup-{}-age.tmp", std::process::id()));
    let result = (|| {
        let mut input = fs::File::open(plain).map_err(io(plain))?;
        let file = fs::File::create(&tmp).map_err(io(&tmp))?;
        let encryptor = age::Encryptor::with_user_passphrase(SecretString::from(passphrase));
        let mut writer = encryptor.wrap_output(&file).map_err(io(out))?;
        std::io::copy(&mut input, &mut writer).map_err(io(out))?;
        writer.finish().map_err(io(out))?.flush().map_err(io(out))?;
        file.sync_all().map_err(io(out))?;
        drop(file);
        fs::rename(&tmp, out).map_err(io(out))?;
        super::sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A decrypted copy in a temporary file, removed when dropped.
#[derive(Debug)]
pub struct Decrypted(PathBuf);

impl Decrypted {
    /// The decrypted file.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Decrypted {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Decrypts the `age` file `source` into a temporary file in `dir`.
/// A wrong or missing passphrase is [`Error::WrongPassphrase`].
pub fn decrypt_to_temp(source: &Path, dir: &Path, passphrase: Option<&str>) -> Result<Decrypted> {
    let wrong = || Error::WrongPassphrase {
        path: source.to_path_buf(),
    };
    let passphrase = passphrase.filter(|p| !p.is_empty()).ok_or_else(wrong)?;
    let file = fs::File::open(source).map_err(io(source))?;
    let decryptor = age::Decryptor::new_buffered(BufReader::new(file)).map_err(|e| {
        Error::BackupCheckFailed {
            path: source.to_path_buf(),
            detail: e.to_string(),
        }
    })?;
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase));
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed
            | age::DecryptError::NoMatchingKeys => wrong(),
            other => Error::BackupCheckFailed {
                path: source.to_path_buf(),
                detail: other.to_string(),
            },
        })?;
    let out = Decrypted(dir.join(format!(
        ".kense-backup-{}-decrypted.tmp",
        std::process::id()
    )));
    let mut file = fs::File::create(out.path()).map_err(io(out.path()))?;
    std::io::copy(&mut reader, &mut file).map_err(|e| Error::BackupCheckFailed {
        path: source.to_path_buf(),
        detail: e.to_string(),
    })?;
    file.sync_all().map_err(io(out.path()))?;
    Ok(out)
}

//! Connecting to the hub: a `postgres://` URL (or libpq key=value string),
//! TLS when the URL asks for it (`sslmode=require`; `prefer`, the default,
//! uses TLS when the server offers it), the password from the URL,
//! `PGPASSWORD`, or the libpq password file (`PGPASSFILE`, else
//! `~/.pgpass`, on Windows `%APPDATA%\postgresql\pgpass.conf`). Kense never
//! stores a hub password.

use crate::{HubError, Result};
use native_tls::{Certificate, TlsConnector};
use postgres::config::{Host, SslMode};
use postgres::{Client, Config};
use postgres_native_tls::MakeTlsConnector;
use std::path::PathBuf;
use std::time::Duration;

/// The `application_name` Kense connects with.
pub const APPLICATION_NAME: &str = "kense";

/// Opens a connection to the hub at `url`.
pub fn connect(url: &str) -> Result<Client> {
    connect_with(url, None)
}

/// [`connect`], with a password typed for this connection only (the app
/// asks for it and keeps it nowhere); without one, as [`connect`].
pub fn connect_with(url: &str, password: Option<&str>) -> Result<Client> {
    let mut config: Config = url
        .parse()
        .map_err(|e: postgres::Error| HubError::BadUrl(e.to_string()))?;
    if let Some(password) = password.filter(|p| !p.is_empty()) {
        config.password(password);
    }
    if config.get_password().is_none()
        && let Some(password) = password_for(&config)
    {
        config.password(password);
    }
    if config.get_application_name().is_none() {
        config.application_name(APPLICATION_NAME);
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(15));
    }
    let tls = tls_connector(&config)?;
    config
        .connect(tls)
        .map_err(|e| HubError::Unreachable(e.to_string()))
}

/// TLS through the platform's own library (SChannel on Windows, so the
/// installers ship no OpenSSL; OpenSSL on Linux).
fn tls_connector(config: &Config) -> Result<MakeTlsConnector> {
    let mut builder = TlsConnector::builder();
    // A region's own certificate authority, when its server's certificate
    // is not signed by a public one.
    if let Some(ca) = std::env::var_os("KENSE_HUB_CA") {
        let pem =
            std::fs::read(&ca).map_err(|e| HubError::Unreachable(format!("TLS CA file: {e}")))?;
        let cert = Certificate::from_pem(&pem)
            .map_err(|e| HubError::Unreachable(format!("TLS CA file: {e}")))?;
        builder.add_root_certificate(cert);
    }
    // `prefer` (the default) takes TLS when the server offers it without
    // insisting on a verified certificate, as libpq does; `require` insists
    // on TLS and on a certificate the system (or KENSE_HUB_CA) trusts.
    if config.get_ssl_mode() != SslMode::Require {
        builder
            .danger_accept_invalid_certs(true)
            .danger_accept_invalid_hostnames(true);
    }
    let connector = builder
        .build()
        .map_err(|e| HubError::Unreachable(format!("TLS: {e}")))?;
    Ok(MakeTlsConnector::new(connector))
}

/// The password file libpq reads.
fn pgpass_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PGPASSFILE") {
        return Some(PathBuf::from(path));
    }
    if cfg!(windows) {
        dirs::config_dir().map(|d| d.join("postgresql").join("pgpass.conf"))
    } else {
        // libpq's own rule: ~/.pgpass on Unix (the file is the user's, not Kense's data).
        #[allow(clippy::disallowed_methods)]
        dirs::home_dir().map(|d| d.join(".pgpass"))
    }
}

fn password_for(config: &Config) -> Option<Vec<u8>> {
    if let Some(p) = std::env::var_os("PGPASSWORD") {
        return Some(p.to_string_lossy().into_owned().into_bytes());
    }
    let text = std::fs::read_to_string(pgpass_path()?).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        _ => "localhost".to_owned(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config.get_user().unwrap_or("").to_owned();
    let db = config.get_dbname().unwrap_or(&user).to_owned();
    find_password(&text, &host, &port, &db, &user).map(String::into_bytes)
}

/// The password of the first matching line of a libpq password file
/// (`host:port:database:user:password`, `*` matches anything, `\:` and
/// `\\` escape).
pub fn find_password(text: &str, host: &str, port: &str, db: &str, user: &str) -> Option<String> {
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        field.push(next);
                    }
                }
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        if matches(&fields[0], host)
            && matches(&fields[1], port)
            && matches(&fields[2], db)
            && matches(&fields[3], user)
        {
            return fields.pop();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find_password;

    #[test]
    fn the_password_file_is_read_as_libpq_does() {
        let text = "# region hub\nother:5432:*:*:nope\nhub.kz:5432:kense:kense_office_alm_01:s3cr\\:et\n*:*:*:*:fallback\n";
        assert_eq!(
            find_password(text, "hub.kz", "5432", "kense", "kense_office_alm_01").as_deref(),
            Some("s3cr:et")
        );
        assert_eq!(
            find_password(text, "x", "1", "y", "z").as_deref(),
            Some("fallback")
        );
        assert_eq!(find_password("a:b:c:d:e\n", "x", "1", "y", "z"), None);
    }
}

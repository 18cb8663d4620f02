//! `commands!`: each command declared once.
//!
//! One declaration in a command module gives
//! - the `#[tauri::command] async fn` (its body runs on Tauri's blocking
//!   pool, never on the main thread, which draws the window),
//! - its registration (the module's `handler`, dispatched by
//!   [`crate::commands::handle`]),
//! - its TypeScript binding: name, argument names and types, result type and
//!   doc line (the module's `bindings`, written to `generated.ts`).
//!
//! ```ignore
//! commands! {
//!     /// One person.
//!     fn get_person(state, id: i64) -> Person {
//!         state.read(|c| people::get_person(c, id))
//!     }
//!     /// Opens a file in the system's viewer.
//!     fn open_file(app, path: PathBuf) -> () { … }
//! }
//! ```
//!
//! Each call writes one log line (name, duration, error code; never the
//! arguments): see [`log_command`].
//!
//! The first parameter names what the body gets: `state` (the
//! [`crate::AppState`]) or `app` (the `AppHandle`). The body returns
//! `Result<T, IpcError>` with `T` the declared result. A type whose
//! TypeScript name is not its `ts_rs` name says so with `as "…"`
//! (`-> Response as "ArrayBuffer"`).

/// The command's log line: its name, how long it took and, when it failed,
/// the error code. Never its arguments or result (they hold people's data).
#[doc(hidden)]
pub fn log_command(name: &str, started: std::time::Instant, error: Option<&crate::IpcError>) {
    let ms = started.elapsed().as_millis();
    match error {
        None => tracing::info!(command = name, ms, "command"),
        Some(err) => tracing::warn!(
            command = name,
            ms,
            code = err.code.as_str(),
            "command failed"
        ),
    }
}

/// The TypeScript type of a declared argument or result.
#[doc(hidden)]
#[macro_export]
macro_rules! __ts_type {
    ($cfg:ident, $ty:ty) => {
        <$ty as ::ts_rs::TS>::name($cfg)
    };
    ($cfg:ident, $ty:ty, $ts:literal) => {
        ::std::string::String::from($ts)
    };
}

/// The TypeScript type of a declared argument, written out (no names of
/// other declarations at the top level), for the IPC tests' sample values.
#[doc(hidden)]
#[macro_export]
macro_rules! __ts_inline {
    ($cfg:ident, $ty:ty) => {
        <$ty as ::ts_rs::TS>::inline($cfg)
    };
    ($cfg:ident, $ty:ty, $ts:literal) => {
        ::std::string::String::from($ts)
    };
}

/// Binds the body's context (`state` or `app`) from the app handle.
#[doc(hidden)]
#[macro_export]
macro_rules! __command_context {
    (state, $app:ident) => {
        ::tauri::Manager::try_state::<$crate::AppState>(&$app)
            .ok_or_else(|| $crate::IpcError::internal("the app state is not managed"))?
            .inner()
            .clone()
    };
    (app, $app:ident) => {
        $app
    };
}

/// Declares the commands of one module; see the module docs.
#[macro_export]
macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        fn $name:ident($ctx:ident $(, $arg:ident : $ty:ty $(as $arg_ts:literal)?)* $(,)?)
            -> $ret:ty $(as $ret_ts:literal)?
        $body:block
    )*) => {
        $(
            $(#[doc = $doc])*
            #[tauri::command]
            // The arguments are the keys of the IPC payload, not a Rust API.
            #[allow(clippy::too_many_arguments)]
            pub async fn $name<R: ::tauri::Runtime>(
                app: ::tauri::AppHandle<R>,
                $($arg: $ty),*
            ) -> ::std::result::Result<$ret, $crate::IpcError> {
                let started = ::std::time::Instant::now();
                let $ctx = $crate::__command_context!($ctx, app);
                let result = ::tauri::async_runtime::spawn_blocking(
                    move || -> ::std::result::Result<$ret, $crate::IpcError> { $body },
                )
                .await
                .unwrap_or_else(|err| {
                    Err($crate::IpcError::internal(format!("{} stopped: {err}", stringify!($name))))
                });
                $crate::declare::log_command(stringify!($name), started, result.as_ref().err());
                result
            }
        )*

        /// The names of this module's commands (what `invoke` sends).
        pub(crate) const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// The invoke handler of this module's commands.
        pub(crate) fn handler<R: ::tauri::Runtime>(
        ) -> impl Fn(::tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            ::tauri::generate_handler![$($name),*]
        }

        /// This module's commands as the UI sees them.
        pub(crate) fn bindings(cfg: &::ts_rs::Config) -> Vec<$crate::bindings::Command> {
            let _ = cfg;
            vec![$(
                $crate::bindings::Command {
                    name: stringify!($name),
                    doc: $crate::bindings::doc_line(&[$($doc),*]),
                    args: vec![$(
                        $crate::bindings::Arg {
                            name: stringify!($arg),
                            ts: $crate::__ts_type!(cfg, $ty $(, $arg_ts)?),
                            inline: $crate::__ts_inline!(cfg, $ty $(, $arg_ts)?),
                        },
                    )*],
                    returns: $crate::__ts_type!(cfg, $ret $(, $ret_ts)?),
                },
            )*]
        }
    };
}

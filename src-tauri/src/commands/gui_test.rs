//! The GUI tests' hook, compiled in only with the `gui-test` cargo feature
//! (`cargo build -p kense-app --features gui-test`, as scripts/test.sh does
//! for the GUI tests): a release build has neither the command nor its
//! permission (tests/release/check-deb.sh looks for its name in the binary).
//!
//! The tests cannot click through a native dialog, so they answer the next
//! one from the webview; the answer goes through the same registry as a
//! real pick ([`crate::picked`]).

use std::path::PathBuf;

crate::commands! {
    /// Answers the next file dialog with `path`, without opening it.
    fn gui_test_answer_dialog(state, path: PathBuf) -> () {
        state.picked().script_answer(path);
        Ok(())
    }
}

//! The GUI tests' hook, compiled in only with the `gui-test` cargo feature
//! (`cargo build -p kense-app --features gui-test`, as scripts/test.sh does
//! for the GUI tests): a release build has neither the command nor its
//! permission (tests/release/check-deb.sh looks for its name in the binary).
//!
//! The tests cannot click through a native dialog, so they answer the next
//! one from the webview; the answer goes through the same registry as a
//! real pick ([`crate::picked`]). Nor can they drag a file from a file
//! manager: `gui_test_drop_files` hands paths to the window's drop handler.

use std::path::PathBuf;
use tauri::{DragDropEvent, Manager, PhysicalPosition, WindowEvent};

crate::commands! {
    /// Answers the next file dialog with `path`, without opening it.
    fn gui_test_answer_dialog(state, path: PathBuf) -> () {
        state.picked().script_answer(path);
        Ok(())
    }

    /// Drops `paths` on the main window as the operating system would
    /// (the same handler as a real drop: [`crate::dropped`]).
    fn gui_test_drop_files(app, paths: Vec<PathBuf>) -> () {
        let window = app
            .get_webview_window("main")
            .ok_or_else(|| crate::IpcError::internal("no main window"))?
            .as_ref()
            .window();
        let drop = DragDropEvent::Drop { paths, position: PhysicalPosition::new(0.0, 0.0) };
        crate::dropped::on_window_event(&window, &WindowEvent::DragDrop(drop));
        Ok(())
    }
}

//! Photos dropped on the window. Tauri gives the dropped paths to Rust (the
//! operating system's drag and drop, `WindowEvent::DragDrop`), never through
//! the webview: they are registered like a pick in the image dialog
//! ([`crate::picked::Picked::add_dropped`]) and the webview gets only their
//! handles in the [`PHOTOS_DROPPED_EVENT`] event. The event page's photos
//! section adds them to its event; elsewhere the drop does nothing.

use crate::AppState;
use tauri::{DragDropEvent, Emitter, Manager, Runtime, Window, WindowEvent};

/// The event the webview receives after a drop: a [`crate::picked::DroppedFiles`].
pub const PHOTOS_DROPPED_EVENT: &str = "photos-dropped";

/// Handles the window's drag-and-drop events (registered on the builder).
pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event else {
        return;
    };
    let Some(state) = window.try_state::<AppState>() else {
        return;
    };
    let dropped = state.picked().add_dropped(paths);
    tracing::info!(
        images = dropped.images.len(),
        skipped = dropped.skipped.len(),
        "files dropped"
    );
    if let Err(err) = window.emit(PHOTOS_DROPPED_EVENT, &dropped) {
        tracing::warn!(error = %err, "telling the page about dropped files");
    }
}

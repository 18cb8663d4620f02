// The native file dialogs every screen uses: where to save, which folder,
// which table or image. They run in Rust (the `pick_*` commands): the UI
// gets an opaque handle to pass to the command that writes or reads the
// file, and the path only to show it. A cancelled dialog gives null.

import { t } from "./i18n";
import { commands, type PickedFile, type SaveFormat } from "./ipc/generated";

export type { PickedFile } from "./ipc/generated";

/** A format Kense writes. */
export type FileFormat = SaveFormat;

/**
 * Asks where to save a file (`name` without extension: Rust makes it a
 * valid file name and adds the extension when the user typed none); null
 * when the dialog is cancelled.
 */
export async function askSavePath(name: string, format: FileFormat): Promise<PickedFile | null> {
  return commands.pickSaveFile(name, format, t(`export-filter-${format}`));
}

/** Asks for a folder; null when cancelled. */
export async function askFolder(): Promise<PickedFile | null> {
  return commands.pickFolder();
}

/** Asks for a PNG or JPEG image; null when cancelled. */
export async function askImage(): Promise<PickedFile | null> {
  return commands.pickOpenFile("image", t("template-logo-filter"));
}

/** Asks for a table to import (Excel, CSV, OpenDocument); null when cancelled. */
export async function askTable(): Promise<PickedFile | null> {
  return commands.pickOpenFile("table", t("import-file-filter"));
}

// The native file dialogs every screen uses: where to save, which folder,
// which image. A cancelled dialog gives null.

import { open, save } from "@tauri-apps/plugin-dialog";
import { t } from "./i18n";

/** Without the characters Windows refuses in file names. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim() || "Kense";
}

export type FileFormat = "pdf" | "xlsx" | "csv" | "ics";

/**
 * Asks where to save a file (`name` without extension); null when the
 * dialog is cancelled. The extension is added when the user typed none.
 */
export async function askSavePath(name: string, format: FileFormat): Promise<string | null> {
  const scripted = scriptedAnswer();
  if (scripted) return scripted;
  const chosen = await save({
    defaultPath: `${safeFileName(name)}.${format}`,
    filters: [{ name: t(`export-filter-${format}`), extensions: [format] }],
  });
  if (!chosen) return null;
  return chosen.toLowerCase().endsWith(`.${format}`) ? chosen : `${chosen}.${format}`;
}

/**
 * The GUI tests cannot click through the native save dialog: they put the
 * answer in `window.__kenseSaveAs`, which the next save uses once. Only in
 * the GUI-test build (`VITE_KENSE_GUI_TEST=1 npm run build`, see
 * scripts/test.sh): Vite replaces the flag at build time, so a release
 * build (`npm run build`) has no hook at all.
 */
function scriptedAnswer(): string | null {
  if (import.meta.env.VITE_KENSE_GUI_TEST !== "1") return null;
  const w = window as unknown as { __kenseSaveAs?: string | null };
  const path = w.__kenseSaveAs ?? null;
  w.__kenseSaveAs = null;
  return path;
}

/** Asks for a folder; null when cancelled. */
export async function askFolder(): Promise<string | null> {
  const chosen = await open({ directory: true, multiple: false });
  return typeof chosen === "string" ? chosen : null;
}

/** Asks for a PNG or JPEG image; null when cancelled. */
export async function askImage(): Promise<string | null> {
  const chosen = await open({
    multiple: false,
    filters: [{ name: t("template-logo-filter"), extensions: ["png", "jpg", "jpeg"] }],
  });
  return typeof chosen === "string" ? chosen : null;
}

// File names the save dialog suggests: valid on Windows, macOS and Linux,
// the same rules as kense-core's `files::safe_file_name`.

/** Longest suggested name, in UTF-8 bytes (Cyrillic takes two a letter). */
export const MAX_FILE_NAME_BYTES = 200;

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * `stem.ext` made safe: `\ / : * ? " < > |` become `-`, control characters
 * go, spaces collapse, trailing dots and spaces go (so «… 2026 г.» and
 * «.pdf» never make «..»), reserved device names get a `_`, and the whole
 * name fits in {@link MAX_FILE_NAME_BYTES} bytes.
 */
export function safeFileName(stem: string, ext: string): string {
  // eslint-disable-next-line no-control-regex
  let name = stem.replace(/[\u0000-\u001f\u007f]/g, "").replace(/[\\/:*?"<>|]/g, "-");
  name = name.replace(/\s+/g, " ").trim();
  const budget = MAX_FILE_NAME_BYTES - new TextEncoder().encode(`.${ext}`).length;
  while (new TextEncoder().encode(name).length > budget) name = Array.from(name).slice(0, -1).join("");
  name = name.replace(/[. ]+$/, "");
  if (name === "") name = "Kense";
  if (RESERVED.test(name.split(".")[0] ?? "")) name = `_${name}`;
  return `${name}.${ext}`;
}

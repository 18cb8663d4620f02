// Dates, times and phones as the office reads them: 14.03.2025, 10:30,
// +7 701 123 45 67. Dates stay strings end to end (`YYYY-MM-DD`, local
// `YYYY-MM-DDTHH:MM`): no Date objects, so no time-zone surprises.

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /T(\d{2}):(\d{2})/;

/** `2025-03-14` (or the date part of a date-time) → `14.03.2025`; other text unchanged. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const m = DATE.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** `2025-03-14T10:30` → `10:30`; empty without a time. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return "";
  const m = TIME.exec(value);
  return m ? `${m[1]}:${m[2]}` : "";
}

/** `2025-03-14T10:30` → `14.03.2025 10:30`. */
export function formatDateTime(value: string | null | undefined): string {
  const time = formatTime(value);
  const date = formatDate(value);
  return time ? `${date} ${time}` : date;
}

/**
 * An event's span: `14.03.2025 10:00–12:00` on one day,
 * `14.03.2025 10:00 – 15.03.2025 18:00` over several.
 */
export function formatSpan(start: string, end: string): string {
  if (!end || end === start) return formatDateTime(start);
  if (start.slice(0, 10) === end.slice(0, 10)) {
    return `${formatDateTime(start)}–${formatTime(end)}`;
  }
  return `${formatDateTime(start)} – ${formatDateTime(end)}`;
}

/** A stored phone `+77011234567` → `+7 701 123 45 67`; anything else as stored. */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return "";
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(value);
  return m ? `+7 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : value;
}

/** Today as `YYYY-MM-DD` in local time. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar month; `month` is 1–12. */
export type YearMonth = { year: number; month: number };

export function currentMonth(now: Date = new Date()): YearMonth {
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

/** The month `delta` months away. */
export function addMonths(ym: YearMonth, delta: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first and last day of a month, as `YYYY-MM-DD`. */
export function monthRange(ym: YearMonth): { from: string; to: string } {
  const mm = String(ym.month).padStart(2, "0");
  const last = new Date(ym.year, ym.month, 0).getDate();
  return { from: `${ym.year}-${mm}-01`, to: `${ym.year}-${mm}-${String(last).padStart(2, "0")}` };
}

/** The month a `YYYY-MM-DD…` string falls in, or null. */
export function monthOf(value: string): YearMonth | null {
  const m = DATE.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/**
 * A count typed into a text box: empty → null, digits → the number,
 * anything else → undefined (the caller reports it).
 */
export function parseCount(text: string): number | null | undefined {
  const trimmed = text.replace(/\s/g, "");
  if (trimmed === "") return null;
  if (!/^\d{1,12}$/.test(trimmed)) return undefined;
  return Number(trimmed);
}

/** Latin letters typed for their Cyrillic look-alikes (keyboards without the Kazakh layout). */
const LOOK_ALIKES: Record<string, string> = {
  a: "а", c: "с", e: "е", h: "һ", i: "і", k: "к", o: "о", p: "р", x: "х", y: "у",
};

/**
 * Text folded for matching as the registry search does (`kense_core::fold`):
 * lower case, ё as е, Latin diacritics dropped, anything but letters and
 * digits a space, and Latin look-alikes inside a Cyrillic word made Cyrillic
 * («Әлiбек» with a Latin i is «әлібек»). Kazakh letters stay distinct.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFC")
    // Latin diacritics only: й and ё are letters of their own.
    .replace(/[\u00c0-\u024f]/g, (c) => c.normalize("NFD").replace(/\p{M}/gu, ""))
    .toLocaleLowerCase("kk")
    .replaceAll("ё", "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .map((word) =>
      /[\u0400-\u052f]/.test(word) ? word.replace(/[acehikopxy]/g, (c) => LOOK_ALIKES[c] ?? c) : word,
    )
    .join(" ");
}

/**
 * True when every word of `query` begins a word of `text`, both folded
 * (`foldForMatch`): «ер нұр» finds «Нұрланов Ерлан», «лан» does not.
 */
export function matchesWords(query: string, text: string): boolean {
  const wanted = foldForMatch(query).split(" ").filter(Boolean);
  if (wanted.length === 0) return true;
  const words = foldForMatch(text).split(" ");
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

/** An instant in UTC (`2026-12-02T09:30:00Z`) in the machine's time: `02.12.2026 14:30`. */
export function formatInstant(value: string): string {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Bytes as megabytes rounded to one decimal (`1.4`), for Fluent's `NUMBER`
 *  to write in the page's language («1,4 МБ»). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}

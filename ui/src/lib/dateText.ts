// Dates as the offices write them: `03.12.2026` and `03.12.2026 10:00`
// (day first, 24-hour), whatever the webview's locale. Stored values stay
// ISO: `2026-12-03`, `2026-12-03T10:00`.

const pad = (n: number) => String(n).padStart(2, "0");

/** `2026-12-03` → `03.12.2026`; `2026-12-03T10:00` → `03.12.2026 10:00` (with `withTime`). */
export function formatDateText(iso: string, withTime: boolean): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const date = `${m[3]}.${m[2]}.${m[1]}`;
  return withTime ? `${date} ${m[4] ?? "00"}:${m[5] ?? "00"}` : date;
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What a user typed, as ISO; null when it is not a date (and time). Day
 * first: `3.12.2026`, `03.12.2026`, `03/12/2026`, `03-12-2026`, `03122026`;
 * ISO itself (`2026-12-03`, pasted) too. With `withTime` a time may follow
 * (`10:00`, `10.00`, `1000`; none means `defaultTime`).
 */
export function parseDateText(text: string, withTime: boolean, defaultTime = "00:00"): string | null {
  const value = text.trim();
  let year: number, month: number, day: number;
  let rest: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(.*))?$/.exec(value);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[\s,]+(.*))?$/.exec(value);
  const digits = /^(\d{2})(\d{2})(\d{4})(?:[\s,]+(.*))?$/.exec(value);
  if (iso) {
    [year, month, day, rest] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4] ?? ""];
  } else if (dayFirst ?? digits) {
    const m = (dayFirst ?? digits)!;
    [day, month, year, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ""];
  } else {
    return null;
  }
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!withTime) return rest.trim() === "" ? date : null;
  const time = parseTimeText(rest.trim() === "" ? defaultTime : rest);
  return time === null ? null : `${date}T${time}`;
}

/** `10:00`, `9:5`, `10.00`, `1000` → `10:00`, `09:05`…; null when not a time of day. */
export function parseTimeText(text: string): string | null {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim()) ?? /^(\d{1,2}):(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

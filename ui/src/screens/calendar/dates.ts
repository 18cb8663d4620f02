// Calendar arithmetic on `YYYY-MM-DD` strings (and local `YYYY-MM-DDTHH:MM`
// times). Days are counted in UTC internally, so no time zone or daylight
// saving change can shift a day.

import type { YearMonth } from "../../lib/format";

const DAY_MS = 86_400_000;

function toUtc(day: string): number {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtc(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day `delta` days after `day`. */
export function addDays(day: string, delta: number): string {
  return fromUtc(toUtc(day) + delta * DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(day: string): number {
  const js = new Date(toUtc(day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** Saturday or Sunday. */
export function isWeekend(day: string): boolean {
  return weekday(day) >= 6;
}

/** The Monday of the week `day` is in. */
export function weekStart(day: string): string {
  return addDays(day, 1 - weekday(day));
}

/** The seven days of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** `YYYY-MM-01` of a month. */
export function firstOfMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, "0")}-01`;
}

/** The month a day is in. */
export function monthOfDay(day: string): YearMonth {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/** `YYYY-MM` of a month (the .ics export's scope). */
export function monthKey(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, "0")}`;
}

/**
 * The weeks (Monday to Sunday) a month's grid shows: from the Monday on or
 * before the 1st to the Sunday on or after the last day.
 */
export function monthWeeks(ym: YearMonth): string[][] {
  const first = firstOfMonth(ym);
  const next = ym.month === 12 ? { year: ym.year + 1, month: 1 } : { year: ym.year, month: ym.month + 1 };
  const last = addDays(firstOfMonth(next), -1);
  const weeks: string[][] = [];
  for (let monday = weekStart(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekDays(monday));
  }
  return weeks;
}

/** `HH:MM` → minutes after midnight (NaN for anything else). */
export function minutesOf(time: string): number {
  const m = /^(\d{2}):(\d{2})/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

/** Minutes after midnight → `HH:MM`. */
export function timeOf(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A local date-time `YYYY-MM-DDTHH:MM` shifted by `minutes`. */
export function addMinutes(dateTime: string, minutes: number): string {
  const ms = toUtc(dateTime) + (minutesOf(dateTime.slice(11)) + minutes) * 60_000;
  const day = fromUtc(Math.floor(ms / DAY_MS) * DAY_MS);
  const rest = Math.round((ms - toUtc(day)) / 60_000);
  return `${day}T${timeOf(rest)}`;
}

/** True for a well-formed local date-time `YYYY-MM-DDTHH:MM` on a real day. */
export function isDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return false;
  const day = value.slice(0, 10);
  return fromUtc(toUtc(day)) === day && Number(m[4]) < 24 && Number(m[5]) < 60;
}

/**
 * Places a day's events side by side where they overlap: each gets a lane
 * and the number of lanes of its group of overlapping events.
 */
export function layoutLanes<T>(
  items: readonly T[],
  span: (item: T) => { start: number; end: number },
): { item: T; lane: number; lanes: number }[] {
  const sorted = [...items].sort((a, b) => span(a).start - span(b).start);
  const placed: { item: T; lane: number; lanes: number }[] = [];
  let group: { item: T; lane: number; lanes: number }[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;
  const close = () => {
    for (const p of group) p.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    const { start, end } = span(item);
    if (start >= groupEnd) {
      close();
      groupEnd = -Infinity;
    }
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else {
      laneEnds[lane] = end;
    }
    groupEnd = Math.max(groupEnd, end);
    const entry = { item, lane, lanes: 1 };
    group.push(entry);
    placed.push(entry);
  }
  close();
  return placed;
}

/** Colours for campaigns: a strong one (border, legend) and a soft one (background). */
export const CAMPAIGN_COLOURS: readonly { strong: string; soft: string }[] = [
  { strong: "#2f6db5", soft: "#e7f0fa" },
  { strong: "#b7791f", soft: "#fbf1de" },
  { strong: "#2e8b6f", soft: "#e3f4ee" },
  { strong: "#7b4fb0", soft: "#f0e9f8" },
  { strong: "#5f8a2e", soft: "#eef5e4" },
  { strong: "#3d8fa8", soft: "#e3f2f6" },
  { strong: "#8a6d3b", soft: "#f3ede2" },
  { strong: "#a8437f", soft: "#f7e6f0" },
];

/** Events without a campaign. */
export const NO_CAMPAIGN_COLOUR = { strong: "#7a8494", soft: "#eef0f3" };

/** The same colour for a campaign every time (by id). */
export function campaignColour(id: number | null | undefined): { strong: string; soft: string } {
  if (id == null) return NO_CAMPAIGN_COLOUR;
  const index = (((id - 1) % CAMPAIGN_COLOURS.length) + CAMPAIGN_COLOURS.length) % CAMPAIGN_COLOURS.length;
  return CAMPAIGN_COLOURS[index] ?? NO_CAMPAIGN_COLOUR;
}

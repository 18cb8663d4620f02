// The report screen's arithmetic: periods as dates, numbers and changes as
// the office reads them. Dates stay `YYYY-MM-DD` strings.

import { t } from "../../lib/i18n";
import type { Indicator, IndicatorKey, Report } from "../../lib/ipc/generated";

export type PeriodKind = "month" | "quarter" | "year" | "custom";
export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "quarter", "year", "custom"];

const pad = (n: number) => String(n).padStart(2, "0");

/** Days in `month` (1–12) of `year`. */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of a month (1–12), quarter (1–4) or year. */
export function periodRange(
  kind: Exclude<PeriodKind, "custom">,
  year: number,
  index: number,
): { from: string; to: string } {
  const [first, months] =
    kind === "month" ? [index, 1] : kind === "quarter" ? [(index - 1) * 3 + 1, 3] : [1, 12];
  const last = first + months - 1;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(daysIn(year, last))}`,
  };
}

/** 12345 → «12 345» (a no-break space between thousands). */
export function formatNumber(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}

/** «+3 (+12,5%)», «−2», «0». */
export function changeText(indicator: Pick<Indicator, "change" | "changePercent">): string {
  const { change, changePercent } = indicator;
  const signed = change > 0 ? `+${formatNumber(change)}` : formatNumber(change);
  if (changePercent == null) return signed;
  const pct = `${changePercent > 0 ? "+" : ""}${changePercent.toFixed(1).replace(".", ",")}%`;
  return `${signed} (${pct})`;
}

/** «1–2 желтоқсан», «1–2 декабря», «28 ноября – 2 декабря» (no year) for
 *  `YYYY-MM-DD` dates, as the report's `span_label` in kense-core. */
export function spanLabel(from: string, to: string): string {
  const [fm, fd] = [Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const [tm, td] = [Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  const month = (m: number) => t(`month-day-${m}`);
  if (from === to) return t("report-span-one-day", { day: String(fd), month: month(fm) });
  if (from.slice(0, 7) === to.slice(0, 7)) {
    return t("report-span-one-month", { from: String(fd), to: String(td), month: month(fm) });
  }
  return t("report-span-two-months", {
    from: String(fd),
    fmonth: month(fm),
    to: String(td),
    tmonth: month(tm),
  });
}

/** What a running report compares, «1–2 желтоқсан / 1–2 қараша»; empty
 *  for a period that has ended. */
export function comparedSpans(report: Report): string {
  if (!report.running) return "";
  return `${spanLabel(report.current.from, report.current.to)} / ${spanLabel(report.previous.from, report.previous.to)}`;
}

/** The colour of a change: none («flat») while the period has barely begun. */
export function changeStyle(report: Report, change: number): "up" | "down" | "flat" {
  return report.barelyBegun ? "flat" : trend(change);
}

/** Whether a change went up, down or stayed. */
export function trend(change: number): "up" | "down" | "flat" {
  return change > 0 ? "up" : change < 0 ? "down" : "flat";
}

/** The indicator `key` of `report`. */
export function indicator(report: Report, key: IndicatorKey): Indicator | undefined {
  return report.indicators.find((i) => i.key === key);
}

/** Indicators that are parts of another (shown indented). */
export const PARTS: ReadonlySet<IndicatorKey> = new Set([
  "named_attendance",
  "headcount",
  "gratitude_letters",
  "diplomas",
  "certificates",
]);

/** The chart colours, the same as in the PDF. */
export const PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#1f3a68",
];

/** A round axis maximum at or above `max` and its tick step (1, 2 or 5 × 10ⁿ). */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 1);
  return { max: Math.ceil(max / step) * step, step };
}

// The plan of an event in words: stops and warnings as the office reads them.

import { formatDate, formatSpan, formatTime } from "../../lib/format";
import { t } from "../../lib/i18n";
import type { EventKind, Lang, PlanWarning, Stop, StopRef } from "../../lib/ipc/generated";
import { pick } from "../../lib/office";

/** Kinds whose page opens with the itinerary. */
export const ITINERARY_KINDS: readonly EventKind[] = ["open_door_visit", "site_tour"];

/** What to call a stop in `lang`: «Organisation — site», or either alone. */
export function stopName(
  lang: Lang,
  stop: Pick<Stop, "organisationKk" | "organisationRu" | "siteKk" | "siteRu">,
): string {
  const org = pick(lang, stop.organisationKk, stop.organisationRu);
  const site = pick(lang, stop.siteKk, stop.siteRu);
  if (org && site) return `${org} — ${site}`;
  return org || site;
}

/** `10:00–11:30`, or `10:00` when it has no length. */
export function stopTime(stop: Pick<Stop, "arrivesAt" | "departsAt">): string {
  const from = formatTime(stop.arrivesAt);
  const to = formatTime(stop.departsAt);
  if (stop.arrivesAt.slice(0, 10) !== stop.departsAt.slice(0, 10)) return formatSpan(stop.arrivesAt, stop.departsAt);
  return to && to !== from ? `${from}–${to}` : from;
}

/** A stop named in a warning: «№2 Name (10:00–11:00)». */
export function stopRefLabel(lang: Lang, ref: StopRef): string {
  return `«№${ref.position} ${pick(lang, ref.nameKk, ref.nameRu)} (${ref.time})»`;
}

/** One warning as a sentence in the current language. */
export function warningText(lang: Lang, warning: PlanWarning): string {
  switch (warning.kind) {
    case "stopsOverlap":
      return t("plan-warning-stops-overlap", {
        first: stopRefLabel(lang, warning.first),
        second: stopRefLabel(lang, warning.second),
      });
    case "stopOutsideEvent":
      return t("plan-warning-stop-outside", { stop: stopRefLabel(lang, warning.stop) });
    case "personBusy":
      return t("plan-warning-person-busy", {
        name: warning.fullName,
        other: pick(lang, warning.other.titleKk, warning.other.titleRu),
        when: formatSpan(warning.other.startsAt, warning.other.endsAt),
      });
    case "siteBusy":
      return t("plan-warning-site-busy", {
        stop: stopRefLabel(lang, warning.stop),
        other: pick(lang, warning.other.titleKk, warning.other.titleRu),
        time: warning.otherTime,
      });
    case "publicHoliday":
      return t("plan-warning-holiday", {
        day: formatDate(warning.holiday.day),
        name: pick(lang, warning.holiday.nameKk, warning.holiday.nameRu),
      });
  }
}

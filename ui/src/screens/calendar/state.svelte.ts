// What the calendar shows (view, period, filters), kept while the user
// opens an event and comes back.

import { today } from "../../lib/format";

export type CalendarMode = "month" | "week";

export const calendarView: {
  mode: CalendarMode;
  /** A day of the period shown (`YYYY-MM-DD`): its month, or its week. */
  day: string;
  campaignId: string;
  district: string;
} = $state({ mode: "month", day: today(), campaignId: "", district: "" });

/** The month view of this month, no filters (tests). */
export function resetCalendarView(): void {
  calendarView.mode = "month";
  calendarView.day = today();
  calendarView.campaignId = "";
  calendarView.district = "";
}

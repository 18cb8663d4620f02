// What the events list shows (month and filters), kept while the user
// opens an event and comes back.

import { currentMonth, type YearMonth } from "../../lib/format";
import type { EventStatus } from "../../lib/ipc/generated";

export const eventsView: {
  month: YearMonth;
  campaignId: string;
  status: EventStatus | "";
  district: string;
} = $state({ month: currentMonth(), campaignId: "", status: "", district: "" });

/** Back to this month and no filters (tests, and "this month"). */
export function resetEventsView(): void {
  eventsView.month = currentMonth();
  eventsView.campaignId = "";
  eventsView.status = "";
  eventsView.district = "";
}

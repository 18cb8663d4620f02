// One component per screen, by route name.

import type { Component } from "svelte";
import type { Screen } from "../lib/router.svelte";
import Calendar from "./calendar/Calendar.svelte";
import Dashboard from "./dashboard/Dashboard.svelte";
import Documents from "./documents/Documents.svelte";
import Events from "./events/Events.svelte";
import Import from "./import/Import.svelte";
import Organisations from "./organisations/Organisations.svelte";
import People from "./people/People.svelte";
import Region from "./region/Region.svelte";
import Reports from "./reports/Reports.svelte";
import Settings from "./settings/Settings.svelte";

export const screens: Record<Screen, Component> = {
  dashboard: Dashboard,
  calendar: Calendar,
  events: Events,
  people: People,
  organisations: Organisations,
  documents: Documents,
  reports: Reports,
  region: Region,
  settings: Settings,
  import: Import,
};

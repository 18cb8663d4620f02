// Hash routing (`#/settings`, `#/people/12`, `#/events/7/edit`): no server,
// no history API. The first segment names the screen; the rest (ids, `new`,
// `edit`) is the screen's own business. Leaving a form with unsaved edits
// asks first (lib/unsaved.svelte.ts).

import { confirmLeaving, hasUnsavedChanges } from "./unsaved.svelte";

export const SCREENS = [
  "dashboard",
  "calendar",
  "events",
  "people",
  "organisations",
  "documents",
  "reports",
  "region",
  "settings",
] as const;

/** Screens opened from other screens, not from the sidebar (`#/import?kind=people`). */
export const INNER_SCREENS = ["import"] as const;

export type Screen = (typeof SCREENS)[number] | (typeof INNER_SCREENS)[number];

export const DEFAULT_SCREEN: Screen = "dashboard";

/** A path segment after the screen: an id, `new`, `edit`. */
export type Segment = string | number;

function isScreen(value: string): value is Screen {
  return (SCREENS as readonly string[]).includes(value) || (INNER_SCREENS as readonly string[]).includes(value);
}

function segments(hash: string): string[] {
  const path = hash.replace(/^#\/?/, "").split("?")[0] ?? "";
  return path.split("/").filter((part) => part !== "");
}

/** The screen a location hash names; the dashboard for anything else. */
export function screenFromHash(hash: string): Screen {
  const name = segments(hash)[0] ?? "";
  return isScreen(name) ? name : DEFAULT_SCREEN;
}

/** What follows the screen in a hash (`#/people/12/edit` → `["12", "edit"]`). */
export function restFromHash(hash: string): string[] {
  const [name = "", ...rest] = segments(hash);
  return isScreen(name) ? rest : [];
}

/** The query of a hash (`#/import?kind=people` → `kind=people`), without the `?`. */
export function queryFromHash(hash: string): string {
  const at = hash.indexOf("?");
  return at < 0 ? "" : hash.slice(at + 1);
}

/** The hash for a screen, and optionally an id and more: `#/people/12`. */
export function hrefFor(screen: Screen, ...rest: Segment[]): string {
  return ["#", screen, ...rest.map((part) => encodeURIComponent(String(part)))].join("/");
}

/** The hash for a screen with query parameters: `#/import?kind=people`. */
export function hrefWithQuery(screen: Screen, params: Record<string, string>, ...rest: Segment[]): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${hrefFor(screen, ...rest)}?${query}` : hrefFor(screen, ...rest);
}

export const router: { screen: Screen; rest: string[]; query: string } = $state({
  screen: typeof location === "undefined" ? DEFAULT_SCREEN : screenFromHash(location.hash),
  rest: typeof location === "undefined" ? [] : restFromHash(location.hash),
  query: typeof location === "undefined" ? "" : queryFromHash(location.hash),
});

/** The hash of the route shown. */
function shownHash(): string {
  const path = hrefFor(router.screen, ...router.rest);
  return router.query ? `${path}?${router.query}` : path;
}

/**
 * Shows the route of `hash` (and puts it in the address, so a reload keeps
 * it); from a form with unsaved edits, only once the user chose to leave.
 */
export function navigateTo(hash: string): void {
  if (hash !== shownHash() && hasUnsavedChanges()) {
    void confirmLeaving().then((leave) => {
      if (leave) show(hash);
    });
    return;
  }
  show(hash);
}

function show(hash: string): void {
  router.screen = screenFromHash(hash);
  router.rest = restFromHash(hash);
  router.query = queryFromHash(hash);
  if (location.hash !== hash) {
    location.hash = hash;
  }
}

/** Shows `screen` (and puts it in the address, so a reload keeps it). */
export function navigate(screen: Screen, ...rest: Segment[]): void {
  navigateTo(hrefFor(screen, ...rest));
}

/**
 * The click handler of an in-app link: goes to the route without a page
 * load, unless a modifier key or another button asks the webview for
 * something else.
 */
export function followLink(event: MouseEvent, screen: Screen, ...rest: Segment[]): void {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(screen, ...rest);
}

/** A positive row id from a route segment, else null. */
export function routeId(segment: string | undefined): number | null {
  if (!segment || !/^\d+$/.test(segment)) return null;
  const id = Number(segment);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * What a registry screen shows: its list, a new record's form, a record's
 * page (`#/people/12`) or its form (`#/people/12/edit`).
 */
export type View =
  | { kind: "list" }
  | { kind: "new" }
  | { kind: "page"; id: number }
  | { kind: "edit"; id: number };

export function viewOf(rest: readonly string[]): View {
  const [first, second] = rest;
  if (first === "new") return { kind: "new" };
  const id = routeId(first);
  if (id === null) return { kind: "list" };
  return second === "edit" ? { kind: "edit", id } : { kind: "page", id };
}

/** Follows the location hash until the returned function is called. */
export function startRouter(): () => void {
  const sync = () => {
    const wanted = location.hash;
    if (screenFromHash(wanted) === router.screen && restFromHash(wanted).join("/") === router.rest.join("/")) {
      router.query = queryFromHash(wanted);
      return;
    }
    if (hasUnsavedChanges()) {
      // Back (or a typed address) from a form with edits: stay until the
      // user chose to leave.
      history.replaceState(null, "", shownHash());
      navigateTo(wanted);
      return;
    }
    router.screen = screenFromHash(wanted);
    router.rest = restFromHash(wanted);
    router.query = queryFromHash(wanted);
  };
  sync();
  window.addEventListener("hashchange", sync);
  return () => window.removeEventListener("hashchange", sync);
}

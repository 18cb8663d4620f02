// Hash routing (`#/settings`): no server, no history API.

export const SCREENS = [
  "dashboard",
  "calendar",
  "events",
  "people",
  "organisations",
  "documents",
  "reports",
  "settings",
] as const;

export type Screen = (typeof SCREENS)[number];

export const DEFAULT_SCREEN: Screen = "dashboard";

function isScreen(value: string): value is Screen {
  return (SCREENS as readonly string[]).includes(value);
}

/** The screen a location hash names; the dashboard for anything else. */
export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, "").split(/[/?]/)[0] ?? "";
  return isScreen(name) ? name : DEFAULT_SCREEN;
}

/** The hash for a screen. */
export function hrefFor(screen: Screen): string {
  return `#/${screen}`;
}

export const router: { screen: Screen } = $state({
  screen: typeof location === "undefined" ? DEFAULT_SCREEN : screenFromHash(location.hash),
});

/** Shows `screen` (and puts it in the address, so a reload keeps it). */
export function navigate(screen: Screen): void {
  router.screen = screen;
  const hash = hrefFor(screen);
  if (location.hash !== hash) {
    location.hash = hash;
  }
}

/** Follows the location hash until the returned function is called. */
export function startRouter(): () => void {
  const sync = () => {
    router.screen = screenFromHash(location.hash);
  };
  sync();
  window.addEventListener("hashchange", sync);
  return () => window.removeEventListener("hashchange", sync);
}

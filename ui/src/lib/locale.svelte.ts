// The current UI language, as Svelte 5 state. Read it through `i18n.ts`
// (`t`, `currentLang`, `setLang`) rather than directly.

import type { Lang } from "./ipc/generated";

/** Kazakh first, as everywhere in Kense. */
export const LANGS: readonly Lang[] = ["kk", "ru"];

export const locale: { current: Lang } = $state({ current: "kk" });

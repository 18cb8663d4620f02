// Small Svelte actions shared by the screens.

import type { Action } from "svelte/action";

/**
 * Escape anywhere inside the element runs `handler` (e.g. cancels an
 * inline form), unless something inside (a picker's list) handled it first.
 */
export const onEscape: Action<HTMLElement, () => void> = (node, handler) => {
  let current = handler;
  const keydown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !event.defaultPrevented) {
      event.preventDefault();
      current();
    }
  };
  node.addEventListener("keydown", keydown);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      node.removeEventListener("keydown", keydown);
    },
  };
};

// The scrolling keys (End, Home, Page Up/Down, Space) scroll the content pane.
//
// The window itself never scrolls (html and body are `overflow: hidden`), so
// a key pressed while no scrollable element has focus would do nothing — or,
// before that rule, scrolled the whole shell away and left a grey window.

/** The keys a browser uses to scroll a page, and what each does. */
const KEYS = new Set(["End", "Home", "PageDown", "PageUp", " "]);

/** Whether `target` handles `key` itself (text fields, lists, menus; Space on a button). */
function handlesKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const own = "input, textarea, select, [role='listbox'], [role='menu'], [role='grid'], dialog";
  if (target.closest(own)) return true;
  return key === " " && target.closest("button, a, summary, [role='button']") !== null;
}

/** Whether an element between `target` and `pane` scrolls on its own. */
function innerScroller(target: EventTarget | null, pane: HTMLElement): boolean {
  let node = target instanceof HTMLElement ? target : null;
  while (node && node !== pane) {
    const style = getComputedStyle(node);
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return true;
    node = node.parentElement;
  }
  return false;
}

/**
 * Scrolls `pane` for a scrolling key pressed outside any element that
 * handles it; returns whether it did (the event is then default-prevented).
 */
export function scrollPaneForKey(event: KeyboardEvent, pane: HTMLElement | null): boolean {
  if (!pane || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  if (!KEYS.has(event.key)) return false;
  if (handlesKey(event.target, event.key) || innerScroller(event.target, pane)) return false;
  const page = Math.max(pane.clientHeight - 40, 40);
  let top: number;
  switch (event.key) {
    case "End":
      top = pane.scrollHeight;
      break;
    case "Home":
      top = 0;
      break;
    case "PageUp":
      top = pane.scrollTop - page;
      break;
    case " ":
      top = pane.scrollTop + (event.shiftKey ? -page : page);
      break;
    default:
      top = pane.scrollTop + page;
  }
  pane.scrollTo({ top });
  event.preventDefault();
  return true;
}

import { describe, expect, it, vi } from "vitest";
import { scrollPaneForKey } from "./scrollKeys";

function pane(): HTMLElement {
  const el = document.createElement("main");
  Object.defineProperty(el, "clientHeight", { value: 600 });
  Object.defineProperty(el, "scrollHeight", { value: 5000 });
  el.scrollTop = 1000;
  el.scrollTo = vi.fn() as unknown as HTMLElement["scrollTo"];
  document.body.append(el);
  return el;
}

function press(key: string, target: EventTarget, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { key, cancelable: true, bubbles: true, ...init });
  Object.defineProperty(event, "target", { value: target });
  return event;
}

describe("scroll keys", () => {
  it("End, Home and Page Down scroll the content pane, not the window", () => {
    const main = pane();
    const end = press("End", document.body);
    expect(scrollPaneForKey(end, main)).toBe(true);
    expect(end.defaultPrevented).toBe(true);
    expect(main.scrollTo).toHaveBeenLastCalledWith({ top: 5000 });
    scrollPaneForKey(press("Home", document.body), main);
    expect(main.scrollTo).toHaveBeenLastCalledWith({ top: 0 });
    scrollPaneForKey(press("PageDown", document.body), main);
    expect(main.scrollTo).toHaveBeenLastCalledWith({ top: 1560 });
  });

  it("leaves the keys to text fields and buttons", () => {
    const main = pane();
    const input = document.createElement("input");
    main.append(input);
    const button = document.createElement("button");
    main.append(button);
    expect(scrollPaneForKey(press("End", input), main)).toBe(false);
    expect(scrollPaneForKey(press(" ", button), main)).toBe(false);
    expect(scrollPaneForKey(press("End", document.body, { ctrlKey: true }), main)).toBe(false);
    expect(main.scrollTo).not.toHaveBeenCalled();
    // End on a button just clicked (the sidebar) still scrolls the pane.
    expect(scrollPaneForKey(press("End", button), main)).toBe(true);
  });
});

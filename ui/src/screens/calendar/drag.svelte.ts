// Moving an event by dragging its chip, with pointer events (HTML5
// drag-and-drop never reaches the page in Tauri on Windows: the window's
// file-drop handler takes it).
//
// A press on a chip becomes a drag only after the pointer travels a few
// pixels, so a plain click still opens the event. While dragging, chips let
// the pointer through (`.dragging` in the grids) and the element under it
// names the drop target in `data-drop` (a day, or a day and time).

/** Pixels the pointer must travel before a press is a drag. */
const THRESHOLD = 5;

type Pending = { id: number; x: number; y: number; offset: number };

export class ChipDrag {
  /** The event being dragged and where it would land, while dragging. */
  active = $state<{ id: number; target: string | null; offset: number } | null>(null);

  private pending: Pending | null = null;
  /** A drag just ended: the click that follows it must not open anything. */
  private swallowClickUntil = 0;

  constructor(private onDrop: (id: number, target: string, offset: number) => void) {}

  /**
   * A press on a chip. `offset` is what the drop target must be corrected
   * by (the week view: minutes between the event's start and the grabbed point).
   */
  start(event: PointerEvent, id: number, offset = 0): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    this.stop();
    this.swallowClickUntil = 0;
    this.pending = { id, x: event.clientX, y: event.clientY, offset };
    window.addEventListener("pointermove", this.move);
    window.addEventListener("pointerup", this.up);
    window.addEventListener("pointercancel", this.cancel);
    window.addEventListener("keydown", this.escape);
  }

  /** True (once) for the click that ends a drag. */
  swallowClick(): boolean {
    if (Date.now() <= this.swallowClickUntil) {
      this.swallowClickUntil = 0;
      return true;
    }
    return false;
  }

  /** Forgets the drag (the component is going away). */
  stop(): void {
    this.pending = null;
    this.active = null;
    window.removeEventListener("pointermove", this.move);
    window.removeEventListener("pointerup", this.up);
    window.removeEventListener("pointercancel", this.cancel);
    window.removeEventListener("keydown", this.escape);
  }

  private move = (event: PointerEvent) => {
    const pending = this.pending;
    if (!pending) return;
    if (!this.active) {
      if (Math.hypot(event.clientX - pending.x, event.clientY - pending.y) < THRESHOLD) return;
      this.active = { id: pending.id, target: null, offset: pending.offset };
    }
    event.preventDefault();
    this.active.target = dropTarget(event);
  };

  private up = (event: PointerEvent) => {
    const active = this.active;
    const target = active ? (dropTarget(event) ?? active.target) : null;
    this.stop();
    if (!active) return;
    this.swallowNextClick();
    if (target) this.onDrop(active.id, target, active.offset);
  };

  private cancel = () => {
    if (this.active) this.swallowNextClick();
    this.stop();
  };

  /**
   * The click that may follow the release is not a click on what lies
   * under it. The next press starts a real click: it ends the swallowing.
   */
  private swallowNextClick() {
    this.swallowClickUntil = Date.now() + 1000;
    const clear = () => (this.swallowClickUntil = 0);
    window.addEventListener("pointerdown", clear, { capture: true, once: true });
  }

  private escape = (event: KeyboardEvent) => {
    if (event.key === "Escape" && this.active) {
      event.preventDefault();
      this.cancel();
    }
  };
}

/** The `data-drop` of the element under the pointer (or of its cell). */
function dropTarget(event: PointerEvent): string | null {
  const under =
    typeof document.elementFromPoint === "function"
      ? document.elementFromPoint(event.clientX, event.clientY)
      : null;
  const element = under ?? (event.target instanceof Element ? event.target : null);
  return element?.closest<HTMLElement>("[data-drop]")?.dataset.drop ?? null;
}

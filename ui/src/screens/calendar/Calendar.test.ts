import { save } from "@tauri-apps/plugin-dialog";
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Calendar, Event, EventFilter } from "../../lib/ipc/generated";
import { EVENTS, FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";
import { addMinutes, campaignColour, layoutLanes, monthWeeks } from "./dates";
import { calendarView, resetCalendarView } from "./state.svelte";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

// jsdom has no PointerEvent: a MouseEvent with a pointer id is enough here.
beforeAll(() => {
  if (!("PointerEvent" in window)) {
    class FakePointerEvent extends MouseEvent {
      pointerId: number;
      pointerType: string;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 1;
        this.pointerType = init.pointerType ?? "mouse";
      }
    }
    Object.defineProperty(window, "PointerEvent", { value: FakePointerEvent, configurable: true });
  }
});

function event(id: number, startsAt: string, endsAt: string, extra: Partial<Event> = {}): Event {
  const base = EVENTS[0]!;
  return {
    ...base,
    id,
    titleKk: `Іс-шара ${id}`,
    titleRu: `Мероприятие ${id}`,
    startsAt,
    endsAt,
    ...extra,
  };
}

let backend: FakeBackend;

beforeEach(() => {
  resetCalendarView();
  calendarView.day = "2026-11-15";
  backend = new FakeBackend();
  backend.events = [
    event(11, "2026-11-05T10:00", "2026-11-05T12:00", { status: "held", campaignId: 1, districtKk: "Іле ауданы" }),
    event(12, "2026-11-05T15:30", "2026-11-05T16:30", {
      status: "cancelled",
      campaignId: null,
      campaignKk: "",
      campaignRu: "",
      districtKk: "Қонаев қ.",
    }),
    event(13, "2026-11-18T10:00", "2026-11-18T12:00", { status: "planned", campaignId: 1, districtKk: "Қонаев қ." }),
  ];
});

const dayCell = (day: string) => document.querySelector<HTMLElement>(`[data-testid="calendar-day"][data-day="${day}"]`)!;
const chip = (id: number) => document.querySelector<HTMLElement>(`[data-testid="calendar-event"][data-event-id="${id}"]`)!;
const lastCalendarFilter = () => backend.callsTo("get_calendar").at(-1)?.filter as EventFilter | undefined;

async function openCalendar(language: "kk" | "ru" = "kk") {
  backend.info.language = language;
  const user = await openApp(backend, "#/calendar");
  await screen.findByTestId("calendar-month");
  await waitFor(() => expect(chip(11)).toBeTruthy());
  return user;
}

describe("dates", () => {
  it("lays out November 2026 from Monday 26 October to Sunday 6 December", () => {
    const weeks = monthWeeks({ year: 2026, month: 11 });
    expect(weeks.map((w) => [w[0], w[6]])).toEqual([
      ["2026-10-26", "2026-11-01"],
      ["2026-11-02", "2026-11-08"],
      ["2026-11-09", "2026-11-15"],
      ["2026-11-16", "2026-11-22"],
      ["2026-11-23", "2026-11-29"],
      ["2026-11-30", "2026-12-06"],
    ]);
    // February 2027 starts on a Monday: four weeks exactly.
    expect(monthWeeks({ year: 2027, month: 2 }).map((w) => w[0])).toEqual([
      "2027-02-01",
      "2027-02-08",
      "2027-02-15",
      "2027-02-22",
    ]);
  });

  it("shifts local times across days and sets overlapping events side by side", () => {
    expect(addMinutes("2026-12-31T23:00", 120)).toBe("2027-01-01T01:00");
    expect(addMinutes("2026-03-01T00:30", -60)).toBe("2026-02-28T23:30");
    const lanes = layoutLanes(
      [
        { start: 600, end: 720 },
        { start: 660, end: 700 },
        { start: 800, end: 900 },
      ],
      (x) => x,
    ).map(({ lane, lanes }) => [lane, lanes]);
    expect(lanes).toEqual([
      [0, 2],
      [1, 2],
      [0, 1],
    ]);
  });
});

describe("month view", () => {
  it("shows the weeks of November 2026, Monday first, and asks for their events", async () => {
    await openCalendar("kk");

    expect(screen.getByTestId("calendar-title").textContent).toBe("Қараша 2026");
    const weeks = screen.getAllByTestId("calendar-week");
    expect(weeks).toHaveLength(6);
    const firstWeek = within(weeks[0]!).getAllByTestId("calendar-day").map((d) => d.dataset.day);
    expect(firstWeek).toEqual([
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
    ]);
    expect(within(weeks[5]!).getAllByTestId("calendar-day").at(-1)?.dataset.day).toBe("2026-12-06");
    const weekdays = [...screen.getByTestId("calendar-month").querySelectorAll(".weekday")].map((w) => w.textContent);
    expect(weekdays).toEqual(["Дс", "Сс", "Ср", "Бс", "Жм", "Сб", "Жс"]);
    expect(dayCell("2026-10-26").classList.contains("outside")).toBe(true);
    expect(dayCell("2026-11-07").classList.contains("weekend")).toBe(true);
    expect(lastCalendarFilter()).toEqual({
      from: "2026-10-26",
      to: "2026-12-06",
      campaignId: null,
      district: null,
      status: null,
    });
  });

  it("puts events on their days, coloured by campaign and marked by status", async () => {
    await openCalendar("kk");

    const fifth = within(dayCell("2026-11-05")).getAllByTestId("calendar-event");
    expect(fifth.map((c) => c.dataset.eventId)).toEqual(["11", "12"]);
    expect(fifth[0]!.classList.contains("status-held")).toBe(true);
    expect(fifth[0]!.textContent).toContain("10:00");
    expect(fifth[0]!.textContent).toContain("Іс-шара 11");
    expect(fifth[0]!.getAttribute("style")).toContain(`--c: ${campaignColour(1).strong}`);
    expect(fifth[1]!.classList.contains("status-cancelled")).toBe(true);
    expect(fifth[1]!.getAttribute("style")).toContain(`--c: ${campaignColour(null).strong}`);
    expect(within(dayCell("2026-11-18")).getByTestId("calendar-event").classList.contains("status-planned")).toBe(true);
    expect(within(dayCell("2026-11-06")).queryAllByTestId("calendar-event")).toEqual([]);
    // Another campaign gets another colour.
    expect(campaignColour(2).strong).not.toBe(campaignColour(1).strong);

    const legend = screen.getByTestId("calendar-legend");
    expect(within(legend).getByTestId("calendar-legend-campaign").textContent).toContain("Заң мен тәртіп");
    expect(legend.textContent).toContain("Науқансыз");
    expect(legend.textContent).toContain("Болдырылмады");
  });

  it("draws an event that runs over two days on both, from midnight on the second", async () => {
    backend.events.push(event(14, "2026-11-30T15:00", "2026-12-01T13:00", { kind: "forum" }));
    const user = await openCalendar("kk");

    for (const day of ["2026-11-30", "2026-12-01"]) {
      const ids = within(dayCell(day)).getAllByTestId("calendar-event").map((c) => c.dataset.eventId);
      expect(ids).toContain("14");
    }
    expect(within(dayCell("2026-12-02")).queryAllByTestId("calendar-event")).toEqual([]);

    await user.click(screen.getByTestId("calendar-mode-week"));
    for (let week = 0; week < 3; week += 1) await user.click(screen.getByTestId("calendar-next"));
    expect(screen.getByTestId("calendar-span").textContent).toBe("30.11.2026 – 06.12.2026");
    const boxes = await screen.findAllByTestId("calendar-week-event");
    const byDay = new Map(boxes.map((b) => [b.closest<HTMLElement>(".column")?.dataset.day, b]));
    // 15:00 is eight hours below 07:00; the second day starts at the grid's top.
    expect(byDay.get("2026-11-30")?.style.top).toBe(`${16 * 24}px`);
    expect(byDay.get("2026-12-01")?.style.top).toBe("0px");
  });

  it("marks events whose plan has warnings with their count", async () => {
    backend.overrides.get_calendar = () => ({
      events: backend.events.map((e) => ({ event: e, stops: 2, warnings: e.id === 13 ? 2 : 0 })),
      holidays: [],
    }) satisfies Calendar;
    await openCalendar("ru");

    const marker = within(chip(13)).getByTestId("calendar-event-warnings");
    expect(marker.textContent).toBe("⚠ 2");
    expect(marker.getAttribute("title")).toBe("Предупреждений: 2");
    expect(within(chip(11)).queryByTestId("calendar-event-warnings")).toBeNull();
  });

  it("shades public holidays with their name in the interface language", async () => {
    const user = await openCalendar("kk");

    await user.click(screen.getByTestId("calendar-next"));
    expect(screen.getByTestId("calendar-title").textContent).toBe("Желтоқсан 2026");
    await waitFor(() => expect(lastCalendarFilter()?.from).toBe("2026-11-30"));
    const day = dayCell("2026-12-16");
    await waitFor(() => expect(day.classList.contains("holiday")).toBe(true));
    expect(within(day).getByTestId("calendar-holiday").textContent).toBe("Тәуелсіздік күні");

    await user.click(screen.getByTestId("lang-ru"));
    expect(within(dayCell("2026-12-16")).getByTestId("calendar-holiday").textContent).toBe("День Независимости");
    expect(screen.getByTestId("calendar-title").textContent).toBe("Декабрь 2026");
  });

  it("passes the campaign and district filters to the calendar", async () => {
    const user = await openCalendar("kk");

    await user.selectOptions(screen.getByTestId("calendar-filter-campaign"), "1");
    await waitFor(() => expect(lastCalendarFilter()?.campaignId).toBe(1));
    await waitFor(() => expect(chip(12)).toBeNull());

    await user.selectOptions(screen.getByTestId("calendar-filter-district"), "Іле ауданы");
    expect(lastCalendarFilter()).toMatchObject({ campaignId: 1, district: "Іле ауданы" });
    await waitFor(() => expect(chip(13)).toBeNull());
    expect(chip(11)).toBeTruthy();
  });

  it("on a Russian screen names the districts in Russian and filters by the same key", async () => {
    const user = await openCalendar("ru");
    const select = screen.getByTestId<HTMLSelectElement>("calendar-filter-district");
    await waitFor(() => expect(select.options.length).toBeGreaterThan(1));
    const option = [...select.options].find((o) => o.value === "Іле ауданы");
    expect(option?.textContent).toBe("Илийский район");
    expect([...select.options].map((o) => o.textContent)).not.toContain("Іле ауданы");
    await user.selectOptions(select, "Іле ауданы");
    expect(lastCalendarFilter()).toMatchObject({ district: "Іле ауданы" });
  });

  it("starts a new event on a clicked day at 10:00, and the form takes that time", async () => {
    const user = await openCalendar("kk");

    await user.click(within(dayCell("2026-11-12")).getByTestId("calendar-day-add"));

    expect(location.hash).toBe("#/events/new?start=2026-11-12T10:00");
    const start = await screen.findByTestId<HTMLInputElement>("event-starts-at");
    expect(start.value).toBe("12.11.2026 10:00");
    expect(screen.getByTestId<HTMLInputElement>("event-ends-at").value).toBe("12.11.2026 12:00");
  });

  it("opens an event on a click", async () => {
    const user = await openCalendar("kk");

    await user.click(chip(13));

    expect(location.hash).toBe("#/events/13");
  });

  it("moves an event dragged to another day, keeping its time", async () => {
    await openCalendar("kk");

    const target = dayCell("2026-11-19");
    await fireEvent.pointerDown(chip(11), { button: 0, clientX: 100, clientY: 100 });
    await fireEvent.pointerMove(target, { clientX: 130, clientY: 180 });
    expect(target.classList.contains("drop-target")).toBe(true);
    await fireEvent.pointerUp(target, { clientX: 130, clientY: 180 });
    // The click that ends the drag does not start a new event on that day.
    await fireEvent.click(within(target).getByTestId("calendar-day-add"));

    await waitFor(() => expect(backend.callsTo("move_event")).toEqual([{ id: 11, startsAt: "2026-11-19T10:00" }]));
    await waitFor(() => expect(within(dayCell("2026-11-19")).getAllByTestId("calendar-event")[0]?.dataset.eventId).toBe("11"));
    expect(within(dayCell("2026-11-05")).getAllByTestId("calendar-event").map((c) => c.dataset.eventId)).toEqual(["12"]);
    expect(screen.getByTestId("calendar-moved").textContent?.trim()).toBe("Жылжытылды: Іс-шара 11 → 19.11.2026 10:00");
    // The drag did not open anything.
    expect(location.hash).toBe("#/calendar");
  });

  it("treats a press that hardly moves as a click", async () => {
    await openCalendar("kk");

    await fireEvent.pointerDown(chip(11), { button: 0, clientX: 100, clientY: 100 });
    await fireEvent.pointerMove(chip(11), { clientX: 102, clientY: 101 });
    await fireEvent.pointerUp(chip(11), { clientX: 102, clientY: 101 });
    await fireEvent.click(chip(11));

    expect(backend.callsTo("move_event")).toEqual([]);
    expect(location.hash).toBe("#/events/11");
  });

  it("moves a focused event with Alt + arrows, and shows a refusal", async () => {
    await openCalendar("kk");

    chip(13).focus();
    await fireEvent.keyDown(chip(13), { key: "ArrowRight", altKey: true });
    await waitFor(() => expect(backend.callsTo("move_event")).toEqual([{ id: 13, startsAt: "2026-11-19T10:00" }]));
    await waitFor(() => expect(document.activeElement).toBe(chip(13)));
    expect(chip(13).closest<HTMLElement>("[data-day]")?.dataset.day).toBe("2026-11-19");

    backend.overrides.move_event = () => {
      throw { code: "validation", message: "starts_at: not a date", field: "starts_at", reason: "not_a_date", limit: null };
    };
    await fireEvent.keyDown(chip(13), { key: "ArrowDown", altKey: true });
    expect(await screen.findByTestId("error-message")).toBeTruthy();
    expect(backend.callsTo("move_event").at(-1)).toEqual({ id: 13, startsAt: "2026-11-26T10:00" });
  });

  it("exports the month as .ics in the interface language", async () => {
    vi.mocked(save).mockResolvedValue("/home/user/Күнтізбе Қараша 2026.ics");
    const user = await openCalendar("kk");

    await user.click(screen.getByTestId("calendar-export"));

    const saved = await screen.findByTestId("saved-file");
    expect(save).toHaveBeenCalledWith({
      defaultPath: "Күнтізбе Қараша 2026.ics",
      filters: [{ name: "iCalendar файлы", extensions: ["ics"] }],
    });
    expect(backend.callsTo("save_ics")).toEqual([
      { scope: { kind: "month", value: "2026-11" }, language: "kk", file: expect.any(Number) },
    ]);
    expect(backend.written).toEqual(["/home/user/Күнтізбе Қараша 2026.ics"]);
    expect(within(saved).getByTestId("saved-path").textContent).toBe("/home/user/Күнтізбе Қараша 2026.ics");
  });
});

describe("week view", () => {
  it("places events by time, starts new events at a half hour and moves by dragging", async () => {
    const user = await openCalendar("ru");

    await user.click(screen.getByTestId("calendar-mode-week"));
    expect(calendarView.mode).toBe("week");
    await waitFor(() => expect(lastCalendarFilter()).toMatchObject({ from: "2026-11-09", to: "2026-11-15" }));
    await user.click(screen.getByTestId("calendar-next"));
    await waitFor(() => expect(lastCalendarFilter()).toMatchObject({ from: "2026-11-16", to: "2026-11-22" }));
    expect(screen.getByTestId("calendar-title").textContent).toBe("Ноябрь 2026");
    expect(screen.getByTestId("calendar-span").textContent).toBe("16.11.2026 – 22.11.2026");

    // 10:00–12:00: three hours below 07:00, four half-hour rows of 24px high.
    const box = await screen.findByTestId("calendar-week-event");
    expect(box.closest<HTMLElement>(".column")?.dataset.day).toBe("2026-11-18");
    expect(box.style.top).toBe("144px");
    expect(box.style.height).toBe("96px");
    expect(box.textContent).toContain("10:00–12:00");

    const slot = (day: string, time: string) =>
      document.querySelector<HTMLElement>(`[data-testid="calendar-slot"][data-drop="${day}T${time}"]`)!;

    // Grabbed at its top row (jsdom places every box at 0).
    await fireEvent.pointerDown(chip(13), { button: 0, clientX: 300, clientY: 5 });
    await fireEvent.pointerMove(slot("2026-11-20", "14:30"), { clientX: 500, clientY: 300 });
    expect(screen.getByTestId("calendar-drop-preview").textContent?.trim()).toBe("14:30");
    await fireEvent.pointerUp(slot("2026-11-20", "14:30"), { clientX: 500, clientY: 300 });
    await waitFor(() => expect(backend.callsTo("move_event")).toEqual([{ id: 13, startsAt: "2026-11-20T14:30" }]));
    await waitFor(() => expect(screen.getByTestId("calendar-week-event").style.top).toBe(`${15 * 24}px`));

    await user.click(slot("2026-11-17", "09:30"));
    expect(location.hash).toBe("#/events/new?start=2026-11-17T09:30");
    expect((await screen.findByTestId<HTMLInputElement>("event-ends-at")).value).toBe("17.11.2026 11:30");

    // The view is remembered while the app runs.
    history.back();
    await user.click(screen.getByTestId("nav-calendar"));
    expect(await screen.findByTestId("calendar-week-grid")).toBeTruthy();
    expect(screen.getByTestId("calendar-span").textContent).toBe("16.11.2026 – 22.11.2026");
  });
});

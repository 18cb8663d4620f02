import { save } from "@tauri-apps/plugin-dialog";
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import type { UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Event, StopInput } from "../../lib/ipc/generated";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

/** An open-door visit on 10 April 2025, 09:00–13:00. */
const VISIT: Event = {
  id: 3,
  kind: "open_door_visit",
  campaignId: null,
  campaignKk: "",
  campaignRu: "",
  titleKk: "Ашық есік күні: прокуратура",
  titleRu: "День открытых дверей в прокуратуре",
  startsAt: "2025-04-10T09:00",
  endsAt: "2025-04-10T13:00",
  placeKk: "Облыс прокуратурасы",
  placeRu: "Прокуратура области",
  districtKk: "Қонаев қ.",
  districtRu: "г. Конаев",
  status: "planned",
  headcount: null,
  outcomes: "",
  proposalsCount: 0,
  attendanceCount: 0,
  mediaCount: 0,
};

function stop(site: string, arrivesAt: string, departsAt: string): StopInput {
  return {
    organisationId: null,
    siteKk: site,
    siteRu: "",
    addressKk: "",
    addressRu: "",
    arrivesAt,
    departsAt,
    hostName: "",
    hostPhone: "",
    showingKk: "",
    showingRu: "",
    notes: "",
  };
}

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.events.push(structuredClone(VISIT));
  vi.mocked(save).mockReset();
});

async function addStop(user: UserEvent, site: string, arrives: string, departs: string) {
  await user.click(screen.getByTestId("stop-add"));
  const form = await screen.findByTestId("stop-form");
  await user.type(within(form).getByTestId("stop-form-site-kk"), site);
  await fireEvent.input(within(form).getByTestId("stop-form-arrives"), { target: { value: arrives } });
  await fireEvent.input(within(form).getByTestId("stop-form-departs"), { target: { value: departs } });
  await user.click(within(form).getByTestId("stop-save"));
  await waitFor(() => expect(screen.queryByTestId("stop-form")).toBeNull());
}

const rowNames = () => screen.getAllByTestId("stop-row").map((r) => within(r).getByTestId("stop-name").textContent);

describe("itinerary", () => {
  it("adds stops on the event's day and warns when two overlap", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/3");
    await screen.findByTestId("plan-section");
    expect(screen.getByText("Остановки ещё не запланированы.")).toBeTruthy();

    await addStop(user, "Приёмная", "09:30", "10:30");
    await addStop(user, "Музей", "10:15", "11:00");

    expect(backend.callsTo("add_stop")[0]).toEqual({ eventId: 3, stop: stop("Приёмная", "09:30", "10:30") });
    expect(rowNames()).toEqual(["Приёмная", "Музей"]);
    expect(screen.getAllByTestId("stop-time").map((c) => c.textContent)).toEqual(["09:30–10:30", "10:15–11:00"]);
    const warning = await screen.findByTestId("plan-warning");
    expect(warning.getAttribute("data-kind")).toBe("stopsOverlap");
    expect(warning.textContent).toBe(
      "Время остановок «№1 Приёмная (09:30–10:30)» и «№2 Музей (10:15–11:00)» пересекается",
    );

    // Moving the second stop later clears the warning.
    await user.click(screen.getAllByTestId("stop-edit")[1]!);
    const form = await screen.findByTestId("stop-form");
    await fireEvent.input(within(form).getByTestId("stop-form-arrives"), { target: { value: "10:30" } });
    await user.click(within(form).getByTestId("stop-save"));
    await waitFor(() => expect(screen.queryByTestId("plan-warning")).toBeNull());
    expect(backend.callsTo("update_stop")[0]?.stop).toMatchObject({ arrivesAt: "10:30", departsAt: "11:00" });
  });

  it("takes a stop's site and address in Kazakh and Russian and shows the page's language", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/3");
    await screen.findByTestId("plan-section");
    await user.click(screen.getByTestId("stop-add"));
    const form = await screen.findByTestId("stop-form");
    const ids = ["stop-form-site-kk", "stop-form-site-ru", "stop-form-address-kk", "stop-form-address-ru"];
    const inputs = ids.map((id) => within(form).getByTestId<HTMLInputElement>(id));
    expect(inputs.map((input) => input.getAttribute("lang"))).toEqual(["kk", "ru", "kk", "ru"]);
    // Neither site named: the Kazakh one is marked.
    await fireEvent.input(within(form).getByTestId("stop-form-arrives"), { target: { value: "09:30" } });
    await user.click(within(form).getByTestId("stop-save"));
    await waitFor(() => expect(inputs[0]!.getAttribute("aria-invalid")).toBe("true"));
    await user.type(inputs[0]!, "Азаматтарды қабылдау залы");
    await user.type(inputs[1]!, "Зал приёма граждан");
    await user.type(inputs[2]!, "Қонаев қ., Абай даңғылы, 1");
    await user.type(inputs[3]!, "г. Конаев, проспект Абая, 1");
    await user.click(within(form).getByTestId("stop-save"));
    await waitFor(() => expect(screen.queryByTestId("stop-form")).toBeNull());
    expect(backend.callsTo("add_stop").at(-1)?.stop).toMatchObject({
      siteKk: "Азаматтарды қабылдау залы",
      siteRu: "Зал приёма граждан",
      addressKk: "Қонаев қ., Абай даңғылы, 1",
      addressRu: "г. Конаев, проспект Абая, 1",
    });
    expect(rowNames()).toEqual(["Зал приёма граждан"]);
    expect(screen.getByTestId("stop-address").textContent).toBe("г. Конаев, проспект Абая, 1");
  });

  it("takes a stop's times typed the office's way or picked from the half hours, 24-hour", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events/3");
    await screen.findByTestId("plan-section");
    await user.click(screen.getByTestId("stop-add"));
    const form = await screen.findByTestId("stop-form");
    await user.type(within(form).getByTestId("stop-form-site-kk"), "Мұражай");
    const arrives = within(form).getByTestId<HTMLInputElement>("stop-form-arrives");
    expect(arrives.type).toBe("text");
    expect(arrives.placeholder).toBe("СС:ММ");
    await user.type(arrives, "930");
    await user.tab();
    expect(arrives.value).toBe("09:30");
    await user.click(within(form).getByTestId("stop-form-departs-pick"));
    const slots = within(within(form).getByTestId("stop-form-departs-list")).getAllByTestId("stop-form-departs-slot");
    expect(slots.map((b) => b.textContent?.trim()).slice(0, 3)).toEqual(["07:00", "07:30", "08:00"]);
    expect(slots.at(-1)?.textContent?.trim()).toBe("21:30");
    await user.click(slots.find((b) => b.textContent?.trim() === "14:30")!);
    expect(within(form).getByTestId<HTMLInputElement>("stop-form-departs").value).toBe("14:30");
    await user.click(within(form).getByTestId("stop-save"));
    await waitFor(() => expect(screen.queryByTestId("stop-form")).toBeNull());
    expect(backend.callsTo("add_stop")[0]?.stop).toMatchObject({ arrivesAt: "09:30", departsAt: "14:30" });
  });

  it("warns in Kazakh about a stop outside the event and a holiday", async () => {
    backend.info.language = "kk";
    backend.events.push({ ...structuredClone(VISIT), id: 4, startsAt: "2025-03-21T10:00", endsAt: "2025-03-21T12:00" });
    await backend.invoke("add_stop", { eventId: 4, stop: stop("Цех", "11:30", "12:30") });
    await openApp(backend, "#/events/4");
    const warnings = await screen.findAllByTestId("plan-warning");
    expect(warnings.map((w) => w.getAttribute("data-kind"))).toEqual(["stopOutsideEvent", "publicHoliday"]);
    expect(warnings[0]!.textContent).toBe("«№1 Цех (11:30–12:30)» аялдамасы іс-шара уақытынан тыс");
    expect(warnings[1]!.textContent).toBe("21.03.2025 — мереке күні: Наурыз мейрамы");
  });

  it("saves the meeting point and transport in Kazakh and Russian", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/3");
    const inputs = ["plan-meeting-point-kk", "plan-meeting-point-ru", "plan-transport-kk", "plan-transport-ru"];
    // Side by side, Kazakh first, each labelled with its language.
    const shown = await screen.findAllByRole("textbox", { name: /Место сбора|Транспорт/ });
    expect(shown.map((input) => input.dataset.testid)).toEqual(inputs);
    expect(shown.map((input) => input.getAttribute("lang"))).toEqual(["kk", "ru", "kk", "ru"]);
    await user.type(screen.getByTestId("plan-meeting-point-kk"), "Прокуратура ғимаратының алдында");
    await user.type(screen.getByTestId("plan-meeting-point-ru"), "У здания прокуратуры");
    await user.type(screen.getByTestId("plan-transport-kk"), "Қызметтік автобус");
    await user.type(screen.getByTestId("plan-transport-ru"), "Служебный автобус");
    await user.click(screen.getByTestId("plan-details-save"));
    await screen.findByTestId("plan-details-saved");
    expect(backend.callsTo("save_plan_details")[0]).toEqual({
      eventId: 3,
      details: {
        meetingPointKk: "Прокуратура ғимаратының алдында",
        meetingPointRu: "У здания прокуратуры",
        transportKk: "Қызметтік автобус",
        transportRu: "Служебный автобус",
      },
    });
    expect(screen.getByTestId<HTMLInputElement>("plan-meeting-point-ru").value).toBe("У здания прокуратуры");
  });

  it("reorders stops with the arrow buttons and by dragging the handle", async () => {
    for (const [site, from, to] of [["А", "09:00", "09:30"], ["Б", "10:00", "10:30"], ["В", "11:00", "11:30"]] as const) {
      await backend.invoke("add_stop", { eventId: 3, stop: stop(site, from, to) });
    }
    const [a, b, c] = backend.stops.map((s) => s.id) as [number, number, number];
    const user = await openApp(backend, "#/events/3");
    await screen.findAllByTestId("stop-row");
    expect(screen.getAllByTestId("stop-up")[0]).toHaveProperty("disabled", true);
    expect(screen.getAllByTestId("stop-down")[2]).toHaveProperty("disabled", true);

    await user.click(screen.getAllByTestId("stop-down")[0]!);
    await waitFor(() => expect(rowNames()).toEqual(["Б", "А", "В"]));
    expect(backend.callsTo("reorder_stops").at(-1)).toEqual({ eventId: 3, ids: [b, a, c] });

    await user.click(screen.getAllByTestId("stop-up")[2]!);
    await waitFor(() => expect(rowNames()).toEqual(["Б", "В", "А"]));
    expect(backend.callsTo("reorder_stops").at(-1)).toEqual({ eventId: 3, ids: [b, c, a] });

    // Drag «Б» (first) below «А» (last): rows are 40 px high.
    const rows = screen.getAllByTestId("stop-row");
    rows.forEach((row, i) => {
      row.getBoundingClientRect = () => ({ top: i * 40, height: 40, bottom: i * 40 + 40, left: 0, right: 800, width: 800, x: 0, y: i * 40, toJSON: () => ({}) });
    });
    const handle = within(rows[0]!).getByTestId("stop-handle");
    const pointer = (type: string, clientY: number) =>
      handle.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, clientY }));
    pointer("pointerdown", 20);
    pointer("pointermove", 70);
    pointer("pointermove", 110);
    await waitFor(() => expect(rowNames()).toEqual(["В", "А", "Б"]));
    expect(backend.callsTo("reorder_stops")).toHaveLength(2);
    pointer("pointerup", 110);
    await waitFor(() => expect(backend.callsTo("reorder_stops")).toHaveLength(3));
    expect(backend.callsTo("reorder_stops").at(-1)).toEqual({ eventId: 3, ids: [c, a, b] });
    expect(rowNames()).toEqual(["В", "А", "Б"]);
  });
});

describe("delegation", () => {
  it("invites a person and records their answer", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/3");
    await user.selectOptions(await screen.findByTestId("delegation-role"), "speaker");
    await user.type(screen.getByTestId("delegation-search"), "Оспан");
    await user.click(await screen.findByTestId("delegation-add"));

    const row = await screen.findByTestId("delegation-row");
    expect(backend.callsTo("invite_people")[0]).toEqual({ eventId: 3, personIds: [2], role: "speaker" });
    expect(row.textContent).toContain("Оспанова Гүлжан Серікқызы");
    expect(row.textContent).toContain("Докладчик");
    expect(row.textContent).toContain("+7 705 765 43 21");
    const select = within(row).getByTestId<HTMLSelectElement>("invitation-select");
    expect(select.value).toBe("invited");
    // The invitee is on the event's list too, with the answer, not present
    // (no gender known in the fake data: the neutral form).
    const attendee = await screen.findByTestId("attendance-row");
    expect(within(attendee).getByTestId("attendance-invitation").textContent?.trim()).toBe("Приглашение");
    expect(within(attendee).getByTestId<HTMLInputElement>("attendance-present").checked).toBe(false);

    await user.selectOptions(select, "confirmed");
    const attendanceId = backend.attendance[0]!.id;
    expect(backend.callsTo("set_invitation")[0]).toEqual({ eventId: 3, attendanceId, invitation: "confirmed" });
    await waitFor(() => expect(screen.getByTestId("delegation-counts").textContent).toContain("Подтвердили: 1"));
    expect(backend.attendance[0]!.invitation).toBe("confirmed");
  });

  it("marks the visit held with who came and the headcount", async () => {
    backend.info.language = "ru";
    backend.attendance = [
      { id: 70, eventId: 3, personId: 1, role: "guest", present: false, invitation: "confirmed" },
      { id: 71, eventId: 3, personId: 2, role: "guest", present: false, invitation: "declined" },
      { id: 72, eventId: 3, personId: 3, role: "guest", present: false, invitation: "invited" },
    ];
    const user = await openApp(backend, "#/events/3");
    await user.click(await screen.findByTestId("event-mark-held"));
    const dialog = await screen.findByTestId("held-dialog");
    const boxes = within(dialog).getAllByTestId<HTMLInputElement>("held-present-checkbox");
    // ӘЛІБЕКОВ (confirmed), Иванов (invited), Оспанова (declined).
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false]);
    await user.click(boxes[1]!);
    await user.type(within(dialog).getByTestId("held-headcount"), "40");
    await user.click(within(dialog).getByTestId("held-save"));

    await waitFor(() => expect(screen.queryByTestId("held-dialog")).toBeNull());
    expect(backend.callsTo("mark_event_held")[0]).toEqual({ eventId: 3, held: { present: [70, 72], headcount: 40, confirmFuture: false } });
    expect(screen.getByTestId("status-badge").textContent).toBe("Проведено");
    expect(screen.queryByTestId("event-mark-held")).toBeNull();
    await waitFor(() =>
      expect(screen.getAllByTestId<HTMLInputElement>("attendance-present").map((b) => b.checked)).toEqual([true, true, false]),
    );
    expect(screen.getByTestId("attendance-counts").textContent).toContain("Присутствовало: 2");
  });
});

describe("keying a signed sheet back", () => {
  it("toggles the line whose number is typed, in the sheet's order", async () => {
    backend.info.language = "kk";
    backend.attendance = [
      { id: 60, eventId: 1, personId: 2, role: "participant", present: false },
      { id: 61, eventId: 1, personId: 1, role: "participant", present: false },
      { id: 62, eventId: 1, personId: 3, role: "speaker", present: false },
    ];
    const user = await openApp(backend, "#/events/1");
    await user.click(await screen.findByTestId("sheet-keyin"));
    const dialog = await screen.findByTestId("sheet-keyin-dialog");
    const lines = await within(dialog).findAllByTestId("sheet-keyin-line");
    expect(backend.callsTo("list_sheet_lines")[0]).toEqual({ eventId: 1, role: null });
    expect(lines.map((l) => l.querySelector(".n")?.textContent + " " + l.querySelector(".name")?.textContent)).toEqual([
      "1 ӘЛІБЕКОВ Асқар Нұрланұлы",
      "2 Иванов Сергей Петрович",
      "3 Оспанова Гүлжан Серікқызы",
    ]);

    const box = within(dialog).getByTestId<HTMLInputElement>("sheet-keyin-number");
    await user.type(box, "2{Enter}");
    await waitFor(() => expect(backend.callsTo("set_person_present")).toHaveLength(1));
    expect(backend.callsTo("set_person_present")[0]).toEqual({ eventId: 1, personId: 3, present: true, confirmFuture: false });
    expect(box.value).toBe("");
    expect(within(dialog).getByTestId("sheet-keyin-feedback").textContent).toBe("2. Иванов Сергей Петрович — қатысты");
    const checks = () => within(dialog).getAllByTestId<HTMLInputElement>("sheet-keyin-checkbox").map((c) => c.checked);
    expect(checks()).toEqual([false, true, false]);

    await user.type(box, "3{Enter}");
    await user.type(box, "2{Enter}");
    await waitFor(() => expect(backend.callsTo("set_person_present")).toHaveLength(3));
    expect(backend.callsTo("set_person_present")[2]).toEqual({ eventId: 1, personId: 3, present: false, confirmFuture: false });
    expect(checks()).toEqual([false, false, true]);
    expect(within(dialog).getByTestId("sheet-keyin-count").textContent).toBe("Белгіленгені: 1 / 3");

    await user.type(box, "9{Enter}");
    expect(within(dialog).getByTestId("sheet-keyin-feedback").textContent).toBe("9-жол жоқ");
    expect(backend.callsTo("set_person_present")).toHaveLength(3);

    await user.click(within(dialog).getByTestId("sheet-keyin-close"));
    await waitFor(() =>
      expect(screen.getAllByTestId<HTMLInputElement>("attendance-present").map((b) => b.checked)).toEqual([false, false, true]),
    );
  });
});

describe("programme and calendar file", () => {
  it("previews the programme in the chosen language and saves it", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/3");
    await user.click(await screen.findByTestId("plan-print"));
    const dialog = await screen.findByTestId("plan-print-dialog");
    await waitFor(() =>
      expect(backend.callsTo("render_plan_document").at(-1)).toEqual({ eventId: 3, which: "programme", language: "ru" }),
    );
    await user.selectOptions(within(dialog).getByTestId("plan-print-lang"), "both");
    await waitFor(() =>
      expect(backend.callsTo("render_plan_document").at(-1)).toEqual({ eventId: 3, which: "programme", language: "both" }),
    );
    await user.selectOptions(within(dialog).getByTestId("plan-print-which"), "invitations");
    await waitFor(() =>
      expect(backend.callsTo("render_plan_document").at(-1)).toEqual({ eventId: 3, which: "invitations", language: "both" }),
    );
    await within(dialog).findByTestId("pdf-pages");

    vi.mocked(save).mockResolvedValue("/home/user/Список");
    await user.click(within(dialog).getByTestId("plan-print-save"));
    expect((await within(dialog).findByTestId("saved-path")).textContent).toBe("/home/user/Список.pdf");
    expect(backend.callsTo("save_plan_document")[0]).toEqual({
      eventId: 3,
      which: "invitations",
      language: "both",
      file: expect.any(Number),
    });
    expect(backend.written).toEqual(["/home/user/Список.pdf"]);
    expect(vi.mocked(save).mock.calls[0]?.[0]?.defaultPath).toBe(
      "Список приглашённых День открытых дверей в прокуратуре.pdf",
    );
  });

  it("exports the event to an .ics file in the UI language", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events/3");
    vi.mocked(save).mockResolvedValue("/home/user/сапар");
    await user.click(await screen.findByTestId("plan-ics"));
    expect((await screen.findByTestId("plan-ics-path")).textContent).toBe("/home/user/сапар.ics");
    expect(backend.callsTo("save_ics")[0]).toEqual({
      scope: { kind: "event", value: 3 },
      language: "kk",
      file: expect.any(Number),
    });
    expect(backend.written).toEqual(["/home/user/сапар.ics"]);
  });

  it("keeps the itinerary folded away on a lecture until asked", async () => {
    const user = await openApp(backend, "#/events/1");
    await user.click(await screen.findByTestId("plan-open"));
    expect(await screen.findByTestId("plan-section")).toBeTruthy();
    expect(screen.getByTestId("delegation-section")).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import type { EventFilter } from "../../lib/ipc/generated";
import { FakeBackend, validationError } from "../../test/fakeBackend";
import recorded from "../../test/recorded/refused-forms.json";
import { openApp } from "../../test/render";
import { eventsView } from "./state.svelte";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  eventsView.month = { year: 2025, month: 3 };
});

describe("events list", () => {
  it("shows the month's events with date, time, kind, coloured status and counts", async () => {
    backend.info.language = "ru";
    backend.attendance = [{ id: 60, eventId: 1, personId: 1, role: "participant", present: true }];
    await openApp(backend, "#/events");

    const rows = await screen.findAllByTestId("event-row");
    expect(rows).toHaveLength(2);
    expect(backend.callsTo("list_events")[0]?.filter).toEqual({
      from: "2025-03-01",
      to: "2025-03-31",
      campaignId: null,
      status: null,
      district: null,
    });
    const first = rows[0]!;
    expect(first.textContent).toContain("14.03.2025");
    expect(first.textContent).toContain("10:00");
    expect(first.textContent).toContain("Лекция по правовой грамотности");
    expect(first.textContent).toContain("Лекция");
    const badge = within(first).getByTestId("status-badge");
    expect(badge.textContent).toBe("Проведено");
    expect(badge.classList.contains("held")).toBe(true);
    expect(within(rows[1]!).getByTestId("status-badge").classList.contains("planned")).toBe(true);
    const numbers = [...first.querySelectorAll(".num")].map((n) => n.textContent);
    expect(numbers).toEqual(["1", "120"]);
    expect(screen.getByTestId<HTMLSelectElement>("events-month").selectedOptions[0]?.textContent).toBe("Март");
  });

  it("moves between months and filters by status", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events");
    await screen.findAllByTestId("event-row");
    expect(screen.getByTestId<HTMLSelectElement>("events-month").selectedOptions[0]?.textContent).toBe("Наурыз");

    await user.click(screen.getByTestId("events-next-month"));
    await waitFor(() => expect(screen.queryAllByTestId("event-row")).toHaveLength(0));
    expect(screen.getByText("Бұл айда іс-шаралар жоқ.")).toBeTruthy();
    expect((backend.callsTo("list_events").at(-1)?.filter as EventFilter).from).toBe("2025-04-01");

    await user.click(screen.getByTestId("events-prev-month"));
    await waitFor(() => expect(screen.getAllByTestId("event-row")).toHaveLength(2));

    await user.selectOptions(screen.getByTestId("events-filter-status"), "planned");
    await waitFor(() => expect(screen.getAllByTestId("event-row")).toHaveLength(1));
    expect(screen.getByTestId("event-row").textContent).toContain("Дөңгелек үстел: кибералаяқтық");
    expect(screen.getByTestId("event-row").textContent).toContain("Жоспарланған");
  });
});

describe("event form", () => {
  it("creates an event and opens it", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events");
    await user.click(await screen.findByTestId("event-new"));

    await user.selectOptions(screen.getByTestId("event-kind"), "master_class");
    await user.type(screen.getByTestId("event-title-kk"), "Шеберлік сыныбы: құқықтық сауат");
    await user.type(screen.getByTestId("event-title-ru"), "Мастер-класс по правовой грамотности");
    await fireEvent.input(screen.getByTestId("event-starts-at"), { target: { value: "2025-04-02T11:00" } });
    await fireEvent.input(screen.getByTestId("event-ends-at"), { target: { value: "2025-04-02T13:30" } });
    await user.type(screen.getByTestId("event-place-kk"), "Колледж");
    // The district in Kazakh and Russian, side by side.
    expect(screen.getByTestId("event-district-kk").getAttribute("lang")).toBe("kk");
    expect(screen.getByTestId("event-district-ru").getAttribute("lang")).toBe("ru");
    await user.type(screen.getByTestId("event-district-kk"), "Іле ауданы");
    await user.type(screen.getByTestId("event-district-ru"), "Илийский район");
    await user.selectOptions(screen.getByTestId("event-status"), "held");
    await user.type(screen.getByTestId("event-headcount"), "45");
    await user.click(screen.getByTestId("event-save"));

    const title = await screen.findByTestId("event-title");
    expect(title.textContent).toBe("Мастер-класс по правовой грамотности");
    expect(backend.callsTo("create_event")[0]?.event).toEqual({
      kind: "master_class",
      campaignId: null,
      titleKk: "Шеберлік сыныбы: құқықтық сауат",
      titleRu: "Мастер-класс по правовой грамотности",
      startsAt: "2025-04-02T11:00",
      endsAt: "2025-04-02T13:30",
      placeKk: "Колледж",
      placeRu: "",
      districtKk: "Іле ауданы",
      districtRu: "Илийский район",
      status: "held",
      headcount: 45,
      outcomes: "",
      proposalsCount: 0,
      confirmFuture: false,
    });
    const details = screen.getByTestId("event-details");
    expect(details.textContent).toContain("02.04.2025 11:00–13:30");
    expect(details.textContent).toContain("Мастер-класс");
    expect(screen.getByTestId("event-district-ru-value").textContent).toBe("Илийский район");
    // Back on the list, the new event's month is shown.
    expect(eventsView.month).toEqual({ year: 2025, month: 4 });
  });

  it("asks before recording as held an event that has not begun, saying when it begins", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events");
    await user.click(await screen.findByTestId("event-new"));
    await user.type(screen.getByTestId("event-title-ru"), "Форум НПО");
    await fireEvent.input(screen.getByTestId("event-starts-at"), { target: { value: "2099-12-10T10:00" } });
    await fireEvent.input(screen.getByTestId("event-ends-at"), { target: { value: "2099-12-10T12:00" } });
    await user.selectOptions(screen.getByTestId("event-status"), "held");
    await user.click(screen.getByTestId("event-save"));

    const question = await screen.findByTestId("confirm-dialog");
    expect(within(question).getByTestId("confirm-message").textContent).toBe(
      "Мероприятие ещё не началось: начало 10.12.2099 10:00. Всё равно отметить его проведённым?",
    );
    await user.click(within(question).getByTestId("confirm-cancel"));
    await waitFor(() => expect(screen.queryByTestId("confirm-dialog")).toBeNull());
    // Nothing saved; the form stays with the status to change.
    expect(backend.events.some((e) => e.titleRu === "Форум НПО")).toBe(false);
    expect(screen.getByTestId("event-form")).toBeTruthy();
    expect(document.activeElement?.id).toBe("event-status");

    await user.click(screen.getByTestId("event-save"));
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-yes"));
    expect((await screen.findByTestId("event-title")).textContent).toBe("Форум НПО");
    expect(backend.callsTo("create_event").map((c) => (c?.event as { confirmFuture: boolean }).confirmFuture)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it("asks before leaving an edited form; staying keeps the edit, saving leaves without a question", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events/1/edit");
    const title = await screen.findByTestId<HTMLInputElement>("event-title-kk");
    await waitFor(() => expect(title.value).not.toBe(""));
    // Unchanged: the sidebar leaves at once.
    await user.click(screen.getByTestId("nav-people"));
    await waitFor(() => expect(screen.queryByTestId("event-form")).toBeNull());
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();

    history.replaceState(null, "", "#/events/1/edit");
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    const edited = await screen.findByTestId<HTMLInputElement>("event-title-kk");
    await waitFor(() => expect(edited.value).not.toBe(""));
    await user.clear(edited);
    await user.type(edited, "Жаңа атау");
    await user.click(screen.getByTestId("nav-people"));
    const question = await screen.findByTestId("confirm-dialog");
    expect(within(question).getByTestId("confirm-message").textContent).toBe(
      "Бұл формадағы өзгерістер сақталмаған. Сақтамай шығасыз ба?",
    );
    await user.click(within(question).getByTestId("confirm-cancel"));
    await waitFor(() => expect(screen.queryByTestId("confirm-dialog")).toBeNull());
    expect(screen.getByTestId<HTMLInputElement>("event-title-kk").value).toBe("Жаңа атау");
    expect(location.hash).toBe("#/events/1/edit");

    // Saving leaves for the event's page without a question.
    await user.click(screen.getByTestId("event-save"));
    expect((await screen.findByTestId("event-title")).textContent).toBe("Жаңа атау");
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();

    // Edited again, and left on purpose: the edit is dropped.
    history.replaceState(null, "", "#/events/1/edit");
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    const again = await screen.findByTestId<HTMLInputElement>("event-title-kk");
    await waitFor(() => expect(again.value).toBe("Жаңа атау"));
    await user.type(again, "!");
    await user.click(screen.getByTestId("nav-people"));
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-yes"));
    await waitFor(() => expect(location.hash).toBe("#/people"));
    expect(backend.events.find((e) => e.id === 1)?.titleKk).toBe("Жаңа атау");
  });

  it("takes dates day first, typed or picked in a Kazakh month grid, and moves the end with the start", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events");
    await user.click(await screen.findByTestId("event-new"));
    const start = screen.getByTestId<HTMLInputElement>("event-starts-at");
    const end = screen.getByTestId<HTMLInputElement>("event-ends-at");
    expect(start.placeholder).toBe("КК.АА.ЖЖЖЖ СС:ММ");
    expect(end.value).toMatch(/^\d{2}\.\d{2}\.\d{4} 12:00$/);

    await user.clear(start);
    await user.type(start, "03.12.2026 09:30");
    // Two hours long by default: still two hours.
    expect(end.value).toBe("03.12.2026 11:30");

    await user.click(screen.getByTestId("event-starts-at-pick"));
    const grid = screen.getByTestId("event-starts-at-calendar");
    expect(within(grid).getByTestId("event-starts-at-month").textContent).toBe("Желтоқсан 2026");
    expect(grid.querySelector(".wd")?.textContent).toBe("Дс");
    // The first cell is a Monday.
    expect(new Date(`${grid.querySelector<HTMLElement>("[data-day]")!.dataset.day}T12:00:00Z`).getUTCDay()).toBe(1);
    await user.click(grid.querySelector<HTMLElement>('[data-day="2026-12-10"]')!);
    expect(screen.queryByTestId("event-starts-at-calendar")).toBeNull();
    expect(start.value).toBe("10.12.2026 09:30");
    expect(end.value).toBe("10.12.2026 11:30");

    await user.type(screen.getByTestId("event-title-kk"), "Форум");
    await user.click(screen.getByTestId("event-save"));
    await screen.findByTestId("event-title");
    expect(backend.callsTo("create_event")[0]?.event).toMatchObject({
      startsAt: "2026-12-10T09:30",
      endsAt: "2026-12-10T11:30",
    });
  });

  it("shows a refused end time next to the field and a bad count before sending", async () => {
    backend.info.language = "kk";
    backend.overrides.create_event = () => {
      throw validationError("ends_at", "ends before it starts", "ends_before_start");
    };
    const user = await openApp(backend, "#/events/new");
    await user.type(await screen.findByTestId("event-title-kk"), "Дәріс");
    await user.type(screen.getByTestId("event-headcount"), "көп");
    await user.click(screen.getByTestId("event-save"));

    const headcount = screen.getByTestId("event-headcount");
    expect(headcount.getAttribute("aria-invalid")).toBe("true");
    expect(within(headcount.closest(".field")!).getByTestId("field-error").textContent).toBe(
      "теріс емес сан болуы керек",
    );
    expect(backend.callsTo("create_event")).toEqual([]);

    await user.clear(headcount);
    await user.click(screen.getByTestId("event-save"));
    const ends = screen.getByTestId("event-ends-at");
    await waitFor(() => expect(ends.getAttribute("aria-invalid")).toBe("true"));
    expect(within(ends.closest(".field")!).getByTestId("field-error").textContent).toBe(
      "аяқталуы басталуынан ерте",
    );
  });
});

describe("attendance", () => {
  it("adds a search result with the chosen role, and the row appears", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/1");
    expect((await screen.findByTestId("event-title")).textContent).toBe("Лекция по правовой грамотности");
    expect(screen.getByText("На мероприятие пока никто не записан.")).toBeTruthy();

    await user.selectOptions(screen.getByTestId("attendance-role"), "speaker");
    await user.type(screen.getByTestId("attendance-search"), "оспан");
    const result = await screen.findByTestId("attendance-result");
    expect(result.textContent).toContain("Оспанова Гүлжан Серікқызы");
    expect(backend.callsTo("list_people").at(-1)?.filter).toMatchObject({ query: "оспан" });

    await user.click(result);

    expect(backend.callsTo("add_attendance")).toEqual([{ eventId: 1, personIds: [2], role: "speaker" }]);
    const row = await screen.findByTestId("attendance-row");
    expect(row.textContent).toContain("Оспанова Гүлжан Серікқызы");
    expect(row.textContent).toContain("Школа-гимназия №5");
    expect(row.textContent).toContain("Докладчик");
    expect(screen.getByTestId("attendance-counts").textContent).toContain("Записано: 1");
    // The result now says the person is already on the list.
    expect(screen.getByTestId<HTMLButtonElement>("attendance-result").disabled).toBe(true);
    expect(screen.getByTestId("attendance-result").textContent).toContain("уже в списке");
  });

  it("ticks presence and removes people", async () => {
    backend.info.language = "kk";
    backend.attendance = [
      { id: 70, eventId: 1, personId: 1, role: "winner", present: false },
      { id: 71, eventId: 1, personId: 3, role: "guest", present: false },
    ];
    const user = await openApp(backend, "#/events/1");
    const rows = await screen.findAllByTestId("attendance-row");
    expect(rows[0]?.textContent).toContain("Жеңімпаз");
    expect(rows[0]?.classList.contains("award")).toBe(true);

    await user.click(within(rows[0]!).getByTestId("attendance-present"));
    expect(backend.callsTo("set_attendance_present")).toEqual([
      { attendanceId: 70, present: true, confirmFuture: false },
    ]);
    expect(screen.getByTestId("attendance-counts").textContent).toContain("Қатысқаны: 1");

    await user.click(within(rows[1]!).getByTestId("attendance-remove"));
    await waitFor(() => expect(screen.getAllByTestId("attendance-row")).toHaveLength(1));
    expect(backend.callsTo("remove_attendance")).toEqual([{ attendanceId: 71 }]);
  });

  it("sets a winner's nomination in Kazakh and Russian on each of their rows", async () => {
    backend.info.language = "ru";
    backend.attendance = [
      { id: 70, eventId: 1, personId: 1, role: "winner", present: true },
      { id: 71, eventId: 1, personId: 1, role: "speaker", present: true },
      { id: 72, eventId: 1, personId: 3, role: "guest", present: false },
    ];
    const user = await openApp(backend, "#/events/1");
    const rows = await screen.findAllByTestId("attendance-row");
    expect(screen.queryByTestId("attendance-nomination")).toBeNull();

    await user.click(within(rows[0]!).getByTestId("attendance-nominate"));
    const form = await screen.findByTestId("nomination-form");
    expect(form.textContent).toContain("Номинация или место (на казахском)");
    expect(form.textContent).toContain("Номинация или место (на русском)");
    expect(document.activeElement).toBe(within(form).getByTestId("nomination-kk"));
    await user.type(within(form).getByTestId("nomination-kk"), "I  орын");
    await user.type(within(form).getByTestId("nomination-ru"), "I место");
    await user.click(within(form).getByTestId("nomination-save"));

    expect(backend.callsTo("set_nomination")).toEqual([
      { eventId: 1, personId: 1, nominationKk: "I  орын", nominationRu: "I место" },
    ]);
    await waitFor(() => expect(screen.queryByTestId("nomination-form")).toBeNull());
    // Both rows of the person say it, in the UI's language; the guest has none.
    const shown = screen.getAllByTestId("attendance-nomination").map((n) => n.textContent);
    expect(shown).toEqual(["I место", "I место"]);

    // Opened again, it holds both languages as saved.
    await user.click(within(screen.getAllByTestId("attendance-row")[1]!).getByTestId("attendance-nominate"));
    const again = await screen.findByTestId("nomination-form");
    expect(within(again).getByTestId<HTMLInputElement>("nomination-kk").value).toBe("I орын");
    expect(within(again).getByTestId<HTMLInputElement>("nomination-ru").value).toBe("I место");
  });

  it("marks both nomination fields the backend refused, naming them", async () => {
    backend.info.language = "kk";
    backend.attendance = [{ id: 70, eventId: 1, personId: 1, role: "winner", present: true }];
    backend.overrides.set_nomination = () => {
      throw recorded.setNomination;
    };
    const user = await openApp(backend, "#/events/1");
    const row = (await screen.findAllByTestId("attendance-row"))[0]!;
    await user.click(within(row).getByTestId("attendance-nominate"));
    const form = await screen.findByTestId("nomination-form");
    await user.type(within(form).getByTestId("nomination-kk"), "Үздік");
    await user.click(within(form).getByTestId("nomination-save"));

    const kk = within(form).getByTestId("nomination-kk");
    const ru = within(form).getByTestId("nomination-ru");
    await waitFor(() => expect(kk.getAttribute("aria-invalid")).toBe("true"));
    expect(ru.getAttribute("aria-invalid")).toBe("true");
    expect(within(kk.closest(".field")!).getByTestId("field-error").textContent).toBe(
      "тым ұзын, ең көбі 120 таңба",
    );
    expect(within(form).getByTestId("error-message").textContent).toContain(
      "«Номинациясы не орны (қазақша)», «Номинациясы не орны (орысша)»",
    );
    expect(document.activeElement).toBe(kk);
    // Editing the Russian one unmarks it only.
    await user.type(ru, "x");
    expect(ru.getAttribute("aria-invalid")).toBe("false");
    expect(kk.getAttribute("aria-invalid")).toBe("true");
  });

  it("ticks someone at an event to come only after a question that says its date", async () => {
    backend.info.language = "kk";
    backend.events = backend.events.map((e) =>
      e.id === 1 ? { ...e, status: "planned", startsAt: "2099-12-10T10:00", endsAt: "2099-12-10T12:00" } : e,
    );
    backend.attendance = [{ id: 70, eventId: 1, personId: 1, role: "participant", present: false }];
    const user = await openApp(backend, "#/events/1");
    const row = (await screen.findAllByTestId("attendance-row"))[0]!;
    await user.click(within(row).getByTestId("attendance-present"));
    const question = await screen.findByTestId("confirm-dialog");
    expect(within(question).getByTestId("confirm-message").textContent).toBe(
      "Іс-шара әлі басталған жоқ: басталуы 10.12.2099 10:00. Қатысушыны бәрібір келді деп белгілейсіз бе?",
    );
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("confirm-dialog")).toBeNull());
    expect(within(row).getByTestId<HTMLInputElement>("attendance-present").checked).toBe(false);
    expect(backend.attendance[0]?.present).toBe(false);

    await user.click(within(row).getByTestId("attendance-present"));
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-yes"));
    await waitFor(() => expect(backend.attendance[0]?.present).toBe(true));
    expect(within(row).getByTestId<HTMLInputElement>("attendance-present").checked).toBe(true);
    expect(screen.getByTestId("attendance-counts").textContent).toContain("Қатысқаны: 1");
  });

  it("shows a forum of 250 a page at a time, with a search, and its parts one click away", async () => {
    backend.info.language = "kk";
    const base = backend.people[2]!;
    for (let i = 0; i < 250; i++) {
      const id = 2000 + i;
      backend.people.push({ ...base, id, surname: i === 137 ? "Сейітқазы" : `Жанов${String(i).padStart(3, "0")}` });
      backend.attendance.push({ id: 5000 + i, eventId: 1, personId: id, role: "participant", present: false });
    }
    const user = await openApp(backend, "#/events/1");
    await waitFor(() => expect(screen.getAllByTestId("attendance-row")).toHaveLength(100));
    expect(screen.getByTestId("attendance-counts").textContent).toContain("250");
    expect(screen.getByTestId("pager-range").textContent).toBe("1–100 / 250");
    // The documents are reachable without scrolling past the participants.
    expect(within(screen.getByTestId("event-parts")).getByTestId("event-part-documents").textContent).toContain(
      "Құжаттар",
    );

    await user.click(screen.getByTestId("pager-next"));
    await waitFor(() => expect(screen.getByTestId("pager-range").textContent).toBe("101–200 / 250"));

    await user.type(screen.getByTestId("attendance-filter"), "сейіт");
    await waitFor(() => expect(screen.getAllByTestId("attendance-row")).toHaveLength(1));
    expect(screen.getByTestId("attendance-row").textContent).toContain("Сейітқазы");
    expect(screen.queryByTestId("pager")).toBeNull();
  });

  it("finds a participant of a short list by the beginnings of words, Kazakh letters folded", async () => {
    backend.info.language = "kk";
    const base = backend.people[2]!;
    for (let i = 0; i < 6; i++) {
      const id = 2100 + i;
      backend.people.push({ ...base, id, surname: i === 3 ? "Сейітқазы" : `Жанов${i}`, name: i === 3 ? "Әлібек" : "Асқар" });
      backend.attendance.push({ id: 5100 + i, eventId: 1, personId: id, role: "participant", present: false });
    }
    const user = await openApp(backend, "#/events/1");
    await waitFor(() => expect(screen.getAllByTestId("attendance-row").length).toBeGreaterThan(5));
    const all = screen.getAllByTestId("attendance-row").length;
    // A Latin «i» typed for «і» (no Kazakh layout), the name before the surname.
    await user.type(screen.getByTestId("attendance-filter"), "ӘЛiБ сей");
    await waitFor(() => expect(screen.getAllByTestId("attendance-row")).toHaveLength(1));
    expect(screen.getByTestId("attendance-row").textContent).toContain("Сейітқазы Әлібек");
    expect(screen.getByTestId("attendance-counts").textContent).toContain(String(all));
    await user.clear(screen.getByTestId("attendance-filter"));
    await user.type(screen.getByTestId("attendance-filter"), "ібек");
    expect(await screen.findByText("Ештеңе табылмады.")).toBeTruthy();
  });

  it("adds everyone in a category and everyone of an organisation", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/2");
    await screen.findByTestId("event-title");

    await user.selectOptions(screen.getByTestId("attendance-role"), "guest");
    await user.selectOptions(screen.getByTestId("attendance-category"), "Журналисты");
    await user.click(screen.getByTestId("attendance-add-category"));
    expect(await screen.findByTestId("attendance-added")).toHaveProperty("textContent", "Добавлено новых: 1");
    expect(backend.callsTo("add_attendance_by_category")).toEqual([
      { eventId: 2, categoryId: 2, role: "guest" },
    ]);

    await user.type(screen.getByTestId("attendance-organisation"), "акимат");
    await user.click(await screen.findByRole("option", { name: /Акимат города Конаев/ }));
    await user.click(screen.getByTestId("attendance-add-organisation"));
    await waitFor(() => expect(screen.getAllByTestId("attendance-row")).toHaveLength(2));
    expect(backend.callsTo("add_attendance_by_organisation")).toEqual([
      { eventId: 2, organisationId: 1, role: "guest" },
    ]);
  });
});

describe("media and memoranda", () => {
  it("adds, edits and deletes a publication; the link is text, not a link", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/1");
    await screen.findByTestId("event-title");
    expect(screen.getByText("Публикаций пока нет.")).toBeTruthy();

    await user.click(screen.getByTestId("media-add"));
    await user.type(screen.getByTestId("media-outlet"), "Казправда");
    await user.type(screen.getByTestId("media-url"), "https://kazpravda.kz/n/1");
    await user.type(screen.getByTestId("media-published-on"), "15.03.2025");
    await user.type(screen.getByTestId("media-views"), "1500");
    await user.click(screen.getByTestId("media-save"));

    const row = await screen.findByTestId("media-row");
    expect(row.textContent).toContain("Казправда");
    expect(row.textContent).toContain("https://kazpravda.kz/n/1");
    expect(row.textContent).toContain("15.03.2025");
    expect(row.querySelector("a")).toBeNull();
    expect(backend.callsTo("add_media")).toEqual([
      {
        eventId: 1,
        media: { outlet: "Казправда", url: "https://kazpravda.kz/n/1", publishedOn: "2025-03-15", views: 1500 },
      },
    ]);

    await user.click(within(row).getByTestId("media-edit"));
    const outlet = screen.getByTestId<HTMLInputElement>("media-outlet");
    expect(outlet.value).toBe("Казправда");
    await user.clear(outlet);
    await user.type(outlet, "Егемен Қазақстан{Enter}");
    await waitFor(() => expect(screen.getByTestId("media-row").textContent).toContain("Егемен Қазақстан"));
    expect(backend.callsTo("update_media")[0]?.media).toMatchObject({ outlet: "Егемен Қазақстан" });

    await user.click(screen.getByTestId("media-delete"));
    await waitFor(() => expect(screen.queryByTestId("media-row")).toBeNull());
  });

  it("shows a missing outlet next to its field", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events/1");
    await user.click(await screen.findByTestId("media-add"));
    await user.click(screen.getByTestId("media-save"));

    const outlet = screen.getByTestId("media-outlet");
    await waitFor(() => expect(outlet.getAttribute("aria-invalid")).toBe("true"));
    expect(within(outlet.closest(".field")!).getByTestId("field-error").textContent).toBe("толтыру міндетті");
  });

  it("adds and deletes a memorandum, and Undo brings it back", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/1");
    await user.click(await screen.findByTestId("memo-add"));
    expect(screen.getByTestId("memo-parties-kk").getAttribute("lang")).toBe("kk");
    await user.type(screen.getByTestId("memo-parties-kk"), "Прокуратура және әкімдік");
    await user.type(screen.getByTestId("memo-parties-ru"), "Прокуратура и акимат");
    await user.type(screen.getByTestId("memo-subject-kk"), "Ынтымақтастық туралы");
    await user.type(screen.getByTestId("memo-subject-ru"), "О сотрудничестве");
    await fireEvent.input(screen.getByTestId("memo-signed-on"), { target: { value: "2025-03-14" } });
    await user.click(screen.getByTestId("memo-save"));

    const row = await screen.findByTestId("memo-row");
    expect(backend.callsTo("add_memorandum")[0]?.memorandum).toEqual({
      partiesKk: "Прокуратура және әкімдік",
      partiesRu: "Прокуратура и акимат",
      subjectKk: "Ынтымақтастық туралы",
      subjectRu: "О сотрудничестве",
      signedOn: "2025-03-14",
    });
    // The Russian page shows the Russian texts.
    expect(row.textContent).toContain("Прокуратура и акимат");
    expect(row.textContent).toContain("О сотрудничестве");
    expect(row.textContent).not.toContain("әкімдік");
    expect(row.textContent).toContain("14.03.2025");
    await user.click(within(row).getByTestId("memo-delete"));
    await waitFor(() => expect(screen.queryByTestId("memo-row")).toBeNull());
    expect(backend.memoranda).toEqual([]);
    expect(screen.getByTestId("notice").textContent).toContain("Меморандум «Прокуратура и акимат» удалён");
    await user.click(screen.getByTestId("undo"));
    expect((await screen.findByTestId("memo-row")).textContent).toContain("Прокуратура и акимат");
    expect(backend.callsTo("restore_memorandum")).toHaveLength(1);
  });
});

describe("deleting an event", () => {
  it("offers Undo, which restores it", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/2");
    await user.click(await screen.findByTestId("event-delete"));

    await waitFor(() => expect(location.hash).toBe("#/events"));
    expect(screen.getByTestId("notice").textContent).toContain(
      "Мероприятие «Круглый стол: кибермошенничество» удалено",
    );
    await waitFor(() => expect(screen.getAllByTestId("event-row")).toHaveLength(1));

    await user.click(screen.getByTestId("undo"));
    expect(backend.callsTo("restore_event")).toEqual([{ id: 2 }]);
    expect((await screen.findByTestId("event-title")).textContent).toBe("Круглый стол: кибермошенничество");
  });
});

import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import type { PersonFilter, PersonInput } from "../../lib/ipc/generated";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
});

function rowNames(): string[] {
  return screen.getAllByTestId("people-row").map((row) => row.querySelector(".primary")?.textContent ?? "");
}

describe("people list", () => {
  it("turns the pages of a long registry and counts all of it", async () => {
    backend.info.language = "ru";
    const base = backend.people[2]!;
    for (let i = 0; i < 247; i++) {
      backend.people.push({ ...base, id: 1000 + i, surname: `Яковлев${String(i).padStart(3, "0")}` });
    }
    const user = await openApp(backend, "#/people");
    await waitFor(() => expect(screen.getAllByTestId("people-row")).toHaveLength(100));
    expect(screen.getByTestId("people-count").textContent).toContain("250");
    expect(screen.getByTestId("pager-range").textContent).toBe("1–100 из 250");

    await user.click(screen.getByTestId("pager-next"));
    await waitFor(() => expect(screen.getByTestId("pager-range").textContent).toBe("101–200 из 250"));
    expect(backend.callsTo("list_people").at(-1)?.filter).toMatchObject({ limit: 100, offset: 100 });
    await user.click(screen.getByRole("button", { name: "Последняя страница" }));
    await waitFor(() => expect(screen.getAllByTestId("people-row")).toHaveLength(50));
    expect(screen.getByTestId("pager-next")).toHaveProperty("disabled", true);

    // A new search starts again from its first page.
    await user.type(screen.getByTestId("people-search"), "оспанова");
    await waitFor(() => expect(rowNames()).toEqual(["Оспанова Гүлжан Серікқызы"]));
    expect(screen.queryByTestId("pager")).toBeNull();
  });

  it("searches as you type, folding case (әлібек finds ӘЛІБЕКОВ)", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/people");

    await waitFor(() => expect(screen.getAllByTestId("people-row")).toHaveLength(3));
    expect(screen.getByTestId("screen-title").textContent).toBe("Адамдар");

    await user.type(screen.getByTestId("people-search"), "әлібек");

    await waitFor(() => expect(screen.getAllByTestId("people-row")).toHaveLength(1));
    const row = screen.getByTestId("people-row");
    expect(row.textContent).toContain("ӘЛІБЕКОВ Асқар Нұрланұлы");
    expect(row.textContent).toContain("Қонаев қаласының әкімдігі");
    expect(row.textContent).toContain("+7 701 123 45 67");
    const last = backend.callsTo("list_people").at(-1)?.filter as PersonFilter;
    expect(last.query).toBe("әлібек");
    // The pause before searching skips most keystrokes.
    expect(backend.callsTo("list_people").length).toBeLessThan(6);
  });

  it("shows the organisation in the current language and filters by category", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/people");
    await waitFor(() => expect(screen.getAllByTestId("people-row")).toHaveLength(3));
    expect(screen.getAllByTestId("people-row")[0]?.textContent).toContain("Акимат города Конаев");

    await user.selectOptions(screen.getByTestId("people-filter-category"), "Студенты");

    await waitFor(() => expect(rowNames()).toEqual(["Оспанова Гүлжан Серікқызы"]));
    expect(backend.callsTo("list_people").at(-1)?.filter).toMatchObject({ categoryId: 3 });
  });

  it("filters by organisation through the searchable picker", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/people");
    await waitFor(() => expect(screen.getAllByTestId("people-row")).toHaveLength(3));

    await user.type(screen.getByTestId("people-filter-organisation"), "гимназия");
    await user.click(await screen.findByRole("option", { name: "№5 мектеп-гимназия Іле ауданы" }));

    await waitFor(() => expect(rowNames()).toEqual(["Оспанова Гүлжан Серікқызы"]));
    expect(backend.callsTo("list_people").at(-1)?.filter).toMatchObject({ organisationId: 2 });
  });
});

describe("new person", () => {
  it("warns about possible duplicates and creates only after «Save anyway»", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/people");
    await user.click(await screen.findByTestId("person-new"));

    await user.type(screen.getByTestId("person-surname"), "Иванов");
    await user.type(screen.getByTestId("person-name"), "Сергей");
    await user.type(screen.getByTestId("person-patronymic"), "Петрович");
    await user.type(screen.getByTestId("person-phone"), "8 777 000 11 22");
    await user.click(screen.getByTestId("person-save"));

    const warning = await screen.findByTestId("person-duplicates");
    expect(warning.textContent).toContain("Возможно, этот человек уже есть в списке");
    expect(warning.textContent).toContain("Иванов Сергей Петрович");
    expect(warning.textContent).toContain("совпадает ФИО");
    expect(warning.textContent).toContain("совпадает телефон");
    expect(warning.textContent).not.toContain("совпадает ИИН");
    expect(backend.callsTo("create_person")).toEqual([]);
    expect(backend.callsTo("find_person_duplicates")[0]?.except).toBeNull();

    await user.click(within(warning).getByTestId("person-save-anyway"));

    const title = await screen.findByTestId("person-title");
    expect(title.textContent).toBe("Иванов Сергей Петрович");
    const [created] = backend.callsTo("create_person");
    expect(created?.person as PersonInput).toMatchObject({
      surname: "Иванов",
      name: "Сергей",
      patronymic: "Петрович",
      phone: "8 777 000 11 22",
      gender: null,
      organisationId: null,
    });
    expect(location.hash).toMatch(/^#\/people\/\d+$/);
  });

  it("opens the existing person from the warning", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/people/new");
    await user.type(await screen.findByTestId("person-surname"), "Оспанова");
    await user.type(screen.getByTestId("person-name"), "Гүлжан");
    await user.type(screen.getByTestId("person-patronymic"), "Серікқызы");
    await user.click(screen.getByTestId("person-save"));

    const warning = await screen.findByTestId("person-duplicates");
    expect(warning.textContent).toContain("аты-жөні сәйкес");
    await user.click(within(warning).getByTestId("person-open-existing"));

    expect((await screen.findByTestId("person-title")).textContent).toBe("Оспанова Гүлжан Серікқызы");
    expect(location.hash).toBe("#/people/2");
    expect(backend.callsTo("create_person")).toEqual([]);
  });

  it("creates at once when nobody matches, with organisation, categories and consent", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/people/new");
    await user.type(await screen.findByTestId("person-surname"), "Сейітқазы");
    await user.type(screen.getByTestId("person-name"), "Әмина");
    await user.selectOptions(screen.getByTestId("person-gender"), "female");
    await user.click(screen.getByTestId("person-organisation"));
    await user.click(await screen.findByRole("option", { name: /№5 мектеп-гимназия/ }));
    const categories = screen.getAllByTestId("person-category");
    expect(categories.map((c) => c.parentElement?.textContent?.trim())).toEqual([
      "Депутаттар",
      "Журналистер",
      "Студенттер",
    ]);
    await user.click(categories[2]!);
    await user.click(screen.getByTestId("person-consent"));
    // Ticking consent proposes today's date.
    expect(screen.getByTestId<HTMLInputElement>("person-consent-date").value).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    await user.click(screen.getByTestId("person-save"));

    expect((await screen.findByTestId("person-title")).textContent).toBe("Сейітқазы Әмина");
    expect(screen.queryByTestId("person-duplicates")).toBeNull();
    expect(backend.callsTo("create_person")[0]?.person).toMatchObject({
      gender: "female",
      organisationId: 2,
      categoryIds: [3],
      consent: true,
    });
  });

  it("Enter in the organisation picker chooses it; Enter elsewhere saves", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/people/new");
    await user.type(await screen.findByTestId("person-surname"), "Бекова");
    await user.type(screen.getByTestId("person-name"), "Дана");
    await user.type(screen.getByTestId("person-organisation"), "әкімді");
    await screen.findByRole("option", { name: /Қонаев қаласының әкімдігі/ });
    await user.keyboard("{Enter}");
    expect(screen.getByTestId<HTMLInputElement>("person-organisation").value).toBe("Қонаев қаласының әкімдігі");
    expect(backend.callsTo("find_person_duplicates")).toEqual([]);

    await user.type(screen.getByTestId("person-position-kk"), "Маман{Enter}");
    expect((await screen.findByTestId("person-title")).textContent).toBe("Бекова Дана");
    expect(backend.callsTo("create_person")[0]?.person).toMatchObject({ organisationId: 1, positionKk: "Маман" });
  });

  it("shows a refused phone translated next to the field", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/people/new");
    await user.type(await screen.findByTestId("person-surname"), "Нұрланов");
    await user.type(screen.getByTestId("person-name"), "Ерлан");
    await user.type(screen.getByTestId("person-phone"), "12345");
    await user.click(screen.getByTestId("person-save"));

    const phone = screen.getByTestId("person-phone");
    await waitFor(() => expect(phone.getAttribute("aria-invalid")).toBe("true"));
    const field = phone.closest(".field") as HTMLElement;
    expect(within(field).getByTestId("field-error").textContent).toBe(
      "не номер телефона (например, +7 701 123 45 67)",
    );
    expect(phone.getAttribute("aria-describedby")).toBe("person-phone-error");
    expect(document.activeElement).toBe(phone);
    expect(screen.getByTestId("person-surname").getAttribute("aria-invalid")).toBe("false");
    expect(screen.getByTestId("error-message").textContent).toContain("Поле «Телефон» заполнено неверно");
    expect(backend.people).toHaveLength(3);

    // The same message reads in Kazakh after switching.
    await user.click(screen.getByTestId("lang-kk"));
    expect(within(field).getByTestId("field-error").textContent).toBe(
      "телефон нөмірі емес (мысалы, +7 701 123 45 67)",
    );
  });
});

describe("person page", () => {
  it("shows the details, formatted phone and events with awards highlighted", async () => {
    backend.info.language = "ru";
    backend.attendance = [
      { id: 50, eventId: 1, personId: 1, role: "awardee", present: true },
      { id: 51, eventId: 2, personId: 1, role: "participant", present: false },
    ];
    await openApp(backend, "#/people/1");

    expect((await screen.findByTestId("person-title")).textContent).toBe("ӘЛІБЕКОВ Асқар Нұрланұлы");
    expect(screen.getByTestId("person-phone-value").textContent).toBe("+7 701 123 45 67");
    expect(screen.getByTestId("person-details").textContent).toContain("Депутаты");
    expect(screen.getByTestId("person-details").textContent).toContain("Мужской");

    const events = within(screen.getByTestId("person-events")).getAllByTestId("person-event");
    expect(events).toHaveLength(2);
    // Newest first.
    expect(events[0]?.textContent).toContain("20.03.2025 15:00");
    expect(events[0]?.textContent).toContain("Круглый стол: кибермошенничество");
    expect(events[0]?.textContent).toContain("Участник");
    expect(events[0]?.textContent).toContain("Отсутствие");
    expect(events[1]?.textContent).toContain("14.03.2025 10:00");
    expect(events[1]?.classList.contains("award")).toBe(true);
    expect(within(events[1]!).getByTestId("person-award").textContent).toContain("Награждённый");
    expect(events[1]?.textContent).toContain("Присутствие отмечено");
  });

  it("deletes softly and brings the person back with Undo", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/people/2");
    await screen.findByTestId("person-title");

    await user.click(screen.getByTestId("person-delete"));
    // She holds a numbered document: the question says so, with its number.
    let question = await screen.findByTestId("confirm-dialog");
    expect(within(question).getByTestId("confirm-message").textContent).toBe(
      "Тіркеу журналында оған берілген 1 нөмірлі құжат бар (Д-2025/0001). Журнал оны сақтайды, бірақ жазба жойылады.",
    );
    await user.click(within(question).getByTestId("confirm-cancel"));
    await waitFor(() => expect(screen.queryByTestId("confirm-dialog")).toBeNull());
    expect(backend.callsTo("delete_person")).toEqual([]);
    expect(location.hash).toBe("#/people/2");

    await user.click(screen.getByTestId("person-delete"));
    question = await screen.findByTestId("confirm-dialog");
    await user.click(within(question).getByTestId("confirm-yes"));

    await waitFor(() => expect(location.hash).toBe("#/people"));
    expect(backend.callsTo("delete_person")).toEqual([{ id: 2 }]);
    const notice = screen.getByTestId("notice");
    expect(notice.textContent).toContain("«Оспанова Гүлжан Серікқызы» жазбасы жойылды");
    await waitFor(() => expect(screen.getAllByTestId("people-row")).toHaveLength(2));

    await user.click(within(notice).getByTestId("undo"));

    expect(backend.callsTo("restore_person")).toEqual([{ id: 2 }]);
    expect((await screen.findByTestId("person-title")).textContent).toBe("Оспанова Гүлжан Серікқызы");
    expect(screen.getByTestId("notice").textContent).toContain("Қалпына келтірілді");
  });

  it("edits a person in place of the form", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/people/3");
    await user.click(await screen.findByTestId("person-edit"));

    const position = await screen.findByTestId<HTMLInputElement>("person-position-ru");
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>("person-surname").value).toBe("Иванов"));
    await user.type(position, "Журналист");
    await user.click(screen.getByTestId("person-save"));

    await screen.findByTestId("person-title");
    expect(backend.callsTo("find_person_duplicates")).toEqual([]);
    expect(backend.callsTo("update_person")[0]).toMatchObject({ id: 3, person: { positionRu: "Журналист" } });
    expect(screen.getByTestId("person-details").textContent).toContain("Журналист");
  });
});

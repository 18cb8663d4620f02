import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { EVENTS, FakeBackend, ORGANISATIONS } from "../../test/fakeBackend";
import { openApp } from "../../test/render";
import { eventsView } from "../../screens/events/state.svelte";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  // A farm named after Әлібек, where Иванов works: «әлібек» finds both
  // ӘЛІБЕКОВ (by name) and Иванов (by his organisation).
  backend.organisations.push({
    ...structuredClone(ORGANISATIONS[0]!),
    id: 3,
    nameKk: "«Әлібек» шаруа қожалығы",
    nameRu: "Крестьянское хозяйство «Әлібек»",
    kind: "business",
  });
  backend.people[2]!.organisationId = 3;
});

function box(): HTMLInputElement {
  return screen.getByTestId<HTMLInputElement>("global-search");
}

function texts(testid: string): string[] {
  return screen.queryAllByTestId(testid).map((node) => node.textContent?.replace(/\s+/g, " ").trim() ?? "");
}

describe("global search in the sidebar", () => {
  it("answers «әлібек» with people and organisations; arrows and Enter open the highlighted person", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/dashboard");
    expect(box().getAttribute("role")).toBe("combobox");
    expect(box().getAttribute("aria-expanded")).toBe("false");

    await user.type(box(), "әлібек");
    await waitFor(() => expect(screen.getAllByTestId("global-result-person")).toHaveLength(2));
    expect(texts("global-result-person").sort()).toEqual([
      "Иванов Сергей Петрович «Әлібек» шаруа қожалығы",
      "ӘЛІБЕКОВ Асқар Нұрланұлы Қонаев қаласының әкімдігі",
    ]);
    expect(texts("global-result-organisation")).toEqual(["«Әлібек» шаруа қожалығы Адамдар: 1"]);
    const list = screen.getByRole("listbox");
    expect(within(list).getByRole("group", { name: "Адамдар" })).toBeTruthy();
    expect(within(list).getByRole("group", { name: "Ұйымдар" })).toBeTruthy();
    expect(screen.getByTestId("global-search-all-people").textContent).toContain("Барлығын көру");
    expect(box().getAttribute("aria-expanded")).toBe("true");
    // One search over every kind, with the typed text and small limits.
    expect(backend.callsTo("search_all").at(-1)).toEqual({
      query: "әлібек",
      limits: { people: 8, organisations: 5, events: 5, documents: 5, campaigns: 5 },
    });
    expect(backend.callsTo("list_people")).toEqual([]);
    // Each group says how many there are in all.
    expect(screen.getByTestId("global-search-total-people").textContent?.trim()).toBe("Барлығы: 2");
    expect(screen.getByTestId("global-search-total-organisations").textContent?.trim()).toBe("Барлығы: 1");

    // The first result is highlighted; arrows move the highlight.
    const people = screen.getAllByTestId("global-result-person");
    expect(people[0]!.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}");
    expect(people[0]!.getAttribute("aria-selected")).toBe("false");
    expect(people[1]!.getAttribute("aria-selected")).toBe("true");
    expect(box().getAttribute("aria-activedescendant")).toBe(people[1]!.id);
    await user.keyboard("{ArrowUp}{ArrowDown}");

    const second = texts("global-result-person")[1]!;
    const [id, name] = second.startsWith("Иванов")
      ? [3, "Иванов Сергей Петрович"]
      : [1, "ӘЛІБЕКОВ Асқар Нұрланұлы"];
    await user.keyboard("{Enter}");
    expect((await screen.findByTestId("person-title")).textContent).toBe(name);
    expect(location.hash).toBe(`#/people/${id}`);
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(box().getAttribute("aria-expanded")).toBe("false");
  });

  it("opens an organisation; Escape and a click outside close the list", async () => {
    const user = await openApp(backend, "#/dashboard");
    await user.type(box(), "әлібек");
    await screen.findByTestId("global-result-organisation");

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(box().getAttribute("aria-expanded")).toBe("false");

    await user.type(box(), "гимназия");
    await waitFor(() => expect(texts("global-result-organisation")).toEqual(["Школа-гимназия №5 Людей: 1"]));
    await user.click(screen.getByTestId("screen-title"));
    expect(screen.queryByRole("listbox")).toBeNull();

    // Back in the box, the answer is there again.
    await user.click(box());
    await user.click(await screen.findByTestId("global-result-organisation"));
    expect((await screen.findByTestId("org-title")).textContent).toBe("Школа-гимназия №5");
    expect(location.hash).toBe("#/organisations/2");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("Enter typed before the answer opens the first result for the typed text", async () => {
    const user = await openApp(backend, "#/dashboard");
    await user.type(box(), "оспан{Enter}");
    expect((await screen.findByTestId("person-title")).textContent).toBe("Оспанова Гүлжан Серікқызы");
    expect(location.hash).toBe("#/people/2");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("says so when nothing matches", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/dashboard");
    await user.type(box(), "жоқ адам");
    expect((await screen.findByTestId("global-search-empty")).textContent).toBe("Ештеңе табылмады");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("keeps the newer answer when an older, slower one comes later", async () => {
    const plain = new FakeBackend();
    let release: (() => void) | undefined;
    backend.overrides.search_all = (args) => {
      const answer = plain.invoke("search_all", args);
      if (args?.query !== "ос") return answer;
      return new Promise((resolve) => (release = () => resolve(answer)));
    };
    const user = await openApp(backend, "#/dashboard");

    await user.type(box(), "ос");
    await waitFor(() => expect(release).toBeDefined());
    await user.clear(box());
    await user.type(box(), "иван");
    await waitFor(() => expect(texts("global-result-person")).toEqual(["Иванов Сергей Петрович"]));

    release!();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(texts("global-result-person")).toEqual(["Иванов Сергей Петрович"]);
    expect(screen.queryByText(/Оспанова/)).toBeNull();
  });

  it("shows the group titles and names in Russian, and in Kazakh after switching", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/dashboard");
    await user.type(box(), "әлібек");
    const list = await screen.findByRole("listbox");
    expect(within(list).getByRole("group", { name: "Люди" })).toBeTruthy();
    expect(within(list).getByRole("group", { name: "Организации" })).toBeTruthy();
    expect(texts("global-result-organisation")).toEqual(["Крестьянское хозяйство «Әлібек» Людей: 1"]);
    expect(texts("global-result-person")).toContain("ӘЛІБЕКОВ Асқар Нұрланұлы Акимат города Конаев");
    expect(screen.getByTestId("global-search-all-organisations").textContent).toContain("Показать все");

    await user.click(screen.getByTestId("lang-kk"));
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.click(box());
    const again = await screen.findByRole("listbox");
    expect(within(again).getByRole("group", { name: "Адамдар" })).toBeTruthy();
    expect(within(again).getByRole("group", { name: "Ұйымдар" })).toBeTruthy();
    expect(texts("global-result-organisation")).toEqual(["«Әлібек» шаруа қожалығы Адамдар: 1"]);
  });

  it("finds events by a word of the Kazakh or the Russian title and opens one", async () => {
    backend.info.language = "kk";
    backend.events.push(
      {
        ...structuredClone(EVENTS[0]!),
        id: 7,
        titleKk: "«Құқықтық тәртіп әліппесі» дәрісі",
        titleRu: "Лекция «Азбука правопорядка»",
        startsAt: "2025-04-02T10:00",
        endsAt: "2025-04-02T11:00",
        placeKk: "№12 мектеп",
        placeRu: "школа №12",
      },
      {
        ...structuredClone(EVENTS[0]!),
        id: 8,
        titleKk: "Тәртіп әліппесі: жаңа оқу жылы",
        titleRu: "Азбука правопорядка: новый учебный год",
        startsAt: "2025-09-01T10:00",
        endsAt: "2025-09-01T11:00",
        placeKk: "",
        placeRu: "",
      },
    );
    backend.deleted.events.add(8);
    const user = await openApp(backend, "#/dashboard");

    await user.type(box(), "әліппесі");
    await waitFor(() => expect(texts("global-result-event")).toEqual(["«Құқықтық тәртіп әліппесі» дәрісі 02.04.2025 · №12 мектеп"]));
    const list = screen.getByRole("listbox");
    expect(within(list).getByRole("group", { name: "Іс-шаралар" })).toBeTruthy();
    // The deleted event is not counted; events have no «show all», the count says it.
    expect(screen.getByTestId("global-search-total-events").textContent?.trim()).toBe("Барлығы: 1");
    expect(screen.queryByTestId("global-search-all-events")).toBeNull();
    expect(screen.queryByTestId("global-result-person")).toBeNull();

    // The Russian title and place, in Russian.
    await user.click(screen.getByTestId("lang-ru"));
    await user.clear(box());
    await user.type(box(), "АЗБУКА");
    await waitFor(() => expect(texts("global-result-event")).toEqual(["Лекция «Азбука правопорядка» 02.04.2025 · школа №12"]));
    expect(within(screen.getByRole("listbox")).getByRole("group", { name: "Мероприятия" })).toBeTruthy();
    expect(screen.getByTestId("global-search-total-events").textContent?.trim()).toBe("Всего: 1");
    await user.keyboard("{Enter}");
    expect((await screen.findByTestId("event-title")).textContent).toBe("Лекция «Азбука правопорядка»");
    expect(location.hash).toBe("#/events/7");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("finds a register document by its number and by its check code and opens it in the register", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/dashboard");

    await user.type(box(), "Д-2025/0001");
    await waitFor(() => expect(texts("global-result-document")).toEqual([
      "Д-2025/0001 · 25-0001-D7MZ Оспанова Гүлжан Серікқызы · Диплом · Кері қайтарылды",
    ]));
    expect(within(screen.getByRole("listbox")).getByRole("group", { name: "Құжаттар" })).toBeTruthy();

    await user.clear(box());
    await user.type(box(), "25-0003-k3qx");
    await waitFor(() => expect(texts("global-result-document")).toEqual([
      "АХ-2025/0003 · 25-0003-K3QX Иванов Сергей Петрович · Алғыс хат · Берілді",
    ]));
    // Arrows and Enter work on documents as on people.
    await user.keyboard("{ArrowDown}{ArrowUp}{Enter}");
    expect(location.hash).toBe(`#/documents/register?q=${encodeURIComponent("АХ-2025/0003")}&open=3`);
    const dialog = await screen.findByTestId("document-dialog");
    expect(dialog.textContent).toContain("АХ-2025/0003");
    expect((screen.getByTestId("register-search") as HTMLInputElement).value).toBe("АХ-2025/0003");
  });

  it("finds a campaign by name and opens its events on the month of the latest one", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/dashboard");
    await user.type(box(), "тәртіп");
    await waitFor(() => expect(texts("global-result-campaign")).toEqual(["Заң мен тәртіп Іс-шаралар: 1"]));
    expect(within(screen.getByRole("listbox")).getByRole("group", { name: "Науқандар" })).toBeTruthy();
    expect(screen.getByTestId("global-search-total-campaigns").textContent?.trim()).toBe("Барлығы: 1");

    await user.click(screen.getByTestId("global-result-campaign"));
    expect(location.hash).toBe("#/events");
    expect(eventsView.campaignId).toBe("1");
    expect(eventsView.month).toEqual({ year: 2025, month: 3 });
    await waitFor(() => expect(screen.getAllByTestId("event-row")).toHaveLength(1));
    expect((screen.getByTestId("events-filter-campaign") as HTMLSelectElement).value).toBe("1");
  });

  it("puts the person whose whole name was typed first, as the backend ranks", async () => {
    backend.people.push({ ...structuredClone(backend.people[0]!), id: 9, surname: "Әлденей", name: "Әлібек", patronymic: "", iin: "" });
    backend.people.push({ ...structuredClone(backend.people[0]!), id: 10, surname: "Әбенов", name: "Әлденей", patronymic: "Әлібекұлы", iin: "" });
    const user = await openApp(backend, "#/dashboard");
    await user.type(box(), "Әлденей Әлібек");
    await waitFor(() => expect(texts("global-result-person")).toHaveLength(2));
    const [first, second] = texts("global-result-person");
    expect(first?.startsWith("Әлденей Әлібек ")).toBe(true);
    expect(second?.startsWith("Әбенов Әлденей Әлібекұлы")).toBe(true);
  });

  it("«Show all» opens the list with the typed search in it", async () => {
    const user = await openApp(backend, "#/dashboard");
    await user.type(box(), "әлібек");
    await user.click(await screen.findByTestId("global-search-all-organisations"));
    expect(location.hash).toBe(`#/organisations?q=${encodeURIComponent("әлібек")}`);
    expect(screen.getByTestId("nav-organisations").getAttribute("aria-current")).toBe("page");
    expect((screen.getByTestId("org-search") as HTMLInputElement).value).toBe("әлібек");
  });

  it("Ctrl+K and Ctrl+F focus the box, on any keyboard layout", async () => {
    const user = await openApp(backend, "#/people");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("people-search")));

    await user.keyboard("{Control>}k{/Control}");
    expect(document.activeElement).toBe(box());

    await user.click(screen.getByTestId("people-search"));
    await user.keyboard("{Control>}f{/Control}");
    expect(document.activeElement).toBe(box());

    // Russian layout: the key is «л», the physical key is still K.
    screen.getByTestId("people-search").focus();
    fireEvent.keyDown(window, { key: "л", code: "KeyK", ctrlKey: true });
    expect(document.activeElement).toBe(box());
  });
});

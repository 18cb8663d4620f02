import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { FakeBackend, ORGANISATIONS } from "../../test/fakeBackend";
import { openApp } from "../../test/render";
import type { PersonFilter } from "../ipc/generated";

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
    // Both lists are asked, in parallel, with the typed text and small limits.
    expect(backend.callsTo("list_people").at(-1)?.filter).toEqual({ query: "әлібек", limit: 8 });
    expect(backend.callsTo("list_organisations").at(-1)?.filter).toEqual({ query: "әлібек", limit: 5 });

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
    backend.overrides.list_people = (args) => {
      const answer = plain.invoke("list_people", args);
      if ((args?.filter as PersonFilter).query !== "ос") return answer;
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

import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import type { OrganisationFilter } from "../../lib/ipc/generated";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
});

describe("organisations", () => {
  it("turns the pages of a long list and counts all of it", async () => {
    backend.info.language = "ru";
    const base = backend.organisations[0]!;
    for (let i = 0; i < 148; i++) {
      backend.organisations.push({ ...base, id: 1000 + i, nameKk: `Мектеп ${1000 + i}`, nameRu: `Школа ${1000 + i}` });
    }
    const user = await openApp(backend, "#/organisations");
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(100));
    expect(screen.getByText("Найдено: 150")).toBeTruthy();
    expect(screen.getByTestId("pager-range").textContent).toBe("1–100 из 150");
    await user.click(screen.getByTestId("pager-next"));
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(50));
    expect(backend.callsTo("list_organisations").at(-1)?.filter).toMatchObject({ limit: 100, offset: 100 });
  });

  it("lists name, kind, district and people count in the current language, and searches", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/organisations");

    const rows = await screen.findAllByTestId("org-row");
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain("Қонаев қаласының әкімдігі");
    expect(rows[0]?.textContent).toContain("Мемлекеттік орган");
    expect(rows[0]?.textContent).toContain("Қонаев қ.");
    expect(rows[0]?.querySelector(".num")?.textContent).toBe("1");

    await user.type(screen.getByTestId("org-search"), "ГИМНАЗИЯ");
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(1));
    expect(screen.getByTestId("org-row").textContent).toContain("Білім беру ұйымы");
    expect((backend.callsTo("list_organisations").at(-1)?.filter as OrganisationFilter).query).toBe("ГИМНАЗИЯ");

    await user.click(screen.getByTestId("lang-ru"));
    expect(screen.getByTestId("org-row").textContent).toContain("Школа-гимназия №5");
    expect(screen.getByTestId("org-row").textContent).toContain("Организация образования");
  });

  it("filters by kind", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/organisations");
    await screen.findAllByTestId("org-row");

    await user.selectOptions(screen.getByTestId("org-filter-kind"), "state_body");
    await waitFor(() => expect(screen.getAllByTestId("org-row")).toHaveLength(1));
    expect(backend.callsTo("list_organisations").at(-1)?.filter).toMatchObject({ kind: "state_body" });
  });

  it("creates an organisation from the form, Enter submitting it", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/organisations");
    await user.click(await screen.findByTestId("org-new"));

    await user.type(screen.getByTestId("org-name-kk"), "«Жас Отан» жастар қанаты");
    await user.type(screen.getByTestId("org-name-ru"), "Молодёжное крыло «Жас Отан»");
    await user.selectOptions(screen.getByTestId("org-kind"), "ngo");
    await user.type(screen.getByTestId("org-district"), "Іле ауданы{Enter}");

    const title = await screen.findByTestId("org-title");
    expect(title.textContent).toBe("Молодёжное крыло «Жас Отан»");
    expect(screen.getByText("«Жас Отан» жастар қанаты")).toBeTruthy();
    expect(backend.callsTo("create_organisation")[0]?.organisation).toEqual({
      nameKk: "«Жас Отан» жастар қанаты",
      nameRu: "Молодёжное крыло «Жас Отан»",
      kind: "ngo",
      district: "Іле ауданы",
      address: "",
      phone: "",
      email: "",
      contact: "",
      notes: "",
    });
  });

  it("shows its people and deletes with Undo", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/organisations/2");

    expect((await screen.findByTestId("org-title")).textContent).toBe("Школа-гимназия №5");
    const people = within(screen.getByTestId("org-people")).getAllByTestId("org-person");
    expect(people.map((p) => p.querySelector(".primary")?.textContent)).toEqual(["Оспанова Гүлжан Серікқызы"]);
    expect(backend.callsTo("list_people").at(-1)?.filter).toMatchObject({ organisationId: 2 });

    await user.click(screen.getByTestId("org-delete"));
    // Its person holds a numbered document: asked first.
    const question = await screen.findByTestId("confirm-dialog");
    expect(within(question).getByTestId("confirm-message").textContent).toBe(
      "В журнале регистрации есть 1 номерной документ, выданный сотрудникам этой организации. Журнал его сохранит, а организация будет удалена.",
    );
    await user.click(within(question).getByTestId("confirm-yes"));
    await waitFor(() => expect(location.hash).toBe("#/organisations"));
    expect(screen.getByTestId("notice").textContent).toContain("Организация «Школа-гимназия №5» удалена");

    await user.click(screen.getByTestId("undo"));
    expect(backend.callsTo("restore_organisation")).toEqual([{ id: 2 }]);
    expect((await screen.findByTestId("org-title")).textContent).toBe("Школа-гимназия №5");
  });
});

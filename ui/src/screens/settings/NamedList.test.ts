import { screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { setLang } from "../../lib/i18n";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  // The language the app remembers, applied on start.
  backend.info = { ...backend.info, language: "kk" };
  setLang("kk");
});

describe("editable lists in Settings", () => {
  it("adds a category, named in both languages, and shows it in the current language", async () => {
    const user = await openApp(backend, "#/settings");
    const before = (await screen.findAllByTestId("category-row")).length;
    await user.click(screen.getByTestId("category-add"));
    await user.type(screen.getByTestId("category-name-kk"), "Ардагер");
    await user.type(screen.getByTestId("category-name-ru"), "Ветеран");
    await user.click(screen.getByTestId("category-save"));
    await waitFor(() => expect(screen.getAllByTestId("category-row")).toHaveLength(before + 1));
    const added = screen.getAllByTestId("category-row").find((row) => row.textContent?.includes("Ардагер"));
    expect(added?.textContent).toContain("Ветеран");
    expect(backend.categories.some((c) => c.nameKk === "Ардагер" && c.nameRu === "Ветеран")).toBe(true);
  });

  it("renames a campaign and shows a translated error for a blank name", async () => {
    const user = await openApp(backend, "#/settings");
    const first = (await screen.findAllByTestId("campaign-row"))[0];
    const edit = first?.querySelector("button");
    expect(edit).not.toBeNull();
    await user.click(edit as HTMLButtonElement);
    const kk = screen.getByTestId("campaign-name-kk") as HTMLInputElement;
    const ru = screen.getByTestId("campaign-name-ru") as HTMLInputElement;
    await user.clear(kk);
    await user.clear(ru);
    await user.click(screen.getByTestId("campaign-save"));
    expect(await screen.findByText(/толтыру міндетті/)).toBeTruthy();

    await user.type(kk, "Кибер-Шериф");
    await user.type(ru, "Кибер-Шериф");
    await user.click(screen.getByTestId("campaign-save"));
    await waitFor(() =>
      expect(screen.getAllByTestId("campaign-row")[0]?.textContent).toContain("Кибер-Шериф"),
    );
    expect(backend.campaigns.some((c) => c.nameKk === "Кибер-Шериф")).toBe(true);
  });
});

import { invoke } from "@tauri-apps/api/core";
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../lib/i18n";
import { FakeBackend } from "../../test/fakeBackend";
import Region from "./Region.svelte";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(invoke).mockImplementation(backend.invoke);
});

describe("Region", () => {
  it("shows the offices' total and a row per office, from the stored hub address", async () => {
    setLang("kk");
    backend.sendStatus = { ...backend.sendStatus, url: "postgres://region_manager@hub:5432/kense_region" };
    const user = userEvent.setup();
    render(Region);
    const url = screen.getByTestId("region-url") as HTMLInputElement;
    await vi.waitFor(() => expect(url.value).toBe("postgres://region_manager@hub:5432/kense_region"));
    await user.click(screen.getByTestId("region-load"));
    const rows = await screen.findAllByTestId("region-office-row");
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText("ALM-01")).toBeTruthy();
    expect(rows[1]!.textContent).toContain("жіберілмеген");
    expect(screen.getByTestId("region-total").textContent).toContain("Барлық кеңселер бойынша (2)");
    expect(screen.getByTestId("region-offices").querySelector("tfoot")?.textContent).toContain("Барлығы");
  });

  it("says the hub cannot be reached and shows no figures", async () => {
    setLang("ru");
    backend.hubOffices = null;
    const user = userEvent.setup();
    render(Region);
    await user.type(screen.getByTestId("region-url"), "postgres://region_manager@hub:5432/kense_region");
    await user.click(screen.getByTestId("region-load"));
    const error = await screen.findByTestId("region-error");
    expect(error.textContent).toContain("Не удалось подключиться к хабу");
    expect(screen.queryByTestId("region-total")).toBeNull();
  });
});

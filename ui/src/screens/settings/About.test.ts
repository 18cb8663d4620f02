import { invoke } from "@tauri-apps/api/core";
import { render, screen, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../lib/i18n";
import { FakeBackend } from "../../test/fakeBackend";
import About from "./About.svelte";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(invoke).mockImplementation(backend.invoke);
});

describe("About", () => {
  it("shows the version, where the data is, and the fonts' licences, in Russian", async () => {
    setLang("ru");
    render(About);
    const version = await screen.findByTestId("about-version");
    expect(version.textContent).toBe(`Kense ${backend.about.version}`);
    expect(screen.getByTestId("about-db-path").textContent).toBe(backend.about.dbPath);
    expect(screen.getByTestId("about-data-dir").textContent).toBe(backend.about.dataDir);
    expect(screen.getByText("Папка данных")).toBeTruthy();
    const serif = within(screen.getByTestId("about-licences")).getByText("PT Serif").closest("tr");
    expect(serif?.textContent).toContain("ParaType Free Font License");
    expect(serif?.textContent).toContain("документы");
  });

  it("reads in Kazakh", async () => {
    setLang("kk");
    render(About);
    await screen.findByTestId("about-version");
    expect(screen.getByText("Бағдарлама туралы")).toBeTruthy();
    expect(screen.getByText("Деректер қалтасы")).toBeTruthy();
    expect(within(screen.getByTestId("about-licences")).getByText("дерекқор")).toBeTruthy();
  });
});

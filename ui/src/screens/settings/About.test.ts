import { invoke } from "@tauri-apps/api/core";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
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
    expect(screen.getByTestId("about-backup-dir").textContent).toBe(backend.about.backupDir);
    expect(screen.getByTestId("about-log-dir").textContent).toBe(backend.about.logDir);
    expect(screen.getByText("Папка резервных копий")).toBeTruthy();
    expect(screen.getByText(/не имена, ИИН и телефоны людей/).textContent).toContain(
      "за последние 14 дней",
    );
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
    expect(screen.getByText("Журнал қалтасы")).toBeTruthy();
    expect(screen.getByText("Сақтық көшірмелер қалтасы")).toBeTruthy();
    expect(screen.getByTestId("about-open-log-folder").textContent).toBe("Журнал қалтасын ашу");
  });

  it("opens the log folder Kense owns, sending no path from the page", async () => {
    setLang("ru");
    render(About);
    const button = await screen.findByTestId("about-open-log-folder");
    expect(button.textContent).toBe("Открыть папку журнала");
    await fireEvent.click(button);
    await waitFor(() => expect(backend.callsTo("open_log_folder")).toHaveLength(1));
    expect(backend.callsTo("open_log_folder")[0] ?? {}).toEqual({});
  });

  it("says why the log folder could not be opened, and keeps the facts", async () => {
    setLang("ru");
    backend.overrides.open_log_folder = () => {
      throw { code: "internal", message: "no file manager", field: null };
    };
    render(About);
    await fireEvent.click(await screen.findByTestId("about-open-log-folder"));
    await screen.findByRole("alert");
    expect(screen.getByTestId("about-log-dir")).toBeTruthy();
  });
});

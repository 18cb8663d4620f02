import { invoke } from "@tauri-apps/api/core";
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { reloadApp } from "./lib/reload";
import { FakeBackend, OFFICE } from "./test/fakeBackend";


vi.mock("./lib/reload", () => ({ reloadApp: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(invoke).mockImplementation(backend.invoke);
  vi.mocked(reloadApp).mockClear();
});

async function startApp() {
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("nav-dashboard");
  return user;
}

describe("start-up", () => {
  it("opens in the remembered language with the office name from the database", async () => {
    backend.info.language = "ru";
    await startApp();

    expect(document.documentElement.lang).toBe("ru");
    expect(screen.getByTestId("nav-dashboard").textContent?.trim()).toBe("Главная");
    expect(screen.getByTestId("screen-title").textContent).toBe("Главная");
    const name = await screen.findByTestId("dashboard-office-name");
    expect(name.textContent).toBe(OFFICE.nameRu);
    // The other language's name is shown below it.
    expect(screen.getByText(OFFICE.nameKk)).toBeTruthy();
    expect(await screen.findByTestId("dashboard-default-signatory")).toHaveProperty(
      "textContent",
      "Алиева Гульнур Сериковна",
    );
    expect(screen.getByTestId("dashboard-database").textContent).toContain(backend.info.dbPath);
    expect(screen.getByTestId("dashboard-database").textContent).toContain("Версия схемы: 3");
  });

  it("shows a full-window error instead of the app when the database cannot be used", async () => {
    backend.info.language = "ru";
    backend.info.schemaVersion = null;
    backend.info.openError = {
      code: "db_newer_schema",
      message: "schema version 9 is newer than this Kense (3)",
      field: null,
    };
    render(App);

    const panel = await screen.findByTestId("open-error");
    expect(within(panel).getByTestId("error-message").textContent).toBe(
      "Эта база данных записана более новой версией Kense. Обновите программу; файл не изменён.",
    );
    expect(within(panel).getByTestId("open-error-path").textContent).toBe(backend.info.dbPath);
    expect(panel.querySelector("details")?.textContent).toContain("schema version 9");
    expect(screen.queryByTestId("nav-dashboard")).toBeNull();
    // Nothing else was asked of a database that is not open: only its
    // backup folder was read.
    expect(backend.calls.map((c) => c.command)).toEqual(["app_info", "list_backups"]);
  });

  it("offers the latest good backup of a damaged database and restores it, keeping the file aside", async () => {
    backend.info.language = "ru";
    backend.info.schemaVersion = null;
    backend.info.openError = {
      code: "db_damaged",
      message: "database disk image is malformed",
      field: null,
    };
    const user = userEvent.setup();
    render(App);

    const panel = await screen.findByTestId("open-error");
    expect(within(panel).getByTestId("screen-title").textContent?.trim()).toBe("База данных повреждена");
    expect(within(panel).getByTestId("error-message").textContent).toContain(
      "повреждённый файл будет отложен в сторону без изменений",
    );
    const latest = await within(panel).findByTestId("recovery-latest");
    expect(latest.textContent).toContain("перед импортом");
    expect(latest.textContent).toContain("Люди: 38");
    expect(within(panel).getAllByTestId("backup-row")).toHaveLength(2);

    await user.click(within(latest).getByTestId("recovery-restore-latest"));
    const dialog = await screen.findByTestId("restore-dialog");
    expect(within(dialog).getByTestId("restore-will-replace").textContent).toContain(
      "Текущая база данных не читается: она будет отложена в сторону без изменений",
    );
    await user.click(within(dialog).getByTestId("restore-confirm"));
    await waitFor(() => expect(reloadApp).toHaveBeenCalledOnce());
    expect(backend.restored).toEqual([{ path: backend.backups[0]!.path, passphrase: null }]);
  });

  it("treats a missing database file where backups exist as a problem, not a fresh start", async () => {
    backend.info.language = "kk";
    backend.info.schemaVersion = null;
    backend.info.openError = { code: "db_empty_file", message: "no database file but backups", field: null };
    backend.backupFolder.databaseFile = "missing";
    render(App);
    const panel = await screen.findByTestId("open-error");
    await within(panel).findByTestId("recovery-latest");
    expect(within(panel).getByTestId("screen-title").textContent?.trim()).toBe("Дерекқор файлы жоқ");
    expect(within(panel).getByTestId("error-message").textContent).toContain(
      "Kense олардың орнына жаңа бос кеңсе бастамайды",
    );
  });

  it("says so when a refused database has no backups", async () => {
    backend.info.language = "ru";
    backend.info.schemaVersion = null;
    backend.info.openError = { code: "db_empty_file", message: "zero-length", field: null };
    backend.backupFolder.databaseFile = "empty";
    backend.backups = [];
    render(App);
    const panel = await screen.findByTestId("open-error");
    expect((await within(panel).findByTestId("recovery-no-backups")).textContent).toBe(
      `В папке ${backend.backupFolder.folder} резервных копий не найдено.`,
    );
    expect(within(panel).getByTestId("screen-title").textContent?.trim()).toBe("Файл базы данных пуст");
    expect(within(panel).queryByTestId("recovery-restore-latest")).toBeNull();
  });

  it("shows the error panel when the backend cannot be reached at all", async () => {
    vi.mocked(invoke).mockRejectedValue("window.__TAURI_INTERNALS__ is undefined");
    render(App);

    const panel = await screen.findByTestId("open-error");
    expect(within(panel).getByTestId("error-message").textContent).toBe(
      "Күтпеген қате орын алды.",
    );
    expect(panel.textContent).toContain("__TAURI_INTERNALS__");
  });
});

describe("language switch", () => {
  it("switches every visible text at once and remembers the choice", async () => {
    backend.info.language = "ru";
    const user = await startApp();
    await screen.findByTestId("dashboard-office-name");

    await user.click(screen.getByTestId("lang-kk"));

    expect(document.documentElement.lang).toBe("kk");
    expect(screen.getByTestId("nav-dashboard").textContent?.trim()).toBe("Басты бет");
    expect(screen.getByTestId("nav-organisations").textContent?.trim()).toBe("Ұйымдар");
    expect(screen.getByTestId("screen-title").textContent).toBe("Басты бет");
    expect(screen.getByTestId("dashboard-office-name").textContent).toBe(OFFICE.nameKk);
    expect(screen.getByTestId("lang-kk").getAttribute("aria-pressed")).toBe("true");
    await waitFor(() => expect(backend.callsTo("set_language")).toEqual([{ language: "kk" }]));

    await user.click(screen.getByTestId("lang-ru"));
    expect(screen.getByTestId("nav-dashboard").textContent?.trim()).toBe("Главная");
    await waitFor(() => expect(backend.info.language).toBe("ru"));
  });

  it("keeps the new language but says so when it cannot be remembered", async () => {
    backend.info.language = "kk";
    backend.overrides.set_language = () => {
      throw { code: "db_io", message: "attempt to write a readonly database", field: null };
    };
    const user = await startApp();

    await user.click(screen.getByTestId("lang-ru"));

    expect(screen.getByTestId("nav-settings").textContent?.trim()).toBe("Настройки");
    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("Не удалось прочитать или записать файл базы данных.");
  });
});

describe("navigation", () => {
  it("opens each screen at its top, not where the one before was scrolled to", async () => {
    const user = await startApp();
    const pane = document.querySelector("main")!;
    await user.click(screen.getByTestId("nav-events"));
    await screen.findByTestId("event-new");
    pane.scrollTop = 640;
    expect(pane.scrollTop).toBe(640);
    await user.click(screen.getByTestId("nav-people"));
    await waitFor(() => expect(screen.getByTestId("screen-title").textContent).not.toBe(""));
    expect(pane.scrollTop).toBe(0);
  });

  it("opens the calendar on this month from the sidebar, in the current language", async () => {
    backend.info.language = "kk";
    const user = await startApp();

    await user.click(screen.getByTestId("nav-calendar"));

    expect(screen.getByTestId("screen-title").textContent).toBe("Күнтізбе");
    const now = new Date();
    const kk = ["Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"];
    const ru = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];
    expect(screen.getByTestId("calendar-title").textContent).toBe(`${kk[now.getMonth()]} ${now.getFullYear()}`);
    expect(await screen.findByTestId("calendar-month")).toBeTruthy();
    expect(location.hash).toBe("#/calendar");
    expect(screen.getByTestId("nav-calendar").getAttribute("aria-current")).toBe("page");

    await user.click(screen.getByTestId("lang-ru"));
    expect(screen.getByTestId("screen-title").textContent).toBe("Календарь");
    expect(screen.getByTestId("calendar-title").textContent).toBe(`${ru[now.getMonth()]} ${now.getFullYear()}`);

    await user.click(screen.getByTestId("nav-settings"));
    expect(screen.getByTestId("screen-title").textContent).toBe("Настройки");
    expect(screen.queryByTestId("calendar-month")).toBeNull();
  });

  it("sends an office without a name to Settings from the dashboard", async () => {
    backend.info.language = "ru";
    backend.profile = { ...backend.profile, nameKk: "", nameRu: "" };
    const user = await startApp();

    const missing = await screen.findByTestId("dashboard-office-missing");
    expect(missing.textContent).toContain("Название офиса ещё не указано.");
    expect(screen.queryByTestId("dashboard-office-name")).toBeNull();

    await user.click(within(missing).getByRole("button", { name: "Открыть настройки" }));
    expect(screen.getByTestId("screen-title").textContent).toBe("Настройки");
    expect(location.hash).toBe("#/settings");
  });
});

import { save } from "@tauri-apps/plugin-dialog";
import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { eventsView } from "../../screens/events/state.svelte";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";
import { today } from "../format";
import type { Change } from "../ipc/generated";
import { formatInstant } from "./History.svelte";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  eventsView.month = { year: 2025, month: 3 };
});

describe("export", () => {
  it("asks where to save, then writes the people in the current language and says where", async () => {
    backend.info.language = "kk";
    vi.mocked(save).mockResolvedValue("/home/user/Құжаттар/Адамдар.xlsx");
    const user = await openApp(backend, "#/people");

    await user.click(await screen.findByTestId("export-open"));
    await user.click(screen.getByTestId("export-xlsx"));

    const done = await screen.findByTestId("export-done");
    expect(save).toHaveBeenCalledWith({
      defaultPath: `Адамдар ${today()}.xlsx`,
      filters: [{ name: "Excel кітабы", extensions: ["xlsx"] }],
    });
    expect(backend.exported).toEqual([
      { kind: "people", path: "/home/user/Құжаттар/Адамдар.xlsx", language: "kk", filter: null },
    ]);
    expect(done.textContent).toContain("Файл сақталды");
    expect(within(done).getByTestId("export-path").textContent).toBe("/home/user/Құжаттар/Адамдар.xlsx");
  });

  it("writes the events of the shown month and filters as CSV, in Russian", async () => {
    backend.info.language = "ru";
    vi.mocked(save).mockResolvedValue("C:\\Users\\office\\Мероприятия.csv");
    const user = await openApp(backend, "#/events");
    await screen.findAllByTestId("event-row");
    await user.selectOptions(screen.getByTestId("events-filter-status"), "held");

    await user.click(screen.getByTestId("export-open"));
    await user.click(screen.getByTestId("export-csv"));

    await screen.findByTestId("export-done");
    expect(save).toHaveBeenCalledWith({
      defaultPath: "Мероприятия Март 2025.csv",
      filters: [{ name: "Файл CSV", extensions: ["csv"] }],
    });
    expect(backend.exported).toEqual([
      {
        kind: "events",
        path: "C:\\Users\\office\\Мероприятия.csv",
        language: "ru",
        filter: { from: "2025-03-01", to: "2025-03-31", campaignId: null, status: "held", district: null },
      },
    ]);
  });

  it("does nothing when the save dialog is cancelled", async () => {
    vi.mocked(save).mockResolvedValue(null);
    const user = await openApp(backend, "#/organisations");

    await user.click(await screen.findByTestId("export-open"));
    await user.click(screen.getByTestId("export-xlsx"));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(backend.callsTo("export_registry")).toEqual([]);
    expect(screen.queryByTestId("export-done")).toBeNull();
    expect(screen.queryByTestId("export-error")).toBeNull();
    expect(screen.getByTestId<HTMLButtonElement>("export-open").disabled).toBe(false);
  });

  it("adds the extension when none was typed, and shows a failed export translated", async () => {
    backend.info.language = "ru";
    vi.mocked(save).mockResolvedValue("/home/user/организации");
    backend.overrides.export_registry = () => {
      throw { code: "disk_full", message: "No space left on device", field: null };
    };
    const user = await openApp(backend, "#/organisations");

    await user.click(await screen.findByTestId("export-open"));
    expect(screen.getByTestId("export-open").textContent).toContain("Экспорт");
    await user.click(screen.getByTestId("export-xlsx"));

    const failed = await screen.findByTestId("export-error");
    expect(within(failed).getByTestId("error-message").querySelector("p")?.textContent).toBe(
      "На диске нет места.",
    );
    expect(backend.callsTo("export_registry")[0]).toMatchObject({
      kind: "organisations",
      file: expect.any(Number),
      language: "ru",
      filter: null,
    });
    expect(screen.queryByTestId("export-done")).toBeNull();
  });
});

function change(entity: string, entityId: number, action: string, at: string, summary: string): Change {
  return { at, entity, entityId, action, summary };
}

/** What a UTC instant reads as here: `dd.mm.yyyy HH:MM` in the local zone. */
function local(at: string): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

describe("history of changes", () => {
  it("lists a person's changes, newest first, in local time with the action translated", async () => {
    backend.info.language = "ru";
    backend.changes = [
      change("person", 1, "update", "2025-03-14T12:05:00Z", "phone"),
      change("person", 2, "update", "2025-03-13T12:00:00Z", "someone else"),
      change("person", 1, "import", "2025-03-10T12:30:00Z", "Қатысушылар.xlsx"),
      change("person", 1, "create", "2025-03-01T08:00:00.123Z", ""),
    ];
    const user = await openApp(backend, "#/people/1");
    const history = await screen.findByTestId("history");

    expect(history.querySelector("summary")?.textContent?.trim()).toBe("История изменений");
    // Nothing is asked until it is opened.
    expect(backend.callsTo("list_changes")).toEqual([]);
    await user.click(history.querySelector("summary")!);

    const rows = await within(history).findAllByTestId("history-row");
    expect(backend.callsTo("list_changes")).toEqual([{ entity: "person", id: 1, limit: 20 }]);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.querySelector(".when")?.textContent).toBe(local("2025-03-14T12:05:00Z"));
    expect(rows[0]?.querySelector(".when")?.textContent).toMatch(/^14\.03\.2025 \d{2}:\d{2}$/);
    expect(rows.map((row) => row.querySelector(".action")?.textContent)).toEqual([
      "Изменено",
      "Импортировано",
      "Создано",
    ]);
    expect(rows[0]?.textContent).toContain("phone");
    expect(rows[1]?.textContent).toContain("Қатысушылар.xlsx");

    await user.click(screen.getByTestId("lang-kk"));
    expect(history.querySelector("summary")?.textContent?.trim()).toBe("Өзгерістер тарихы");
    expect(within(history).getAllByTestId("history-row").map((row) => row.querySelector(".action")?.textContent)).toEqual([
      "Өзгертілді",
      "Импортталды",
      "Жасалды",
    ]);
  });

  it("shows an organisation's and an event's own history", async () => {
    backend.info.language = "kk";
    backend.changes = [
      change("organisation", 2, "restore", "2025-03-02T12:00:00Z", ""),
      change("organisation", 2, "delete", "2025-03-01T12:00:00Z", ""),
      change("event", 1, "update", "2025-03-03T12:00:00Z", "status"),
    ];
    const user = await openApp(backend, "#/organisations/2");
    let history = await screen.findByTestId("history");
    await user.click(history.querySelector("summary")!);
    let rows = await within(history).findAllByTestId("history-row");
    expect(rows.map((row) => row.querySelector(".action")?.textContent)).toEqual([
      "Қалпына келтірілді",
      "Жойылды",
    ]);
    expect(backend.callsTo("list_changes")).toEqual([{ entity: "organisation", id: 2, limit: 20 }]);

    await user.click(screen.getByTestId("nav-events"));
    await user.click((await screen.findAllByTestId("event-row"))[0]!);
    await screen.findByTestId("event-title");
    history = screen.getByTestId("history");
    await user.click(history.querySelector("summary")!);
    rows = await within(history).findAllByTestId("history-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain("Өзгертілді");
    expect(backend.callsTo("list_changes").at(-1)).toEqual({ entity: "event", id: 1, limit: 20 });
  });

  it("says when there are no changes", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/people/3");
    const history = await screen.findByTestId("history");
    await user.click(history.querySelector("summary")!);
    expect((await within(history).findByTestId("history-empty")).textContent).toBe("Изменений пока нет.");
  });

  it("keeps an action it has no word for as it is, and a time it cannot read", async () => {
    backend.changes = [change("person", 3, "merge", "yesterday", "")];
    const user = await openApp(backend, "#/people/3");
    const history = await screen.findByTestId("history");
    await user.click(history.querySelector("summary")!);
    const [row] = await within(history).findAllByTestId("history-row");
    expect(row?.querySelector(".action")?.textContent).toBe("merge");
    expect(row?.querySelector(".when")?.textContent).toBe("yesterday");
    expect(formatInstant("2025-07-01T12:00:00Z")).toBe(local("2025-07-01T12:00:00Z"));
  });
});

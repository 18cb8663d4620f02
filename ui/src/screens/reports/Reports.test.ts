import { save } from "@tauri-apps/plugin-dialog";
import { fireEvent, screen, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";
import { changeText, formatNumber, niceScale, periodRange } from "./report";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(save).mockReset();
});

describe("report arithmetic", () => {
  it("turns months, quarters and years into dates", () => {
    expect(periodRange("month", 2024, 2)).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodRange("quarter", 2026, 4)).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(periodRange("year", 2026, 1)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("writes numbers and changes as the office reads them", () => {
    expect(formatNumber(123495)).toBe("123\u00a0495");
    expect(changeText({ change: 4, changePercent: 50 })).toBe("+4 (+50,0%)");
    expect(changeText({ change: -360, changePercent: -18 })).toBe("-360 (-18,0%)");
    expect(changeText({ change: 9, changePercent: null })).toBe("+9");
    expect(niceScale(17)).toEqual({ max: 20, step: 5 });
  });
});

describe("report screen", () => {
  it("shows the month's indicators beside the previous month, in Kazakh", async () => {
    backend.info.language = "kk";
    await openApp(backend, "#/reports");

    expect(await screen.findByTestId("report-indicator-events_held")).toBeTruthy();
    expect(screen.getByTestId("screen-title").textContent).toBe("Қызмет туралы есеп");
    const held = screen.getByTestId("report-indicator-events_held");
    expect(held.textContent).toContain("Өткізілген іс-шаралар");
    expect(held.textContent).toContain("12");
    expect(held.textContent).toContain("+4 (+50,0%)");
    const unique = screen.getByTestId("report-indicator-unique_people");
    expect(unique.textContent).toContain("Бірегей қатысушылар");
    expect(screen.getByTestId("indicator-people_reached").textContent).toContain("1\u00a0640");
    const query = backend.reportQueries[0]!;
    expect(query.from.endsWith("-01")).toBe(true);
    expect(query.campaignId).toBeNull();
    // The tables and charts.
    expect(screen.getByTestId("report-kinds").textContent).toContain("Құқықтық тәртіп әліппесі");
    expect(screen.getByTestId("report-kinds").textContent).toContain("Науқансыз");
    expect(screen.getByTestId("report-categories").textContent).toContain("ҮЕҰ өкілі");
    expect(screen.getByTestId("report-documents").textContent).toContain("Алғыс хат");
    expect(screen.getByTestId("report-plan").textContent).toContain("Күтілуде");
    expect(screen.getByTestId("report-media").textContent).toContain("«Огни Алатау»");
    expect(screen.getByTestId("report-events").textContent).toContain("Құқықтық сауаттылық дәрісі");
    expect(screen.getByTestId("chart-events").querySelectorAll("rect")).toHaveLength(4);
    expect(screen.getByTestId("chart-categories").textContent).toContain("Мәслихат депутаты");
  });

  it("asks for a quarter, a year and a custom period, with filters", async () => {
    backend.info.language = "ru";
    await openApp(backend, "#/reports");
    await screen.findByTestId("report-indicator-events_held");

    await fireEvent.change(screen.getByTestId("report-period-kind"), { target: { value: "quarter" } });
    await fireEvent.change(screen.getByTestId("report-quarter"), { target: { value: "2" } });
    const year = (screen.getByTestId("report-year") as HTMLSelectElement).value;
    await vi.waitFor(() =>
      expect(backend.reportQueries.at(-1)).toMatchObject({
        from: `${year}-04-01`,
        to: `${year}-06-30`,
      }),
    );
    const label = await screen.findByTestId("report-period-label");
    await vi.waitFor(() => expect(label.textContent).toContain(`II квартал ${year} г.`));

    await fireEvent.change(screen.getByTestId("report-period-kind"), { target: { value: "custom" } });
    await fireEvent.input(screen.getByTestId("report-from"), { target: { value: "2025-03-03" } });
    await fireEvent.input(screen.getByTestId("report-to"), { target: { value: "2025-03-09" } });
    await vi.waitFor(() =>
      expect(backend.reportQueries.at(-1)).toMatchObject({ from: "2025-03-03", to: "2025-03-09" }),
    );

    await fireEvent.change(screen.getByTestId("report-campaign"), { target: { value: "1" } });
    await vi.waitFor(() => expect(backend.reportQueries.at(-1)?.campaignId).toBe(1));
  });

  it("saves the PDF in both languages and the XLSX through the save dialog", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/reports");
    await screen.findByTestId("report-indicator-events_held");

    vi.mocked(save).mockResolvedValue("/home/user/Есеп");
    await user.click(screen.getByTestId("report-save-pdf"));
    expect(await screen.findByTestId("report-saved")).toBeTruthy();
    expect(backend.savedReports).toEqual([
      { format: "pdf", path: "/home/user/Есеп.pdf", language: "both" },
    ]);

    vi.mocked(save).mockResolvedValue("/home/user/Есеп.xlsx");
    await user.click(screen.getByTestId("report-save-xlsx"));
    expect(backend.savedReports.at(-1)).toEqual({
      format: "xlsx",
      path: "/home/user/Есеп.xlsx",
      language: "kk",
    });

    vi.mocked(save).mockResolvedValue(null);
    await user.click(screen.getByTestId("report-save-pdf"));
    expect(backend.savedReports).toHaveLength(2);
  });

  it("suggests a file name without a double dot and asks as of today", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/reports");
    await screen.findByTestId("report-indicator-events_held");
    await fireEvent.change(screen.getByTestId("report-month"), { target: { value: "11" } });
    await vi.waitFor(() => expect(backend.reportQueries.at(-1)?.from.slice(5, 7)).toBe("11"));
    expect(backend.reportQueries.at(-1)?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    vi.mocked(save).mockResolvedValue(null);
    await user.click(screen.getByTestId("report-save-pdf"));
    const suggested = vi.mocked(save).mock.calls.at(-1)?.[0]?.defaultPath ?? "";
    expect(suggested).toMatch(/^Отчёт Ноябрь \d{4} г\.pdf$/);
    expect(suggested).not.toContain("..");
    // The documents table says how documents are counted.
    expect(screen.getByTestId("report-documents-rule").textContent).toContain("по дате выдачи");
  });
});

describe("dashboard", () => {
  it("shows this month's indicators with the change, the charts and the next events", async () => {
    backend.info.language = "ru";
    await openApp(backend, "#/dashboard");

    const activity = await screen.findByTestId("dashboard-activity");
    const held = within(activity).getByTestId("indicator-events_held");
    expect(held.textContent).toContain("Проведено мероприятий");
    expect(within(held).getByTestId("indicator-value").textContent).toBe("12");
    expect(within(held).getByTestId("indicator-change").textContent).toBe("+4 (+50,0%)");
    const docs = within(activity).getByTestId("indicator-documents_issued");
    expect(docs.textContent).toContain("благодарственные письма");
    expect(within(docs).getByTestId("indicator-change").textContent).toBe("+9");
    const reach = within(activity).getByTestId("indicator-people_reached");
    expect(within(reach).getByTestId("indicator-change").classList.contains("down")).toBe(true);
    expect(within(activity).getByTestId("chart-events")).toBeTruthy();
    expect(within(activity).getByTestId("chart-categories").textContent).toContain("Депутат маслихата");
    expect(within(activity).getByTestId("dashboard-upcoming").textContent).toContain(
      "Круглый стол: кибермошенничество",
    );
    expect(screen.getByTestId("dashboard-office-name")).toBeTruthy();
  });
});

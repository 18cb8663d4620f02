import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
});

const row = (day: string) => document.querySelector<HTMLElement>(`[data-testid="holiday-row"][data-day="${day}"]`);

/** Settings, with the holidays of 2026. */
async function openHolidays(language: "kk" | "ru" = "kk") {
  backend.info.language = language;
  const user = await openApp(backend, "#/settings");
  const section = await screen.findByTestId("holidays");
  const year = within(section).getByTestId<HTMLInputElement>("holidays-year");
  if (year.value !== "2026") {
    await fireEvent.change(year, { target: { value: "2026" } });
  }
  await waitFor(() => expect(row("2026-12-16")).toBeTruthy());
  return { user, section };
}

describe("public holidays in Settings", () => {
  it("lists a year's holidays with their markers and the note about yearly changes", async () => {
    const { user, section } = await openHolidays("kk");

    expect(within(section).getByTestId("holidays-year").getAttribute("type")).toBe("number");
    expect(backend.callsTo("list_holidays").at(-1)).toEqual({ year: 2026 });
    const days = within(section).getAllByTestId("holiday-row").map((r) => r.dataset.day);
    expect(days).toEqual(["2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25", "2026-12-16"]);
    const independence = row("2026-12-16")!;
    expect(independence.textContent).toContain("16.12.2026");
    expect(independence.textContent).toContain("Тәуелсіздік күні");
    expect(independence.textContent).toContain("День Независимости");
    expect(within(independence).getByTestId("holiday-builtin").textContent).toBe("Стандартты");
    expect(screen.getByTestId("holidays-note").textContent).toContain("Құрбан айт");

    await user.click(within(section).getByTestId("holidays-prev-year"));
    await waitFor(() => expect(backend.callsTo("list_holidays").at(-1)).toEqual({ year: 2025 }));
    await waitFor(() => expect(row("2025-12-16")).toBeTruthy());
    expect(row("2026-12-16")).toBeNull();
  });

  it("adds a day, renames one and takes one out", async () => {
    const { user, section } = await openHolidays("ru");

    await user.click(within(section).getByTestId("holiday-add"));
    await fireEvent.input(screen.getByTestId("holiday-day"), { target: { value: "2026-12-31" } });
    await user.type(screen.getByTestId("holiday-name-kk"), "Жыл соңы");
    await user.type(screen.getByTestId("holiday-name-ru"), "Конец года");
    await user.click(screen.getByTestId("holiday-save"));

    await waitFor(() => expect(row("2026-12-31")).toBeTruthy());
    expect(backend.callsTo("save_holiday")).toEqual([
      { holiday: { day: "2026-12-31", nameKk: "Жыл соңы", nameRu: "Конец года" } },
    ]);
    expect(within(row("2026-12-31")!).getByTestId("holiday-added").textContent).toBe("Добавлен офисом");
    expect(screen.queryByTestId("holiday-form")).toBeNull();

    await user.click(within(row("2026-12-16")!).getByTestId("holiday-rename"));
    expect(screen.getByTestId<HTMLInputElement>("holiday-day").disabled).toBe(true);
    await user.clear(screen.getByTestId("holiday-name-ru"));
    await user.type(screen.getByTestId("holiday-name-ru"), "День Независимости Республики Казахстан");
    await user.click(screen.getByTestId("holiday-save"));
    await waitFor(() =>
      expect(within(row("2026-12-16")!).queryByTestId("holiday-edited")?.textContent).toBe("Изменён"),
    );
    expect(backend.callsTo("save_holiday").at(-1)).toEqual({
      holiday: { day: "2026-12-16", nameKk: "Тәуелсіздік күні", nameRu: "День Независимости Республики Казахстан" },
    });

    await user.click(within(row("2026-03-25")!).getByTestId("holiday-remove"));
    await waitFor(() => expect(row("2026-03-25")).toBeNull());
    expect(backend.callsTo("remove_holiday")).toEqual([{ day: "2026-03-25" }]);
  });

  it("shows why a day is refused next to its field", async () => {
    const { user, section } = await openHolidays("ru");

    await user.click(within(section).getByTestId("holiday-add"));
    await fireEvent.input(screen.getByTestId("holiday-day"), { target: { value: "2026-12-31" } });
    await user.type(screen.getByTestId("holiday-name-ru"), "Конец года");
    await user.click(screen.getByTestId("holiday-save"));

    await waitFor(() => expect(screen.getByTestId("holiday-name-kk").getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByTestId("holiday-form")).toBeTruthy();
    expect(row("2026-12-31")).toBeNull();
  });

  it("restores the built-in list of the year after a confirmation, with the count", async () => {
    const { user, section } = await openHolidays("kk");
    backend.holidayEdits.set("2026-03-24", null);
    backend.holidayEdits.set("2026-12-31", { nameKk: "Жыл соңы", nameRu: "Конец года" });

    await user.click(within(section).getByTestId("holidays-reset"));
    expect(screen.getByTestId("holidays-reset-confirm").textContent).toContain(
      "2026 жылғы мереке күндеріне енгізілген барлық өзгерістер жойылады.",
    );
    expect(backend.callsTo("reset_holidays")).toEqual([]);
    await user.click(screen.getByTestId("holidays-reset-yes"));

    const notice = await screen.findByTestId("holidays-notice");
    expect(notice.textContent).toBe("2026 жылғы стандартты тізім қалпына келтірілді. Жойылған өзгерістер: 2.");
    expect(backend.callsTo("reset_holidays")).toEqual([{ year: 2026 }]);
    await waitFor(() => expect(row("2026-03-24")).toBeTruthy());
  });
});

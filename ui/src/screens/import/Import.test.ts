import { open } from "@tauri-apps/plugin-dialog";
import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { hasMessage, LANGS, translate } from "../../lib/i18n";
import type { Field, ImportKind, ImportPreview, Problem } from "../../lib/ipc/generated";
import { FakeBackend, importPreview, validationError } from "../../test/fakeBackend";
import { openApp } from "../../test/render";
import { columnLetter, IMPORT_FIELDS, missingFields, TABLE_FORMATS } from "./importing";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

const FILE = "/home/user/Құжаттар/Қатысушылар.xlsx";

const PROBLEMS: Problem[] = [
  { line: 3, column: "Телефон", field: "phone", reason: "not_a_phone", limit: null, value: "12345" },
  { line: 5, column: "Фамилия", field: "surname", reason: "too_long", limit: 100, value: "Ә".repeat(101) },
];

/** A people file with two refused rows out of four. */
const WITH_PROBLEMS = importPreview({
  totalRows: 4,
  validRows: 2,
  existingRows: 1,
  invalidRows: 2,
  problems: PROBLEMS,
});

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(open).mockResolvedValue(FILE);
});

function problemRows(): HTMLElement[] {
  return screen.getAllByTestId("import-problem");
}

function commitButton(): HTMLButtonElement {
  return screen.getByTestId<HTMLButtonElement>("import-commit");
}

describe("import preview", () => {
  it("shows the problems by row and column with the reason translated, in both languages", async () => {
    backend.info.language = "ru";
    backend.overrides.preview_import_file = () => WITH_PROBLEMS;
    const user = await openApp(backend, "#/people");

    await user.click(await screen.findByTestId("import-open"));
    expect(location.hash).toBe("#/import?kind=people");
    expect((await screen.findByTestId("screen-title")).textContent).toBe("Импорт людей");
    await user.click(screen.getByTestId("import-choose-file"));

    expect(open).toHaveBeenCalledWith({
      multiple: false,
      filters: [{ name: "Таблицы (Excel, CSV, OpenDocument)", extensions: ["xlsx", "xls", "csv", "ods"] }],
    });
    await waitFor(() => expect(problemRows()).toHaveLength(2));
    expect(backend.callsTo("preview_import_file")).toEqual([{ file: expect.any(Number), kind: "people", mapping: null }]);
    expect(screen.getByTestId("import-format").textContent).toBe("Книга Excel (.xlsx)");
    expect(screen.getByTestId("import-sheet").textContent).toBe("Лист1");
    expect(screen.queryByTestId("import-encoding-warning")).toBeNull();
    expect(screen.getByTestId("import-count-total").textContent).toBe("4");
    expect(screen.getByTestId("import-count-valid").textContent).toBe("2");
    expect(screen.getByTestId("import-count-existing").textContent).toBe("1");
    expect(screen.getByTestId("import-count-invalid").textContent).toBe("2");

    const [phone, surname] = problemRows();
    expect(phone?.querySelector(".line")?.textContent).toBe("3");
    expect(phone?.querySelector(".column")?.textContent?.trim()).toBe("Телефон");
    expect(phone?.querySelector(".reason")?.textContent).toBe("не номер телефона (например, +7 701 123 45 67)");
    expect(phone?.querySelector(".value")?.textContent?.trim()).toBe("12345");
    expect(surname?.querySelector(".line")?.textContent).toBe("5");
    expect(surname?.querySelector(".reason")?.textContent).toBe("слишком длинно, не более 100 символов");

    await user.click(screen.getByTestId("lang-kk"));
    expect(problemRows()[0]?.querySelector(".reason")?.textContent).toBe(
      "телефон нөмірі емес (мысалы, +7 701 123 45 67)",
    );
    expect(problemRows()[1]?.querySelector(".reason")?.textContent).toBe("тым ұзын, ең көбі 100 таңба");
    expect(screen.getByTestId("import-format").textContent).toBe("Excel кітабы (.xlsx)");
    // Nothing was written.
    expect(backend.callsTo("commit_import_file")).toEqual([]);
  });

  it("names a column with no header by its letter and a field without a column by its name", async () => {
    backend.info.language = "ru";
    backend.overrides.preview_import_file = () =>
      importPreview({
        headers: ["Фамилия", "", "Телефон"],
        invalidRows: 1,
        validRows: 1,
        problems: [{ line: 2, column: "", field: "name", reason: "required", limit: null, value: "" }],
      });
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));

    const [problem] = await screen.findAllByTestId("import-problem");
    expect(problem?.querySelector(".column")?.textContent).toContain("Имя");
    expect(problem?.querySelector(".column")?.textContent).toContain("нет столбца");
    expect(problem?.querySelector(".reason")?.textContent).toBe("обязательно для заполнения");
    const mapping = screen.getByTestId("import-mapping");
    expect(mapping.textContent).toContain("(без заголовка)");
    expect(screen.getAllByTestId("import-mapping-select")[1]?.getAttribute("aria-label")).toBe(
      "Куда импортировать столбец «B»",
    );
  });

  it("warns that a Windows-1251 file has lost its Kazakh letters", async () => {
    backend.info.language = "kk";
    backend.overrides.preview_import_file = () => importPreview({ format: "csv_windows1251", sheet: null });
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));

    const warning = await screen.findByTestId("import-encoding-warning");
    expect(warning.textContent).toContain("Windows-1251");
    expect(warning.textContent).toContain("қазақ әріптері");
    expect(warning.textContent).toContain("«?»");
    expect(screen.getByTestId("import-format").textContent).toBe("CSV, Windows-1251 кодтауы");
    expect(screen.queryByTestId("import-sheet")).toBeNull();

    await user.click(screen.getByTestId("lang-ru"));
    expect(screen.getByTestId("import-encoding-warning").textContent).toContain("нет казахских букв");
  });

  it("reads the file again with the mapping the user chose", async () => {
    backend.info.language = "ru";
    backend.overrides.preview_import_file = (args) => {
      // As recognised: the first column («Тегі») is not taken for the surname.
      const mapping = (args?.mapping as (Field | null)[] | null) ?? [null, "name", "phone"];
      return importPreview({
        headers: ["Тегі", "Аты", "Телефон"],
        mapping,
        hasRequiredColumns: missingFields("people", mapping).length === 0,
      });
    };
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));

    const missing = await screen.findByTestId("import-missing-columns");
    expect(missing.textContent).toContain("Не хватает столбцов: «Фамилия»");
    expect(commitButton().disabled).toBe(true);
    const selects = screen.getAllByTestId<HTMLSelectElement>("import-mapping-select");
    expect(selects.map((s) => s.value)).toEqual(["", "name", "phone"]);
    expect(selects[0]?.selectedOptions[0]?.textContent).toBe("— не импортировать —");

    await user.selectOptions(selects[0]!, "Фамилия");

    await waitFor(() => expect(screen.queryByTestId("import-missing-columns")).toBeNull());
    expect(backend.callsTo("preview_import_file").at(-1)).toEqual({
      file: expect.any(Number),
      kind: "people",
      mapping: ["surname", "name", "phone"],
    });
    expect(commitButton().disabled).toBe(false);

    // «Do not import» sends null for that column.
    await user.selectOptions(screen.getAllByTestId("import-mapping-select")[2]!, "");
    await waitFor(() =>
      expect(backend.callsTo("preview_import_file").at(-1)?.mapping).toEqual(["surname", "name", null]),
    );
  });
});

describe("import commit", () => {
  it("stays disabled with problems until «skip» is ticked, then imports skipping them", async () => {
    backend.info.language = "ru";
    backend.overrides.preview_import_file = () => WITH_PROBLEMS;
    backend.overrides.commit_import_file = () => ({ created: 1, existing: 1, skipped: 2, addedToEvent: 0 });
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));
    await screen.findAllByTestId("import-problem");

    expect(commitButton().disabled).toBe(true);
    expect(commitButton().textContent?.trim()).toBe("Импортировать");
    expect(screen.getByTestId("import-blocked").textContent).toContain("Пропустить строки с ошибками");
    await user.click(commitButton());
    expect(backend.callsTo("commit_import_file")).toEqual([]);

    const skip = screen.getByTestId<HTMLInputElement>("import-skip-invalid");
    expect(skip.parentElement?.textContent?.trim()).toBe("Пропустить строки с ошибками (2)");
    await user.click(skip);
    expect(commitButton().disabled).toBe(false);
    await user.click(commitButton());

    const outcome = await screen.findByTestId("import-outcome");
    expect(backend.callsTo("commit_import_file")).toEqual([
      {
        file: expect.any(Number),
        kind: "people",
        mapping: ["surname", "name", "phone"],
        skipInvalid: true,
        eventId: null,
        job: expect.any(Number),
        onProgress: expect.anything(),
      },
    ]);
    expect(within(outcome).getByTestId("import-outcome-created").textContent).toBe("1");
    expect(within(outcome).getByTestId("import-outcome-existing").textContent).toBe("1");
    expect(within(outcome).getByTestId("import-outcome-skipped").textContent).toBe("2");
    expect(within(outcome).queryByTestId("import-outcome-added")).toBeNull();
    expect(outcome.textContent).toContain("Импорт завершён");

    await user.click(within(outcome).getByTestId("import-back"));
    expect(location.hash).toBe("#/people");
    await screen.findAllByTestId("people-row");
  });

  it("imports a clean file at once, and shows a refused commit translated", async () => {
    backend.info.language = "kk";
    backend.overrides.preview_import_file = () => importPreview();
    backend.overrides.commit_import_file = () => {
      throw validationError("file", "3 rows have problems", "rows_with_problems");
    };
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));
    expect((await screen.findByTestId("import-no-problems")).textContent).toContain("Қате жоқ");
    expect(screen.queryByTestId("import-skip-invalid")).toBeNull();
    expect(commitButton().textContent?.trim()).toBe("Импорттау");

    await user.click(commitButton());

    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("«Файл» өрісі дұрыс толтырылмаған");
    expect(backend.callsTo("commit_import_file")[0]).toMatchObject({ skipInvalid: false, eventId: null });
    expect(screen.queryByTestId("import-outcome")).toBeNull();

    // The refusal does not lock the button: a second try can succeed.
    backend.overrides.commit_import_file = () => ({ created: 2, existing: 0, skipped: 0, addedToEvent: 0 });
    expect(commitButton().disabled).toBe(false);
    await user.click(commitButton());
    expect((await screen.findByTestId("import-outcome")).textContent).toContain("Импорт аяқталды");
  });

  it("shows the import's progress and, cancelled, says nothing was written", async () => {
    backend.info.language = "ru";
    backend.overrides.preview_import_file = () => importPreview();
    let release = () => {};
    backend.holdJobs = new Promise<void>((resolve) => (release = resolve));
    backend.overrides.commit_import_file = async (args) => {
      await backend.steps(args, 4);
      return { created: 4, existing: 0, skipped: 0, addedToEvent: 0 };
    };
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));
    await screen.findByTestId("import-no-problems");
    await user.click(commitButton());

    const panel = await screen.findByTestId("progress-dialog");
    await waitFor(() => expect(within(panel).getByTestId("progress-count").textContent?.trim()).toBe("2 / 4"));
    expect(panel.textContent).toContain("Импорт таблицы: ");
    await user.click(within(panel).getByTestId("progress-cancel"));
    release();

    expect((await screen.findByTestId("import-cancelled")).textContent).toBe(
      "Импорт отменён: в базу данных ничего не записано.",
    );
    expect(screen.queryByTestId("import-outcome")).toBeNull();
    expect(screen.queryByTestId("error-message")).toBeNull();
    expect(screen.queryByTestId("progress-dialog")).toBeNull();
    expect(commitButton().disabled).toBe(false);
  });

  it("imports organisations from the organisations list", async () => {
    backend.info.language = "kk";
    backend.overrides.preview_import_file = (args) =>
      importPreview({
        kind: args?.kind as ImportKind,
        headers: ["Атауы", "Түрі"],
        mapping: ["name_kk", "kind"],
        fields: ["name_kk", "name_ru", "kind", "district", "address", "phone", "email", "contact", "notes"],
        sample: [["№12 мектеп", "білім беру"]],
      });
    backend.overrides.commit_import_file = () => ({ created: 2, existing: 0, skipped: 0, addedToEvent: 0 });
    const user = await openApp(backend, "#/organisations");

    const button = await screen.findByTestId("import-open");
    expect(button.textContent?.trim()).toBe("Импорттау");
    await user.click(button);
    expect(location.hash).toBe("#/import?kind=organisations");
    expect((await screen.findByTestId("screen-title")).textContent).toBe("Ұйымдарды импорттау");
    await user.click(screen.getByTestId("import-choose-file"));

    const selects = await screen.findAllByTestId<HTMLSelectElement>("import-mapping-select");
    expect(selects[0]?.selectedOptions[0]?.textContent).toBe("Атауы (қазақша)");
    expect(screen.getByTestId("import-mapping").textContent).toContain("№12 мектеп");
    await user.click(commitButton());

    await screen.findByTestId("import-outcome");
    expect(backend.callsTo("preview_import_file")[0]?.kind).toBe("organisations");
    expect(backend.callsTo("commit_import_file")[0]?.kind).toBe("organisations");
  });

  it("imports an event's participant list onto the event", async () => {
    backend.info.language = "ru";
    backend.overrides.preview_import_file = () =>
      importPreview({ headers: ["ФИО", "Роль"], mapping: ["full_name", "role"], sample: [["Иванов Иван", "спикер"]] });
    backend.overrides.commit_import_file = () => ({ created: 3, existing: 2, skipped: 0, addedToEvent: 5 });
    const user = await openApp(backend, "#/events/1");

    const button = await screen.findByTestId("import-open");
    expect(button.textContent?.trim()).toBe("Импортировать список участников");
    await user.click(button);
    expect(location.hash).toBe("#/events/1/import");
    expect((await screen.findByTestId("import-event")).textContent).toContain("Лекция по правовой грамотности");
    await user.click(screen.getByTestId("import-choose-file"));
    await screen.findAllByTestId("import-mapping-select");
    await user.click(commitButton());

    const outcome = await screen.findByTestId("import-outcome");
    expect(backend.callsTo("commit_import_file")[0]).toEqual({
      file: expect.any(Number),
      kind: "people",
      mapping: ["full_name", "role"],
      skipInvalid: false,
      eventId: 1,
      job: expect.any(Number),
      onProgress: expect.anything(),
    });
    expect(within(outcome).getByTestId("import-outcome-added").textContent).toBe("5");
    expect(outcome.textContent).toContain("Записано на мероприятие");

    await user.click(within(outcome).getByTestId("import-back"));
    expect(location.hash).toBe("#/events/1");
    expect((await screen.findByTestId("event-title")).textContent).toBe("Лекция по правовой грамотности");
  });
});

describe("choosing the file", () => {
  it("does nothing when the dialog is cancelled", async () => {
    vi.mocked(open).mockResolvedValue(null);
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));

    expect(open).toHaveBeenCalledTimes(1);
    expect(backend.callsTo("preview_import_file")).toEqual([]);
    expect(screen.getByTestId("import-choose-file")).toBeTruthy();
    expect(screen.queryByTestId("import-commit")).toBeNull();
  });

  it("shows a file that is not a table as a translated error", async () => {
    backend.info.language = "ru";
    backend.overrides.preview_import_file = () => {
      throw validationError("file", "not a spreadsheet", "not_a_table");
    };
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));

    expect((await screen.findByTestId("error-message")).querySelector("p")?.textContent).toBe(
      "Поле «Файл» заполнено неверно: это не таблица Excel и не CSV",
    );
    expect(commitButton().disabled).toBe(true);
    expect(screen.queryByTestId("import-mapping")).toBeNull();
  });

  it("Cancel goes back to the list without importing", async () => {
    const user = await openApp(backend, "#/import?kind=organisations");
    await user.click(await screen.findByTestId("import-cancel"));
    expect(location.hash).toBe("#/organisations");
    expect(open).not.toHaveBeenCalled();
  });
});

describe("import vocabulary", () => {
  it("names every field and every file format in both languages, each differently", () => {
    for (const lang of LANGS) {
      for (const [prefix, values] of [
        ["import-field", IMPORT_FIELDS],
        ["import-format", TABLE_FORMATS],
      ] as const) {
        const texts = values.map((value) => {
          expect(hasMessage(lang, `${prefix}-${value}`), `${lang}: ${prefix}-${value}`).toBe(true);
          return translate(lang, `${prefix}-${value}`);
        });
        expect(new Set(texts).size).toBe(values.length);
      }
    }
  });

  it("knows which required columns are missing and names columns as Excel does", () => {
    expect(missingFields("people", [null, "name"])).toEqual(["surname"]);
    expect(missingFields("people", ["full_name"])).toEqual([]);
    expect(missingFields("organisations", ["district"])).toEqual(["name_kk", "name_ru"]);
    expect(missingFields("organisations", ["name_ru"])).toEqual([]);
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("says when only the first rows' problems are listed", async () => {
    backend.info.language = "ru";
    const many: ImportPreview = { ...WITH_PROBLEMS, invalidRows: 250 };
    backend.overrides.preview_import_file = () => many;
    const user = await openApp(backend, "#/import?kind=people");
    await user.click(await screen.findByTestId("import-choose-file"));
    expect((await screen.findByTestId("import-problems-more")).textContent).toBe(
      "Показаны ошибки в 2 строках из 250.",
    );
  });
});

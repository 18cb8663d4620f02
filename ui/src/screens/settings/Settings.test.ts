import { invoke } from "@tauri-apps/api/core";
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { app, changeLanguage } from "../../lib/app.svelte";
import { setLang } from "../../lib/i18n";
import type { OfficeProfileInput } from "../../lib/ipc/generated";
import { TIME_ZONES } from "../../lib/office";
import { FakeBackend, OFFICE, validationError } from "../../test/fakeBackend";
import Settings from "./Settings.svelte";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(invoke).mockImplementation(backend.invoke);
});

async function openSettings() {
  const user = userEvent.setup();
  render(Settings);
  const name = await screen.findByTestId<HTMLInputElement>("office-name-kk");
  await waitFor(() => expect(name.value).toBe(OFFICE.nameKk));
  return user;
}

describe("office profile", () => {
  it("shows a translated error naming the field when the save is refused", async () => {
    setLang("ru");
    backend.overrides.update_office_profile = () => {
      throw validationError("name_kk", "is required", "required");
    };
    const user = await openSettings();

    await user.clear(screen.getByTestId("office-name-kk"));
    await user.click(screen.getByTestId("office-save"));

    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain(
      "Поле «Название (на казахском)» заполнено неверно: обязательно для заполнения",
    );
    const input = screen.getByTestId("office-name-kk");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(input);
    expect(screen.getByTestId("office-name-ru").getAttribute("aria-invalid")).toBe("false");
    expect(screen.queryByTestId("office-saved")).toBeNull();

    // The same error reads in Kazakh after switching.
    await changeLanguage("kk");
    await waitFor(() =>
      expect(screen.getByTestId("error-message").textContent).toContain(
        "«Атауы (қазақша)» өрісі дұрыс толтырылмаған: толтыру міндетті",
      ),
    );
  });

  it("highlights the time zone when the backend rejects it", async () => {
    setLang("kk");
    backend.overrides.update_office_profile = () => {
      throw validationError(
        "time_zone",
        '"Asia/Tokyo" is not a time zone of Kazakhstan',
        "not_a_kazakhstan_time_zone",
      );
    };
    const user = await openSettings();

    await user.click(screen.getByTestId("office-save"));

    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain(
      "«Уақыт белдеуі» өрісі дұрыс толтырылмаған: Қазақстанның уақыт белдеуі емес",
    );
    expect(screen.getByTestId("office-time-zone").getAttribute("aria-invalid")).toBe("true");
  });

  it("saves what was typed and confirms", async () => {
    setLang("kk");
    const user = await openSettings();

    const name = screen.getByTestId("office-name-kk");
    await user.clear(name);
    await user.type(name, "Қостанай облысы прокуратурасының жобалық кеңсесі");
    await user.selectOptions(screen.getByTestId("office-time-zone"), "Asia/Qostanay");
    await user.click(screen.getByTestId("office-save"));

    const saved = await screen.findByTestId("office-saved");
    expect(saved.textContent).toBe("Сақталды");
    const [args] = backend.callsTo("update_office_profile");
    const sent = args?.profile as OfficeProfileInput;
    expect(sent.nameKk).toBe("Қостанай облысы прокуратурасының жобалық кеңсесі");
    expect(sent.nameRu).toBe(OFFICE.nameRu);
    expect(sent.timeZone).toBe("Asia/Qostanay");
    expect(Object.keys(sent).sort()).toEqual(
      ["addressKk", "addressRu", "cityKk", "cityRu", "email", "nameKk", "nameRu", "phone",
        "regionKk", "regionRu", "timeZone"],
    );
    // The rest of the app sees the new name at once.
    expect(app.profile?.nameKk).toBe("Қостанай облысы прокуратурасының жобалық кеңсесі");
    expect(screen.queryByTestId("error-message")).toBeNull();

    // Editing again withdraws the confirmation.
    await user.type(name, ".");
    expect(screen.queryByTestId("office-saved")).toBeNull();
  });

  it("takes a value changed without input events (as some automation does)", async () => {
    const user = await openSettings();

    const phone = screen.getByTestId<HTMLInputElement>("office-phone");
    phone.value = "+7 701 000 00 00";
    phone.dispatchEvent(new Event("change", { bubbles: true }));
    await user.click(screen.getByTestId("office-save"));

    await screen.findByTestId("office-saved");
    const [args] = backend.callsTo("update_office_profile");
    expect((args?.profile as OfficeProfileInput).phone).toBe("+7 701 000 00 00");
  });

  it("does not overwrite what the user typed when the refresh arrives late", async () => {
    let release = () => {};
    const late = new Promise<void>((resolve) => (release = resolve));
    backend.overrides.get_office_profile = async () => {
      await late;
      return backend.profile;
    };
    // The app already has the profile (the sidebar loaded it at start-up).
    app.profile = structuredClone(OFFICE);
    const user = userEvent.setup();
    render(Settings);

    const name = screen.getByTestId<HTMLInputElement>("office-name-ru");
    expect(name.value).toBe(OFFICE.nameRu);
    await user.clear(name);
    await user.type(name, "Новое название");
    release();
    await waitFor(() => expect(backend.callsTo("get_office_profile")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(name.value).toBe("Новое название");
    await user.click(screen.getByTestId("office-save"));
    await screen.findByTestId("office-saved");
    const [args] = backend.callsTo("update_office_profile");
    expect((args?.profile as OfficeProfileInput).nameRu).toBe("Новое название");
  });

  it("shows the error and no form when the profile cannot be read", async () => {
    setLang("ru");
    backend.overrides.get_office_profile = () => {
      throw { code: "db_io", message: "disk I/O error", field: null };
    };
    render(Settings);

    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("Не удалось прочитать или записать файл базы данных.");
    expect(screen.queryByTestId("office-name-kk")).toBeNull();
    expect(screen.queryByTestId("office-save")).toBeNull();
  });

  it("offers exactly Kazakhstan's time zones, named in the current language", async () => {
    setLang("ru");
    await openSettings();

    const select = screen.getByTestId<HTMLSelectElement>("office-time-zone");
    expect([...select.options].map((o) => o.value)).toEqual([...TIME_ZONES]);
    expect(select.value).toBe("Asia/Almaty");
    expect(select.options[6]?.textContent).toBe("Уральск (Asia/Oral)");
  });
});

describe("signatories", () => {
  it("adds a signatory through the inline form", async () => {
    setLang("kk");
    const user = await openSettings();
    await screen.findAllByTestId("signatory-row");

    await user.click(screen.getByTestId("signatory-add"));
    const form = screen.getByTestId("signatory-form");
    await user.type(within(form).getByTestId("signatory-full-name-kk"), "Нұрланов Асқар");
    await user.type(within(form).getByTestId("signatory-full-name-ru"), "Нурланов Аскар");
    await user.type(within(form).getByTestId("signatory-position-kk"), "Прокурор");
    await user.type(within(form).getByTestId("signatory-position-ru"), "Прокурор");
    await user.click(within(form).getByTestId("signatory-default"));
    await user.click(within(form).getByTestId("signatory-save"));

    await waitFor(() => expect(screen.queryByTestId("signatory-form")).toBeNull());
    const names = screen.getAllByTestId("signatory-name").map((n) => n.textContent);
    expect(names).toContain("Нұрланов Асқар");
    expect(backend.callsTo("save_signatory")).toEqual([
      {
        signatory: {
          id: null,
          fullNameKk: "Нұрланов Асқар",
          fullNameRu: "Нурланов Аскар",
          positionKk: "Прокурор",
          positionRu: "Прокурор",
          isDefault: true,
        },
      },
    ]);
    // The default moved: the list was reloaded, only the new one is marked.
    const defaults = screen
      .getAllByTestId("signatory-row")
      .filter((row) => row.textContent?.includes("Әдепкі"));
    expect(defaults).toHaveLength(1);
    expect(defaults[0]?.textContent).toContain("Нұрланов Асқар");
  });

  it("shows the field at fault when a signatory is refused", async () => {
    setLang("ru");
    backend.overrides.save_signatory = () => {
      throw validationError("position_ru", "is required");
    };
    const user = await openSettings();

    await user.click(screen.getByTestId("signatory-add"));
    await user.click(screen.getByTestId("signatory-save"));

    const error = await screen.findByTestId("error-message");
    expect(error.textContent).toContain("Поле «Должность (на русском)» заполнено неверно");
    expect(screen.getByTestId("signatory-position-ru").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("signatory-form")).toBeTruthy();
  });

  it("edits a signatory in place", async () => {
    setLang("ru");
    const user = await openSettings();
    const rows = await screen.findAllByTestId("signatory-row");

    await user.click(within(rows[1]!).getByTestId("signatory-edit"));
    const position = screen.getByTestId<HTMLInputElement>("signatory-position-ru");
    expect(position.value).toBe("Главный специалист");
    await user.clear(position);
    await user.type(position, "Ведущий специалист");
    await user.click(screen.getByTestId("signatory-save"));

    await waitFor(() => expect(screen.queryByTestId("signatory-form")).toBeNull());
    expect(backend.callsTo("save_signatory")[0]?.signatory).toMatchObject({
      id: 2,
      positionRu: "Ведущий специалист",
    });
    expect(screen.getAllByTestId("signatory-row")[1]?.textContent).toContain("Ведущий специалист");
  });

  it("deletes a signatory only after confirmation", async () => {
    setLang("ru");
    const user = await openSettings();
    const rows = await screen.findAllByTestId("signatory-row");

    await user.click(within(rows[1]!).getByTestId("signatory-delete"));
    expect(backend.callsTo("delete_signatory")).toEqual([]);
    expect(rows[1]?.textContent).toContain("Удалить «Омаров Ерлан Бекович»?");
    await user.click(screen.getByTestId("signatory-delete-confirm"));

    await waitFor(() => expect(screen.getAllByTestId("signatory-row")).toHaveLength(1));
    expect(backend.callsTo("delete_signatory")).toEqual([{ id: 2 }]);
    expect(app.signatories.map((s) => s.id)).toEqual([1]);
  });

  it("says so when there are none", async () => {
    setLang("kk");
    backend.signatories = [];
    await openSettings();
    expect(await screen.findByText("Қол қоюшылар әлі жоқ.")).toBeTruthy();
  });
});

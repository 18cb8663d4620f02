import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import ErrorMessage from "./components/ErrorMessage.svelte";
import { errorText, setLang } from "./i18n";
import { toIpcError } from "./ipc/errors";
import type { IpcError } from "./ipc/generated";

const nameKkRequired: IpcError = {
  code: "validation",
  field: "name_kk",
  reason: "required",
  message: "name_kk: is required",
};

describe("errorText", () => {
  it("names the field in Russian for a validation error", () => {
    expect(errorText(nameKkRequired, "ru")).toBe(
      "Поле «Название (на казахском)» заполнено неверно: обязательно для заполнения",
    );
  });

  it("names the field in Kazakh for a validation error", () => {
    expect(errorText(nameKkRequired, "kk")).toBe(
      "«Атауы (қазақша)» өрісі дұрыс толтырылмаған: толтыру міндетті",
    );
  });

  it("follows the current language by default", () => {
    setLang("ru");
    expect(errorText(nameKkRequired)).toContain("Название (на казахском)");
    setLang("kk");
    expect(errorText(nameKkRequired)).toContain("Атауы (қазақша)");
  });

  it("puts the limit into a too-long reason", () => {
    const error: IpcError = {
      code: "validation",
      field: "name_ru",
      reason: "too_long",
      limit: 300,
      message: "name_ru: is 301 characters long; at most 300 are allowed",
    };
    expect(errorText(error, "ru")).toBe(
      "Поле «Название (на русском)» заполнено неверно: слишком длинно, не более 300 символов",
    );
    expect(errorText(error, "kk")).toBe(
      "«Атауы (орысша)» өрісі дұрыс толтырылмаған: тым ұзын, ең көбі 300 таңба",
    );
  });

  it("names the field by its label and keeps the English detail without a reason", () => {
    const error: IpcError = { code: "validation", field: "accent_color", message: "accent_color: bad" };
    expect(errorText(error, "ru")).toBe("Поле «Цвет» заполнено неверно: bad");
    expect(errorText(error, "kk")).toBe("«Түсі» өрісі дұрыс толтырылмаған: bad");
  });

  it("translates the other codes by code alone", () => {
    const newer: IpcError = { code: "db_newer_schema", message: "schema 9 > 3", field: null };
    expect(errorText(newer, "ru")).toBe(
      "Эта база данных записана более новой версией Kense. Обновите программу; файл не изменён.",
    );
    expect(errorText(newer, "kk")).toContain("жаңарақ нұсқасы");
  });

  it("shows an unknown code as an internal error", () => {
    const odd = { code: "martian", message: "?", field: null } as unknown as IpcError;
    expect(errorText(odd, "ru")).toBe("Произошла непредвиденная ошибка.");
  });
});

describe("toIpcError", () => {
  it("passes the backend's errors through", () => {
    expect(toIpcError({ code: "not_found", message: "signatory 7" })).toEqual({
      code: "not_found",
      message: "signatory 7",
      field: null,
      reason: null,
      limit: null,
    });
    expect(toIpcError(nameKkRequired)).toEqual({ ...nameKkRequired, limit: null });
  });

  it("turns anything else into an internal error with its text", () => {
    expect(toIpcError("command x not found")).toEqual({
      code: "internal",
      message: "command x not found",
      field: null,
      reason: null,
      limit: null,
    });
    expect(toIpcError(new TypeError("boom"))).toMatchObject({ code: "internal", message: "boom" });
  });
});

describe("<ErrorMessage>", () => {
  it("shows a translated error and the English detail under a disclosure", () => {
    setLang("ru");
    render(ErrorMessage, {
      error: { code: "disk_full", message: "database or disk is full", field: null },
    });
    const box = screen.getByTestId("error-message");
    expect(box.querySelector("p")?.textContent).toBe("На диске нет места.");
    const details = box.querySelector("details");
    expect(details?.querySelector("summary")?.textContent).toBe("Подробнее");
    expect(details?.textContent).toContain("database or disk is full");
  });

  it("has no disclosure for validation errors (the detail is in the text)", () => {
    setLang("kk");
    render(ErrorMessage, { error: nameKkRequired });
    const box = screen.getByTestId("error-message");
    expect(box.textContent).toContain("«Атауы (қазақша)» өрісі");
    expect(box.querySelector("details")).toBeNull();
  });
});

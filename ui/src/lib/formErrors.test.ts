// Forms mark every field the backend refused, and unmark each one as soon
// as it is edited. The refusals are the backend's own answers, recorded by
// `cargo test -p kense-app bindings` (src-tauri/src/error.rs).

import { screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import recorded from "../test/recorded/refused-forms.json";
import { FakeBackend } from "../test/fakeBackend";
import { openApp } from "../test/render";
import { withoutCorrected } from "./fieldErrors";
import type { IpcError } from "./ipc/generated";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.info.language = "ru";
});

function invalid(testid: string): boolean {
  return screen.getByTestId(testid).getAttribute("aria-invalid") === "true";
}

function fieldError(testid: string): string | null {
  const field = screen.getByTestId(testid).closest(".field");
  return field?.querySelector("[data-testid=field-error]")?.textContent ?? null;
}

describe("a form refused on several fields", () => {
  it("marks every refused field of a person at once and unmarks each one edited", async () => {
    backend.overrides.create_person = () => {
      throw recorded.createPerson;
    };
    backend.overrides.find_person_duplicates = () => [];
    const user = await openApp(backend, "#/people/new");
    await user.type(await screen.findByTestId("person-name"), "Ерлан");
    await user.click(screen.getByTestId("person-save"));

    await waitFor(() => expect(invalid("person-surname")).toBe(true));
    expect(fieldError("person-surname")).toBe("обязательно для заполнения");
    expect(fieldError("person-phone")).toBe("не номер телефона (например, +7 701 123 45 67)");
    expect(fieldError("person-email")).not.toBeNull();
    expect(fieldError("person-iin")).not.toBeNull();
    expect(invalid("person-name")).toBe(false);
    expect(document.activeElement).toBe(screen.getByTestId("person-surname"));
    expect(screen.getByTestId("error-message").textContent?.trim()).toBe(
      "Проверьте поля: «Фамилия», «Телефон», «Электронная почта», «ИИН»",
    );

    // Correcting the e-mail unmarks it at once; the others stay.
    await user.type(screen.getByTestId("person-email"), "@mail.kz");
    expect(invalid("person-email")).toBe(false);
    expect(fieldError("person-email")).toBeNull();
    expect(invalid("person-phone")).toBe(true);
    expect(screen.getByTestId("error-message").textContent?.trim()).toBe(
      "Проверьте поля: «Фамилия», «Телефон», «ИИН»",
    );
    await user.type(screen.getByTestId("person-surname"), "Нұрланов");
    await user.type(screen.getByTestId("person-iin"), "9");
    expect(screen.getByTestId("error-message").textContent).toContain("Поле «Телефон» заполнено неверно");
    await user.type(screen.getByTestId("person-phone"), "6");
    expect(screen.queryByTestId("error-message")).toBeNull();
  });

  it("marks every refused field of an organisation; a name in either language unmarks the name", async () => {
    backend.overrides.create_organisation = () => {
      throw recorded.createOrganisation;
    };
    const user = await openApp(backend, "#/organisations/new");
    await user.click(await screen.findByTestId("org-save"));
    await waitFor(() => expect(invalid("org-name-ru")).toBe(true));
    expect(invalid("org-phone")).toBe(true);
    expect(invalid("org-email")).toBe(true);
    await user.type(screen.getByTestId("org-name-kk"), "Әділет");
    expect(invalid("org-name-ru")).toBe(false);
    expect(invalid("org-phone")).toBe(true);
  });

  it("marks every refused field of an event", async () => {
    backend.overrides.create_event = () => {
      throw recorded.createEvent;
    };
    const user = await openApp(backend, "#/events/new");
    await user.click(await screen.findByTestId("event-save"));
    await waitFor(() => expect(invalid("event-title-ru")).toBe(true));
    expect(invalid("event-ends-at")).toBe(true);
    expect(invalid("event-headcount")).toBe(true);
    expect(screen.getByTestId("error-message").textContent?.trim()).toBe(
      "Проверьте поля: «Название (на русском)», «Окончание», «Общее число участников»",
    );
    await user.type(screen.getByTestId("event-title-kk"), "Форум");
    expect(invalid("event-title-ru")).toBe(false);
    expect(invalid("event-ends-at")).toBe(true);
  });

  it("shows two counts that are not numbers together, found before sending", async () => {
    const user = await openApp(backend, "#/events/new");
    await user.type(await screen.findByTestId("event-title-ru"), "Форум");
    await user.type(screen.getByTestId("event-headcount"), "много");
    await user.type(screen.getByTestId("event-proposals"), "два");
    await user.click(screen.getByTestId("event-save"));
    await waitFor(() => expect(invalid("event-headcount")).toBe(true));
    expect(invalid("event-proposals")).toBe(true);
    expect(backend.callsTo("create_event")).toEqual([]);
  });
});

describe("withoutCorrected", () => {
  const refused = recorded.createPerson as IpcError;

  it("narrows the error to the fields left, down to one and to none", () => {
    expect(withoutCorrected(refused, new Set())).toBe(refused);
    const two = withoutCorrected(refused, new Set(["surname", "email"]));
    expect(two?.fields?.map((f) => f.field)).toEqual(["phone", "iin"]);
    expect(two?.field).toBe("phone");
    const one = withoutCorrected(refused, new Set(["surname", "email", "iin"]));
    expect(one?.fields).toBeUndefined();
    expect(one?.field).toBe("phone");
    expect(withoutCorrected(refused, new Set(["surname", "email", "iin", "phone"]))).toBeNull();
  });
});

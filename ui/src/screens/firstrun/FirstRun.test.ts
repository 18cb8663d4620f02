import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it } from "vitest";
import { app } from "../../lib/app.svelte";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.info.firstRun = true;
});

describe("first run", () => {
  it("offers the demo office, fills it and shows the new office data", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/dashboard");

    const modal = await screen.findByTestId("first-run");
    expect(modal.getAttribute("role")).toBe("dialog");
    expect(modal.textContent).toContain("Kense-ке қош келдіңіз!");
    expect(within(modal).getByTestId("first-run-demo").textContent?.trim()).toBe("Демо-кеңсемен бастау");
    expect(within(modal).getByTestId("first-run-empty").textContent?.trim()).toBe("Бос бастау");

    await user.click(within(modal).getByTestId("first-run-demo"));

    await waitFor(() => expect(screen.queryByTestId("first-run")).toBeNull());
    expect(backend.callsTo("fill_demo")).toHaveLength(1);
    expect(screen.getByTestId("dashboard-office-name").textContent).toBe("Демо кеңсе");
    expect(screen.getByTestId("notice").textContent).toContain("Демо-кеңсе дайын");
    expect(app.info?.firstRun).toBe(false);

    // Switching the language while the notice shows translates it too.
    await user.click(screen.getByTestId("lang-ru"));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("Демо-офис готов"));
  });

  it("starts empty without filling anything (Russian)", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/dashboard");
    const modal = await screen.findByTestId("first-run");
    expect(within(modal).getByTestId("first-run-demo").textContent?.trim()).toBe("Начать с демо-офиса");

    await user.click(within(modal).getByTestId("first-run-empty"));

    expect(screen.queryByTestId("first-run")).toBeNull();
    expect(backend.callsTo("fill_demo")).toEqual([]);
  });

  it("closes with Escape, and is not shown after the first run", async () => {
    const user = await openApp(backend, "#/dashboard");
    await screen.findByTestId("first-run");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("first-run")).toBeNull();
    expect(backend.callsTo("fill_demo")).toEqual([]);
  });

  it("keeps the dialog with the error when the demo cannot be filled", async () => {
    backend.info.language = "ru";
    backend.overrides.fill_demo = () => {
      throw { code: "disk_full", message: "database or disk is full", field: null };
    };
    const user = await openApp(backend, "#/dashboard");
    await user.click(await screen.findByTestId("first-run-demo"));

    const modal = screen.getByTestId("first-run");
    expect((await within(modal).findByTestId("error-message")).textContent).toContain("На диске нет места.");
  });

  it("does not appear when it is not the first run", async () => {
    backend.info.firstRun = false;
    await openApp(backend, "#/dashboard");
    await screen.findByTestId("dashboard-office-name");
    expect(screen.queryByTestId("first-run")).toBeNull();
  });
});

import { invoke } from "@tauri-apps/api/core";
import { save } from "@tauri-apps/plugin-dialog";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../lib/i18n";
import { FakeBackend } from "../../test/fakeBackend";
import SendToRegion from "./SendToRegion.svelte";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(invoke).mockImplementation(backend.invoke);
});

async function openSection() {
  const user = userEvent.setup();
  render(SendToRegion);
  await screen.findByTestId("region-send-last");
  return user;
}

describe("Settings → Send to region", () => {
  it("warns that last month's figures were not sent, and sends now with a password used once", async () => {
    setLang("ru");
    backend.sendStatus = {
      ...backend.sendStatus,
      code: "ALM-01",
      url: "postgres://alm_01@hub.example.kz:5432/kense_region",
      dueMonth: "2026-11",
    };
    const user = await openSection();
    expect(screen.getByTestId("region-send-due").textContent).toBe("Данные за Ноябрь 2026 г. ещё не отправлены в регион.");
    expect(screen.getByTestId("region-send-last").textContent).toContain("Ещё ничего не отправлялось.");
    await user.type(screen.getByTestId("region-hub-password"), "құпия");
    await user.click(screen.getByTestId("region-push"));
    const done = await screen.findByTestId("region-send-done");
    expect(done.textContent).toBe("Отправлено: пакет № 1, строк: 412, изменено в хабе: 412.");
    expect(backend.hubPasswords).toEqual(["құпия"]);
    // The password field is emptied; the warning is gone; the last send shows.
    expect((screen.getByTestId("region-hub-password") as HTMLInputElement).value).toBe("");
    expect(screen.queryByTestId("region-send-due")).toBeNull();
    expect(screen.getByTestId("region-send-last").textContent).toContain("Последняя отправка: № 1");
  });

  it("refuses an address with a password in it, naming the field", async () => {
    setLang("kk");
    const user = await openSection();
    await user.type(screen.getByTestId("region-hub-url"), "postgres://alm_01:secret@hub:5432/kense");
    await user.click(screen.getByTestId("region-send-save"));
    const error = await screen.findByRole("alert");
    expect(error.textContent).toContain("Хаб мекенжайы");
    expect(error.textContent).toContain("мекенжайда пароль болмауы керек");
    expect(backend.sendStatus.url).toBe("");
  });

  it("says the hub cannot be reached and that nothing was sent", async () => {
    setLang("kk");
    backend.hubOffices = null;
    backend.sendStatus = { ...backend.sendStatus, url: "postgres://alm_01@hub:5432/kense" };
    const user = await openSection();
    await user.click(screen.getByTestId("region-push"));
    const error = await screen.findByRole("alert");
    expect(error.textContent).toContain("Хабқа қосылу мүмкін болмады");
    expect(error.textContent).toContain("Ештеңе жіберілген жоқ");
    expect(backend.sendStatus.sentSeq).toBe(0);
  });

  it("writes a package to the file the user picks", async () => {
    setLang("ru");
    vi.mocked(save).mockResolvedValue("/media/usb/ALM-01 2026-12-02.kpack");
    backend.sendStatus = { ...backend.sendStatus, code: "ALM-01" };
    const user = await openSection();
    await user.click(screen.getByTestId("region-package"));
    const done = await screen.findByTestId("region-send-done");
    expect(done.textContent).toBe(
      "Пакет № 1 записан (строк: 412): /media/usb/ALM-01 2026-12-02.kpack. Передайте его в область.",
    );
    expect(backend.written).toContain("/media/usb/ALM-01 2026-12-02.kpack");
  });
});

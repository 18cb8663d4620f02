import { invoke } from "@tauri-apps/api/core";
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLang } from "../../lib/i18n";
import { cancelJob, jobs } from "../../lib/jobs.svelte";
import { reloadApp } from "../../lib/reload";
import { FakeBackend } from "../../test/fakeBackend";
import ProgressDialog from "../../lib/components/ProgressDialog.svelte";
import Backups from "./Backups.svelte";

vi.mock("../../lib/reload", () => ({ reloadApp: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(invoke).mockImplementation(backend.invoke);
  vi.mocked(reloadApp).mockClear();
});

async function openBackups() {
  const user = userEvent.setup();
  render(Backups);
  await screen.findByTestId("backups-list");
  return user;
}

describe("Settings → Backups", () => {
  it("lists the backups with kind, size, counts and ✓, and says the folder shares the database's disk", async () => {
    setLang("ru");
    await openBackups();
    const rows = screen.getAllByTestId("backup-row");
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId("backup-kind").textContent).toBe("перед импортом");
    expect(within(rows[1]!).getByTestId("backup-kind").textContent).toBe("ежедневная");
    expect(rows[0]!.textContent).toContain("1,4 МБ");
    expect(within(rows[0]!).getByTestId("backup-people").textContent).toBe("38");
    expect(within(rows[0]!).getByTestId("backup-checked").textContent).toBe("✓");
    expect(screen.getByTestId("backups-folder").textContent).toBe(backend.backupFolder.folder);
    expect(screen.getByTestId("backups-same-disk").textContent).toContain("USB-накопитель");
  });

  it("says nothing about the disk when the folder is elsewhere, and shows a failed automatic backup", async () => {
    setLang("kk");
    backend.backupFolder.sameDisk = false;
    backend.backupFolder.lastFailure = { code: "disk_full", message: "No space left on device", field: null };
    await openBackups();
    expect(screen.queryByTestId("backups-same-disk")).toBeNull();
    const failure = screen.getByTestId("backups-last-failure");
    expect(failure.textContent).toContain("Соңғы автоматты көшірме сәтсіз болды");
    expect(failure.textContent).toContain("No space left on device");
  });

  it("backs up as a job with its progress in megabytes and, cancelled, says nothing was written", async () => {
    setLang("ru");
    let release = () => {};
    backend.holdJobs = new Promise<void>((resolve) => (release = resolve));
    render(ProgressDialog);
    const user = await openBackups();
    await user.click(screen.getByTestId("backups-now"));
    await waitFor(() => expect(jobs.list[0]?.done).toBe(192 * 4096));
    expect(jobs.list[0]!.label).toBe("Резервное копирование");
    expect(jobs.list[0]!.total).toBe(384 * 4096);
    // Bytes read as megabytes, not as a count of pages.
    expect(screen.getByTestId("progress-count").textContent?.trim()).toBe("0,8 / 1,5 МБ");
    await cancelJob(jobs.list[0]!.id);
    release();
    expect((await screen.findByTestId("backups-done")).textContent).toBe("Отменено: ничего не записано.");
    expect(screen.getAllByTestId("backup-row")).toHaveLength(2);
    expect(screen.queryByTestId("error-message")).toBeNull();
    expect(jobs.list).toHaveLength(0);
  });

  it("backs up now and shows the new backup at the top", async () => {
    setLang("kk");
    const user = await openBackups();
    await user.click(screen.getByTestId("backups-now"));
    const done = await screen.findByTestId("backups-done");
    expect(done.textContent).toContain("Көшірме жасалып, тексерілді");
    await waitFor(() => expect(screen.getAllByTestId("backup-row")).toHaveLength(3));
    expect(within(screen.getAllByTestId("backup-row")[0]!).getByTestId("backup-kind").textContent).toBe(
      "қолмен",
    );
  });

  it("asks before a restore, saying what is replaced and that the current state is backed up first", async () => {
    setLang("ru");
    const user = await openBackups();
    await user.click(within(screen.getAllByTestId("backup-row")[1]!).getByTestId("backup-restore"));
    const dialog = await screen.findByTestId("restore-dialog");
    const people = backend.people.length;
    expect(within(dialog).getByTestId("restore-will-replace").textContent).toBe(
      `Текущая база данных будет заменена: людей — ${people}, мероприятий — ${backend.events.length}, документов — ${backend.documents.length}.`,
    );
    expect(within(dialog).getByTestId("restore-from").textContent).toContain(
      "вернётся: людей — 35, мероприятий — 11, документов — 5",
    );
    expect(dialog.textContent).toContain("Перед заменой текущее состояние сохраняется в резервную копию");
    expect(backend.restored).toEqual([]);
    await user.click(within(dialog).getByTestId("restore-confirm"));
    await waitFor(() => expect(reloadApp).toHaveBeenCalledOnce());
    expect(backend.restored).toEqual([{ path: backend.backups[1]!.path, passphrase: null }]);
  });

  it("cancelling the restore dialog restores nothing", async () => {
    const user = await openBackups();
    await user.click(within(screen.getAllByTestId("backup-row")[0]!).getByTestId("backup-restore"));
    await screen.findByTestId("restore-dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("restore-dialog")).toBeNull());
    expect(backend.restored).toEqual([]);
    expect(reloadApp).not.toHaveBeenCalled();
  });

  it("restores an encrypted file only after its passphrase opens it", async () => {
    setLang("ru");
    backend.chosenBackup = { path: "/media/usb/kense-2026-12-01.db.age", encrypted: true, contents: null };
    const user = await openBackups();
    await user.click(screen.getByTestId("backups-from-file"));
    const dialog = await screen.findByTestId("restore-dialog");
    expect(within(dialog).getByTestId<HTMLButtonElement>("restore-confirm").disabled).toBe(true);
    await user.type(within(dialog).getByTestId("restore-passphrase"), "неверный");
    await user.click(within(dialog).getByTestId("restore-unlock"));
    expect((await within(dialog).findByTestId("error-message")).textContent).toContain(
      "Пароль зашифрованной резервной копии неверен или не указан.",
    );
    await user.clear(within(dialog).getByTestId("restore-passphrase"));
    await user.type(within(dialog).getByTestId("restore-passphrase"), backend.filePassphrase);
    await user.click(within(dialog).getByTestId("restore-unlock"));
    expect((await within(dialog).findByTestId("restore-from")).textContent).toBe(
      "Из файла /media/usb/kense-2026-12-01.db.age вернётся: людей — 41, мероприятий — 12, документов — 7.",
    );
    await user.click(within(dialog).getByTestId("restore-confirm"));
    await waitFor(() => expect(reloadApp).toHaveBeenCalledOnce());
    expect(backend.restored).toEqual([
      { path: "/media/usb/kense-2026-12-01.db.age", passphrase: backend.filePassphrase },
    ]);
  });

  it("writes an encrypted copy to a file once the passphrase is typed twice alike", async () => {
    setLang("kk");
    const user = await openBackups();
    await user.click(screen.getByTestId("backups-to-file"));
    const dialog = await screen.findByTestId("backup-to-dialog");
    await user.click(within(dialog).getByTestId("backup-to-encrypt"));
    const choose = within(dialog).getByTestId<HTMLButtonElement>("backup-to-choose");
    expect(choose.disabled).toBe(true);
    await user.type(within(dialog).getByTestId("backup-to-passphrase"), "қауіпсіз");
    await user.type(within(dialog).getByTestId("backup-to-passphrase-again"), "қауіпсі");
    expect(within(dialog).getByTestId("backup-to-mismatch").textContent).toBe("Құпиясөздер сәйкес келмейді.");
    expect(choose.disabled).toBe(true);
    await user.type(within(dialog).getByTestId("backup-to-passphrase-again"), "з");
    expect(choose.disabled).toBe(false);
    await user.click(choose);
    const done = await screen.findByTestId("backups-done");
    expect(done.textContent).toContain("Шифрланған көшірме жазылды: /media/usb/kense-2026-12-02.db.age");
    expect(backend.callsTo("back_up_to_file")).toMatchObject([{ passphrase: "қауіпсіз" }]);
    expect(screen.queryByTestId("backup-to-dialog")).toBeNull();
  });

  it("moves the backups to a chosen folder and back beside the database", async () => {
    setLang("ru");
    backend.pickedFolder = "/media/usb/kense-backups";
    const user = await openBackups();
    await user.click(screen.getByTestId("backups-choose-folder"));
    await waitFor(() => expect(screen.getByTestId("backups-folder").textContent).toBe("/media/usb/kense-backups"));
    expect(screen.getByTestId("backups").textContent).toContain("выбрана в настройках");
    expect(screen.queryByTestId("backups-same-disk")).toBeNull();
    await user.click(screen.getByTestId("backups-reset-folder"));
    await waitFor(() =>
      expect(screen.getByTestId("backups-folder").textContent).toBe("/home/user/.local/share/kense/kense-backups"),
    );
    expect(screen.getByTestId("backups-same-disk")).toBeTruthy();
  });
});

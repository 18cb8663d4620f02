import { save } from "@tauri-apps/plugin-dialog";
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TemplateInput } from "../../lib/ipc/generated";
import { FakeBackend, issuedDocument } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(save).mockReset();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("register", () => {
  it("turns the pages of a long register and counts all of it", async () => {
    backend.info.language = "ru";
    for (let i = 0; i < 230; i++) {
      backend.documents.push(issuedDocument(1000 + i, { number: `АХ-2026/${String(1000 + i).padStart(4, "0")}` }));
    }
    const total = backend.documents.length;
    const user = await openApp(backend, "#/documents/register");
    await waitFor(() => expect(screen.getAllByTestId("register-row")).toHaveLength(100));
    expect(screen.getByTestId("register-count").textContent).toBe(`Найдено: ${total}`);
    expect(screen.getByTestId("pager-range").textContent).toBe(`1–100 из ${total}`);
    await user.click(screen.getByTestId("pager-next"));
    await waitFor(() => expect(screen.getByTestId("pager-range").textContent).toBe(`101–200 из ${total}`));
    expect(backend.callsTo("list_documents").at(-1)?.filter).toMatchObject({ limit: 100, offset: 100 });
  });

  it("lists the register and filters it by status, kind and words", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/documents");
    expect(await screen.findAllByTestId("register-row")).toHaveLength(3);
    const revoked = screen.getAllByTestId("register-row")[1]!;
    expect(revoked.textContent).toContain("Д-2025/0001");
    expect(revoked.textContent).toContain("Оспанова Гүлжан Серікқызы");
    expect(within(revoked).getByTestId("doc-status").textContent).toBe("Кері қайтарылды");
    expect(revoked.textContent).toContain("Қате жазылған");

    await user.selectOptions(screen.getByTestId("register-filter-status"), "revoked");
    await waitFor(() => expect(screen.getAllByTestId("register-row")).toHaveLength(1));
    expect(backend.callsTo("list_documents").at(-1)?.filter).toMatchObject({ status: "revoked", kind: null });

    await user.selectOptions(screen.getByTestId("register-filter-status"), "");
    await user.selectOptions(screen.getByTestId("register-filter-kind"), "gratitude");
    await waitFor(() => expect(screen.getAllByTestId("register-row")).toHaveLength(2));

    await user.type(screen.getByTestId("register-search"), "иванов");
    await waitFor(() => expect(screen.getAllByTestId("register-row")).toHaveLength(1));
    expect(screen.getByTestId("register-row").textContent).toContain("Иванов Сергей Петрович");
  });

  it("revokes a document only with a reason, and reissues one with a new number", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/documents");
    await user.click((await screen.findAllByTestId("register-open"))[0]!);
    const dialog = await screen.findByTestId("document-dialog");
    expect(within(dialog).getByTestId("pdf-pages").textContent).toBe("Страниц: 1");

    await user.click(within(dialog).getByTestId("doc-revoke"));
    await user.click(within(dialog).getByTestId("reason-confirm"));
    expect(within(dialog).getByTestId("field-error").textContent).toBe("обязательно для заполнения");
    expect(backend.callsTo("void_document")).toHaveLength(0);
    await user.type(within(dialog).getByTestId("doc-reason"), "Ошибка в фамилии");
    await user.click(within(dialog).getByTestId("reason-confirm"));
    await waitFor(() => expect(within(dialog).getByTestId("doc-status").textContent).toBe("Отозван"));
    expect(backend.callsTo("void_document")[0]).toEqual({ id: 1, status: "revoked", reason: "Ошибка в фамилии" });
    await user.click(within(dialog).getByText("Закрыть", { selector: ".actions button" }));

    await user.click(screen.getAllByTestId("register-open")[2]!);
    const second = await screen.findByTestId("document-dialog");
    await user.click(within(second).getByTestId("doc-reissue"));
    await user.type(within(second).getByTestId("doc-reason"), "Утерян");
    await user.click(within(second).getByTestId("reason-confirm"));
    expect((await within(second).findByTestId("reissued-number")).textContent).toContain("АХ-2025/0004");
    expect(within(second).getByTestId("doc-status").textContent).toBe("Переоформлен");
  });

  it("saves a document's PDF where the user chose and offers to open it", async () => {
    backend.info.language = "ru";
    vi.mocked(save).mockResolvedValue("/home/user/АХ-2025-0001");
    const user = await openApp(backend, "#/documents");
    await user.click((await screen.findAllByTestId("register-save"))[0]!);
    expect((await screen.findByTestId("saved-path")).textContent).toBe("/home/user/АХ-2025-0001.pdf");
    expect(backend.callsTo("save_document")[0]).toEqual({ id: 1, file: expect.any(Number) });
    expect(backend.written).toEqual(["/home/user/АХ-2025-0001.pdf"]);
    await user.click(screen.getByTestId("file-open"));
    expect(backend.callsTo("open_file")[0]).toEqual({ path: "/home/user/АХ-2025-0001.pdf" });
  });

  it("saves a document as DOCX to edit in Word, from the register and from its dialog", async () => {
    backend.info.language = "kk";
    vi.mocked(save).mockResolvedValue("/home/user/АХ-2025-0001");
    const user = await openApp(backend, "#/documents");
    const button = (await screen.findAllByTestId("register-save-docx"))[0]!;
    expect(button.getAttribute("title")).toContain("Word-та түзетуге DOCX етіп сақтау");
    await user.click(button);
    expect((await screen.findByTestId("saved-path")).textContent).toBe("/home/user/АХ-2025-0001.docx");
    // The dialog asked for a Word document.
    expect(vi.mocked(save)).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: "Word құжаты", extensions: ["docx"] }] }),
    );
    expect(backend.written).toEqual(["/home/user/АХ-2025-0001.docx"]);

    vi.mocked(save).mockResolvedValue("/home/user/түзету");
    await user.click(screen.getAllByTestId("register-open")[0]!);
    const dialog = await screen.findByTestId("document-dialog");
    await user.click(within(dialog).getByTestId("doc-save-docx"));
    await waitFor(() => expect(backend.written).toEqual(["/home/user/АХ-2025-0001.docx", "/home/user/түзету.docx"]));
  });

  it("exports the journal as PDF with the current filters", async () => {
    backend.info.language = "kk";
    vi.mocked(save).mockResolvedValue("/tmp/journal.pdf");
    const user = await openApp(backend, "#/documents");
    await screen.findAllByTestId("register-row");
    await user.selectOptions(screen.getByTestId("register-filter-kind"), "diploma");
    await user.click(screen.getByTestId("register-export-open"));
    await user.click(screen.getByTestId("register-export-pdf"));
    await screen.findByTestId("saved-file");
    expect(backend.callsTo("export_register")[0]).toEqual({
      filter: { query: "", kind: "diploma", status: null, limit: null },
      file: expect.any(Number),
      language: "kk",
    });
    expect(backend.written).toEqual(["/tmp/journal.pdf"]);
  });
});

describe("verify", () => {
  async function check(user: Awaited<ReturnType<typeof openApp>>, code: string) {
    const input = screen.getByTestId("verify-code");
    await user.clear(input);
    await user.type(input, code);
    await user.click(screen.getByTestId("verify-check"));
  }

  it("says valid, no longer valid, unknown, or not a code", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/documents/verify");
    await screen.findByTestId("verify-code");

    await check(user, "25-0001-K3QX");
    const valid = await screen.findByTestId("verify-valid");
    expect(valid.textContent).toContain("Түпнұсқа, жарамды");
    expect(within(valid).getByTestId("verify-number").textContent).toBe("АХ-2025/0001");
    expect(valid.textContent).toContain("ӘЛІБЕКОВ Асқар Нұрланұлы");
    expect(valid.textContent).toContain("14.03.2025");

    await check(user, "https://kense.kz/v?c=25-0001-D7MZ");
    const revoked = await screen.findByTestId("verify-not-valid");
    expect(revoked.textContent).toContain("Түпнұсқа, бірақ жарамсыз: Кері қайтарылды");
    expect(revoked.textContent).toContain("Қате жазылған");

    await check(user, "26-9999-ZZZZ");
    expect((await screen.findByTestId("verify-unknown")).textContent).toContain("Мұндай құжат журналда жоқ");

    await check(user, "сәлем");
    expect((await screen.findByTestId("field-error")).textContent).toBe(
      "тексеру коды емес (мысалы, 26-0042-K3QX)",
    );
    expect(screen.queryByTestId("verify-unknown")).toBeNull();
  });
});

describe("templates", () => {
  it("refuses to save an unknown placeholder and shows why on the field", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/documents/templates");
    const body = await screen.findByTestId("tpl-body_ru");
    await user.clear(body);
    await user.type(body, "Спасибо, {{фамилия}!");
    await user.click(screen.getByTestId("template-save"));

    const error = await screen.findByTestId("field-error");
    expect(error.textContent).toBe("неизвестная подстановка {…}");
    expect(body.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(body);
    expect(backend.templates[0]?.bodyRu).toContain("Выражаем благодарность");
  });

  it("inserts a placeholder chip at the cursor of the focused field", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/documents/templates");
    const salutation = await screen.findByTestId<HTMLInputElement>("tpl-salutation_kk");
    await user.clear(salutation);
    await user.type(salutation, "Құрметті !");
    salutation.setSelectionRange(9, 9);
    await user.click(screen.getByRole("button", { name: "{dear}" }));
    expect(salutation.value).toBe("Құрметті {dear}!");
    await user.click(screen.getByTestId("template-save"));
    await screen.findByTestId("template-saved");
    expect((backend.callsTo("save_template")[0]?.template as TemplateInput).salutationKk).toBe("Құрметті {dear}!");
  });

  it("asks for a live preview of the unsaved edits once typing pauses", async () => {
    backend.info.language = "ru";
    await openApp(backend, "#/documents/templates");
    const title = await screen.findByTestId("tpl-title_kk");
    // The first preview, for the template as loaded.
    await waitFor(() => expect(backend.callsTo("preview_template")).toHaveLength(1));
    expect(await screen.findByTestId("pdf-pages")).toBeTruthy();

    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    await fireEvent.input(title, { target: { value: "АЛҒЫС" } });
    await fireEvent.input(title, { target: { value: "АЛҒЫС ХАТЫ" } });
    vi.advanceTimersByTime(399);
    expect(backend.callsTo("preview_template")).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(backend.callsTo("preview_template")).toHaveLength(2);
    expect(backend.callsTo("preview_template")[1]).toMatchObject({
      template: { titleKk: "АЛҒЫС ХАТЫ", id: 1 },
      lang: "kk",
    });

    await fireEvent.change(screen.getByTestId("tpl-preview-lang"), { target: { value: "pair" } });
    vi.advanceTimersByTime(400);
    expect(backend.callsTo("preview_template")[2]).toMatchObject({ lang: "pair" });
    expect(backend.callsTo("save_template")).toHaveLength(0);
  });
});

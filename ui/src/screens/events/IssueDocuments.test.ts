import { open, save } from "@tauri-apps/plugin-dialog";
import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.attendance = [
    { id: 60, eventId: 1, personId: 1, role: "awardee", present: true },
    { id: 61, eventId: 1, personId: 2, role: "participant", present: true },
    { id: 62, eventId: 1, personId: 3, role: "participant", present: false },
  ];
  vi.mocked(save).mockReset();
  vi.mocked(open).mockReset();
});

async function openIssue(language: "kk" | "ru") {
  backend.info.language = language;
  const user = await openApp(backend, "#/events/1");
  await user.click(await screen.findByTestId("issue-open"));
  const dialog = await screen.findByTestId("issue-dialog");
  await waitFor(() => expect(within(dialog).getByTestId<HTMLSelectElement>("issue-template").value).toBe("1"));
  return { user, dialog };
}

describe("event documents", () => {
  it("lists the event's documents", async () => {
    backend.info.language = "ru";
    await openApp(backend, "#/events/1");
    const rows = await screen.findAllByTestId("event-document");
    expect(rows).toHaveLength(2);
    expect(backend.callsTo("list_documents")[0]).toEqual({ filter: { eventId: 1, query: "", limit: 100, offset: 0 } });
    expect(rows[1]!.textContent).toContain("Отозван");
  });

  it("previews the batch and warns about earlier awards with their number and date", async () => {
    const { user, dialog } = await openIssue("ru");
    await user.selectOptions(within(dialog).getByTestId("issue-lang"), "both");
    await user.click(within(dialog).getByTestId("issue-preview-button"));

    const recipients = await within(dialog).findAllByTestId("issue-recipient");
    expect(recipients.map((r) => r.querySelector(".name")?.textContent)).toEqual([
      "ӘЛІБЕКОВ Асқар Нұрланұлы",
      "Оспанова Гүлжан Серікқызы",
    ]);
    expect(backend.callsTo("preview_batch_documents")[0]?.request).toMatchObject({
      eventId: 1,
      templateId: 1,
      lang: "both",
      role: null,
      personIds: null,
    });
    const warning = within(dialog).getByTestId("issue-repeat-warning");
    expect(warning.textContent).toContain("1 чел.");
    expect(warning.textContent).toContain("12 мес.");
    expect(within(recipients[0]!).getByTestId("issue-earlier").textContent).toContain(
      "ранее выдан: АХ-2025/0001, 14.03.2025",
    );
    expect(within(recipients[1]!).queryByTestId("issue-earlier")).toBeNull();
    // The first document itself, rendered for the same request.
    expect(within(dialog).getByTestId("issue-first-document").textContent).toContain(
      "Первый документ в том виде, как он будет напечатан",
    );
    await waitFor(() => expect(backend.callsTo("preview_first_document")).toHaveLength(1));
    expect(backend.callsTo("preview_first_document")[0]?.request).toMatchObject({ eventId: 1, templateId: 1, lang: "both" });
    expect(within(dialog).getByTestId<HTMLButtonElement>("issue-confirm").disabled).toBe(false);
    // The button says how many numbered documents one click gives.
    expect(within(dialog).getByTestId("issue-confirm").textContent?.trim()).toBe(
      `Выдать ${recipients.length} документа`,
    );
  });

  it("blocks on characters the fonts lack, naming who and which", async () => {
    backend.batchExtra = {
      missingGlyphs: [{ what: "Оспанова Гүлжан Серікқызы", chars: ["«中» U+4E2D", "«😀» U+1F600"] }],
    };
    const { user, dialog } = await openIssue("kk");
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    const glyphs = await within(dialog).findByTestId("missing-glyphs");
    expect(glyphs.textContent).toContain("Қаріптерде кейбір таңбалар жоқ");
    expect(within(glyphs).getByTestId("missing-glyph").textContent).toContain(
      "Оспанова Гүлжан Серікқызы: «中» U+4E2D, «😀» U+1F600",
    );
    expect(within(dialog).getByTestId<HTMLButtonElement>("issue-confirm").disabled).toBe(true);
    expect(within(dialog).queryByTestId("issue-output-combined")).toBeNull();
  });

  it("lists a position missing in the batch's language, links to the person and prints only when told to", async () => {
    backend.batchExtra = {
      missingTranslations: [
        {
          record: "person",
          id: 1,
          eventId: null,
          what: "ӘЛІБЕКОВ Асқар Нұрланұлы",
          field: "position",
          lang: "ru",
          fallback: "Бас маман",
        },
      ],
    };
    const { user, dialog } = await openIssue("ru");
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    const missing = await within(dialog).findByTestId("missing-translations");
    expect(missing.textContent).toContain("Не заполнено на втором языке");
    expect(within(missing).getByTestId("missing-translation").textContent?.replace(/\s+/g, " ")).toContain(
      "ӘЛІБЕКОВ Асқар Нұрланұлы: нет текста поля «Должность» на русском, будет напечатано: «Бас маман»",
    );
    expect(within(missing).getByTestId("missing-translation-fill").getAttribute("href")).toBe("#/people/1/edit");
    const confirm = within(dialog).getByTestId<HTMLButtonElement>("issue-confirm");
    expect(confirm.disabled).toBe(true);
    await user.click(within(missing).getByTestId("missing-translations-print-anyway"));
    expect(confirm.disabled).toBe(false);
  });

  it("lists a nomination missing in Russian and links to the event's page, where it is edited", async () => {
    backend.batchExtra = {
      missingTranslations: [
        {
          record: "attendance",
          id: 1,
          eventId: 1,
          what: "ӘЛІБЕКОВ Асқар Нұрланұлы",
          field: "nomination",
          lang: "ru",
          fallback: "I орын",
        },
      ],
    };
    const { user, dialog } = await openIssue("ru");
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    const missing = await within(dialog).findByTestId("missing-translations");
    expect(within(missing).getByTestId("missing-translation").textContent?.replace(/\s+/g, " ")).toContain(
      "ӘЛІБЕКОВ Асқар Нұрланұлы: нет текста поля «Номинация или место» на русском, будет напечатано: «I орын»",
    );
    expect(within(missing).getByTestId("missing-translation-fill").getAttribute("href")).toBe("#/events/1");
  });

  it("blocks on unknown placeholders", async () => {
    backend.batchExtra = { unknownPlaceholders: ["фамилия"] };
    const { user, dialog } = await openIssue("ru");
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    expect((await within(dialog).findByTestId("issue-unknown-placeholders")).textContent).toContain("{фамилия}");
    expect(within(dialog).getByTestId<HTMLButtonElement>("issue-confirm").disabled).toBe(true);
  });

  it("issues one combined PDF and reports the numbers", async () => {
    vi.mocked(save).mockResolvedValue("/home/user/Алғыс хаттар.pdf");
    const { user, dialog } = await openIssue("kk");
    await user.selectOptions(within(dialog).getByTestId("issue-lang"), "pair");
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    await user.click(await within(dialog).findByTestId("issue-confirm"));

    // The dialog steps aside for the progress panel while the batch runs.
    const done = await screen.findByTestId("issue-done");
    expect(dialog.isConnected).toBe(false);
    expect(backend.issued).toHaveLength(1);
    expect(backend.issued[0]?.output).toEqual({ kind: "combined", path: "/home/user/Алғыс хаттар.pdf" });
    expect(backend.issued[0]?.format).toBe("pdf");
    expect(backend.issued[0]?.request).toMatchObject({ eventId: 1, templateId: 1, lang: "pair" });
    expect(done.textContent).toContain("Берілген құжаттар: 2, АХ-2025/0004 … АХ-2025/0005");
    await user.click(within(done).getByTestId("file-open"));
    expect(backend.callsTo("open_file")[0]).toEqual({ path: "/home/user/Алғыс хаттар.pdf" });
    // The event's list shows the new documents.
    await waitFor(() => expect(screen.getAllByTestId("event-document")).toHaveLength(4));
  });

  it("finds recipients by a word of their name and keeps the chosen ones while searching", async () => {
    const base = backend.people[2]!;
    for (let i = 0; i < 40; i++) {
      const id = 3000 + i;
      backend.people.push({ ...base, id, surname: i === 17 ? "Әбдіқадыр" : `Жанов${String(i).padStart(2, "0")}` });
      backend.attendance.push({ id: 7000 + i, eventId: 1, personId: id, role: "participant", present: true });
    }
    const { user, dialog } = await openIssue("ru");
    await user.click(within(dialog).getByTestId("issue-who-selected"));
    const people = within(dialog).getByTestId("issue-people");
    expect(within(people).getAllByRole("checkbox")).toHaveLength(43);
    expect(within(dialog).getByTestId("issue-people-count").textContent?.trim()).toBe("Выбрано: 0");

    await user.click(within(people).getByLabelText(/Иванов Сергей Петрович/));
    // Kazakh letters typed in capitals, a word's beginning.
    await user.type(within(dialog).getByTestId("issue-people-search"), "ӘБДІ");
    await waitFor(() => expect(within(people).getAllByRole("checkbox")).toHaveLength(1));
    expect(within(dialog).getByTestId("issue-people-count").textContent?.trim()).toBe("Найдено: 1 · Выбрано: 1");
    await user.click(within(people).getByLabelText(/Әбдіқадыр/));
    expect(within(dialog).getByTestId("issue-people-count").textContent?.trim()).toBe("Найдено: 1 · Выбрано: 2");
    await user.clear(within(dialog).getByTestId("issue-people-search"));
    await user.type(within(dialog).getByTestId("issue-people-search"), "абди");
    expect(within(people).queryAllByRole("checkbox")).toHaveLength(0);
    expect(people.textContent).toContain("Ничего не найдено");

    await user.click(within(dialog).getByTestId("issue-preview-button"));
    await within(dialog).findAllByTestId("issue-recipient");
    expect(backend.callsTo("preview_batch_documents").at(-1)?.request).toMatchObject({ personIds: [3, 3017] });
  });

  it("issues one file per selected person into a folder", async () => {
    vi.mocked(open).mockResolvedValue("/home/user/Дипломдар");
    const { user, dialog } = await openIssue("ru");
    await user.selectOptions(within(dialog).getByTestId("issue-template"), "2");
    await user.click(within(dialog).getByTestId("issue-who-selected"));
    await user.click(within(within(dialog).getByTestId("issue-people")).getByLabelText(/Иванов Сергей Петрович/));
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    await within(dialog).findAllByTestId("issue-recipient");
    await user.click(within(dialog).getByTestId("issue-output-per-person"));
    await user.click(within(dialog).getByTestId("issue-confirm"));

    const done = await screen.findByTestId("issue-done");
    expect(backend.issued[0]).toEqual({
      request: expect.objectContaining({ templateId: 2, personIds: [3], role: null }),
      output: { kind: "perPerson", path: "/home/user/Дипломдар" },
      format: "pdf",
    });
    expect(vi.mocked(open)).toHaveBeenCalledWith(expect.objectContaining({ directory: true }));
    expect(within(done).queryByTestId("file-open")).toBeNull();
    await user.click(within(done).getByTestId("file-reveal"));
    // Kense reveals only files it wrote: one of the batch, shown in its folder.
    expect(backend.callsTo("reveal_file")[0]?.path).toMatch(/^\/home\/user\/Дипломдар\/.+\.pdf$/);
  });

  it("issues the batch as one DOCX to edit when DOCX is chosen", async () => {
    vi.mocked(save).mockResolvedValue("/home/user/Сертификаттар");
    const { user, dialog } = await openIssue("kk");
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    await within(dialog).findAllByTestId("issue-recipient");
    expect(within(dialog).getByTestId<HTMLInputElement>("issue-format-pdf").checked).toBe(true);
    expect(within(dialog).getByText(/Word-та түзетуге/).textContent).toContain("DOCX");
    await user.click(within(dialog).getByTestId("issue-format-docx"));
    await user.click(within(dialog).getByTestId("issue-confirm"));

    await screen.findByTestId("issue-done");
    expect(backend.issued[0]).toEqual({
      request: expect.objectContaining({ eventId: 1 }),
      output: { kind: "combined", path: "/home/user/Сертификаттар.docx" },
      format: "docx",
    });
    expect(vi.mocked(save)).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: "Word құжаты", extensions: ["docx"] }] }),
    );
  });

  it("shows the batch's progress, keeps the search usable while it runs, and cancels with nothing issued", async () => {
    vi.mocked(save).mockResolvedValue("/home/user/Алғыс хаттар.pdf");
    let release = () => {};
    backend.holdJobs = new Promise<void>((resolve) => (release = resolve));
    const before = backend.documents.length;
    const { user, dialog } = await openIssue("kk");
    await user.click(within(dialog).getByTestId("issue-preview-button"));
    await user.click(await within(dialog).findByTestId("issue-confirm"));

    // Half way: «1 / 2», a bar at 1 of 2, Cancel.
    const panel = await screen.findByTestId("progress-dialog");
    await waitFor(() => expect(within(panel).getByTestId("progress-count").textContent?.trim()).toBe("1 / 2"));
    const bar = within(panel).getByTestId<HTMLProgressElement>("progress-bar");
    expect([bar.value, bar.max]).toEqual([1, 2]);
    expect(panel.textContent).toContain("Құжаттар берілуде: ");
    expect(screen.queryByTestId("issue-dialog")).toBeNull();

    // The window is not blocked: the global search answers meanwhile.
    await user.type(screen.getByTestId("global-search"), "Оспанова");
    await waitFor(() => expect(screen.getAllByTestId("global-result-person").length).toBeGreaterThan(0));

    await user.click(within(panel).getByTestId("progress-cancel"));
    expect(within(panel).getByTestId("progress-left").textContent).toContain("Тоқтатылуда…");
    expect(backend.callsTo("cancel_job")).toEqual([{ job: backend.callsTo("issue_documents")[0]?.job }]);
    release();

    const notice = await screen.findByTestId("issue-cancelled");
    expect(notice.textContent).toContain("Беру тоқтатылды: тізілімге ештеңе енгізілмеді");
    expect(screen.queryByTestId("progress-dialog")).toBeNull();
    expect(screen.queryByTestId("error-message")).toBeNull();
    expect(backend.issued).toEqual([]);
    expect(backend.documents).toHaveLength(before);
    // It can be issued again from the same preview.
    expect(screen.getByTestId<HTMLButtonElement>("issue-confirm").disabled).toBe(false);
  });
});

import { listen } from "@tauri-apps/api/event";
import { open, save } from "@tauri-apps/plugin-dialog";
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FakeBackend } from "../../test/fakeBackend";
import { openApp } from "../../test/render";
import { outletOfLink } from "../../lib/records";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  // jsdom has no object URLs: a thumbnail gets a made-up one.
  let n = 0;
  URL.createObjectURL = vi.fn(() => `blob:thumb-${++n}`);
  URL.revokeObjectURL = vi.fn();
});

describe("event records", () => {
  it("adds a speaker with positions in both languages, edits and deletes it, and Undo brings it back", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/1");
    const records = await screen.findByTestId("records");
    expect(within(records).getByTestId("records-count-speakers").textContent).toBe("0");
    await user.click(within(records).getByTestId("records-add"));
    await user.click(within(records).getByTestId("records-save"));
    expect((await within(records).findByRole("alert")).textContent).toContain("Имя");

    await user.type(screen.getByTestId("rec-name"), "Ахметов Серік");
    await user.type(screen.getByTestId("rec-position-kk"), "облыс прокурорының орынбасары");
    await user.type(screen.getByTestId("rec-position-ru"), "заместитель прокурора области");
    await user.click(within(records).getByTestId("records-save"));
    const row = await within(records).findByTestId("records-row");
    expect(row.textContent).toContain("Ахметов Серік");
    expect(row.textContent).toContain("заместитель прокурора области");
    expect(row.textContent).toContain("облыс прокурорының орынбасары");
    expect(within(records).getByTestId("records-count-speakers").textContent).toBe("1");

    await user.click(within(row).getByTestId("records-edit"));
    const position = screen.getByTestId<HTMLInputElement>("rec-position-ru");
    expect(position.value).toBe("заместитель прокурора области");
    await user.clear(position);
    await user.type(position, "прокурор области");
    await user.click(within(records).getByTestId("records-save"));
    await waitFor(() => expect(within(records).getByTestId("records-row").textContent).toContain("прокурор области"));
    expect(backend.records.speakers.rows[0]?.positionRu).toBe("прокурор области");

    await user.click(within(records).getByTestId("records-delete"));
    await waitFor(() => expect(within(records).queryByTestId("records-row")).toBeNull());
    expect(screen.getByTestId("notice").textContent).toContain("Выступающий удалён: Ахметов Серік");
    await user.click(screen.getByTestId("undo"));
    expect((await within(records).findByTestId("records-row")).textContent).toContain("Ахметов Серік");
    expect(backend.callsTo("restore_speaker")).toHaveLength(1);
  });

  it("keeps each kind one click away with its count, and names a bad count", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events/1");
    const records = await screen.findByTestId("records");

    await user.click(within(records).getByTestId("records-tab-proposals"));
    await user.click(within(records).getByTestId("records-add"));
    await user.type(screen.getByTestId("rec-text"), "Аулаларды жарықтандыру");
    await user.type(screen.getByTestId("rec-addressee"), "Қала әкімдігі");
    await user.selectOptions(screen.getByTestId("rec-status"), "sent");
    await user.click(within(records).getByTestId("records-save"));
    const proposal = await within(records).findByTestId("records-row");
    expect(within(proposal).getByTestId("records-status").textContent).toBe("Жіберілді");
    expect(proposal.textContent).toContain("Қала әкімдігі");

    await user.click(within(records).getByTestId("records-tab-equipment"));
    expect(within(records).queryByTestId("records-row")).toBeNull();
    await user.click(within(records).getByTestId("records-add"));
    await user.type(screen.getByTestId("rec-what"), "Шағылыстырғыш кеудешелер");
    await user.type(screen.getByTestId("rec-recipients"), "он екі");
    await user.click(within(records).getByTestId("records-save"));
    expect((await within(records).findByRole("alert")).textContent).toContain("Алушылар");
    await user.clear(screen.getByTestId("rec-recipients"));
    await user.type(screen.getByTestId("rec-recipients"), "12");
    await user.click(within(records).getByTestId("records-save"));
    expect((await within(records).findByTestId("records-row")).textContent).toContain("12 адамға");

    await user.click(within(records).getByTestId("records-tab-initiatives"));
    await user.click(within(records).getByTestId("records-add"));
    await user.selectOptions(screen.getByTestId("rec-campaign"), "1");
    await user.click(within(records).getByTestId("records-save"));
    expect((await within(records).findByTestId("records-row")).textContent).toContain("Заң мен тәртіп");

    expect(within(records).getByTestId("records-count-proposals").textContent).toBe("1");
    expect(within(records).getByTestId("records-count-equipment").textContent).toBe("1");
    expect(within(records).getByTestId("records-count-initiatives").textContent).toBe("1");
  });

  it("records an ID handed over with its number, shown on the event and on the person's page", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/events/1");
    const records = await screen.findByTestId("records");
    await user.click(within(records).getByTestId("records-tab-ids"));
    await user.click(within(records).getByTestId("records-add"));
    await user.type(screen.getByTestId("rec-person"), "Оспан");
    await user.click(await screen.findByRole("option", { name: /Оспанова Гүлжан/ }));
    expect(screen.getByTestId<HTMLSelectElement>("rec-kind").selectedOptions[0]?.textContent).toBe(
      "Общественный помощник полиции",
    );
    await user.type(screen.getByTestId("rec-number"), "0457");
    await user.type(screen.getByTestId("rec-issuer"), "УП г. Конаев");
    await user.click(within(records).getByTestId("records-save"));
    const row = await within(records).findByTestId("records-row");
    expect(row.textContent).toContain("Оспанова Гүлжан");
    expect(within(row).getByTestId("records-id-number").textContent).toBe("№ 0457");
    expect(row.textContent).toContain("УП г. Конаев");

    await user.click(within(row).getByTestId("records-id-person"));
    const id = await screen.findByTestId("person-id");
    expect(id.textContent).toContain("Общественный помощник полиции");
    expect(within(id).getByTestId("person-id-number").textContent).toBe("№ 0457");
  });

  it("keeps a registry person as the speaker while the name is unchanged", async () => {
    backend.info.language = "ru";
    backend.records.speakers.rows.push({
      id: 9001,
      eventId: 1,
      personId: 2,
      name: "Оспанова Гүлжан Серікқызы",
      positionKk: "",
      positionRu: "учитель",
    });
    const user = await openApp(backend, "#/events/1");
    const records = await screen.findByTestId("records");
    await user.click(await within(records).findByTestId("records-edit"));
    await user.type(screen.getByTestId("rec-position-kk"), "мұғалім");
    await user.click(within(records).getByTestId("records-save"));
    await waitFor(() => expect(backend.callsTo("update_speaker")).toHaveLength(1));
    expect(backend.callsTo("update_speaker")[0]?.speaker).toMatchObject({ personId: 2, positionKk: "мұғалім" });

    await user.click(within(records).getByTestId("records-edit"));
    await user.clear(screen.getByTestId("rec-name"));
    await user.type(screen.getByTestId("rec-name"), "Г. С. Оспанова");
    await user.click(within(records).getByTestId("records-save"));
    await waitFor(() => expect(backend.callsTo("update_speaker")).toHaveLength(2));
    expect(backend.callsTo("update_speaker")[1]?.speaker).toMatchObject({ personId: null, name: "Г. С. Оспанова" });
  });
});

describe("event photos", () => {
  it("adds a photo from the dialog, shows its thumbnail, caption and credit, chooses it for the report, and Undo brings a deleted one back", async () => {
    backend.info.language = "kk";
    vi.mocked(open).mockResolvedValue("/home/user/Суреттер/кеңес.jpg");
    const user = await openApp(backend, "#/events/1");
    const photos = await screen.findByTestId("photos");
    expect(await within(photos).findByTestId("photos-none")).toBeTruthy();
    await user.click(within(photos).getByTestId("photos-add"));
    expect(vi.mocked(open).mock.calls[0]?.[0]?.filters?.[0]?.extensions).toEqual(["png", "jpg", "jpeg"]);
    const thumb = await within(photos).findByTestId<HTMLImageElement>("photo-thumb");
    expect(thumb.src).toMatch(/^blob:thumb-/);

    await user.type(screen.getByTestId("photo-caption"), "Куәліктерді табыстау");
    await user.type(screen.getByTestId("photo-credit"), "Б. Сейітов");
    await user.click(screen.getByTestId("photo-save"));
    expect((await within(photos).findByTestId("photo-credit-text")).textContent).toBe("Фото: Б. Сейітов");
    expect(within(photos).getByTestId("photo-caption-text").textContent).toBe("Куәліктерді табыстау");

    await user.click(within(photos).getByTestId("photo-chosen"));
    await waitFor(() => expect(backend.records.photos.rows[0]?.chosen).toBe(true));
    expect(within(photos).getByTestId("photos-chosen-count").textContent).toBe("Есепке таңдалғаны: 1");

    await user.click(within(photos).getByTestId("photo-delete"));
    await waitFor(() => expect(within(photos).queryByTestId("photo")).toBeNull());
    await user.click(screen.getByTestId("undo"));
    expect(await within(photos).findByTestId("photo-thumb")).toBeTruthy();
  });

  it("adds the images dropped on the window (handles from Rust) and names the files it did not add", async () => {
    backend.info.language = "ru";
    const handlers = new Map<string, (event: { payload: unknown }) => void>();
    vi.mocked(listen).mockImplementation(async (name, handler) => {
      handlers.set(name, handler as (event: { payload: unknown }) => void);
      return () => handlers.delete(name);
    });
    Object.assign(window, { __TAURI_INTERNALS__: {} });
    try {
      backend.picked.set(71, { path: "/home/user/Фото/вручение.jpg", purpose: "open:image" });
      backend.picked.set(72, { path: "/home/user/Фото/зал.png", purpose: "open:image" });
      await openApp(backend, "#/events/1");
      const photos = await screen.findByTestId("photos");
      await waitFor(() => expect(handlers.has("photos-dropped")).toBe(true));
      handlers.get("photos-dropped")?.({
        payload: {
          images: [
            { handle: 71, path: "/home/user/Фото/вручение.jpg" },
            { handle: 72, path: "/home/user/Фото/зал.png" },
          ],
          skipped: ["список.xlsx"],
        },
      });
      await waitFor(() => expect(within(photos).getAllByTestId("photo-thumb")).toHaveLength(2));
      const status = within(photos).getByTestId("photos-dropped");
      expect(status.textContent).toContain("Добавлено фото: 2");
      expect(within(status).getByTestId("photos-not-added").textContent).toBe(
        "Не добавлено: список.xlsx — это не изображение JPEG или PNG",
      );
      expect(backend.records.photos.rows.map((p) => p.mime)).toEqual(["image/jpeg", "image/png"]);
    } finally {
      delete (window as { __TAURI_INTERNALS__?: unknown }).__TAURI_INTERNALS__;
    }
  });

  it("refuses a file the dialog never gave, and adds nothing", async () => {
    backend.info.language = "ru";
    backend.overrides.pick_open_file = () => ({ handle: 999, path: "/tmp/x.jpg" });
    const user = await openApp(backend, "#/events/1");
    const photos = await screen.findByTestId("photos");
    await user.click(within(photos).getByTestId("photos-add"));
    expect((await within(photos).findByRole("alert")).textContent).toContain("Этот файл не был выбран");
    expect(backend.records.photos.rows).toEqual([]);
  });
});

describe("press release", () => {
  it("drafts in Kazakh, switches to Russian, copies and saves the edited text, and adds the published link as a publication", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/events/1");
    await user.click(await screen.findByTestId("press-open"));
    const dialog = await screen.findByTestId("press-dialog");
    const text = within(dialog).getByTestId<HTMLTextAreaElement>("press-text");
    await waitFor(() => expect(text.value).toContain("күні"));
    expect(backend.callsTo("draft_press_release")[0]).toEqual({ eventId: 1, lang: "kk" });

    await user.click(within(dialog).getByTestId("press-lang-ru"));
    await waitFor(() => expect(text.value).toContain("состоялось"));

    await fireEvent.input(text, { target: { value: `${text.value}Исправлено автором.\n` } });
    await user.click(within(dialog).getByTestId("press-lang-kk"));
    const question = await screen.findByTestId("confirm-dialog");
    expect(question.textContent).toContain("Түзетулер сақталмайды");
    await user.click(within(question).getByTestId("confirm-cancel"));
    expect(text.value).toContain("Исправлено автором.");

    await user.click(within(dialog).getByTestId("press-copy"));
    expect(await within(dialog).findByTestId("press-status")).toBeTruthy();
    expect(backend.records.clipboard).toContain("Исправлено автором.");

    vi.mocked(save).mockResolvedValue("/home/user/релиз.docx");
    await user.click(within(dialog).getByTestId("press-save-docx"));
    expect(await within(dialog).findByTestId("press-saved-path")).toBeTruthy();
    expect(backend.records.savedReleases.get("/home/user/релиз.docx")).toContain("Исправлено автором.");

    await user.type(screen.getByTestId("press-link"), "не ссылка");
    await user.click(within(dialog).getByTestId("press-add-media"));
    expect(within(dialog).getByTestId("press-link-error").textContent).toContain("https://");
    expect(backend.media).toEqual([]);
    await user.clear(screen.getByTestId("press-link"));
    await user.type(screen.getByTestId("press-link"), "https://www.prokuror.gov.kz/rus/news/1");
    await user.click(within(dialog).getByTestId("press-add-media"));
    await waitFor(() => expect(backend.media).toHaveLength(1));
    expect(backend.media[0]).toMatchObject({ outlet: "prokuror.gov.kz", url: "https://www.prokuror.gov.kz/rus/news/1" });
    await user.click(within(dialog).getByTestId("press-close"));
    expect(await screen.findByText("prokuror.gov.kz")).toBeTruthy();
  });

  it("takes the outlet from a link's host", () => {
    expect(outletOfLink(" https://www.Zakon.kz/news/1 ")).toBe("zakon.kz");
    expect(outletOfLink("http://instagram.com/p/x")).toBe("instagram.com");
    expect(outletOfLink("prokuror.gov.kz")).toBeNull();
    expect(outletOfLink("javascript:alert(1)")).toBeNull();
  });
});

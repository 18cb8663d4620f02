// «Print» hands the PDF's pages to the system's print dialog
// (window.print) as images that only the printed page shows.

import { save } from "@tauri-apps/plugin-dialog";
import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeBackend } from "../test/fakeBackend";
import { openApp } from "../test/render";
import { openPdf } from "./pdf";

vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

let backend: FakeBackend;
let printed: { pages: number; onlyPagesPrinted: boolean }[];

beforeEach(() => {
  backend = new FakeBackend();
  printed = [];
  vi.mocked(save).mockReset();
  // jsdom has neither object URLs nor a print dialog.
  URL.createObjectURL = vi.fn(() => `blob:page-${Math.random()}`);
  URL.revokeObjectURL = vi.fn();
  window.print = vi.fn(() => {
    const pages = document.querySelectorAll("#print-pages img.print-page").length;
    printed.push({ pages, onlyPagesPrinted: document.body.classList.contains("printing-pdf") });
  });
  vi.mocked(openPdf).mockImplementation(async () => ({
    pages: 2,
    draw: async () => {},
    printImage: async () => new Blob(["png"], { type: "image/png" }),
    close: () => {},
  }));
});

afterEach(() => {
  window.dispatchEvent(new Event("afterprint"));
});

describe("print", () => {
  it("prints a register entry from its preview, every page, and tidies up after the dialog", async () => {
    backend.info.language = "ru";
    const user = await openApp(backend, "#/documents");
    await user.click((await screen.findAllByTestId("register-open"))[0]!);
    const dialog = await screen.findByTestId("document-dialog");
    const button = within(dialog).getByTestId("doc-print");
    await waitFor(() => expect(button).toHaveProperty("disabled", false));
    expect(button.textContent?.trim()).toBe("Печать");
    await user.click(button);
    await waitFor(() => expect(printed).toEqual([{ pages: 2, onlyPagesPrinted: true }]));
    // Nothing new was asked of the backend: the preview's bytes are printed.
    expect(backend.callsTo("render_document")).toHaveLength(1);

    window.dispatchEvent(new Event("afterprint"));
    expect(document.getElementById("print-pages")).toBeNull();
    expect(document.body.classList.contains("printing-pdf")).toBe(false);
    expect(URL.revokeObjectURL).toHaveBeenCalledTimes(2);
  });

  it("prints the report as it would be saved, in the language chosen for the PDF", async () => {
    backend.info.language = "kk";
    const user = await openApp(backend, "#/reports");
    await screen.findByTestId("report-indicator-events_held");
    await fireEvent.change(screen.getByTestId("report-pdf-lang"), { target: { value: "ru" } });
    await user.click(screen.getByTestId("report-print"));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(backend.callsTo("render_report_pdf")[0]).toMatchObject({ language: "ru" });
    expect(screen.getByTestId("report-print").textContent?.trim()).toBe("Басып шығару");
  });

  it("prints a PDF just saved, and only one Kense wrote", async () => {
    backend.info.language = "ru";
    vi.mocked(save).mockResolvedValue("/home/user/Лист");
    const user = await openApp(backend, "#/events/1");
    await user.click(await screen.findByTestId("sheet-open"));
    const dialog = await screen.findByTestId("sheet-dialog");
    await user.click(within(dialog).getByTestId("sheet-save"));
    const saved = await within(dialog).findByTestId("saved-file");
    await user.click(within(saved).getByTestId("file-print"));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(backend.callsTo("read_written_pdf")).toEqual([{ path: "/home/user/Лист.pdf" }]);
  });
});

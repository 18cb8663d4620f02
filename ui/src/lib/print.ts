// Printing a PDF through the system's print dialog, with no program run:
// the pages are drawn by pdf.js as images into `#print-pages`, the only
// thing the page shows when printed (app.css, `body.printing-pdf`), and
// `window.print()` opens the webview's own dialog — GTK's print dialog in
// WebKitGTK on Linux, the Edge print preview in WebView2 on Windows. Tauri
// lets `window.print()` through on both (it replaces it on macOS only).

import { openPdf } from "./pdf";

/** Pixels across an A4 page: 150 dpi, enough for text and the QR code. */
export const PRINT_WIDTH = 1240;

let shown: string[] = [];

/** Removes the pages of the last print (their images and object URLs). */
export function clearPrintPages(): void {
  for (const url of shown) URL.revokeObjectURL(url);
  shown = [];
  document.getElementById("print-pages")?.remove();
  document.body.classList.remove("printing-pdf");
}

/**
 * Opens the print dialog for PDF bytes; resolves with the number of pages
 * handed to it. The pages stay in the (hidden) document until the dialog
 * is done (`afterprint`) or the next print.
 */
export async function printPdf(bytes: ArrayBuffer): Promise<number> {
  clearPrintPages();
  const doc = await openPdf(bytes);
  const root = document.createElement("div");
  root.id = "print-pages";
  root.setAttribute("aria-hidden", "true");
  try {
    for (let n = 1; n <= doc.pages; n++) {
      const url = URL.createObjectURL(await doc.printImage(n, PRINT_WIDTH));
      shown.push(url);
      const img = document.createElement("img");
      img.className = "print-page";
      img.alt = "";
      img.src = url;
      root.append(img);
    }
  } finally {
    doc.close();
  }
  document.body.append(root);
  // Every image decoded before the dialog takes its snapshot of the page.
  await Promise.all([...root.querySelectorAll("img")].map((img) => img.decode?.().catch(() => undefined)));
  document.body.classList.add("printing-pdf");
  window.addEventListener("afterprint", clearPrintPages, { once: true });
  window.print();
  return doc.pages;
}

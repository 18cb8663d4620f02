// PDF pages drawn on canvases with pdf.js, loaded on first use (its own
// chunk). The worker is bundled (`?url`): the app is offline and its CSP
// allows scripts and workers from 'self' only. Tests mock this module.

import type { PDFDocumentProxy } from "pdfjs-dist";

let loading: Promise<typeof import("pdfjs-dist")> | null = null;

async function pdfjs(): Promise<typeof import("pdfjs-dist")> {
  loading ??= (async () => {
    const [lib, worker] = await Promise.all([
      import("pdfjs-dist"),
      import("pdfjs-dist/build/pdf.worker.min.mjs?url"),
    ]);
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return lib;
  })();
  return loading;
}

/** An open PDF: its page count and a way to draw one page. */
export type OpenPdf = {
  pages: number;
  /** Draws page `n` (1-based) on `canvas`, `width` CSS pixels wide. */
  draw: (n: number, canvas: HTMLCanvasElement, width: number) => Promise<void>;
  /**
   * Page `n` as a PNG for the printer, `width` pixels wide, turned upright:
   * a landscape page (a diploma) is rotated a quarter turn so that every
   * page prints on A4 portrait paper at its full size.
   */
  printImage: (n: number, width: number) => Promise<Blob>;
  close: () => void;
};

/** Opens PDF bytes (a copy: pdf.js takes the buffer over). */
export async function openPdf(bytes: ArrayBuffer): Promise<OpenPdf> {
  const lib = await pdfjs();
  const doc: PDFDocumentProxy = await lib.getDocument({
    data: new Uint8Array(bytes.slice(0)),
    // No `new Function` (the CSP forbids eval) and no network.
    isEvalSupported: false,
    disableAutoFetch: true,
    disableStream: true,
  }).promise;
  return {
    pages: doc.numPages,
    async draw(n, canvas, width) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / base.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      await page.render({ canvas, viewport }).promise;
    },
    async printImage(n, width) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const rotation = (page.rotate + (base.width > base.height ? 90 : 0)) % 360;
      const upright = page.getViewport({ scale: 1, rotation });
      const viewport = page.getViewport({ scale: width / upright.width, rotation });
      const canvas = document.createElement("canvas");
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      return new Promise((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the page could not be drawn"))), "image/png"),
      );
    },
    close() {
      void doc.destroy();
    },
  };
}

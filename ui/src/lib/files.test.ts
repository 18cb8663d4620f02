import { describe, expect, it } from "vitest";
import { MAX_FILE_NAME_BYTES, safeFileName } from "./files";

describe("suggested file names", () => {
  it("never end a stem in a dot before the extension", () => {
    expect(safeFileName("Отчёты Ноябрь 2026 г.", "pdf")).toBe("Отчёты Ноябрь 2026 г.pdf");
    expect(safeFileName("Есептер Қараша 2026 ж.", "xlsx")).toBe("Есептер Қараша 2026 ж.xlsx");
    expect(safeFileName("Отчёты ...  ", "pdf")).toBe("Отчёты.pdf");
  });

  it("are valid on Windows", () => {
    expect(safeFileName('a:b*c?"d<e>f|g/h\\i\u0007', "pdf")).toBe("a-b-c--d-e-f-g-h-i.pdf");
    expect(safeFileName("CON", "pdf")).toBe("_CON.pdf");
    expect(safeFileName("lpt1", "xlsx")).toBe("_lpt1.xlsx");
    expect(safeFileName("   ", "pdf")).toBe("Kense.pdf");
    const long = safeFileName("Ә".repeat(300), "pdf");
    expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long.endsWith("Ә.pdf")).toBe(true);
  });
});

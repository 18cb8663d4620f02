import { describe, expect, it } from "vitest";
import { formatDateText, parseDateText, parseTimeText } from "./dateText";

describe("dates as the offices write them", () => {
  it("reads a day-first date, typed in the usual ways", () => {
    for (const typed of ["03.12.2026", "3.12.2026", "03/12/2026", "03-12-2026", "03122026", " 03.12.2026 ", "2026-12-03"]) {
      expect(parseDateText(typed, false), typed).toBe("2026-12-03");
    }
  });

  it("refuses what is not a day of the calendar", () => {
    for (const typed of ["31.02.2026", "12/31/2026", "00.12.2026", "03.13.2026", "3.12.26", "завтра", "03.12.2026 10:00"]) {
      expect(parseDateText(typed, false), typed).toBeNull();
    }
    expect(parseDateText("29.02.2028", false)).toBe("2028-02-29");
    expect(parseDateText("29.02.2027", false)).toBeNull();
  });

  it("reads a date and a 24-hour time", () => {
    expect(parseDateText("03.12.2026 10:00", true)).toBe("2026-12-03T10:00");
    expect(parseDateText("03.12.2026, 9:05", true)).toBe("2026-12-03T09:05");
    expect(parseDateText("03.12.2026 1830", true)).toBe("2026-12-03T18:30");
    expect(parseDateText("2026-12-03T10:00", true)).toBe("2026-12-03T10:00");
    expect(parseDateText("03.12.2026", true)).toBe("2026-12-03T00:00");
    expect(parseDateText("03.12.2026 24:00", true)).toBeNull();
    expect(parseDateText("03.12.2026 10 AM", true)).toBeNull();
    expect(parseTimeText("7.30")).toBe("07:30");
  });

  it("writes ISO back day first", () => {
    expect(formatDateText("2026-12-03", false)).toBe("03.12.2026");
    expect(formatDateText("2026-12-03T10:00", true)).toBe("03.12.2026 10:00");
    expect(formatDateText("", false)).toBe("");
  });
});

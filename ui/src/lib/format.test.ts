import { describe, expect, it } from "vitest";
import {
  foldForMatch,
  matchesWords,
  addMonths,
  formatDate,
  formatDateTime,
  formatPhone,
  formatSpan,
  formatTime,
  monthOf,
  monthRange,
  parseCount,
  today,
} from "./format";
import { hrefFor, restFromHash, screenFromHash, viewOf } from "./router.svelte";

describe("dates", () => {
  it("shows dates as dd.mm.yyyy and times as HH:MM", () => {
    expect(formatDate("2025-03-14")).toBe("14.03.2025");
    expect(formatDate("2025-03-14T10:30")).toBe("14.03.2025");
    expect(formatTime("2025-03-14T10:30")).toBe("10:30");
    expect(formatDateTime("2025-03-14T09:05")).toBe("14.03.2025 09:05");
    expect(formatDateTime("2025-03-14")).toBe("14.03.2025");
    expect(formatDate(null)).toBe("");
    expect(formatDate("soon")).toBe("soon");
  });

  it("shows an event's span compactly", () => {
    expect(formatSpan("2025-03-14T10:00", "2025-03-14T12:00")).toBe("14.03.2025 10:00–12:00");
    expect(formatSpan("2025-03-14T10:00", "2025-03-14T10:00")).toBe("14.03.2025 10:00");
    expect(formatSpan("2025-03-14T10:00", "2025-03-15T18:00")).toBe(
      "14.03.2025 10:00 – 15.03.2025 18:00",
    );
  });

  it("works out months without time-zone surprises", () => {
    expect(monthRange({ year: 2024, month: 2 })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthRange({ year: 2025, month: 12 })).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(addMonths({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(monthOf("2025-04-02T11:00")).toEqual({ year: 2025, month: 4 });
    expect(today(new Date(2025, 0, 5))).toBe("2025-01-05");
  });
});

describe("phones and counts", () => {
  it("shows a stored phone grouped as people read it", () => {
    expect(formatPhone("+77011234567")).toBe("+7 701 123 45 67");
    expect(formatPhone("+7 7172 00 00 00")).toBe("+7 7172 00 00 00");
    expect(formatPhone("")).toBe("");
  });

  it("reads counts typed into text boxes", () => {
    expect(parseCount("")).toBeNull();
    expect(parseCount(" 1 200 ")).toBe(1200);
    expect(parseCount("0")).toBe(0);
    expect(parseCount("-3")).toBeUndefined();
    expect(parseCount("көп")).toBeUndefined();
  });
});

describe("routes", () => {
  it("reads the screen and the rest of the hash", () => {
    expect(screenFromHash("#/people/12")).toBe("people");
    expect(restFromHash("#/people/12/edit")).toEqual(["12", "edit"]);
    expect(restFromHash("#/nowhere/12")).toEqual([]);
    expect(hrefFor("events", 7)).toBe("#/events/7");
    expect(hrefFor("people")).toBe("#/people");
  });

  it("tells lists, new records, pages and forms apart", () => {
    expect(viewOf([])).toEqual({ kind: "list" });
    expect(viewOf(["new"])).toEqual({ kind: "new" });
    expect(viewOf(["12"])).toEqual({ kind: "page", id: 12 });
    expect(viewOf(["12", "edit"])).toEqual({ kind: "edit", id: 12 });
    expect(viewOf(["abc"])).toEqual({ kind: "list" });
    expect(viewOf(["0"])).toEqual({ kind: "list" });
  });
});

describe("foldForMatch and matchesWords", () => {
  it("folds as the registry search does and keeps the Kazakh letters distinct", () => {
    expect(foldForMatch("  ӘЛІБЕК  Ёлкин,  Жанна-Мария ")).toBe("әлібек елкин жанна мария");
    expect(foldForMatch("Әлiбек")).toBe("әлібек"); // a Latin i inside a Cyrillic word
    expect(foldForMatch("Zoé")).toBe("zoe");
    expect(foldForMatch("Қайрат Иманғали Йолдас")).toBe("қайрат иманғали йолдас");
    expect(foldForMatch("Алибек")).not.toBe(foldForMatch("Әлібек"));
  });

  it("wants every typed word to begin a word of the text", () => {
    const person = "Нұрланов Ерлан Серікұлы · «Жастар» қоғамдық бірлестігі";
    expect(matchesWords("ер нұр", person)).toBe(true);
    expect(matchesWords("ЖАСТАР", person)).toBe(true);
    expect(matchesWords("лан", person)).toBe(false);
    expect(matchesWords("нур", person)).toBe(false);
    expect(matchesWords("  ", person)).toBe(true);
  });
});

import { FluentResource } from "@fluent/bundle";
import { describe, expect, it, vi } from "vitest";
import {
  ERROR_CODES,
  LANGS,
  SOURCES,
  currentLang,
  hasMessage,
  otherLang,
  setLang,
  t,
  translate,
} from "./i18n";
import { FIELD_NAMES, INVALID_REASONS } from "./ipc/generated";
import { TIME_ZONES, timeZoneKey } from "./office";
import { SCREENS } from "./router.svelte";

/** Message ids as Fluent parses them (junk is dropped silently by the parser). */
function parsedIds(source: string): string[] {
  return new FluentResource(source).body.map((entry) => entry.id);
}

/** Every `id =` line as written in the file. */
function writtenIds(source: string): string[] {
  return [...source.matchAll(/^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)].map((m) => m[1] ?? "");
}

describe("translation files", () => {
  it.each(LANGS)("%s.ftl parses completely: every written message is understood", (lang) => {
    const written = writtenIds(SOURCES[lang]);
    expect(written.length).toBeGreaterThan(50);
    expect(parsedIds(SOURCES[lang])).toEqual(written);
  });

  it.each(LANGS)("%s.ftl defines each message once (a second one would be ignored)", (lang) => {
    const seen = new Set<string>();
    const twice = writtenIds(SOURCES[lang]).filter((id) => seen.has(id) || !seen.add(id));
    expect(twice).toEqual([]);
  });

  it("both languages define exactly the same keys", () => {
    const kk = new Set(parsedIds(SOURCES.kk));
    const ru = new Set(parsedIds(SOURCES.ru));
    expect([...kk].filter((k) => !ru.has(k))).toEqual([]);
    expect([...ru].filter((k) => !kk.has(k))).toEqual([]);
  });

  it("the Kazakh file is really Kazakh and the Russian one Russian", () => {
    expect(translate("kk", "nav-organisations")).toBe("Ұйымдар");
    expect(translate("kk", "nav-settings")).toBe("Баптаулар");
    expect(translate("ru", "nav-organisations")).toBe("Организации");
    // Letters only Kazakh has, as they reach the UI (no mangling on import).
    const kkText = SOURCES.kk;
    for (const letter of ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"]) {
      expect(kkText).toContain(letter);
    }
  });

  it("every key the UI asks for exists in both languages", () => {
    const sources = import.meta.glob<string>(["../**/*.svelte", "../**/*.ts", "!../**/*.test.ts"], {
      query: "?raw",
      import: "default",
      eager: true,
    });
    const keys = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\b(?:t|translate)\((?:\s*lang,)?\s*"([a-z][a-z0-9_-]*)"/g)) {
        keys.add(m[1] ?? "");
      }
      for (const m of text.matchAll(/\blabel: "([a-z][a-z0-9_-]*)"/g)) {
        keys.add(m[1] ?? "");
      }
    }
    // Keys built at run time.
    for (const screen of SCREENS) keys.add(`nav-${screen}`);
    for (const lang of LANGS) keys.add(`lang-${lang}`);
    for (const code of ERROR_CODES) keys.add(`error-${code}`);
    for (const zone of TIME_ZONES) keys.add(timeZoneKey(zone));
    for (const field of FIELD_NAMES) keys.add(`field-${field}`);
    for (const reason of INVALID_REASONS) keys.add(`invalid-${reason}`);

    expect(keys.size).toBeGreaterThan(60);
    const missing = [...keys].flatMap((key) =>
      LANGS.filter((lang) => !hasMessage(lang, key)).map((lang) => `${lang}:${key}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("t()", () => {
  it("formats arguments in the current language, without isolation marks", () => {
    setLang("ru");
    expect(t("settings-signatory-delete-confirm", { name: t("nav-calendar") })).toBe(
      "Удалить «Календарь»?",
    );
    setLang("kk");
    expect(t("settings-signatory-delete-confirm", { name: t("nav-calendar") })).toBe(
      "«Күнтізбе» жойылсын ба?",
    );
  });

  it("formats numbers and strings", () => {
    setLang("kk");
    expect(t("dashboard-schema", { version: 3 })).toBe("Схема нұсқасы: 3");
    setLang("ru");
    expect(t("app-version", { version: "0.1.0" })).toBe("Версия 0.1.0");
  });

  it("falls back to the key for a missing message, and says so", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(t("no-such-key")).toBe("no-such-key");
    expect(warn).toHaveBeenCalledWith('i18n: missing kk message "no-such-key"');
    warn.mockRestore();
  });

  it("setLang switches the language and the document's lang attribute", () => {
    setLang("ru");
    expect(currentLang()).toBe("ru");
    expect(document.documentElement.lang).toBe("ru");
    expect(t("nav-dashboard")).toBe("Главная");
    setLang("kk");
    expect(document.documentElement.lang).toBe("kk");
    expect(t("nav-dashboard")).toBe("Басты бет");
    expect(otherLang("kk")).toBe("ru");
  });
});

import { describe, expect, it } from "vitest";
import { hasMessage, LANGS, setLang, translate } from "./i18n";
import { FIELD_NAMES, INVALID_REASONS } from "./ipc/generated";
import { roleLabel, VOCABULARIES, vocabKey, type Vocabulary } from "./vocab";

const vocabularies = Object.entries(VOCABULARIES) as [Vocabulary, readonly string[]][];

describe("vocabularies", () => {
  it.each(vocabularies)("every %s value is translated in both languages, each differently", (vocabulary, values) => {
    for (const lang of LANGS) {
      const texts = values.map((value) => translate(lang, vocabKey(vocabulary, value)));
      values.forEach((value, i) => {
        expect(hasMessage(lang, vocabKey(vocabulary, value)), `${lang}: ${vocabulary}-${value}`).toBe(true);
        expect(texts[i]).not.toBe(vocabKey(vocabulary, value));
      });
      expect(new Set(texts).size).toBe(values.length);
    }
  });

  it("uses real Kazakh and Russian terms", () => {
    expect(translate("kk", "role-speaker")).toBe("Баяндамашы");
    expect(translate("ru", "role-speaker")).toBe("Докладчик");
    expect(translate("kk", "role-awardee")).toBe("Марапатталушы");
    expect(translate("ru", "role-awardee")).toBe("Награждённый");
    expect(translate("kk", "org-kind-ngo")).toBe("Үкіметтік емес ұйым");
    expect(translate("ru", "org-kind-law_enforcement")).toBe("Правоохранительный орган");
    expect(translate("kk", "event-kind-round_table")).toBe("Дөңгелек үстел");
    expect(translate("ru", "event-kind-council_meeting")).toBe("Заседание координационного совета");
    expect(translate("kk", "event-status-held")).toBe("Өткізілді");
    expect(translate("ru", "event-status-cancelled")).toBe("Отменено");
    expect(translate("kk", "gender-female")).toBe("Әйел");
    expect(translate("ru", "gender-male")).toBe("Мужской");
  });

  it("follows the current language", () => {
    setLang("ru");
    expect(roleLabel("winner")).toBe("Победитель");
    setLang("kk");
    expect(roleLabel("winner")).toBe("Жеңімпаз");
  });

  it("names every month in both languages", () => {
    for (const lang of LANGS) {
      for (let month = 1; month <= 12; month += 1) {
        expect(hasMessage(lang, `month-${month}`), `${lang}: month-${month}`).toBe(true);
      }
    }
    expect(translate("kk", "month-4")).toBe("Сәуір");
    expect(translate("ru", "month-4")).toBe("Апрель");
  });

  it("labels every field a refusal can name, and gives every reason its words, in both languages", () => {
    expect(FIELD_NAMES.length).toBeGreaterThan(90);
    expect(INVALID_REASONS.length).toBeGreaterThan(40);
    const missing = [
      ...FIELD_NAMES.map((field) => `field-${field}`),
      ...INVALID_REASONS.map((reason) => `invalid-${reason}`),
    ].flatMap((key) => LANGS.filter((lang) => !hasMessage(lang, key)).map((lang) => `${lang}:${key}`));
    expect(missing).toEqual([]);
    // Each label is the user's word, never the key.
    expect(translate("ru", "field-recipients")).toBe("Получатели");
    expect(translate("kk", "field-recipients")).not.toContain("recipients");
  });
});

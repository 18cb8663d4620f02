import { describe, expect, it } from "vitest";
import { hasMessage, LANGS, setLang, translate } from "./i18n";
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

  it("names every field the registry's validation errors mention", () => {
    const fields = [
      "surname", "name", "patronymic", "phone", "email", "iin", "consent_date", "organisation",
      "position", "title_kk", "title_ru", "starts_at", "ends_at", "headcount", "proposals_count",
      "outlet", "url", "published_on", "views", "parties", "subject", "signed_on", "name_kk",
      "name_ru", "district", "address", "contact", "notes", "campaign", "categories", "place",
      "outcomes", "kind", "status", "gender", "description",
    ];
    const missing = fields.flatMap((field) =>
      LANGS.filter((lang) => !hasMessage(lang, `field-${field}`)).map((lang) => `${lang}:${field}`),
    );
    expect(missing).toEqual([]);
  });
});

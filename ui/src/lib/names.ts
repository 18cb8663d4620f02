// Registry records in the current language (Kazakh or Russian, falling back
// to the other when one is empty).

import type { Category, Event, Lang, Organisation, PersonEvent } from "./ipc/generated";
import { pick } from "./office";

/** Anything with names in both languages. */
export type Bilingual = { nameKk: string; nameRu: string };

export function nameIn(lang: Lang, item: Bilingual): string {
  return pick(lang, item.nameKk, item.nameRu);
}

export function organisationName(lang: Lang, org: Pick<Organisation, "nameKk" | "nameRu">): string {
  return nameIn(lang, org);
}

export function categoryName(lang: Lang, category: Pick<Category, "nameKk" | "nameRu">): string {
  return nameIn(lang, category);
}

export function eventTitle(
  lang: Lang,
  event: Pick<Event, "titleKk" | "titleRu"> | Pick<PersonEvent, "titleKk" | "titleRu">,
): string {
  return pick(lang, event.titleKk, event.titleRu);
}

/** A person's (or a row's) organisation in `lang`. */
export function personOrganisation(
  lang: Lang,
  row: { organisationKk: string; organisationRu: string },
): string {
  return pick(lang, row.organisationKk, row.organisationRu);
}

/** A person's (or a row's) position in `lang`. */
export function personPosition(lang: Lang, row: { positionKk: string; positionRu: string }): string {
  return pick(lang, row.positionKk, row.positionRu);
}

/** An event's place in `lang`. */
export function eventPlace(lang: Lang, event: { placeKk: string; placeRu: string }): string {
  return pick(lang, event.placeKk, event.placeRu);
}

/** An event's district in `lang`. */
export function eventDistrict(lang: Lang, event: { districtKk: string; districtRu: string }): string {
  return pick(lang, event.districtKk, event.districtRu);
}

/** An event's district as the filters take it: the Kazakh name, else the Russian one. */
export function districtKey(event: { districtKk: string; districtRu: string }): string {
  return event.districtKk.trim() ? event.districtKk : event.districtRu;
}

/** What a visit stop shows, in `lang`. */
export function stopShowing(lang: Lang, stop: { showingKk: string; showingRu: string }): string {
  return pick(lang, stop.showingKk, stop.showingRu);
}

/** A visit stop's address in `lang`. */
export function stopAddress(lang: Lang, stop: { addressKk: string; addressRu: string }): string {
  return pick(lang, stop.addressKk, stop.addressRu);
}

/** The letters only Kazakh has among the Cyrillic ones. */
const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
/** Letters rare in Kazakh words and common in Russian ones. */
const RUSSIAN_LETTERS = /[ЁёЪъЬьЭэЩщЦцФфВвЧч]/;
/** Word endings of Russian, not of Kazakh. */
const RUSSIAN_ENDINGS = ["ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ых", "их", "ция", "ние", "сть"];

/**
 * Which side a text of one language goes to, `[kk, ru]`, by the rule of
 * `kense_core::i18n::split_by_language` (an organisation's single address
 * filling a stop's Kazakh or Russian address): a Kazakh letter, Kazakh; else
 * a mark of Russian, Russian; else Kazakh; no Cyrillic letter, both.
 */
export function splitByLanguage(text: string): [string, string] {
  const trimmed = text.trim();
  if (!/[\u0400-\u04ff]/.test(trimmed)) return [trimmed, trimmed];
  if (KAZAKH_LETTERS.test(trimmed)) return [trimmed, ""];
  const lower = trimmed.toLowerCase();
  const russian =
    RUSSIAN_LETTERS.test(lower) ||
    lower
      .split(/[^\p{L}]+/u)
      .some((word) => RUSSIAN_ENDINGS.some((end) => [...word].length > end.length + 1 && word.endsWith(end)));
  return russian ? ["", trimmed] : [trimmed, ""];
}

/** «Surname Name Patronymic» without double spaces. */
export function fullName(person: { surname: string; name: string; patronymic: string }): string {
  return [person.surname, person.name, person.patronymic]
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(" ");
}

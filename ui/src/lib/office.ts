// Picking the right language out of bilingual records.

import type { Campaign, Lang, OfficeProfile, OfficeProfileInput, Signatory } from "./ipc/generated";

/** `kk` or `ru` by language, falling back to the other when empty. */
export function pick(lang: Lang, kk: string, ru: string): string {
  const [first, second] = lang === "kk" ? [kk, ru] : [ru, kk];
  return first.trim() ? first : second;
}

/** True when the office has no name in either language. */
export function officeIsBlank(profile: OfficeProfile | null): boolean {
  return !profile || (!profile.nameKk.trim() && !profile.nameRu.trim());
}

/**
 * The office name in `lang` (else the other language's), and the other
 * language's name when it differs, for a second line.
 */
export function officeNames(
  profile: OfficeProfile | null,
  lang: Lang,
): { primary: string; secondary: string } {
  if (!profile) return { primary: "", secondary: "" };
  const primary = pick(lang, profile.nameKk, profile.nameRu);
  const other = lang === "kk" ? profile.nameRu : profile.nameKk;
  return { primary, secondary: other.trim() && other !== primary ? other : "" };
}

/** "Region, City" in `lang`, leaving out empty parts. */
export function officePlace(profile: OfficeProfile, lang: Lang): string {
  return [pick(lang, profile.regionKk, profile.regionRu), pick(lang, profile.cityKk, profile.cityRu)]
    .filter((part) => part.trim())
    .join(", ");
}

export function signatoryName(signatory: Signatory, lang: Lang): string {
  return pick(lang, signatory.fullNameKk, signatory.fullNameRu);
}

export function signatoryPosition(signatory: Signatory, lang: Lang): string {
  return pick(lang, signatory.positionKk, signatory.positionRu);
}

export function campaignName(campaign: Campaign, lang: Lang): string {
  return pick(lang, campaign.nameKk, campaign.nameRu);
}

/** Time zones of Kazakhstan (the backend accepts exactly these). */
export const TIME_ZONES = [
  "Asia/Almaty",
  "Asia/Qostanay",
  "Asia/Qyzylorda",
  "Asia/Aqtobe",
  "Asia/Aqtau",
  "Asia/Atyrau",
  "Asia/Oral",
] as const;

export const DEFAULT_TIME_ZONE = "Asia/Almaty";

/** The translation key of a time zone's city: `tz-almaty`. */
export function timeZoneKey(zone: string): string {
  return `tz-${zone.replace(/^Asia\//, "").toLowerCase()}`;
}

/** The editable part of a stored profile. */
export function profileInput(profile: OfficeProfile | null): OfficeProfileInput {
  return {
    nameKk: profile?.nameKk ?? "",
    nameRu: profile?.nameRu ?? "",
    regionKk: profile?.regionKk ?? "",
    regionRu: profile?.regionRu ?? "",
    cityKk: profile?.cityKk ?? "",
    cityRu: profile?.cityRu ?? "",
    addressKk: profile?.addressKk ?? "",
    addressRu: profile?.addressRu ?? "",
    phone: profile?.phone ?? "",
    email: profile?.email ?? "",
    timeZone: profile?.timeZone || DEFAULT_TIME_ZONE,
  };
}

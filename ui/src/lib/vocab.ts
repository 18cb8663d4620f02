// The closed vocabularies of the registry (kense-core/src/kinds.rs), in
// display order, and their translations: `<vocabulary>-<value>`.

import { t } from "./i18n";
import type { EventKind, EventStatus, Gender, OrgKind, Role } from "./ipc/generated";

export const GENDERS: readonly Gender[] = ["male", "female"];

export const ROLES: readonly Role[] = [
  "participant",
  "speaker",
  "organiser",
  "guest",
  "winner",
  "awardee",
];

/** Roles that mean the person was honoured: shown as awards. */
export const AWARD_ROLES: readonly Role[] = ["winner", "awardee"];

export const ORG_KINDS: readonly OrgKind[] = [
  "state_body",
  "law_enforcement",
  "ngo",
  "education",
  "business",
  "media",
  "other",
];

export const EVENT_KINDS: readonly EventKind[] = [
  "open_door_visit",
  "site_tour",
  "lecture",
  "forum",
  "council_meeting",
  "master_class",
  "round_table",
  "contest",
  "exhibition",
  "prevention_action",
  "training",
];

export const EVENT_STATUSES: readonly EventStatus[] = ["planned", "held", "cancelled"];

/** Each vocabulary's translation-key prefix and values. */
export const VOCABULARIES = {
  gender: GENDERS,
  role: ROLES,
  "org-kind": ORG_KINDS,
  "event-kind": EVENT_KINDS,
  "event-status": EVENT_STATUSES,
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;

/** The translation key of a value: `role-speaker`. */
export function vocabKey(vocabulary: Vocabulary, value: string): string {
  return `${vocabulary}-${value}`;
}

export const genderLabel = (value: Gender): string => t(vocabKey("gender", value));
export const roleLabel = (value: Role): string => t(vocabKey("role", value));
export const orgKindLabel = (value: OrgKind): string => t(vocabKey("org-kind", value));
export const eventKindLabel = (value: EventKind): string => t(vocabKey("event-kind", value));
export const eventStatusLabel = (value: EventStatus): string => t(vocabKey("event-status", value));

export function isAward(role: Role): boolean {
  return AWARD_ROLES.includes(role);
}

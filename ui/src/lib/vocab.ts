// The closed vocabularies of the registry and their translations:
// `<vocabulary>-<value>`. The value lists come from kense-core/src/kinds.rs
// through the generated bindings.

import { t } from "./i18n";
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  GENDERS,
  ID_KINDS,
  ORG_KINDS,
  PROPOSAL_STATUSES,
  ROLES,
  type EventKind,
  type EventStatus,
  type Gender,
  type IdKind,
  type OrgKind,
  type ProposalStatus,
  type Role,
} from "./ipc/generated";

export { EVENT_KINDS, EVENT_STATUSES, GENDERS, ID_KINDS, ORG_KINDS, PROPOSAL_STATUSES, ROLES };

/** Roles that mean the person was honoured: shown as awards. */
export const AWARD_ROLES: readonly Role[] = ["winner", "awardee"];

/** Each vocabulary's translation-key prefix and values. */
export const VOCABULARIES = {
  gender: GENDERS,
  role: ROLES,
  "org-kind": ORG_KINDS,
  "event-kind": EVENT_KINDS,
  "event-status": EVENT_STATUSES,
  "id-kind": ID_KINDS,
  "proposal-status": PROPOSAL_STATUSES,
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
export const idKindLabel = (value: IdKind): string => t(vocabKey("id-kind", value));
export const proposalStatusLabel = (value: ProposalStatus): string => t(vocabKey("proposal-status", value));

export function isAward(role: Role): boolean {
  return AWARD_ROLES.includes(role);
}

// The vocabularies of documents and the register and their translations.

import { t } from "./i18n";
import type {
  DocKind,
  DocLang,
  DocStatus,
  IssuedDocument,
  Lang,
  Orientation,
  Template,
  TemplateInput,
  TemplateKind,
} from "./ipc/generated";
import { pick } from "./office";

export const DOC_KINDS: readonly DocKind[] = ["gratitude", "diploma", "certificate"];
export const TEMPLATE_KINDS: readonly TemplateKind[] = ["gratitude", "diploma", "certificate", "sheet"];
export const DOC_LANGS: readonly DocLang[] = ["kk", "ru", "both", "pair"];
export const DOC_STATUSES: readonly DocStatus[] = ["issued", "spoiled", "revoked", "reissued"];
export const ORIENTATIONS: readonly Orientation[] = ["portrait", "landscape"];

/** The placeholders templates know, in the order the editor offers them. */
export const PLACEHOLDERS = [
  "full_name",
  "surname",
  "name",
  "patronymic",
  "name_patronymic",
  "dear",
  "position",
  "organisation",
  "role",
  "event",
  "event_date",
  "place",
  "campaign",
  "office",
  "city",
  "signatory",
  "signatory_position",
  "number",
  "date",
  "year",
] as const;

export const docKindLabel = (kind: DocKind): string => t(`doc-kind-${kind}`);
export const templateKindLabel = (kind: TemplateKind): string => t(`template-kind-${kind}`);
export const docLangLabel = (lang: DocLang): string => t(`doc-lang-${lang}`);
export const docStatusLabel = (status: DocStatus): string => t(`doc-status-${status}`);
export const orientationLabel = (value: Orientation): string => t(`orientation-${value}`);

/** The event a register row was issued for, in `lang`. */
export function documentEvent(lang: Lang, doc: IssuedDocument): string {
  return pick(lang, doc.eventTitleKk, doc.eventTitleRu);
}

/** The editable part of a template. */
export function templateInput(template: Template): TemplateInput {
  return {
    id: template.id,
    kind: template.kind,
    name: template.name,
    series: template.series,
    titleKk: template.titleKk,
    titleRu: template.titleRu,
    subtitleKk: template.subtitleKk,
    subtitleRu: template.subtitleRu,
    salutationKk: template.salutationKk,
    salutationRu: template.salutationRu,
    bodyKk: template.bodyKk,
    bodyRu: template.bodyRu,
    orientation: template.orientation,
    accentColor: template.accentColor,
    signatoryId: template.signatoryId ?? null,
    showQr: template.showQr,
  };
}

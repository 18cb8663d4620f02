// The vocabularies of documents and the register and their translations.
// The value lists and the placeholders come from kense-core through the
// generated bindings.

import { askSavePath } from "./dialogs";
import { t } from "./i18n";
import {
  commands,
  DOC_KINDS,
  DOC_LANGS,
  DOC_STATUSES,
  ORIENTATIONS,
  PLACEHOLDERS,
  TEMPLATE_KINDS,
  type DocFormat,
  type DocKind,
  type DocLang,
  type DocStatus,
  type IssuedDocument,
  type Lang,
  type Orientation,
  type Template,
  type TemplateInput,
  type TemplateKind,
} from "./ipc/generated";
import { pick } from "./office";

export { DOC_KINDS, DOC_LANGS, DOC_STATUSES, ORIENTATIONS, PLACEHOLDERS, TEMPLATE_KINDS };

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

/** Asks where to save a register entry as a PDF (or a DOCX to edit in
 * Word: the same texts, number and QR code) and writes it there; the path,
 * or null when the dialog was cancelled. */
export async function saveDocumentFile(doc: IssuedDocument, format: DocFormat = "pdf"): Promise<string | null> {
  const picked = await askSavePath(`${doc.number} ${doc.recipient}`, format);
  if (!picked) return null;
  await commands.saveDocument(doc.id, picked.handle);
  return picked.path;
}

// Small pieces the event-record screens share: the name of an ID handed
// over, the outlet a publication link names.

import type { IdHandover } from "./ipc/generated";
import { idKindLabel } from "./vocab";

/** The ID's name as shown: the named kind of «other», else the kind's translation. */
export function idName(handover: Pick<IdHandover, "kind" | "kindOther">): string {
  return handover.kind === "other" && handover.kindOther.trim() ? handover.kindOther : idKindLabel(handover.kind);
}

/**
 * The outlet a publication's link names: its host without `www.`
 * («https://www.prokuror.gov.kz/rus/news/1» → «prokuror.gov.kz»); null when
 * the text is not an http(s) link.
 */
export function outletOfLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname.includes(".")) return null;
  return url.hostname.replace(/^www\./i, "");
}

// What several screens show: the app info and the office's data, kept in
// one place so a save in Settings shows at once in the sidebar and on the
// dashboard.

import { setLang } from "./i18n";
import { toIpcError } from "./ipc/errors";
import {
  commands,
  type AppInfo,
  type Campaign,
  type IpcError,
  type Lang,
  type OfficeProfile,
  type Signatory,
} from "./ipc/generated";

type AppState = {
  info: AppInfo | null;
  profile: OfficeProfile | null;
  signatories: Signatory[];
  campaigns: Campaign[];
  /** An error not tied to a form (e.g. the language could not be saved). */
  notice: IpcError | null;
  /** Bumped when the registry changed wholesale (the demo office filled):
   *  screens showing figures read them again. */
  dataVersion: number;
};

export const app: AppState = $state({
  info: null,
  profile: null,
  signatories: [],
  campaigns: [],
  notice: null,
  dataVersion: 0,
});

/** Tells the screens that the registry changed wholesale (see `dataVersion`). */
export function dataChanged(): void {
  app.dataVersion += 1;
}

export async function loadProfile(): Promise<OfficeProfile> {
  const profile = await commands.getOfficeProfile();
  app.profile = profile;
  return profile;
}

export async function loadSignatories(): Promise<Signatory[]> {
  const signatories = await commands.listSignatories();
  app.signatories = signatories;
  return signatories;
}

export async function loadCampaigns(): Promise<Campaign[]> {
  const campaigns = await commands.listCampaigns();
  app.campaigns = campaigns;
  return campaigns;
}

/** True when the database is open (no `openError`). */
export function databaseOpen(): boolean {
  return app.info !== null && !app.info.openError;
}

/**
 * Switches the language at once and, when the database is open, remembers
 * it there. A failure to remember is shown but does not undo the switch.
 */
export async function changeLanguage(lang: Lang): Promise<void> {
  setLang(lang);
  if (!databaseOpen()) return;
  try {
    await commands.setLanguage(lang);
    app.notice = null;
  } catch (error) {
    app.notice = toIpcError(error);
  }
}

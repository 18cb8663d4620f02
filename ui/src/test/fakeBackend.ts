// An in-memory stand-in for the Rust commands, behind a mocked `invoke`.
//
// Usage in a test file (src/test/setup.ts mocks the module):
//   const backend = new FakeBackend(); vi.mocked(invoke).mockImplementation(backend.invoke);

import type { InvokeArgs } from "@tauri-apps/api/core";
// The native dialogs run in Rust (`pick_*`); here they are the plugin's
// functions, which a test mocks with `vi.mock("@tauri-apps/plugin-dialog")`.
import { open, save } from "@tauri-apps/plugin-dialog";
import { safeFileName } from "../lib/files";
import { districtKey, splitByLanguage } from "../lib/names";
import type {
  About,
  District,
  HubReport,
  SendStatus,
  AuditEntry,
  EraseReport,
  AppInfo,
  BatchTarget,
  DocFormat,
  PickedFile,
  BatchPreview,
  DocStatus,
  IssueRequest,
  IssuedDocument,
  RegisterFilter,
  SheetRequest,
  MissingTranslation,
  Template,
  TemplateInput,
  AttendanceRow,
  Campaign,
  CampaignInput,
  Category,
  CategoryInput,
  Change,
  Event,
  EventFilter,
  EventInput,
  ExportKind,
  ImportPreview,
  IpcError,
  Lang,
  MediaInput,
  MediaItem,
  Memorandum,
  MemorandumInput,
  OfficeProfile,
  OfficeProfileInput,
  Organisation,
  OrganisationFilter,
  OrganisationInput,
  Person,
  PersonEvent,
  PersonFilter,
  PersonInput,
  PersonSummary,
  PossibleDuplicate,
  SearchLimits,
  SearchResults,
  Role,
  Signatory,
  SignatoryInput,
  commandNames,
  Calendar,
  HeldInput,
  Holiday,
  HolidayInput,
  Invitation,
  Plan,
  PlanDetails,
  PlanWarning,
  Stop,
  StopInput,
  StopRef,
  BackupInfo,
  BackupOverview,
  ChosenBackup,
  Contents,
  FieldName,
} from "../lib/ipc/generated";
import { PLACEHOLDERS, type ReportQuery } from "../lib/ipc/generated";
import { fakeReport } from "./fakeReport";
import { FakeRecords } from "./fakeRecords";

export type CommandName = (typeof commandNames)[number];
type Args = Record<string, unknown> | undefined;
type Handler = (args: Args) => unknown;

export const OFFICE: OfficeProfile = {
  nameKk: "Астана қаласы прокуратурасының жобалық кеңсесі",
  nameRu: "Проектный офис прокуратуры города Астаны",
  regionKk: "Астана қаласы",
  regionRu: "город Астана",
  cityKk: "Астана",
  cityRu: "Астана",
  addressKk: "Бейбітшілік көшесі, 1",
  addressRu: "улица Бейбитшилик, 1",
  phone: "+7 7172 00 00 00",
  email: "office@example.kz",
  timeZone: "Asia/Almaty",
  hasLogo: false,
  updatedAt: "2025-01-01T00:00:00Z",
};

export const SIGNATORIES: Signatory[] = [
  {
    id: 1,
    fullNameKk: "Әлиева Гүлнұр Серікқызы",
    fullNameRu: "Алиева Гульнур Сериковна",
    positionKk: "Жобалық кеңсенің басшысы",
    positionRu: "Руководитель проектного офиса",
    isDefault: true,
  },
  {
    id: 2,
    fullNameKk: "Омаров Ерлан Бекұлы",
    fullNameRu: "Омаров Ерлан Бекович",
    positionKk: "Бас маман",
    positionRu: "Главный специалист",
    isDefault: false,
  },
];

export const CAMPAIGNS: Campaign[] = [
  { id: 1, nameKk: "Заң мен тәртіп", nameRu: "Закон и порядок", description: "" },
];

export const CATEGORIES: Category[] = [
  { id: 1, code: "deputy", nameKk: "Депутаттар", nameRu: "Депутаты" },
  { id: 2, code: "journalist", nameKk: "Журналистер", nameRu: "Журналисты" },
  { id: 3, code: "student", nameKk: "Студенттер", nameRu: "Студенты" },
];

export const ORGANISATIONS: Organisation[] = [
  {
    id: 1,
    nameKk: "Қонаев қаласының әкімдігі",
    nameRu: "Акимат города Конаев",
    kind: "state_body",
    district: "Қонаев қ.",
    address: "",
    phone: "",
    email: "",
    contact: "",
    notes: "",
    peopleCount: 0,
  },
  {
    id: 2,
    nameKk: "№5 мектеп-гимназия",
    nameRu: "Школа-гимназия №5",
    kind: "education",
    district: "Іле ауданы",
    address: "",
    phone: "",
    email: "",
    contact: "",
    notes: "",
    peopleCount: 0,
  },
];

/** A person as the fake stores it: with the IIN's digits (the commands mask it). */
export type StoredPerson = Omit<Person, "iinMasked"> & { iin: string };

/** Nine dots and the last three digits, as kense-core masks an IIN. */
export function maskIin(iin: string): string {
  return iin === "" ? "" : "•".repeat(Math.max(iin.length - 3, 0)) + iin.slice(-3);
}

function person(
  id: number,
  surname: string,
  name: string,
  patronymic: string,
  extra: Partial<StoredPerson> = {},
): StoredPerson {
  return {
    id,
    surname,
    name,
    patronymic,
    gender: null,
    organisationId: null,
    organisationKk: "",
    organisationRu: "",
    positionKk: "",
    positionRu: "",
    phone: "",
    email: "",
    categoryIds: [],
    iin: "",
    consent: false,
    consentDate: null,
    notes: "",
    ...extra,
  };
}

export const PEOPLE: StoredPerson[] = [
  person(1, "ӘЛІБЕКОВ", "Асқар", "Нұрланұлы", {
    gender: "male",
    organisationId: 1,
    positionKk: "Бас маман",
    phone: "+77011234567",
    categoryIds: [1],
  }),
  person(2, "Оспанова", "Гүлжан", "Серікқызы", {
    gender: "female",
    organisationId: 2,
    positionKk: "Мұғалім",
    positionRu: "Учитель",
    phone: "+77057654321",
    categoryIds: [3],
  }),
  person(3, "Иванов", "Сергей", "Петрович", { phone: "+77770001122", categoryIds: [2] }),
];

export const EVENTS: Event[] = [
  {
    id: 1,
    kind: "lecture",
    campaignId: 1,
    campaignKk: "Заң мен тәртіп",
    campaignRu: "Закон и порядок",
    titleKk: "Құқықтық сауаттылық дәрісі",
    titleRu: "Лекция по правовой грамотности",
    startsAt: "2025-03-14T10:00",
    endsAt: "2025-03-14T12:00",
    placeKk: "№5 мектеп-гимназия",
    placeRu: "школа-гимназия №5",
    districtKk: "Іле ауданы",
    districtRu: "Илийский район",
    status: "held",
    headcount: 120,
    outcomes: "",
    proposalsCount: 3,
    attendanceCount: 0,
    mediaCount: 0,
  },
  {
    id: 2,
    kind: "round_table",
    campaignId: null,
    campaignKk: "",
    campaignRu: "",
    titleKk: "Дөңгелек үстел: кибералаяқтық",
    titleRu: "Круглый стол: кибермошенничество",
    startsAt: "2025-03-20T15:00",
    endsAt: "2025-03-20T17:00",
    placeKk: "Әкімдік",
    placeRu: "Акимат",
    districtKk: "Қонаев қ.",
    districtRu: "г. Конаев",
    status: "planned",
    headcount: null,
    outcomes: "",
    proposalsCount: 0,
    attendanceCount: 0,
    mediaCount: 0,
  },
];

function template(id: number, kind: Template["kind"], name: string, series: string, extra: Partial<Template> = {}): Template {
  return {
    id,
    kind,
    name,
    series,
    titleKk: kind === "gratitude" ? "АЛҒЫС ХАТ" : "",
    titleRu: kind === "gratitude" ? "БЛАГОДАРСТВЕННОЕ ПИСЬМО" : "",
    subtitleKk: "",
    subtitleRu: "",
    salutationKk: "Құрметті {name_patronymic}!",
    salutationRu: "Уважаемый(ая) {name_patronymic}!",
    bodyKk: "{event} іс-шарасына белсене қатысқаныңыз үшін алғыс білдіреміз.",
    bodyRu: "Выражаем благодарность за активное участие в мероприятии «{event}».",
    orientation: kind === "gratitude" ? "portrait" : "landscape",
    accentColor: "#1F3A5F",
    signatoryId: null,
    hasLogo: false,
    showQr: true,
    builtin: true,
    ...extra,
  };
}

export const TEMPLATES: Template[] = [
  template(1, "gratitude", "Алғыс хат / Благодарственное письмо", "АХ"),
  template(2, "diploma", "Диплом", "Д"),
  template(3, "certificate", "Сертификат", "С"),
  template(4, "sheet", "Тізім / Список", "Т"),
];

/** A register row; by default an issued gratitude letter. */
export function issuedDocument(id: number, extra: Partial<IssuedDocument> = {}): IssuedDocument {
  const seq = String(id).padStart(4, "0");
  return {
    id,
    number: `АХ-2025/${seq}`,
    series: "АХ",
    year: 2025,
    seq: id,
    kind: "gratitude",
    lang: "both",
    personId: 1,
    recipient: "ӘЛІБЕКОВ Асқар Нұрланұлы",
    organisation: "Қонаев қаласының әкімдігі",
    eventId: 1,
    eventTitleKk: "Құқықтық сауаттылық дәрісі",
    eventTitleRu: "Лекция по правовой грамотности",
    templateId: 1,
    issuedOn: "2025-03-14",
    checkCode: `25-${seq}-K3QX`,
    status: "issued",
    reason: "",
    statusAt: null,
    replaces: null,
    replacedBy: null,
    batch: "b1",
    ...extra,
  };
}

export const DOCUMENTS: IssuedDocument[] = [
  issuedDocument(1),
  issuedDocument(2, {
    kind: "diploma",
    number: "Д-2025/0001",
    series: "Д",
    checkCode: "25-0001-D7MZ",
    personId: 2,
    recipient: "Оспанова Гүлжан Серікқызы",
    organisation: "№5 мектеп-гимназия",
    status: "revoked",
    reason: "Қате жазылған",
  }),
  issuedDocument(3, { personId: 3, recipient: "Иванов Сергей Петрович", organisation: "", eventId: 2,
    eventTitleKk: "Дөңгелек үстел: кибералаяқтық", eventTitleRu: "Круглый стол: кибермошенничество" }),
];

/** Placeholders templates know (kense-core). */
const KNOWN_PLACEHOLDERS = new Set<string>(PLACEHOLDERS);

function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? "").filter((name) => !KNOWN_PLACEHOLDERS.has(name));
}

/** A tiny PDF's bytes (the fake does not draw). */
export function fakePdf(): ArrayBuffer {
  return new TextEncoder().encode("%PDF-1.7 fake").buffer as ArrayBuffer;
}

/** Case-folded as the backend does (Kazakh letters included). */
function fold(text: string): string {
  return text.toLocaleLowerCase("kk").replace(/\s+/g, " ").trim();
}

function fullName(p: { surname: string; name: string; patronymic: string }): string {
  return [p.surname, p.name, p.patronymic].filter((x) => x).join(" ");
}

/** `8 701 123 45 67` → `+77011234567`; null when it is not a phone. */
function normalisePhone(text: string): string | null {
  const digits = text.replace(/\D/g, "");
  if (digits === "") return "";
  if (digits.length === 11 && (digits[0] === "8" || digits[0] === "7")) return `+7${digits.slice(1)}`;
  if (digits.length === 10) return `+7${digits}`;
  return null;
}

type Attendance = {
  id: number;
  eventId: number;
  personId: number;
  role: Role;
  present: boolean;
  /** Set for delegation members (invited through the plan). */
  invitation?: Invitation | null;
  /** The person's nomination or place at the event (the same on each of their roles). */
  nominationKk?: string;
  nominationRu?: string;
};

/** Built-in holidays of the fake (a small part of the real list). */
export const FAKE_HOLIDAYS: Holiday[] = [
  ["2025-03-21", "Наурыз мейрамы", "Праздник Наурыз"],
  ["2025-03-22", "Наурыз мейрамы", "Праздник Наурыз"],
  ["2025-03-23", "Наурыз мейрамы", "Праздник Наурыз"],
  ["2025-12-16", "Тәуелсіздік күні", "День Независимости"],
  ["2026-03-21", "Наурыз мейрамы", "Праздник Наурыз"],
  ["2026-03-22", "Наурыз мейрамы", "Праздник Наурыз"],
  ["2026-03-23", "Наурыз мейрамы", "Праздник Наурыз"],
  ["2026-03-24", "Наурыз мейрамы (ауыстырылған демалыс күні)", "Праздник Наурыз (перенесённый выходной)"],
  ["2026-03-25", "Наурыз мейрамы (ауыстырылған демалыс күні)", "Праздник Наурыз (перенесённый выходной)"],
  ["2026-12-16", "Тәуелсіздік күні", "День Независимости"],
].map(([day, nameKk, nameRu]) => ({ day: day!, nameKk: nameKk!, nameRu: nameRu!, builtin: true, edited: false }));

/** `YYYY-MM-DD` from `YYYY-MM-DD` or `dd.mm.yyyy`; null otherwise. */
function parseDay(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** Minutes between two local `YYYY-MM-DDTHH:MM` times. */
function minutesBetween(from: string, to: string): number {
  return (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60_000;
}

/** A local `YYYY-MM-DDTHH:MM` moved by `minutes`. */
function shiftTime(at: string, minutes: number): string {
  return new Date(Date.parse(`${at}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

/** Two spans meet; a span without length counts as one minute. */
function overlaps(a: [string, string], b: [string, string]): boolean {
  const before = (start: string, end: string, other: string) => (end === start ? start < other : end <= other);
  return !(before(a[0], a[1], b[0]) || before(b[0], b[1], a[0]));
}

/** A preview as `preview_import_file` returns it: a clean people file unless overridden. */
export function importPreview(extra: Partial<ImportPreview> = {}): ImportPreview {
  return {
    kind: "people",
    format: "xlsx",
    sheet: "Лист1",
    headers: ["Фамилия", "Имя", "Телефон"],
    mapping: ["surname", "name", "phone"],
    fields: [
      "surname", "name", "patronymic", "full_name", "gender", "organisation", "position", "position_kk", "position_ru", "phone",
      "email", "categories", "iin", "consent", "consent_date", "notes", "role",
    ],
    hasRequiredColumns: true,
    totalRows: 2,
    validRows: 2,
    existingRows: 0,
    invalidRows: 0,
    problems: [],
    sample: [
      ["Сейітқазы", "Әмина", "8 701 111 22 33"],
      ["Нұрланов", "Ерлан", "+7 705 444 55 66"],
    ],
    ...extra,
  };
}

export function validationError(
  field: FieldName,
  detail: string,
  reason: IpcError["reason"] = null,
): IpcError {
  return { code: "validation", field, reason, message: `${field}: ${detail}` };
}

/** The local time to the minute, as events store their start. */
function localMinute(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** As the backend: an event that has not begun is held (or its people present) only when confirmed. */
function ensureBegun(startsAt: string, confirmed: boolean | null | undefined, field: FieldName): void {
  if (!confirmed && startsAt > localMinute()) {
    throw validationError(field, `the event begins at ${startsAt}`, "event_not_begun");
  }
}

/** Two backups: a daily one and one taken before an import. */
export const BACKUPS: BackupInfo[] = [
  {
    path: "/home/user/.local/share/kense/kense-backups/kense-20261202-083000-before-import.db",
    takenAt: "2026-12-02T08:30:00Z",
    reason: "before_import",
    sizeBytes: 1_468_006,
    contents: { schemaVersion: 3, people: 38, events: 12, documents: 7 },
    checked: true,
  },
  {
    path: "/home/user/.local/share/kense/kense-backups/kense-20261201-040000-daily.db",
    takenAt: "2026-12-01T04:00:00Z",
    reason: "daily",
    sizeBytes: 1_363_148,
    contents: { schemaVersion: 3, people: 35, events: 11, documents: 5 },
    checked: true,
  },
];

export class FakeBackend {
  info: AppInfo = {
    version: "0.1.0",
    dbPath: "/home/user/.local/share/kense/kense.db",
    schemaVersion: 3,
    language: "ru",
    openError: null,
    firstRun: false,
  };
  /** What `about_info` answers (the licences as kense-core lists them). */
  about: About = {
    version: "0.1.0",
    dbPath: "/home/user/.local/share/Kense/kense.db",
    dataDir: "/home/user/.local/share/Kense",
    logDir: "/home/user/.local/state/kense/logs",
    logDays: 14,
    backupDir: "/home/user/.local/share/Kense/kense-backups",
    licences: [
      { name: "PT Serif", usedFor: "documents", licence: "ParaType Free Font License" },
      { name: "PT Sans", usedFor: "lists", licence: "ParaType Free Font License" },
      { name: "SQLite", usedFor: "database", licence: "public domain" },
    ],
  };
  profile: OfficeProfile = structuredClone(OFFICE);
  signatories: Signatory[] = structuredClone(SIGNATORIES);
  campaigns: Campaign[] = structuredClone(CAMPAIGNS);
  categories: Category[] = structuredClone(CATEGORIES);
  organisations: Organisation[] = structuredClone(ORGANISATIONS);
  people: StoredPerson[] = structuredClone(PEOPLE);
  /** The audit trail (`list_audit`), newest first. */
  audit: AuditEntry[] = [];
  events: Event[] = structuredClone(EVENTS);
  attendance: Attendance[] = [];
  media: MediaItem[] = [];
  memoranda: Memorandum[] = [];
  /** The change log (`list_changes`), newest first. */
  changes: Change[] = [];
  /** What `export_registry` was asked to write. */
  exported: { kind: ExportKind; path: string; language: Lang; filter: EventFilter | null }[] = [];
  /** Deleted publications and memoranda, for their Undo. */
  binned: { media: MediaItem[]; memoranda: Memorandum[] } = { media: [], memoranda: [] };
  /** Soft-deleted rows, by table. */
  deleted = { people: new Set<number>(), organisations: new Set<number>(), events: new Set<number>() };
  templates: Template[] = structuredClone(TEMPLATES);
  documents: IssuedDocument[] = structuredClone(DOCUMENTS);
  /**
   * Holds every job (a batch, an import) half way until it resolves, so a
   * test can look at the progress panel and cancel; null: jobs run through.
   */
  holdJobs: Promise<void> | null = null;
  /** Jobs `cancel_job` was asked to stop. */
  cancelledJobs = new Set<number>();
  /** What `issue_documents` was asked. */
  issued: { request: IssueRequest; output: { kind: BatchTarget["kind"]; path: string }; format: DocFormat }[] = [];
  /** Earlier awards and glyph problems `preview_batch_documents` reports. */
  batchExtra: Partial<BatchPreview> = {};
  /** Files the save commands were asked to write. */
  written: string[] = [];
  /** Paths picked in the (mocked) dialogs, by handle, with their purpose. */
  picked = new Map<number, { path: string; purpose: string }>();
  /** Handlers replacing the defaults, e.g. to reject. */
  overrides: Partial<Record<CommandName, Handler>> = {};
  /** Every call, in order. */
  calls: { command: string; args: Args }[] = [];

  /** Itineraries: every event's stops (the order is `position`). */
  stops: Stop[] = [];
  /** Meeting point and transport, by event. */
  planDetails = new Map<number, PlanDetails>();
  /** The office's holiday edits: a day's new names, or null when taken out. */
  holidayEdits = new Map<string, { nameKk: string; nameRu: string } | null>();

  /** The queries `get_report` was asked. */
  reportQueries: ReportQuery[] = [];
  /** The day `get_dashboard` takes as today (`YYYY-MM-DD`; none: the machine's). */
  dashboardToday: string | null = null;
  /** What `save_report_pdf` / `save_report_xlsx` were asked to write. */
  savedReports: { format: string; path: string; language: string }[] = [];
  /** The backup folder's backups (`list_backups`), newest first. */
  backups: BackupInfo[] = structuredClone(BACKUPS);
  /** The rest of what `list_backups` answers. */
  backupFolder = {
    folder: "/home/user/.local/share/kense/kense-backups",
    customFolder: false,
    sameDisk: true,
    databaseFile: "present" as BackupOverview["databaseFile"],
    lastFailure: null as IpcError | null,
  };
  /** What `choose_backup_file` answers (null: the dialog was cancelled). */
  chosenBackup: ChosenBackup | null = null;
  /** The passphrase of the encrypted file `inspect_backup_file` opens. */
  filePassphrase = "қауіпсіз";
  /** What `back_up_to_file` writes to (null: the dialog was cancelled). */
  backupToPath: string | null = "/media/usb/kense-2026-12-02.db";
  /** What `choose_backup_folder` answers (null: cancelled). */
  pickedFolder: string | null = null;
  /** The paths `restore_backup` was asked to restore. */
  restored: { path: string; passphrase: string | null }[] = [];
  /** Settings → Send to region: what `get_send_status` answers. */
  sendStatus: SendStatus = {
    officeId: "019381a2-7c3e-7d21-9a51-3b8f0c2d4e11",
    code: "",
    url: "",
    sendIin: false,
    sentSeq: 0,
    sentAt: null,
    dueMonth: null,
  };
  /** The fake hub: its offices (code, name) when it can be reached, null when not. */
  hubOffices: { code: string; name: string }[] | null = [
    { code: "ALM-01", name: "Алматы облысы прокуратурасының жобалық кеңсесі" },
    { code: "TLD-02", name: "Талдықорған қалалық жобалық кеңсесі" },
  ];
  /** The passwords `push_to_hub` / `get_hub_report` were given. */
  hubPasswords: (string | null)[] = [];
  private nextId = 100;

  private currentContents(): Contents {
    return {
      schemaVersion: 3,
      people: this.people.filter((p) => !this.deleted.people.has(p.id)).length,
      events: this.events.filter((e) => !this.deleted.events.has(e.id)).length,
      documents: this.documents.length,
    };
  }

  private backupOverview(): BackupOverview {
    return {
      dbPath: this.info.dbPath,
      current: this.info.openError ? null : this.currentContents(),
      backups: this.backups,
      ...this.backupFolder,
    };
  }

  /** The event records (speakers … photos, press release). */
  records = new FakeRecords({
    validation: (field, detail, reason) => validationError(field, detail, reason ?? null),
    imagePath: (file) => this.pathOf(file, ["open:image"]),
    personName: (id) => {
      const p = this.people.find((x) => x.id === id);
      return p && !this.deleted.people.has(id) ? [p.surname, p.name, p.patronymic].filter(Boolean).join(" ") : null;
    },
    event: (id) => this.eventById(id),
    campaign: (id) => this.campaigns.find((c) => c.id === id) ?? null,
  });

  private handlers: Record<CommandName, Handler> = {
    ...this.records.handlers(),
    save_press_release: (args) => {
      const path = this.wrote(args?.file, ["save:txt", "save:docx"]);
      const text = args?.text as string;
      if (!text.trim()) throw validationError("text", "is required", "required");
      this.records.savedReleases.set(path, text);
      return null;
    },
    list_backups: () => this.backupOverview(),
    back_up_now: async (args) => {
      await this.steps(args, 384, 4096);
      const info: BackupInfo = {
        path: `${this.backupFolder.folder}/kense-20261202-101500-manual.db`,
        takenAt: "2026-12-02T10:15:00Z",
        reason: "manual",
        sizeBytes: 1_572_864,
        contents: this.currentContents(),
        checked: true,
      };
      this.backups.unshift(info);
      return info;
    },
    restore_backup: (args) => {
      const path = args?.path as string;
      const passphrase = (args?.passphrase as string | null) ?? null;
      const from = this.backups.find((b) => b.path === path);
      if (!from && this.chosenBackup?.path !== path) {
        throw { code: "file_io", message: `no such file: ${path}`, field: null };
      }
      this.restored.push({ path, passphrase });
      return {
        previousBackup: null,
        damagedKeptAt: this.info.openError ? `${this.info.dbPath}.damaged-20261202-101500` : null,
        restored: from?.contents ?? this.currentContents(),
      };
    },
    back_up_to_file: async (args) => {
      if (!this.backupToPath) return null;
      await this.steps(args, 384, 4096);
      const encrypted = typeof args?.passphrase === "string" && args.passphrase !== "";
      const path = encrypted ? `${this.backupToPath}.age` : this.backupToPath;
      this.written.push(path);
      return { path, encrypted, contents: this.currentContents() };
    },
    choose_backup_file: () => this.chosenBackup,
    inspect_backup_file: (args) => {
      if (args?.passphrase !== this.filePassphrase) {
        throw { code: "wrong_passphrase", message: "wrong passphrase", field: null };
      }
      return { schemaVersion: 3, people: 41, events: 12, documents: 7 };
    },
    choose_backup_folder: () => {
      if (!this.pickedFolder) return null;
      this.backupFolder.folder = this.pickedFolder;
      this.backupFolder.customFolder = true;
      this.backupFolder.sameDisk = false;
      return this.backupOverview();
    },
    reset_backup_folder: () => {
      this.backupFolder.folder = "/home/user/.local/share/kense/kense-backups";
      this.backupFolder.customFolder = false;
      this.backupFolder.sameDisk = true;
      return this.backupOverview();
    },
    get_send_status: () => ({ ...this.sendStatus }),
    set_send_settings: (args) => {
      const url = (args?.url as string).trim();
      if (/^postgres(ql)?:\/\/[^/@]*:[^/@]*@/.test(url)) {
        throw { code: "validation", message: "password in url", field: "hub_url", reason: "password_in_url" };
      }
      if (url !== "" && !/^postgres(ql)?:\/\/[^/?]+/.test(url)) {
        throw { code: "validation", message: "not a hub url", field: "hub_url", reason: "not_a_hub_url" };
      }
      const code = (args?.code as string).trim().toUpperCase();
      this.sendStatus = {
        ...this.sendStatus,
        code: code || this.sendStatus.code,
        url,
        sendIin: args?.sendIin as boolean,
      };
      return { ...this.sendStatus };
    },
    push_to_hub: (args) => {
      this.hubPasswords.push((args?.password as string | null) ?? null);
      if (!this.hubOffices) {
        throw { code: "hub_unreachable", message: "cannot reach the hub (connection refused)", field: null };
      }
      const seq = this.sendStatus.sentSeq + 1;
      this.sendStatus = { ...this.sendStatus, sentSeq: seq, sentAt: "2026-12-02T09:15:00Z", dueMonth: null };
      return { seq, rowsSent: 412, rowsChanged: 412, alreadyThere: false, full: seq === 1 };
    },
    save_hub_package: (args) => {
      const path = this.pathOf(args?.file, ["save:kpack"]);
      this.written.push(path);
      const seq = this.sendStatus.sentSeq + 1;
      this.sendStatus = { ...this.sendStatus, sentSeq: seq, sentAt: "2026-12-02T09:15:00Z", dueMonth: null };
      return { seq, rows: 412 };
    },
    get_hub_report: (args) => {
      this.hubPasswords.push((args?.password as string | null) ?? null);
      if (!this.hubOffices) {
        throw { code: "hub_unreachable", message: "cannot reach the hub (connection refused)", field: null };
      }
      const query = args?.query as ReportQuery;
      const wanted = (args?.office as string | null) ?? null;
      const offices = this.hubOffices.filter((o) => wanted === null || o.code === wanted.toUpperCase());
      const report: HubReport = {
        total: fakeReport(query),
        offices: offices.map((o, i) => ({
          officeId: `0193-office-${i}`,
          code: o.code,
          name: o.name,
          lastSentAt: i === 0 ? "2026-12-01T08:00:00Z" : null,
          report: fakeReport(query),
        })),
      };
      return report;
    },
    app_info: () => this.info,
    about_info: () => this.about,
    open_log_folder: () => null,
    set_language: (args) => {
      this.info.language = args?.language as Lang;
      return null;
    },
    get_office_profile: () => this.profile,
    update_office_profile: (args) => {
      const input = args?.profile as OfficeProfileInput;
      this.profile = { ...this.profile, ...input, updatedAt: "2025-02-02T00:00:00Z" };
      return this.profile;
    },
    list_signatories: () => [...this.signatories],
    save_signatory: (args) => {
      const input = args?.signatory as SignatoryInput;
      const id = input.id ?? this.nextId++;
      const saved: Signatory = { ...input, id };
      if (saved.isDefault) {
        this.signatories = this.signatories.map((s) => ({ ...s, isDefault: false }));
      }
      const index = this.signatories.findIndex((s) => s.id === id);
      if (index >= 0) this.signatories[index] = saved;
      else this.signatories.push(saved);
      return saved;
    },
    delete_signatory: (args) => {
      this.signatories = this.signatories.filter((s) => s.id !== args?.id);
      return null;
    },
    list_campaigns: () => this.campaigns,
    save_campaign: (args) => {
      const input = args?.campaign as CampaignInput;
      if (!input.nameKk.trim() && !input.nameRu.trim()) {
        throw validationError("name_ru", "is required", "required");
      }
      const id = input.id ?? this.nextId++;
      const saved: Campaign = {
        id,
        nameKk: input.nameKk.trim(),
        nameRu: input.nameRu.trim(),
        description: input.description,
      };
      const index = this.campaigns.findIndex((c) => c.id === id);
      if (index >= 0) this.campaigns[index] = saved;
      else this.campaigns.push(saved);
      return id;
    },
    list_changes: (args) =>
      this.changes
        .filter((c) => args?.entity == null || c.entity === args.entity)
        .filter((c) => args?.id == null || c.entityId === args.id)
        .slice(0, args?.limit as number),
    fill_demo: () => {
      this.profile = { ...this.profile, nameKk: "Демо кеңсе", nameRu: "Демо-офис" };
      return { organisations: this.organisations.length, people: this.people.length, events: this.events.length };
    },
    // People and categories
    list_people: (args) => {
      const filter = args?.filter as PersonFilter;
      const from = filter.offset ?? 0;
      return this.matchingPeople(filter).slice(from, from + (filter.limit ?? 200));
    },
    count_people: (args) => this.matchingPeople(args?.filter as PersonFilter).length,
    search_all: (args) => this.searchAll(args?.query as string, args?.limits as SearchLimits),
    get_person: (args) => this.publicPerson(this.personById(args?.id as number)),
    reveal_person_iin: (args) => this.personById(args?.id as number).iin,
    erase_person: (args): EraseReport => {
      const id = args?.id as number;
      this.personById(id);
      this.people = this.people.filter((p) => p.id !== id);
      this.audit.unshift({
        id: this.audit.length + 1,
        at: "2026-11-21T10:00:00Z",
        kind: "erase",
        subject: `person ${id}`,
        rowCount: 1,
        file: "",
        withIin: false,
      });
      return { personId: id, erasedAt: "2026-11-21T10:00:00Z", documentsKept: 0, attendanceKept: 0, walEmptied: true };
    },
    list_audit: () => this.audit,
    create_person: (args) => {
      const saved = this.cleanPerson(this.nextId++, args?.person as PersonInput);
      this.people.push(saved);
      return this.publicPerson(this.personById(saved.id));
    },
    update_person: (args) => {
      const id = args?.id as number;
      this.personById(id);
      const saved = this.cleanPerson(id, args?.person as PersonInput);
      this.people = this.people.map((p) => (p.id === id ? saved : p));
      return this.publicPerson(this.personById(id));
    },
    find_person_duplicates: (args): PossibleDuplicate[] => {
      const input = args?.person as PersonInput;
      const except = args?.except as number | null;
      const name = fold(fullName(input));
      const phone = normalisePhone(input.phone) || "";
      return this.livePeople()
        .filter((p) => p.id !== except)
        .map((p) => ({
          person: this.summary(p),
          sameName: name !== "" && fold(fullName(p)) === name,
          samePhone: phone !== "" && p.phone === phone,
          sameIin: input.iin.trim() !== "" && p.iin === input.iin.trim(),
        }))
        .filter((d) => d.sameName || d.samePhone || d.sameIin);
    },
    list_person_documents: (args): IssuedDocument[] =>
      this.documents.filter((d) => d.personId === args?.personId),
    count_organisation_documents: (args): number =>
      this.documents.filter(
        (d) => d.personId != null && this.people.find((p) => p.id === d.personId)?.organisationId === args?.organisationId,
      ).length,
    delete_person: (args) => {
      this.personById(args?.id as number);
      this.deleted.people.add(args?.id as number);
      return null;
    },
    restore_person: (args) => {
      this.deleted.people.delete(args?.id as number);
      return null;
    },
    list_person_events: (args): PersonEvent[] =>
      this.attendance
        .filter((a) => a.personId === args?.id && !this.deleted.events.has(a.eventId))
        .map((a) => {
          const e = this.eventById(a.eventId);
          return {
            eventId: e.id,
            kind: e.kind,
            titleKk: e.titleKk,
            titleRu: e.titleRu,
            startsAt: e.startsAt,
            status: e.status,
            role: a.role,
            present: a.present,
          };
        })
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
    list_categories: () => this.categories,
    save_category: (args) => {
      const input = args?.category as CategoryInput;
      const id = input.id ?? this.nextId++;
      this.categories = [
        ...this.categories.filter((c) => c.id !== id),
        { id, code: null, nameKk: input.nameKk, nameRu: input.nameRu },
      ];
      return id;
    },
    // Organisations
    list_organisations: (args) => {
      const filter = args?.filter as OrganisationFilter;
      const query = fold(filter.query);
      return this.organisations
        .filter((o) => !this.deleted.organisations.has(o.id))
        .filter((o) => filter.kind == null || o.kind === filter.kind)
        .filter((o) => filter.district == null || o.district === filter.district)
        .filter((o) => !query || fold(`${o.nameKk} ${o.nameRu}`).includes(query))
        .map((o) => this.withCount(o))
        .slice(filter.offset ?? 0, (filter.offset ?? 0) + (filter.limit ?? 200));
    },
    count_organisations: (args) =>
      (this.handlers.list_organisations({
        filter: { ...(args?.filter as OrganisationFilter), limit: 1_000_000, offset: 0 },
      }) as Organisation[]).length,
    get_organisation: (args) => this.organisationById(args?.id as number),
    create_organisation: (args) => {
      const saved = this.cleanOrganisation(this.nextId++, args?.organisation as OrganisationInput);
      this.organisations.push(saved);
      return this.withCount(saved);
    },
    update_organisation: (args) => {
      const id = args?.id as number;
      this.organisationById(id);
      const saved = this.cleanOrganisation(id, args?.organisation as OrganisationInput);
      this.organisations = this.organisations.map((o) => (o.id === id ? saved : o));
      return this.withCount(saved);
    },
    delete_organisation: (args) => {
      this.organisationById(args?.id as number);
      this.deleted.organisations.add(args?.id as number);
      return null;
    },
    restore_organisation: (args) => {
      this.deleted.organisations.delete(args?.id as number);
      return null;
    },
    list_districts: (): District[] => {
      const byKey = new Map<string, District>();
      const add = (key: string, kk: string, ru: string) => {
        if (!key) return;
        const d = byKey.get(key) ?? { key, nameKk: "", nameRu: "" };
        if (!d.nameKk && kk) d.nameKk = kk;
        if (!d.nameRu && ru) d.nameRu = ru;
        byKey.set(key, d);
      };
      for (const e of this.events) add(districtKey(e), e.districtKk, e.districtRu);
      for (const o of this.organisations) add(o.district, o.district, "");
      return [...byKey.values()]
        .map((d) => ({ ...d, nameKk: d.nameKk || d.key }))
        .sort((a, b) => a.key.localeCompare(b.key, "kk"));
    },
    // Events
    list_events: (args) => {
      const filter = args?.filter as EventFilter;
      return this.events
        .filter((e) => !this.deleted.events.has(e.id))
        .filter((e) => !filter.from || e.startsAt.slice(0, 10) >= filter.from)
        .filter((e) => !filter.to || e.startsAt.slice(0, 10) <= filter.to)
        .filter((e) => filter.campaignId == null || e.campaignId === filter.campaignId)
        .filter((e) => filter.status == null || e.status === filter.status)
        .filter((e) => filter.district == null || districtKey(e) === filter.district)
        .map((e) => this.withCounts(e))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },
    get_event: (args) => this.eventById(args?.id as number),
    create_event: (args) => {
      const saved = this.cleanEvent(this.nextId++, args?.event as EventInput);
      this.events.push(saved);
      return this.eventById(saved.id);
    },
    update_event: (args) => {
      const id = args?.id as number;
      this.eventById(id);
      const saved = this.cleanEvent(id, args?.event as EventInput);
      this.events = this.events.map((e) => (e.id === id ? saved : e));
      return this.eventById(id);
    },
    delete_event: (args) => {
      this.eventById(args?.id as number);
      this.deleted.events.add(args?.id as number);
      return null;
    },
    restore_event: (args) => {
      this.deleted.events.delete(args?.id as number);
      return null;
    },
    list_event_attendance: (args): AttendanceRow[] =>
      this.attendance
        .filter((a) => a.eventId === args?.eventId && !this.deleted.people.has(a.personId))
        .map((a) => {
          const p = this.personById(a.personId);
          return {
            id: a.id,
            personId: p.id,
            fullName: fullName(p),
            organisationKk: p.organisationKk,
            organisationRu: p.organisationRu,
            positionKk: p.positionKk,
            positionRu: p.positionRu,
            phone: p.phone,
            role: a.role,
            present: a.present,
            invitation: a.invitation ?? null,
            nominationKk: a.nominationKk ?? "",
            nominationRu: a.nominationRu ?? "",
          };
        })
        .sort((a, b) => a.fullName.localeCompare(b.fullName, "kk")),
    add_attendance: (args) =>
      this.addPeople(args?.eventId as number, args?.personIds as number[], args?.role as Role),
    add_attendance_by_category: (args) =>
      this.addPeople(
        args?.eventId as number,
        this.livePeople()
          .filter((p) => p.categoryIds.includes(args?.categoryId as number))
          .map((p) => p.id),
        args?.role as Role,
      ),
    add_attendance_by_organisation: (args) =>
      this.addPeople(
        args?.eventId as number,
        this.livePeople()
          .filter((p) => p.organisationId === args?.organisationId)
          .map((p) => p.id),
        args?.role as Role,
      ),
    set_attendance_present: (args) => {
      const row = this.attendance.find((a) => a.id === args?.attendanceId);
      if (!row) throw { code: "not_found", message: "attendance", field: null };
      if (args?.present) this.ensurePresenceCanBeRecorded(row.eventId, args?.confirmFuture as boolean);
      row.present = args?.present as boolean;
      return null;
    },
    set_nomination: (args) => {
      const rows = this.attendance.filter((a) => a.eventId === args?.eventId && a.personId === args?.personId);
      if (rows.length === 0) throw { code: "not_found", message: "attendance", field: null };
      const oneLine = (text: unknown) => String(text).trim().split(/\s+/).filter(Boolean).join(" ");
      for (const a of rows) {
        a.nominationKk = oneLine(args?.nominationKk);
        a.nominationRu = oneLine(args?.nominationRu);
      }
      return null;
    },
    remove_attendance: (args) => {
      this.attendance = this.attendance.filter((a) => a.id !== args?.attendanceId);
      return null;
    },
    list_media: (args) => this.media.filter((m) => m.eventId === args?.eventId),
    add_media: (args) => {
      const id = this.nextId++;
      this.media.push({ id, eventId: args?.eventId as number, ...this.cleanMedia(args?.media as MediaInput) });
      return id;
    },
    update_media: (args) => {
      const input = this.cleanMedia(args?.media as MediaInput);
      this.media = this.media.map((m) => (m.id === args?.id ? { ...m, ...input } : m));
      return null;
    },
    delete_media: (args) => {
      this.binned.media.push(...this.media.filter((m) => m.id === args?.id));
      this.media = this.media.filter((m) => m.id !== args?.id);
      return null;
    },
    restore_media: (args) => {
      const item = this.binned.media.find((m) => m.id === args?.id);
      if (!item) throw { code: "not_found", message: `media item ${args?.id}`, field: null };
      this.binned.media = this.binned.media.filter((m) => m !== item);
      this.media.push(item);
      return null;
    },
    list_memoranda: (args) => this.memoranda.filter((m) => m.eventId === args?.eventId),
    add_memorandum: (args) => {
      const input = args?.memorandum as MemorandumInput;
      if (!input.partiesKk.trim() && !input.partiesRu.trim()) throw validationError("parties_kk", "is required", "required");
      const id = this.nextId++;
      this.memoranda.push({
        id,
        eventId: args?.eventId as number,
        partiesKk: input.partiesKk.trim(),
        partiesRu: input.partiesRu.trim(),
        subjectKk: input.subjectKk.trim(),
        subjectRu: input.subjectRu.trim(),
        signedOn: input.signedOn || null,
      });
      return id;
    },
    delete_memorandum: (args) => {
      this.binned.memoranda.push(...this.memoranda.filter((m) => m.id === args?.id));
      this.memoranda = this.memoranda.filter((m) => m.id !== args?.id);
      return null;
    },
    restore_memorandum: (args) => {
      const item = this.binned.memoranda.find((m) => m.id === args?.id);
      if (!item) throw { code: "not_found", message: `memorandum ${args?.id}`, field: null };
      this.binned.memoranda = this.binned.memoranda.filter((m) => m !== item);
      this.memoranda.push(item);
      return null;
    },
    // Files: reading is not simulated; a test that imports sets `overrides`
    // (see `importPreview`). An export only records what it was asked.
    preview_import_file: (args) => {
      this.pathOf(args?.file, ["open:table"]);
      return this.noFiles("preview_import_file", args);
    },
    commit_import_file: (args) => {
      this.pathOf(args?.file, ["open:table"]);
      return this.noFiles("commit_import_file", args);
    },
    cancel_job: (args) => {
      this.cancelledJobs.add(args?.job as number);
      return true;
    },
    // The dialogs, as Rust runs them: a valid suggested name, the extension
    // added when the user typed none, a handle for the picked path.
    pick_save_file: async (args) => {
      const format = args?.format as string;
      const chosen = await save({
        defaultPath: safeFileName(args?.name as string, format),
        filters: [{ name: args?.filter as string, extensions: [format] }],
      });
      if (!chosen) return null;
      const path = new RegExp(`\\.${format}$`, "i").test(chosen) ? chosen : `${chosen}.${format}`;
      return this.pick(path, `save:${format}`);
    },
    pick_open_file: async (args) => {
      const kind = args?.kind as string;
      const extensions = kind === "image" ? ["png", "jpg", "jpeg"] : ["xlsx", "xls", "csv", "ods"];
      const chosen = await open({ multiple: false, filters: [{ name: args?.filter as string, extensions }] });
      return typeof chosen === "string" ? this.pick(chosen, `open:${kind}`) : null;
    },
    pick_folder: async () => {
      const chosen = await open({ directory: true, multiple: false });
      return typeof chosen === "string" ? this.pick(chosen, "folder") : null;
    },
    get_dashboard: () => {
      const d = this.dashboardToday ? new Date(`${this.dashboardToday}T12:00`) : new Date();
      const pad = (n: number) => String(n).padStart(2, "0");
      const [y, m] = [d.getFullYear(), d.getMonth() + 1];
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const report = fakeReport({ from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` });
      if (this.dashboardToday && d.getDate() < last) {
        // As kense-core: the days so far against as many of the previous month.
        const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
        const plast = new Date(Date.UTC(py, pm, 0)).getUTCDate();
        report.current = { ...report.current, to: `${y}-${pad(m)}-${pad(d.getDate())}` };
        report.previous = {
          ...report.previous,
          from: `${py}-${pad(pm)}-01`,
          to: `${py}-${pad(pm)}-${pad(Math.min(d.getDate(), plast))}`,
        };
        report.running = true;
        report.daysElapsed = d.getDate();
        report.barelyBegun = d.getDate() < 7;
      }
      return {
        report,
        upcoming: this.events.filter((e) => e.status === "planned" && !this.deleted.events.has(e.id)),
      };
    },
    get_report: (args) => {
      this.reportQueries.push(args?.query as ReportQuery);
      return fakeReport(args?.query as ReportQuery);
    },
    save_report_pdf: async (args) => {
      await this.steps(args, 4);
      this.savedReports.push({ format: "pdf", path: this.wrote(args?.file, ["save:pdf"]), language: args?.language as string });
      return null;
    },
    render_report_pdf: () => fakePdf(),
    save_report_xlsx: async (args) => {
      await this.steps(args, 3);
      this.savedReports.push({ format: "xlsx", path: this.wrote(args?.file, ["save:xlsx"]), language: args?.language as string });
      return null;
    },
    export_registry: (args) => {
      this.exported.push({
        kind: args?.kind as ExportKind,
        path: this.wrote(args?.file, ["save:csv", "save:xlsx"]),
        language: args?.language as Lang,
        filter: (args?.filter as EventFilter | null) ?? null,
      });
      return null;
    },
    // Documents
    list_templates: () => this.templates,
    save_template: (args) => {
      const input = args?.template as TemplateInput;
      if (!input.name.trim()) throw validationError("name", "is required", "required");
      if (!input.series.trim()) throw validationError("series", "is required", "required");
      for (const [field, text] of [
        ["title_kk", input.titleKk], ["title_ru", input.titleRu], ["subtitle_kk", input.subtitleKk],
        ["subtitle_ru", input.subtitleRu], ["salutation_kk", input.salutationKk],
        ["salutation_ru", input.salutationRu], ["body_kk", input.bodyKk], ["body_ru", input.bodyRu],
      ] as const) {
        const unknown = unknownPlaceholders(text);
        if (unknown.length) throw validationError(field, `unknown placeholder {${unknown[0]}}`, "unknown_placeholder");
      }
      const id = input.id ?? this.nextId++;
      const before = this.templates.find((x) => x.id === id);
      const saved: Template = {
        ...input,
        id,
        signatoryId: input.signatoryId ?? null,
        accentColor: input.accentColor.toUpperCase(),
        hasLogo: before?.hasLogo ?? false,
        builtin: before?.builtin ?? false,
      };
      this.templates = before ? this.templates.map((x) => (x.id === id ? saved : x)) : [...this.templates, saved];
      return saved;
    },
    duplicate_template: (args) => {
      const source = this.templates.find((x) => x.id === args?.id);
      if (!source) throw { code: "not_found", message: "template", field: null };
      const copy = { ...source, id: this.nextId++, name: args?.name as string, builtin: false };
      this.templates.push(copy);
      return copy;
    },
    delete_template: (args) => {
      this.templates = this.templates.filter((x) => x.id !== args?.id);
      return null;
    },
    set_template_logo: (args) => {
      if (args?.file != null) this.pathOf(args.file, ["open:image"]);
      this.templates = this.templates.map((x) => (x.id === args?.id ? { ...x, hasLogo: args?.file != null } : x));
      return null;
    },
    preview_template: () => fakePdf(),
    preview_first_document: () => fakePdf(),
    preview_batch_documents: (args): BatchPreview => {
      const request = args?.request as IssueRequest;
      const template = this.templates.find((x) => x.id === request.templateId);
      if (!template || template.kind === "sheet") throw validationError("template", "unknown", "unknown_reference");
      const recipients = this.recipients(request).map((a) => {
        const p = this.personById(a.personId);
        return {
          personId: p.id,
          fullName: fullName(p),
          organisation: [p.positionKk || p.positionRu, p.organisationKk].filter((x) => x).join("\n"),
          earlier: this.documents
            .filter((d) => d.personId === p.id && d.kind === template.kind)
            .map((d) => ({ number: d.number, issuedOn: d.issuedOn })),
        };
      });
      return {
        kind: template.kind,
        recipients,
        repeatWarningMonths: 12,
        missingGlyphs: [],
        unknownPlaceholders: [],
        missingTranslations: [],
        ...this.batchExtra,
      };
    },
    issue_documents: async (args) => {
      const request = args?.request as IssueRequest;
      const target = args?.output as BatchTarget;
      const format = args?.format as DocFormat;
      const output =
        target.kind === "combined"
          ? { kind: target.kind, path: this.pathOf(target.file, [`save:${format}`]) }
          : { kind: target.kind, path: this.pathOf(target.file, ["folder"]) };
      await this.steps(args, this.recipients(request).length);
      this.issued.push({ request, output, format });
      const template = this.templates.find((x) => x.id === request.templateId);
      const event = this.eventById(request.eventId);
      const documents = this.recipients(request).map((a) => {
        const p = this.personById(a.personId);
        const id = this.nextId++;
        const doc = issuedDocument(id, {
          number: `${template?.series}-2025/${String(this.documents.length + 1).padStart(4, "0")}`,
          kind: template?.kind === "sheet" || !template ? "gratitude" : template.kind,
          lang: request.lang,
          personId: p.id,
          recipient: fullName(p),
          eventId: event.id,
          eventTitleKk: event.titleKk,
          eventTitleRu: event.titleRu,
          issuedOn: request.issuedOn ?? "2025-03-14",
        });
        this.documents.push(doc);
        return doc;
      });
      const files =
        output.kind === "combined" ? [output.path] : documents.map((d) => `${output.path}/${d.number}.${format}`);
      for (const file of files) this.openable.add(file);
      return { documents, files };
    },
    list_documents: (args) => {
      const filter = args?.filter as RegisterFilter;
      const query = fold(filter.query);
      return this.documents
        .filter((d) => filter.kind == null || d.kind === filter.kind)
        .filter((d) => filter.status == null || d.status === filter.status)
        .filter((d) => filter.eventId == null || d.eventId === filter.eventId)
        .filter((d) => !query || fold(`${d.number} ${d.recipient} ${d.organisation}`).includes(query))
        .slice(filter.offset ?? 0, filter.limit == null ? undefined : (filter.offset ?? 0) + filter.limit);
    },
    count_documents: (args) =>
      (this.handlers.list_documents({
        filter: { ...(args?.filter as RegisterFilter), limit: null, offset: null },
      }) as IssuedDocument[]).length,
    render_document: () => fakePdf(),
    save_document: (args) => {
      this.written.push(this.wrote(args?.file, ["save:pdf", "save:docx"]));
      return null;
    },
    void_document: (args) => {
      const doc = this.documentById(args?.id as number);
      if (!(args?.reason as string).trim()) throw validationError("reason", "is required", "required");
      doc.status = args?.status as DocStatus;
      doc.reason = args?.reason as string;
      return doc;
    },
    reissue_document: (args) => {
      const old = this.documentById(args?.id as number);
      const id = this.nextId++;
      const number = `${old.series}-2025/${String(this.documents.length + 1).padStart(4, "0")}`;
      const doc = { ...old, id, number, status: "issued" as const, reason: "", replaces: old.number };
      old.status = "reissued";
      old.reason = args?.reason as string;
      old.replacedBy = number;
      this.documents.push(doc);
      return doc;
    },
    verify_document_code: (args) => {
      const code = (args?.code as string).trim().toUpperCase();
      const match = /(\d{2}-\d{4,}-[0-9A-Z]{4})/.exec(code);
      if (!match) throw validationError("code", "not a verification code", "not_a_verification_code");
      const doc = this.documents.find((d) => d.checkCode === match[1]);
      return { genuine: doc !== undefined, valid: doc?.status === "issued", document: doc ?? null };
    },
    export_register: (args) => {
      this.written.push(this.wrote(args?.file, ["save:pdf", "save:csv", "save:xlsx"]));
      return null;
    },
    // Planning
    get_calendar: (args): Calendar => {
      const filter = args?.filter as EventFilter;
      if (!filter.from || !filter.to) throw validationError("from", "the calendar needs a first and a last day", "required");
      // Events covering a day of the span, also ones that started before it.
      const from = filter.from;
      const events = (this.handlers.list_events({ filter: { ...filter, from: null } }) as Event[]).filter(
        (event) => event.endsAt >= from,
      );
      return {
        events: events.map((event) => ({
          event,
          stops: this.stopsOf(event.id).length,
          warnings: this.warnings(event.id).length,
        })),
        holidays: this.holidaysBetween(filter.from, filter.to),
      };
    },
    move_event: (args) => {
      const event = this.eventById(args?.id as number);
      const startsAt = args?.startsAt as string;
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(startsAt) || Number.isNaN(Date.parse(`${startsAt}:00Z`))) {
        throw validationError("starts_at", "not a date", "not_a_date");
      }
      const shift = minutesBetween(event.startsAt, startsAt);
      this.events = this.events.map((e) =>
        e.id === event.id ? { ...e, startsAt, endsAt: shiftTime(e.endsAt, shift) } : e,
      );
      this.stops = this.stops.map((s) =>
        s.eventId === event.id
          ? { ...s, arrivesAt: shiftTime(s.arrivesAt, shift), departsAt: shiftTime(s.departsAt, shift) }
          : s,
      );
      return this.eventById(event.id);
    },
    get_plan: (args) => this.plan(args?.eventId as number),
    save_plan_details: (args) => {
      const eventId = args?.eventId as number;
      this.eventById(eventId);
      const details = args?.details as PlanDetails;
      this.planDetails.set(eventId, {
        meetingPointKk: details.meetingPointKk.trim(),
        meetingPointRu: details.meetingPointRu.trim(),
        transportKk: details.transportKk.trim(),
        transportRu: details.transportRu.trim(),
      });
      return this.plan(eventId);
    },
    add_stop: (args) => {
      const eventId = args?.eventId as number;
      const clean = this.cleanStop(eventId, args?.stop as StopInput);
      this.stops.push({ ...clean, id: this.nextId++, eventId, position: this.stopsOf(eventId).length + 1 });
      return this.plan(eventId);
    },
    update_stop: (args) => {
      const stop = this.stopById(args?.id as number);
      const clean = this.cleanStop(stop.eventId, args?.stop as StopInput);
      this.stops = this.stops.map((s) => (s.id === stop.id ? { ...s, ...clean } : s));
      return this.plan(stop.eventId);
    },
    delete_stop: (args) => {
      const stop = this.stopById(args?.id as number);
      this.stops = this.stops.filter((s) => s.id !== stop.id);
      this.stopsOf(stop.eventId).forEach((s, i) => (s.position = i + 1));
      return this.plan(stop.eventId);
    },
    reorder_stops: (args) => {
      const eventId = args?.eventId as number;
      const ids = args?.ids as number[];
      const current = this.stopsOf(eventId);
      if (ids.length !== current.length || new Set(ids).size !== ids.length || !current.every((s) => ids.includes(s.id))) {
        throw validationError("stops", "every stop once", "unknown_reference");
      }
      for (const s of current) s.position = ids.indexOf(s.id) + 1;
      return this.plan(eventId);
    },
    invite_people: (args) => {
      const eventId = args?.eventId as number;
      const role = args?.role as Role;
      this.eventById(eventId);
      for (const personId of args?.personIds as number[]) {
        if (!this.people.some((p) => p.id === personId) || this.deleted.people.has(personId)) continue;
        const row = this.attendance.find((a) => a.eventId === eventId && a.personId === personId && a.role === role);
        if (row) row.invitation ??= "invited";
        else this.attendance.push({ id: this.nextId++, eventId, personId, role, present: false, invitation: "invited" });
      }
      return this.plan(eventId);
    },
    set_invitation: (args) => {
      const row = this.attendance.find((a) => a.id === args?.attendanceId);
      if (!row) throw { code: "not_found", message: "attendance", field: null };
      row.invitation = args?.invitation as Invitation;
      if (row.invitation === "declined") row.present = false;
      return this.plan(args?.eventId as number);
    },
    mark_event_held: (args) => {
      const eventId = args?.eventId as number;
      const held = args?.held as HeldInput;
      const event = this.eventById(eventId);
      if (held.headcount != null && held.headcount < 0) throw validationError("headcount", "is negative", "not_a_count");
      ensureBegun(event.startsAt, held.confirmFuture, "status");
      const delegation = this.attendance.filter((a) => a.eventId === eventId && a.invitation != null);
      for (const id of held.present) {
        if (!delegation.some((a) => a.id === id)) throw validationError("present", `attendance ${id}`, "unknown_reference");
      }
      for (const a of delegation) a.present = held.present.includes(a.id);
      this.events = this.events.map((e) =>
        e.id === eventId ? { ...e, status: "held", headcount: held.headcount ?? event.headcount ?? null } : e,
      );
      return this.eventById(eventId);
    },
    list_sheet_lines: (args) => {
      const role = args?.role as Role | null;
      const rows = this.handlers.list_event_attendance({ eventId: args?.eventId }) as AttendanceRow[];
      const present = new Set(rows.filter((r) => r.present).map((r) => r.personId));
      const seen = new Set<number>();
      return rows
        .filter((r) => role == null || r.role === role)
        .filter((r) => !seen.has(r.personId) && seen.add(r.personId))
        .map((r) => ({ ...r, present: present.has(r.personId) }));
    },
    set_person_present: (args) => {
      const rows = this.attendance.filter((a) => a.eventId === args?.eventId && a.personId === args?.personId);
      if (rows.length === 0) throw { code: "not_found", message: "attendance", field: null };
      if (args?.present) this.ensurePresenceCanBeRecorded(args?.eventId as number, args?.confirmFuture as boolean);
      for (const a of rows) a.present = args?.present as boolean;
      return null;
    },
    render_plan_document: (args) => {
      this.eventById(args?.eventId as number);
      return fakePdf();
    },
    save_plan_document: (args) => {
      this.eventById(args?.eventId as number);
      this.written.push(this.wrote(args?.file, ["save:pdf"]));
      return null;
    },
    save_ics: (args) => {
      this.written.push(this.wrote(args?.file, ["save:ics"]));
      return null;
    },
    list_holidays: (args) => this.holidaysBetween(`${args?.year}-01-01`, `${args?.year}-12-31`),
    save_holiday: (args): Holiday => {
      const input = args?.holiday as HolidayInput;
      const day = parseDay(input.day);
      if (!day) throw validationError("day", "not a date", "not_a_date");
      if (!input.nameKk.trim()) throw validationError("name_kk", "is required", "required");
      if (!input.nameRu.trim()) throw validationError("name_ru", "is required", "required");
      const names = { nameKk: input.nameKk.trim(), nameRu: input.nameRu.trim() };
      this.holidayEdits.set(day, names);
      return { day, ...names, builtin: FAKE_HOLIDAYS.some((h) => h.day === day), edited: true };
    },
    remove_holiday: (args) => {
      const day = parseDay(args?.day as string);
      if (!day) throw validationError("day", "not a date", "not_a_date");
      if (FAKE_HOLIDAYS.some((h) => h.day === day)) this.holidayEdits.set(day, null);
      else this.holidayEdits.delete(day);
      return null;
    },
    reset_holidays: (args) => {
      const year = String(args?.year);
      const days = [...this.holidayEdits.keys()].filter((d) => d.startsWith(`${year}-`));
      for (const d of days) this.holidayEdits.delete(d);
      return days.length;
    },
    check_event_sheet: (args): MissingTranslation[] => {
      const request = args?.request as SheetRequest;
      const langs: Lang[] = request.lang === "kk" ? ["kk"] : request.lang === "ru" ? ["ru"] : ["kk", "ru"];
      const seen = new Set<number>();
      const missing: MissingTranslation[] = [];
      for (const a of this.attendance.filter((x) => x.eventId === request.eventId)) {
        if (seen.has(a.personId)) continue;
        seen.add(a.personId);
        const p = this.personById(a.personId);
        for (const lang of langs) {
          const [own, other] = lang === "kk" ? [p.positionKk, p.positionRu] : [p.positionRu, p.positionKk];
          if (own.trim() === "" && other.trim() !== "") {
            missing.push({ record: "person", id: p.id, eventId: null, what: fullName(p), field: "position", lang, fallback: other });
          }
        }
      }
      return missing;
    },
    check_plan_document: (args) => {
      this.eventById(args?.eventId as number);
      return [];
    },
    check_report: () => [],
    render_event_sheet: (args) => {
      this.eventById((args?.request as SheetRequest).eventId);
      return fakePdf();
    },
    save_event_sheet: (args) => {
      this.written.push(this.wrote(args?.file, ["save:pdf"]));
      return null;
    },
    open_file: (args) => this.checkOpenable(args?.path),
    read_written_pdf: (args) => {
      this.checkOpenable(args?.path);
      if (!/\.pdf$/i.test(String(args?.path))) {
        throw { code: "file_not_openable", message: `${String(args?.path)}: not a PDF`, field: null };
      }
      return fakePdf();
    },
    reveal_file: (args) => this.checkOpenable(args?.path),
  };

  /** The stops of an event, in order (the live objects). */
  private stopsOf(eventId: number): Stop[] {
    return this.stops.filter((s) => s.eventId === eventId).sort((a, b) => a.position - b.position);
  }

  private stopById(id: number): Stop {
    const s = this.stops.find((x) => x.id === id);
    if (!s) throw { code: "not_found", message: `stop ${id}`, field: null };
    return s;
  }

  /** A stop's fields from an input, as the backend cleans them. */
  private cleanStop(eventId: number, input: StopInput): Omit<Stop, "id" | "eventId" | "position"> {
    const event = this.eventById(eventId);
    const day = event.startsAt.slice(0, 10);
    const time = (field: FieldName, value: string): string => {
      const v = value.trim();
      const clock = /^(\d{1,2}):(\d{2})$/.exec(v);
      if (clock && Number(clock[1]) < 24 && Number(clock[2]) < 60) return `${day}T${clock[1]!.padStart(2, "0")}:${clock[2]}`;
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
      throw validationError(field, `${JSON.stringify(value)} is not a time`, v ? "not_a_date" : "required");
    };
    const org = input.organisationId != null ? this.organisationById(input.organisationId) : null;
    if (!org && !input.siteKk.trim() && !input.siteRu.trim()) throw validationError("site_kk", "is required", "required");
    const arrivesAt = time("arrives_at", input.arrivesAt);
    const departsAt = input.departsAt.trim() ? time("departs_at", input.departsAt) : arrivesAt;
    if (departsAt < arrivesAt) throw validationError("departs_at", "leaves before it arrives", "ends_before_start");
    const phone = normalisePhone(input.hostPhone);
    if (phone === null) throw validationError("host_phone", "not a phone", "not_a_phone");
    return {
      organisationId: org?.id ?? null,
      organisationKk: org?.nameKk ?? "",
      organisationRu: org?.nameRu ?? "",
      siteKk: input.siteKk.trim(),
      siteRu: input.siteRu.trim(),
      ...this.stopAddress(input, org?.address ?? ""),
      arrivesAt,
      departsAt,
      hostName: input.hostName.trim(),
      hostPhone: phone,
      showingKk: input.showingKk.trim(),
      showingRu: input.showingRu.trim(),
      notes: input.notes.trim(),
    };
  }

  /** A stop's address; with none given, the organisation's, on the side of its language. */
  private stopAddress(input: StopInput, organisation: string): { addressKk: string; addressRu: string } {
    const [addressKk, addressRu] =
      input.addressKk.trim() || input.addressRu.trim()
        ? [input.addressKk.trim(), input.addressRu.trim()]
        : splitByLanguage(organisation);
    return { addressKk, addressRu };
  }

  private stopRef(s: Stop): StopRef {
    const name = (org: string, site: string) => (org && site ? `${org} — ${site}` : org || site);
    return {
      id: s.id,
      position: s.position,
      nameKk: name(s.organisationKk || s.organisationRu, s.siteKk || s.siteRu),
      nameRu: name(s.organisationRu || s.organisationKk, s.siteRu || s.siteKk),
      time: `${s.arrivesAt.slice(11, 16)}–${s.departsAt.slice(11, 16)}`,
    };
  }

  /** Built-in holidays with the office's edits, from..to (`YYYY-MM-DD`). */
  private holidaysBetween(from: string, to: string): Holiday[] {
    const byDay = new Map(FAKE_HOLIDAYS.map((h) => [h.day, { ...h }]));
    for (const [day, names] of this.holidayEdits) {
      if (names) byDay.set(day, { day, ...names, builtin: FAKE_HOLIDAYS.some((h) => h.day === day), edited: true });
      else byDay.delete(day);
    }
    return [...byDay.values()].filter((h) => h.day >= from && h.day <= to).sort((a, b) => a.day.localeCompare(b.day));
  }

  /** The warnings of an event's plan, as the backend finds them. */
  private warnings(eventId: number): PlanWarning[] {
    const event = this.eventById(eventId);
    if (event.status === "cancelled") return [];
    const stops = this.stopsOf(eventId);
    const warnings: PlanWarning[] = [];
    stops.forEach((a, i) => {
      for (const b of stops.slice(i + 1)) {
        if (overlaps([a.arrivesAt, a.departsAt], [b.arrivesAt, b.departsAt])) {
          warnings.push({ kind: "stopsOverlap", first: this.stopRef(a), second: this.stopRef(b) });
        }
      }
    });
    for (const s of stops) {
      if (s.arrivesAt < event.startsAt || s.departsAt > event.endsAt) {
        warnings.push({ kind: "stopOutsideEvent", stop: this.stopRef(s) });
      }
    }
    const others = this.events.filter(
      (e) => e.id !== eventId && !this.deleted.events.has(e.id) && e.status !== "cancelled" &&
        e.startsAt <= event.endsAt && e.endsAt >= event.startsAt,
    );
    const mine = this.attendance.filter((a) => a.eventId === eventId && a.invitation !== "declined");
    for (const a of mine) {
      for (const other of others) {
        if (this.attendance.some((b) => b.eventId === other.id && b.personId === a.personId && b.invitation !== "declined")) {
          warnings.push({
            kind: "personBusy",
            personId: a.personId,
            fullName: fullName(this.personById(a.personId)),
            other: { id: other.id, titleKk: other.titleKk, titleRu: other.titleRu, startsAt: other.startsAt, endsAt: other.endsAt },
          });
        }
      }
    }
    for (const s of stops.filter((x) => x.organisationId != null)) {
      for (const o of this.stops.filter((x) => x.eventId !== eventId && x.organisationId === s.organisationId)) {
        const other = this.events.find((e) => e.id === o.eventId);
        if (!other || this.deleted.events.has(other.id) || other.status === "cancelled") continue;
        if (overlaps([s.arrivesAt, s.departsAt], [o.arrivesAt, o.departsAt])) {
          warnings.push({
            kind: "siteBusy",
            stop: this.stopRef(s),
            other: { id: other.id, titleKk: other.titleKk, titleRu: other.titleRu, startsAt: other.startsAt, endsAt: other.endsAt },
            otherTime: this.stopRef(o).time,
          });
        }
      }
    }
    for (const holiday of this.holidaysBetween(event.startsAt.slice(0, 10), event.endsAt.slice(0, 10))) {
      warnings.push({ kind: "publicHoliday", holiday });
    }
    return warnings;
  }

  /** The plan of an event, as `get_plan` returns it. */
  plan(eventId: number): Plan {
    const event = this.eventById(eventId);
    const details = this.planDetails.get(eventId) ?? { meetingPointKk: "", meetingPointRu: "", transportKk: "", transportRu: "" };
    return {
      event,
      ...details,
      stops: this.stopsOf(eventId).map((s) => ({ ...s })),
      delegation: (this.handlers.list_event_attendance({ eventId }) as AttendanceRow[]).filter((a) => a.invitation != null),
      warnings: this.warnings(eventId),
    };
  }

  private recipients(request: IssueRequest): Attendance[] {
    return this.attendance
      .filter((a) => a.eventId === request.eventId && !this.deleted.people.has(a.personId))
      .filter((a) => (request.personIds ? request.personIds.includes(a.personId) : true))
      .filter((a) => (request.role ? a.role === request.role : request.personIds ? true : a.present));
  }

  private documentById(id: number): IssuedDocument {
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) throw { code: "not_found", message: `document ${id}`, field: null };
    return doc;
  }

  /** Files written in this run: open/reveal accept only these, as Rust does. */
  private openable = new Set<string>();
  private lastHandle = 0;

  private pick(path: string, purpose: string): PickedFile {
    const handle = ++this.lastHandle;
    this.picked.set(handle, { path, purpose });
    return { handle, path };
  }

  /** The path behind a handle picked for one of `purposes`, else `file_not_picked`. */
  private pathOf(file: unknown, purposes: string[]): string {
    const pick = this.picked.get(file as number);
    if (!pick || !purposes.includes(pick.purpose)) {
      throw { code: "file_not_picked", message: `file handle ${String(file)} was not picked for ${purposes.join(", ")}`, field: null };
    }
    return pick.path;
  }

  /** `pathOf`, and the file counts as written by Kense. */
  private wrote(file: unknown, purposes: string[]): string {
    const path = this.pathOf(file, purposes);
    this.openable.add(path);
    return path;
  }

  private checkOpenable(path: unknown): null {
    const ok = /\.(pdf|xlsx|csv|ics|docx|kbak|txt)$/i.test(String(path)) && this.openable.has(String(path));
    if (!ok) throw { code: "file_not_openable", message: `${String(path)}: not a file Kense wrote`, field: null };
    return null;
  }

  /**
   * A job's steps to its channel (`onProgress`): 0 … `total`, waiting on
   * `holdJobs` after the step half way; a job cancelled by then rejects with `cancelled`,
   * as Rust's does, having written nothing. Each step counts `unit` (a
   * backup's are 4 096-byte pages, sent as bytes).
   */
  async steps(args: Args, total: number, unit = 1): Promise<void> {
    const channel = args?.onProgress as { onmessage: (step: { done: number; total: number }) => void } | undefined;
    const job = args?.job as number;
    for (let done = 0; done <= total; done++) {
      if (this.cancelledJobs.has(job)) {
        throw { code: "cancelled", message: "cancelled; nothing was written", field: null };
      }
      channel?.onmessage({ done: done * unit, total: total * unit });
      if (done === Math.floor(total / 2) && this.holdJobs) await this.holdJobs;
    }
  }

  private noFiles(command: string, args: Args): never {
    throw { code: "internal", message: `${command} is not simulated (${JSON.stringify(args)})`, field: null };
  }

  private publicPerson(p: StoredPerson): Person {
    const { iin, ...rest } = p;
    return { ...rest, iinMasked: maskIin(iin) };
  }

  /** The people `filter` finds, in alphabet order (its page aside). */
  private matchingPeople(filter: PersonFilter): PersonSummary[] {
    const query = fold(filter.query);
    return this.livePeople()
      .filter((p) => filter.categoryId == null || p.categoryIds.includes(filter.categoryId))
        .filter((p) => filter.organisationId == null || p.organisationId === filter.organisationId)
        .filter(
          (p) =>
            filter.district == null ||
            this.organisations.find((o) => o.id === p.organisationId)?.district === filter.district,
        )
        .filter((p) => {
          if (!query) return true;
          // Like kense-core: a whole IIN matches the IIN; the index has no IINs.
          const digits = filter.query.replace(/\s/g, "");
          if (/^\d{12}$/.test(digits)) return p.iin === digits;
          const org = this.organisations.find((o) => o.id === p.organisationId);
          const hay = fold(
            [fullName(p), p.positionKk, p.positionRu, p.phone, org?.nameKk ?? "", org?.nameRu ?? ""].join(" "),
          );
          return hay.includes(query);
        })
      .map((p) => this.summary(p))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, "kk"));
  }

  /** Like kense-core's `search_all`: exact names and titles first, deleted rows left out. */
  private searchAll(typed: string, limits: SearchLimits): SearchResults {
    const query = fold(typed);
    const exactFirst = <T>(rows: T[], names: (row: T) => string[]): T[] =>
      [...rows].sort(
        (a, b) => Number(!names(a).some((n) => fold(n) === query)) - Number(!names(b).some((n) => fold(n) === query)),
      );
    if (!query) {
      return {
        people: [], peopleTotal: 0, organisations: [], organisationsTotal: 0, events: [], eventsTotal: 0,
        documents: [], documentsTotal: 0, campaigns: [], campaignsTotal: 0,
      };
    }
    const people = exactFirst(this.matchingPeople({ query: typed, limit: null }), (p) => [p.fullName]);
    const organisations = exactFirst(
      this.organisations
        .filter((o) => !this.deleted.organisations.has(o.id))
        .filter((o) => fold(`${o.nameKk} ${o.nameRu}`).includes(query))
        .map((o) => this.withCount(o)),
      (o) => [o.nameKk, o.nameRu],
    );
    const events = exactFirst(
      this.events
        .filter((e) => !this.deleted.events.has(e.id))
        .filter((e) => fold(`${e.titleKk} ${e.titleRu} ${e.placeKk} ${e.placeRu}`).includes(query))
        .map((e) => this.withCounts(e))
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
      (e) => [e.titleKk, e.titleRu],
    );
    const documents = this.documents
      .filter((d) => fold(d.number) === query || fold(d.checkCode) === query)
      .sort((a, b) => b.id - a.id);
    const campaigns = exactFirst(
      this.campaigns.filter((c) => fold(`${c.nameKk} ${c.nameRu}`).includes(query)),
      (c) => [c.nameKk, c.nameRu],
    ).map((campaign) => {
      const own = this.events.filter((e) => e.campaignId === campaign.id && !this.deleted.events.has(e.id));
      const last = own.map((e) => e.startsAt).sort().at(-1) ?? null;
      return { campaign, eventsCount: own.length, lastEventAt: last };
    });
    return {
      people: people.slice(0, limits.people),
      peopleTotal: people.length,
      organisations: organisations.slice(0, limits.organisations),
      organisationsTotal: organisations.length,
      events: events.slice(0, limits.events),
      eventsTotal: events.length,
      documents: documents.slice(0, limits.documents),
      documentsTotal: documents.length,
      campaigns: campaigns.slice(0, limits.campaigns),
      campaignsTotal: campaigns.length,
    };
  }

  private livePeople(): StoredPerson[] {
    return this.people.filter((p) => !this.deleted.people.has(p.id));
  }

  private summary(p: StoredPerson): PersonSummary {
    const org = this.organisations.find((o) => o.id === p.organisationId);
    return {
      id: p.id,
      fullName: fullName(p),
      organisationKk: org?.nameKk ?? "",
      organisationRu: org?.nameRu ?? "",
      positionKk: p.positionKk,
      positionRu: p.positionRu,
      phone: p.phone,
      iinMasked: maskIin(p.iin),
      consent: p.consent,
    };
  }

  private personById(id: number): StoredPerson {
    const p = this.people.find((x) => x.id === id);
    if (!p || this.deleted.people.has(id)) throw { code: "not_found", message: `person ${id}`, field: null };
    const org = this.organisations.find((o) => o.id === p.organisationId);
    return { ...p, organisationKk: org?.nameKk ?? "", organisationRu: org?.nameRu ?? "" };
  }

  private cleanPerson(id: number, input: PersonInput): StoredPerson {
    if (!input.surname.trim()) throw validationError("surname", "is required", "required");
    if (!input.name.trim()) throw validationError("name", "is required", "required");
    const phone = normalisePhone(input.phone);
    if (phone === null) {
      throw validationError("phone", `${JSON.stringify(input.phone)} is not a phone number`, "not_a_phone");
    }
    return {
      id,
      surname: input.surname.trim(),
      name: input.name.trim(),
      patronymic: input.patronymic.trim(),
      gender: input.gender ?? null,
      organisationId: input.organisationId ?? null,
      organisationKk: "",
      organisationRu: "",
      positionKk: input.positionKk.trim(),
      positionRu: input.positionRu.trim(),
      phone,
      email: input.email.trim(),
      categoryIds: [...input.categoryIds].sort(),
      iin: input.iin.trim(),
      consent: input.consent,
      consentDate: input.consentDate || null,
      notes: input.notes,
    };
  }

  private withCount(o: Organisation): Organisation {
    return { ...o, peopleCount: this.livePeople().filter((p) => p.organisationId === o.id).length };
  }

  private organisationById(id: number): Organisation {
    const o = this.organisations.find((x) => x.id === id);
    if (!o || this.deleted.organisations.has(id)) {
      throw { code: "not_found", message: `organisation ${id}`, field: null };
    }
    return this.withCount(o);
  }

  private cleanOrganisation(id: number, input: OrganisationInput): Organisation {
    if (!input.nameKk.trim() && !input.nameRu.trim()) {
      throw validationError("name_ru", "is required", "required");
    }
    const phone = normalisePhone(input.phone);
    if (phone === null) throw validationError("phone", "not a phone", "not_a_phone");
    return {
      id,
      nameKk: input.nameKk.trim(),
      nameRu: input.nameRu.trim(),
      kind: input.kind ?? "other",
      district: input.district.trim(),
      address: input.address.trim(),
      phone,
      email: input.email.trim(),
      contact: input.contact.trim(),
      notes: input.notes,
      peopleCount: 0,
    };
  }

  private withCounts(e: Event): Event {
    return {
      ...e,
      attendanceCount: this.attendance.filter(
        (a) => a.eventId === e.id && !this.deleted.people.has(a.personId),
      ).length,
      mediaCount: this.media.filter((m) => m.eventId === e.id).length,
    };
  }

  private eventById(id: number): Event {
    const e = this.events.find((x) => x.id === id);
    if (!e || this.deleted.events.has(id)) throw { code: "not_found", message: `event ${id}`, field: null };
    return this.withCounts(e);
  }

  /** As the backend: ticking at an event to come asks, unless it was recorded held. */
  private ensurePresenceCanBeRecorded(eventId: number, confirmed: boolean): void {
    const event = this.eventById(eventId);
    ensureBegun(event.startsAt, confirmed || event.status === "held", "present");
  }

  private cleanEvent(id: number, input: EventInput): Event {
    if (!input.titleKk.trim() && !input.titleRu.trim()) {
      throw validationError("title_ru", "is required", "required");
    }
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(input.startsAt)) {
      throw validationError("starts_at", "not a date", "not_a_date");
    }
    const endsAt = input.endsAt || input.startsAt;
    if (endsAt < input.startsAt) {
      throw validationError("ends_at", "ends before it starts", "ends_before_start");
    }
    if (input.status === "held") ensureBegun(input.startsAt, input.confirmFuture, "status");
    const campaign = this.campaigns.find((c) => c.id === input.campaignId);
    return {
      id,
      kind: input.kind,
      campaignId: input.campaignId ?? null,
      campaignKk: campaign?.nameKk ?? "",
      campaignRu: campaign?.nameRu ?? "",
      titleKk: input.titleKk.trim(),
      titleRu: input.titleRu.trim(),
      startsAt: input.startsAt,
      endsAt,
      placeKk: input.placeKk.trim(),
      placeRu: input.placeRu.trim(),
      districtKk: input.districtKk.trim(),
      districtRu: input.districtRu.trim(),
      status: input.status,
      headcount: input.headcount ?? null,
      outcomes: input.outcomes,
      proposalsCount: input.proposalsCount,
      attendanceCount: 0,
      mediaCount: 0,
    };
  }

  private addPeople(eventId: number, personIds: number[], role: Role): number {
    this.eventById(eventId);
    let added = 0;
    for (const personId of personIds) {
      if (this.attendance.some((a) => a.eventId === eventId && a.personId === personId)) continue;
      this.attendance.push({ id: this.nextId++, eventId, personId, role, present: false });
      added += 1;
    }
    return added;
  }

  private cleanMedia(input: MediaInput): Omit<MediaItem, "id" | "eventId"> {
    if (!input.outlet.trim()) throw validationError("outlet", "is required", "required");
    return {
      outlet: input.outlet.trim(),
      url: input.url.trim(),
      publishedOn: input.publishedOn || null,
      views: input.views ?? null,
    };
  }

  /** The mocked `invoke`: async, rejects with what a handler throws. */
  invoke = async (command: string, invokeArgs?: InvokeArgs): Promise<unknown> => {
    const args = invokeArgs as Args;
    this.calls.push({ command, args: structuredClone(args) });
    const handler =
      this.overrides[command as CommandName] ?? this.handlers[command as CommandName];
    if (!handler) {
      throw { code: "internal", message: `unknown command ${command}`, field: null };
    }
    return structuredClone(await handler(args));
  };

  /** The arguments of every call to `command`. */
  callsTo(command: CommandName): Args[] {
    return this.calls.filter((c) => c.command === command).map((c) => c.args);
  }
}

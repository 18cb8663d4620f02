// Generated from the Rust types by `KENSE_UPDATE_BINDINGS=1 cargo test -p kense-app bindings`.
// Do not edit: CI fails when this file differs from what the code generates.

import { invoke, type Channel } from "@tauri-apps/api/core";

/**
 * A language of the UI and of documents. Kazakh comes first.
 */
export type Lang = "kk" | "ru";

/**
 * Stable machine-readable error codes. They are part of the IPC contract:
 * the UI translates each one (`error-<code>` in the `.ftl` files), so a code
 * is never renamed, only added.
 */
export type ErrorCode = "db_newer_schema" | "db_not_kense" | "db_damaged" | "db_io" | "disk_full" | "validation" | "not_found" | "render" | "missing_glyphs" | "internal" | "db_locked" | "db_read_only" | "db_empty_file" | "backup_failed" | "wrong_passphrase" | "not_a_regular_file" | "file_in_use" | "permission_denied" | "read_only_folder" | "path_too_long" | "file_io" | "file_not_picked" | "file_not_openable" | "hub_unreachable" | "hub_schema" | "hub_refused" | "cancelled";

/**
 * Why a value was refused: stable codes the UI and the CLI translate
 * (`invalid-<reason>` in the `.ftl` files, with `$limit` where it
 * applies). A code is never renamed, only added.
 */
export type Invalid = "required" | "too_long" | "control_characters" | "not_an_email" | "not_a_kazakhstan_time_zone" | "unknown_language" | "not_an_image" | "too_large" | "cell_too_large" | "row_too_large" | "workbook_too_large" | "sheet_too_large" | "not_a_hub_url" | "password_in_url" | "unknown_setting" | "not_a_phone" | "not_an_iin" | "duplicate_iin" | "not_a_date" | "ends_before_start" | "not_a_count" | "unknown_reference" | "not_a_table" | "unreadable_file" | "empty_file" | "no_rows" | "too_many_rows" | "rows_with_problems" | "missing_columns" | "iin_leading_zero_lost" | "unknown_gender" | "unknown_consent" | "unknown_role" | "unknown_org_kind" | "unknown_placeholder" | "not_a_verification_code" | "not_a_document_number" | "not_issued" | "no_recipients" | "not_a_color" | "unknown_value" | "unclosed_quote" | "too_many_columns" | "event_not_held" | "too_many_pixels" | "event_not_begun" | "headcount_below_present";

/**
 * The fields that refusals name: a form's input, an import file, a
 * setting. Translated as `field-<field>` (the label a user sees on the
 * form), so no message shows an internal key.
 */
export type FieldName = "accent_color" | "address" | "address_kk" | "address_ru" | "addressee" | "arrives_at" | "as_of" | "blank_rows" | "body_kk" | "body_ru" | "campaign" | "campaign_id" | "caption" | "categories" | "city_kk" | "city_ru" | "code" | "confirm_future" | "consent_date" | "contact" | "credit" | "day" | "departs_at" | "description" | "district" | "district_kk" | "district_ru" | "document" | "email" | "ends_at" | "file" | "from" | "full_name_kk" | "full_name_ru" | "handed_on" | "headcount" | "host_name" | "host_phone" | "hub_url" | "iin" | "issued_on" | "issuer" | "key" | "kind" | "kind_other" | "lang" | "language" | "logo" | "meeting_point_kk" | "meeting_point_ru" | "month" | "months" | "name" | "name_kk" | "name_ru" | "nomination_kk" | "nomination_ru" | "notes" | "number" | "office_code" | "office_id" | "organisation" | "outcomes" | "outlet" | "package" | "parties_kk" | "parties_ru" | "passphrase" | "patronymic" | "phone" | "person_id" | "photo" | "place_kk" | "place_ru" | "position_kk" | "position_ru" | "present" | "proposals_count" | "published_on" | "reason" | "recipients" | "region_kk" | "region_ru" | "salutation_kk" | "salutation_ru" | "send_iin" | "series" | "showing_kk" | "showing_ru" | "signatory_id" | "signed_on" | "site_kk" | "site_ru" | "starts_at" | "status" | "stops" | "subject_kk" | "subject_ru" | "subtitle_kk" | "subtitle_ru" | "surname" | "template" | "text" | "time_zone" | "title_kk" | "title_ru" | "to" | "transport_kk" | "transport_ru" | "uid" | "url" | "views" | "what";

/**
 * An error as the UI receives it. `code` is stable and translated by the
 * UI (`error-<code>`); `message` is the English detail for logs and the
 * "details" line; `field` names the input at fault for validation errors.
 */
export type IpcError = { 
/**
 * Stable machine-readable code.
 */
code: ErrorCode, 
/**
 * Human-readable detail (English).
 */
message: string, 
/**
 * The field at fault, for validation errors (the first of the form
 * when several are refused).
 */
field?: FieldName | null, 
/**
 * Every field refused, in the form's order (validation errors only):
 * a form marks each of them at once.
 */
fields?: Array<FieldProblem> | null, 
/**
 * Why the field was refused (translated as `invalid-<reason>`).
 */
reason?: Invalid | null, 
/**
 * The limit broken (characters for `too_long`, bytes for `too_large`).
 */
limit?: number | null, 
/**
 * The characters the fonts lack, per recipient (`missing_glyphs`).
 */
glyphs?: Array<GlyphProblem> | null, };

/**
 * What the UI needs to start: version, database and language.
 */
export type AppInfo = { 
/**
 * Kense version.
 */
version: string, 
/**
 * The database file.
 */
dbPath: string, 
/**
 * Its schema version, when it is open.
 */
schemaVersion?: number | null, 
/**
 * The remembered UI language.
 */
language: Lang, 
/**
 * Why the database could not be opened, if it could not.
 */
openError?: IpcError | null, 
/**
 * This launch created the database: offer the demo office.
 */
firstRun: boolean, };

/**
 * One piece of other people's work Kense ships, and its licence.
 */
export type Licence = { 
/**
 * Its name ("PT Serif", "SQLite").
 */
name: string, 
/**
 * What Kense uses it for: a code the UI translates as `about-use-<code>`.
 */
usedFor: string, 
/**
 * The licence ("SIL Open Font License 1.1", "MIT or Apache-2.0").
 */
licence: string, };

/**
 * The About panel's facts.
 */
export type About = { 
/**
 * Kense version (the workspace version).
 */
version: string, 
/**
 * The database file.
 */
dbPath: string, 
/**
 * The folder holding the database (what to copy before an upgrade).
 */
dataDir: string, 
/**
 * The folder of the log files ([`crate::paths::log_dir`]).
 */
logDir: string, 
/**
 * How many days of logs are kept.
 */
logDays: number, 
/**
 * The folder the backups go to ([`crate::backup::backup_dir`]).
 */
backupDir: string, 
/**
 * The fonts embedded into PDFs and the libraries compiled in.
 */
licences: Array<Licence>, };

/**
 * What [`fill_demo`] added.
 */
export type DemoCounts = { 
/**
 * Organisations.
 */
organisations: number, 
/**
 * People.
 */
people: number, 
/**
 * Events.
 */
events: number, };

/**
 * The office as stored.
 */
export type OfficeProfile = { 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Region (oblast) in Kazakh.
 */
regionKk: string, 
/**
 * Region in Russian.
 */
regionRu: string, 
/**
 * City in Kazakh.
 */
cityKk: string, 
/**
 * City in Russian.
 */
cityRu: string, 
/**
 * Postal address in Kazakh.
 */
addressKk: string, 
/**
 * Postal address in Russian.
 */
addressRu: string, 
/**
 * Phone.
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * IANA time zone, one of [`TIME_ZONES`].
 */
timeZone: string, 
/**
 * True when a logo is stored.
 */
hasLogo: boolean, 
/**
 * Last change, UTC RFC 3339.
 */
updatedAt: string, };

/**
 * The editable fields of the office profile.
 */
export type OfficeProfileInput = { 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Region in Kazakh.
 */
regionKk: string, 
/**
 * Region in Russian.
 */
regionRu: string, 
/**
 * City in Kazakh.
 */
cityKk: string, 
/**
 * City in Russian.
 */
cityRu: string, 
/**
 * Address in Kazakh.
 */
addressKk: string, 
/**
 * Address in Russian.
 */
addressRu: string, 
/**
 * Phone.
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * IANA time zone.
 */
timeZone: string, };

/**
 * A signatory as stored.
 */
export type Signatory = { 
/**
 * Row id.
 */
id: number, 
/**
 * Full name as written in Kazakh documents.
 */
fullNameKk: string, 
/**
 * Full name as written in Russian documents.
 */
fullNameRu: string, 
/**
 * Position in Kazakh.
 */
positionKk: string, 
/**
 * Position in Russian.
 */
positionRu: string, 
/**
 * The signatory proposed by default on new documents.
 */
isDefault: boolean, };

/**
 * A new or edited signatory.
 */
export type SignatoryInput = { 
/**
 * The row to update; `None` creates a new signatory.
 */
id?: number | null, 
/**
 * Full name in Kazakh.
 */
fullNameKk: string, 
/**
 * Full name in Russian.
 */
fullNameRu: string, 
/**
 * Position in Kazakh.
 */
positionKk: string, 
/**
 * Position in Russian.
 */
positionRu: string, 
/**
 * Make this the default signatory (clears the flag on the others).
 */
isDefault: boolean, };

/**
 * A campaign or initiative.
 */
export type Campaign = { 
/**
 * Row id.
 */
id: number, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Free text.
 */
description: string, };

/**
 * A new or renamed campaign.
 */
export type CampaignInput = { 
/**
 * The campaign to edit; `None` adds one.
 */
id?: number | null, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Free text.
 */
description: string, };

/**
 * A person's gender (for «Құрметті …» / «Уважаемый(ая) …»).
 */
export type Gender = "male" | "female";

/**
 * What a person did at an event.
 */
export type Role = "participant" | "speaker" | "organiser" | "guest" | "winner" | "awardee";

/**
 * The kind of an organisation.
 */
export type OrgKind = "state_body" | "law_enforcement" | "ngo" | "education" | "business" | "media" | "other";

/**
 * The kind of an event.
 */
export type EventKind = "open_door_visit" | "site_tour" | "lecture" | "forum" | "council_meeting" | "master_class" | "round_table" | "contest" | "exhibition" | "prevention_action" | "training";

/**
 * Where an event stands.
 */
export type EventStatus = "planned" | "held" | "cancelled";

/**
 * Where a delegation member's invitation stands.
 */
export type Invitation = "invited" | "confirmed" | "declined";

/**
 * A stop as stored, with its organisation's names.
 */
export type Stop = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * 1-based place in the itinerary.
 */
position: number, 
/**
 * The organisation visited, if it is in the registry.
 */
organisationId?: number | null, 
/**
 * The organisation's name in Kazakh (empty without one).
 */
organisationKk: string, 
/**
 * The organisation's name in Russian (empty without one).
 */
organisationRu: string, 
/**
 * The site's name (a department, a workshop…) in Kazakh; both sides
 * may be empty with an organisation (see [`crate::i18n::in_lang`]).
 */
siteKk: string, 
/**
 * The site's name in Russian.
 */
siteRu: string, 
/**
 * Address in Kazakh; with neither side filled, the organisation's
 * address, in the column of the language it is written in
 * ([`crate::i18n::split_by_language`]).
 */
addressKk: string, 
/**
 * Address in Russian.
 */
addressRu: string, 
/**
 * Local arrival, `YYYY-MM-DDTHH:MM`.
 */
arrivesAt: string, 
/**
 * Local departure, `YYYY-MM-DDTHH:MM`.
 */
departsAt: string, 
/**
 * Who receives the delegation.
 */
hostName: string, 
/**
 * The host's phone, normalised (`+77011234567`).
 */
hostPhone: string, 
/**
 * What is shown, in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
showingKk: string, 
/**
 * What is shown, in Russian (may be empty).
 */
showingRu: string, 
/**
 * Notes.
 */
notes: string, };

/**
 * A new or edited stop. Times may be `HH:MM` (on the event's first day) or
 * a full local date and time.
 */
export type StopInput = { 
/**
 * The organisation visited.
 */
organisationId?: number | null, 
/**
 * The site's name in Kazakh; without an organisation, the site is
 * required in one language at least.
 */
siteKk: string, 
/**
 * The site's name in Russian.
 */
siteRu: string, 
/**
 * Address in Kazakh.
 */
addressKk: string, 
/**
 * Address in Russian.
 */
addressRu: string, 
/**
 * Arrival (`HH:MM` or `YYYY-MM-DDTHH:MM`).
 */
arrivesAt: string, 
/**
 * Departure (`HH:MM` or `YYYY-MM-DDTHH:MM`); empty means the arrival.
 */
departsAt: string, 
/**
 * The host.
 */
hostName: string, 
/**
 * The host's phone.
 */
hostPhone: string, 
/**
 * What is shown, in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
showingKk: string, 
/**
 * What is shown, in Russian (may be empty).
 */
showingRu: string, 
/**
 * Notes.
 */
notes: string, };

/**
 * A stop, as named in a warning.
 */
export type StopRef = { 
/**
 * Its id.
 */
id: number, 
/**
 * Its place in the itinerary.
 */
position: number, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * `HH:MM–HH:MM`.
 */
time: string, };

/**
 * Another event, as named in a warning.
 */
export type OtherEvent = { 
/**
 * Its id.
 */
id: number, 
/**
 * Title in Kazakh.
 */
titleKk: string, 
/**
 * Title in Russian.
 */
titleRu: string, 
/**
 * Local start.
 */
startsAt: string, 
/**
 * Local end.
 */
endsAt: string, };

/**
 * One holiday (a day off) as the planner sees it.
 */
export type Holiday = { 
/**
 * The day, `YYYY-MM-DD`.
 */
day: string, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Part of the built-in list (possibly renamed by the office).
 */
builtin: boolean, 
/**
 * Added or renamed by the office.
 */
edited: boolean, };

/**
 * A holiday added or renamed by the office.
 */
export type HolidayInput = { 
/**
 * The day (`YYYY-MM-DD` or `dd.mm.yyyy`).
 */
day: string, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, };

/**
 * Something in a plan that deserves a second look.
 */
export type PlanWarning = { "kind": "stopsOverlap", 
/**
 * The earlier stop in the itinerary.
 */
first: StopRef, 
/**
 * The later one.
 */
second: StopRef, } | { "kind": "stopOutsideEvent", 
/**
 * The stop.
 */
stop: StopRef, } | { "kind": "personBusy", 
/**
 * The person.
 */
personId: number, 
/**
 * «Surname Name Patronymic».
 */
fullName: string, 
/**
 * The other event.
 */
other: OtherEvent, } | { "kind": "siteBusy", 
/**
 * The stop of this event.
 */
stop: StopRef, 
/**
 * The other event.
 */
other: OtherEvent, 
/**
 * The other event's time at the site, `HH:MM–HH:MM`.
 */
otherTime: string, } | { "kind": "publicHoliday", 
/**
 * The holiday.
 */
holiday: Holiday, };

/**
 * Everything about the plan of one event.
 */
export type Plan = { 
/**
 * The event.
 */
event: Event, 
/**
 * Where the delegation meets, in Kazakh (may be empty; see
 * [`crate::i18n::in_lang`]).
 */
meetingPointKk: string, 
/**
 * Where the delegation meets, in Russian (may be empty).
 */
meetingPointRu: string, 
/**
 * How it travels, in Kazakh (may be empty).
 */
transportKk: string, 
/**
 * How it travels, in Russian (may be empty).
 */
transportRu: string, 
/**
 * The itinerary, in order.
 */
stops: Array<Stop>, 
/**
 * The delegation (people with an invitation), in Kazakh alphabet order.
 */
delegation: Array<AttendanceRow>, 
/**
 * What deserves a second look.
 */
warnings: Array<PlanWarning>, };

/**
 * The meeting point and transport of an itinerary, each in Kazakh and
 * Russian (either may be empty).
 */
export type PlanDetails = { 
/**
 * Where the delegation meets, in Kazakh.
 */
meetingPointKk: string, 
/**
 * Where the delegation meets, in Russian.
 */
meetingPointRu: string, 
/**
 * How it travels (a bus, own cars…), in Kazakh.
 */
transportKk: string, 
/**
 * How it travels, in Russian.
 */
transportRu: string, };

/**
 * How an event went: who of the delegation came, and the headcount.
 */
export type HeldInput = { 
/**
 * Attendance rows of the delegation who came; the others are unticked.
 */
present: Array<number>, 
/**
 * How many people were there as counted, the named ones included
 * (keeps the current one when absent).
 */
headcount?: number | null, 
/**
 * The user confirmed recording as held an event that has not begun.
 */
confirmFuture?: boolean | null, };

/**
 * One event on the calendar, with how many warnings its plan has.
 */
export type CalendarEvent = { 
/**
 * The event.
 */
event: Event, 
/**
 * Stops in its itinerary.
 */
stops: number, 
/**
 * Warnings of its plan (holidays included).
 */
warnings: number, };

/**
 * What the calendar shows for a span of days.
 */
export type Calendar = { 
/**
 * Events covering a day of the span (also ones that started before it), by start.
 */
events: Array<CalendarEvent>, 
/**
 * Public holidays in the span.
 */
holidays: Array<Holiday>, };

/**
 * Which document of a plan to print.
 */
export type PlanDocument = "programme" | "invitations";

/**
 * Which events go into the file.
 */
export type IcsScope = { "kind": "event", "value": number } | { "kind": "month", "value": string };

/**
 * One change.
 */
export type Change = { 
/**
 * When, UTC RFC 3339.
 */
at: string, 
/**
 * The table, e.g. `person`.
 */
entity: string, 
/**
 * The row id.
 */
entityId: number, 
/**
 * What happened.
 */
action: string, 
/**
 * A short human-readable summary.
 */
summary: string, };

/**
 * A category.
 */
export type Category = { 
/**
 * Row id.
 */
id: number, 
/**
 * Stable code of a built-in category (`deputy`, `journalist`…).
 */
code?: string | null, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, };

/**
 * A new or renamed category.
 */
export type CategoryInput = { 
/**
 * The row to rename; `None` adds a category.
 */
id?: number | null, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, };

/**
 * A person as stored.
 */
export type Person = { 
/**
 * Row id.
 */
id: number, 
/**
 * Surname (тегі / фамилия).
 */
surname: string, 
/**
 * Given name.
 */
name: string, 
/**
 * Patronymic (әкесінің аты / отчество), may be empty.
 */
patronymic: string, 
/**
 * Gender, when known.
 */
gender?: Gender | null, 
/**
 * Where the person works or studies.
 */
organisationId?: number | null, 
/**
 * The organisation's name in Kazakh (empty without one).
 */
organisationKk: string, 
/**
 * The organisation's name in Russian (empty without one).
 */
organisationRu: string, 
/**
 * Position in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
positionKk: string, 
/**
 * Position in Russian (may be empty).
 */
positionRu: string, 
/**
 * Phone, normalised (`+77011234567`).
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * Category ids.
 */
categoryIds: Array<number>, 
/**
 * The IIN masked (`•••••••••127`), or empty; [`reveal_iin`] gives
 * the digits.
 */
iinMasked: string, 
/**
 * Consent to personal-data processing given.
 */
consent: boolean, 
/**
 * When consent was given (`YYYY-MM-DD`).
 */
consentDate?: string | null, 
/**
 * Notes.
 */
notes: string, };

/**
 * A new or edited person.
 */
export type PersonInput = { 
/**
 * Surname.
 */
surname: string, 
/**
 * Given name.
 */
name: string, 
/**
 * Patronymic.
 */
patronymic: string, 
/**
 * Gender.
 */
gender?: Gender | null, 
/**
 * Organisation id.
 */
organisationId?: number | null, 
/**
 * Position in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
positionKk: string, 
/**
 * Position in Russian (may be empty).
 */
positionRu: string, 
/**
 * Phone as typed (`8 701 123 45 67`, `+7 (701) 123-45-67`…).
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * Category ids.
 */
categoryIds: Array<number>, 
/**
 * IIN, or empty.
 */
iin: string, 
/**
 * Consent to personal-data processing.
 */
consent: boolean, 
/**
 * Date of consent (`YYYY-MM-DD` or `dd.mm.yyyy`).
 */
consentDate?: string | null, 
/**
 * Notes.
 */
notes: string, };

/**
 * A row of the people list.
 */
export type PersonSummary = { 
/**
 * Row id.
 */
id: number, 
/**
 * «Surname Name Patronymic».
 */
fullName: string, 
/**
 * Organisation in Kazakh.
 */
organisationKk: string, 
/**
 * Organisation in Russian.
 */
organisationRu: string, 
/**
 * Position in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
positionKk: string, 
/**
 * Position in Russian (may be empty).
 */
positionRu: string, 
/**
 * Phone, normalised.
 */
phone: string, 
/**
 * The IIN masked (`•••••••••127`), or empty. Lists never carry the
 * digits.
 */
iinMasked: string, 
/**
 * Consent to personal-data processing given.
 */
consent: boolean, };

/**
 * Filters of the people list.
 */
export type PersonFilter = { 
/**
 * Search text: any part of names, organisation, position, phone; or a
 * whole IIN (12 digits, matched exactly).
 */
query: string, 
/**
 * Only people in this category.
 */
categoryId?: number | null, 
/**
 * Only people of this organisation.
 */
organisationId?: number | null, 
/**
 * Only people whose organisation is in this district.
 */
district?: string | null, 
/**
 * At most this many rows (default 200).
 */
limit?: number | null, 
/**
 * Skips this many rows first: the page further down a long list.
 */
offset?: number | null, };

/**
 * Why an existing person may be the same as the one being entered.
 */
export type PossibleDuplicate = { 
/**
 * The existing person.
 */
person: PersonSummary, 
/**
 * Same surname, name and patronymic.
 */
sameName: boolean, 
/**
 * Same phone.
 */
samePhone: boolean, 
/**
 * Same IIN.
 */
sameIin: boolean, };

/**
 * How many results of each kind the search returns (the counts are true
 * counts whatever the limits).
 */
export type SearchLimits = { 
/**
 * People.
 */
people: number, 
/**
 * Organisations.
 */
organisations: number, 
/**
 * Events.
 */
events: number, 
/**
 * Register documents.
 */
documents: number, 
/**
 * Campaigns.
 */
campaigns: number, };

/**
 * A campaign found, with how far its events reach.
 */
export type CampaignHit = { 
/**
 * The campaign.
 */
campaign: Campaign, 
/**
 * Its living events.
 */
eventsCount: number, 
/**
 * The start (`YYYY-MM-DDTHH:MM`) of its latest living event.
 */
lastEventAt?: string | null, };

/**
 * What the global search found, kind by kind: the first results (up to the
 * limits, best first) and how many there are in all.
 */
export type SearchResults = { 
/**
 * People: exact name matches first, then in Kazakh alphabet order.
 */
people: Array<PersonSummary>, 
/**
 * How many people match.
 */
peopleTotal: number, 
/**
 * Organisations: exact name matches first, then in alphabet order.
 */
organisations: Array<Organisation>, 
/**
 * How many organisations match.
 */
organisationsTotal: number, 
/**
 * Events: exact titles first, then newest first.
 */
events: Array<Event>, 
/**
 * How many events match.
 */
eventsTotal: number, 
/**
 * Register documents with the typed number or verification code.
 */
documents: Array<IssuedDocument>, 
/**
 * How many documents match.
 */
documentsTotal: number, 
/**
 * Campaigns: exact names first, then in alphabet order.
 */
campaigns: Array<CampaignHit>, 
/**
 * How many campaigns match.
 */
campaignsTotal: number, };

/**
 * An event in a person's history.
 */
export type PersonEvent = { 
/**
 * The event.
 */
eventId: number, 
/**
 * Kind.
 */
kind: EventKind, 
/**
 * Title in Kazakh.
 */
titleKk: string, 
/**
 * Title in Russian.
 */
titleRu: string, 
/**
 * Local start.
 */
startsAt: string, 
/**
 * Status.
 */
status: EventStatus, 
/**
 * The person's role.
 */
role: Role, 
/**
 * Present.
 */
present: boolean, };

/**
 * An organisation as stored.
 */
export type Organisation = { 
/**
 * Row id.
 */
id: number, 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Kind.
 */
kind: OrgKind, 
/**
 * District (аудан / район).
 */
district: string, 
/**
 * Address.
 */
address: string, 
/**
 * Phone, normalised (`+77011234567`).
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * Contact person.
 */
contact: string, 
/**
 * Notes.
 */
notes: string, 
/**
 * How many (not deleted) people work there.
 */
peopleCount: number, };

/**
 * A new or edited organisation. One name is enough: it is used for both.
 */
export type OrganisationInput = { 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * Kind (`other` when unknown).
 */
kind: OrgKind | null, 
/**
 * District.
 */
district: string, 
/**
 * Address.
 */
address: string, 
/**
 * Phone as typed.
 */
phone: string, 
/**
 * E-mail.
 */
email: string, 
/**
 * Contact person.
 */
contact: string, 
/**
 * Notes.
 */
notes: string, };

/**
 * Filters of the organisations list.
 */
export type OrganisationFilter = { 
/**
 * Search text (either language, any case, prefixes of words).
 */
query: string, 
/**
 * Only this kind.
 */
kind?: OrgKind | null, 
/**
 * Only this district (exact).
 */
district?: string | null, 
/**
 * At most this many rows (default 200).
 */
limit?: number | null, 
/**
 * Rows to skip: the page's first row (default 0).
 */
offset?: number | null, };

/**
 * A district in use: the key that filters and groups (an event's
 * `district_key`, an organisation's district) and its names.
 */
export type District = { 
/**
 * What filters are given (`EventFilter::district`, …).
 */
key: string, 
/**
 * Its Kazakh name as the events give it (else the key).
 */
nameKk: string, 
/**
 * Its Russian name as the events give it (else empty: shown by the key).
 */
nameRu: string, };

/**
 * An event as stored, with its counts.
 */
export type Event = { 
/**
 * Row id.
 */
id: number, 
/**
 * Kind.
 */
kind: EventKind, 
/**
 * Campaign or initiative.
 */
campaignId?: number | null, 
/**
 * The campaign's name in Kazakh (empty without one).
 */
campaignKk: string, 
/**
 * The campaign's name in Russian (empty without one).
 */
campaignRu: string, 
/**
 * Title in Kazakh.
 */
titleKk: string, 
/**
 * Title in Russian.
 */
titleRu: string, 
/**
 * Local start, `YYYY-MM-DDTHH:MM`.
 */
startsAt: string, 
/**
 * Local end, `YYYY-MM-DDTHH:MM`.
 */
endsAt: string, 
/**
 * Place in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
placeKk: string, 
/**
 * Place in Russian (may be empty).
 */
placeRu: string, 
/**
 * District in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
districtKk: string, 
/**
 * District in Russian (may be empty).
 */
districtRu: string, 
/**
 * Planned, held or cancelled.
 */
status: EventStatus, 
/**
 * How many people were there as counted, those named in the
 * attendance included (never fewer than the people ticked present).
 */
headcount?: number | null, 
/**
 * Outcomes, free text.
 */
outcomes: string, 
/**
 * Number of proposals received.
 */
proposalsCount: number, 
/**
 * People registered (attendance rows).
 */
attendanceCount: number, 
/**
 * Media items.
 */
mediaCount: number, };

/**
 * A new or edited event. One title is enough: it is used for both.
 */
export type EventInput = { 
/**
 * Kind.
 */
kind: EventKind, 
/**
 * Campaign.
 */
campaignId?: number | null, 
/**
 * Title in Kazakh.
 */
titleKk: string, 
/**
 * Title in Russian.
 */
titleRu: string, 
/**
 * Local start (`YYYY-MM-DDTHH:MM`).
 */
startsAt: string, 
/**
 * Local end (`YYYY-MM-DDTHH:MM`); empty means the start.
 */
endsAt: string, 
/**
 * Place in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
placeKk: string, 
/**
 * Place in Russian (may be empty).
 */
placeRu: string, 
/**
 * District in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
 */
districtKk: string, 
/**
 * District in Russian (may be empty).
 */
districtRu: string, 
/**
 * Status.
 */
status: EventStatus, 
/**
 * How many people were there as counted, the named ones included.
 */
headcount?: number | null, 
/**
 * Outcomes.
 */
outcomes: string, 
/**
 * Proposals received.
 */
proposalsCount: number, 
/**
 * The user confirmed recording as held an event that has not begun
 * (refused with [`Invalid::EventNotBegun`] otherwise).
 */
confirmFuture?: boolean | null, };

/**
 * Filters of the events list.
 */
export type EventFilter = { 
/**
 * Events starting on or after this date (`YYYY-MM-DD`).
 */
from?: string | null, 
/**
 * Events starting on or before this date (`YYYY-MM-DD`).
 */
to?: string | null, 
/**
 * Only this campaign.
 */
campaignId?: number | null, 
/**
 * Only this status.
 */
status?: EventStatus | null, 
/**
 * Only this district, by its key ([`Event::district_key`]).
 */
district?: string | null, 
/**
 * Events still running on or after this date (`YYYY-MM-DD`): with an
 * earlier `from`, the events that cover a span of days.
 */
endsFrom?: string | null, };

/**
 * A person at an event.
 */
export type AttendanceRow = { 
/**
 * Row id.
 */
id: number, 
/**
 * The person.
 */
personId: number, 
/**
 * «Surname Name Patronymic».
 */
fullName: string, 
/**
 * Organisation in Kazakh.
 */
organisationKk: string, 
/**
 * Organisation in Russian.
 */
organisationRu: string, 
/**
 * Position in Kazakh.
 */
positionKk: string, 
/**
 * Position in Russian.
 */
positionRu: string, 
/**
 * Phone.
 */
phone: string, 
/**
 * Role.
 */
role: Role, 
/**
 * Present (ticked on the sign-in sheet).
 */
present: boolean, 
/**
 * The invitation of a delegation member; none for walk-ins and people
 * recorded after the fact.
 */
invitation?: Invitation | null, 
/**
 * The person's gender as stored, else as the IIN, patronymic or surname
 * show it (for «Подтвердил» / «Подтвердила»).
 */
gender?: Gender | null, 
/**
 * The person's nomination or place at the event in Kazakh («I орын»),
 * printed on their diplomas; empty when none.
 */
nominationKk: string, 
/**
 * The nomination or place in Russian («I место»).
 */
nominationRu: string, };

/**
 * A publication about an event.
 */
export type MediaItem = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * Outlet (newspaper, TV channel, site, Instagram account…).
 */
outlet: string, 
/**
 * Link.
 */
url: string, 
/**
 * Publication date, `YYYY-MM-DD`.
 */
publishedOn?: string | null, 
/**
 * Views.
 */
views?: number | null, };

/**
 * A new or edited publication.
 */
export type MediaInput = { 
/**
 * Outlet.
 */
outlet: string, 
/**
 * Link.
 */
url: string, 
/**
 * Publication date.
 */
publishedOn?: string | null, 
/**
 * Views.
 */
views?: number | null, };

/**
 * A memorandum.
 */
export type Memorandum = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event where it was signed.
 */
eventId: number, 
/**
 * The parties in Kazakh, as written (may be empty; see
 * [`crate::i18n::in_lang`]).
 */
partiesKk: string, 
/**
 * The parties in Russian (may be empty).
 */
partiesRu: string, 
/**
 * The subject in Kazakh (may be empty).
 */
subjectKk: string, 
/**
 * The subject in Russian (may be empty).
 */
subjectRu: string, 
/**
 * Signing date, `YYYY-MM-DD`.
 */
signedOn?: string | null, };

/**
 * A new or edited memorandum.
 */
export type MemorandumInput = { 
/**
 * The parties in Kazakh; required in one language at least.
 */
partiesKk: string, 
/**
 * The parties in Russian.
 */
partiesRu: string, 
/**
 * The subject in Kazakh.
 */
subjectKk: string, 
/**
 * The subject in Russian.
 */
subjectRu: string, 
/**
 * Signing date.
 */
signedOn?: string | null, };

/**
 * What is being imported.
 */
export type ImportKind = "people" | "organisations";

/**
 * A field a column can be imported into.
 */
export type Field = "surname" | "name" | "patronymic" | "full_name" | "gender" | "organisation" | "position" | "position_kk" | "position_ru" | "phone" | "email" | "categories" | "iin" | "consent" | "consent_date" | "notes" | "role" | "name_kk" | "name_ru" | "kind" | "district" | "address" | "contact";

/**
 * The kind of file a table came from.
 */
export type TableFormat = "xlsx" | "xlsb" | "xls" | "ods" | "csv_utf8" | "csv_utf16" | "csv_windows1251";

/**
 * A value refused in one cell.
 */
export type Problem = { 
/**
 * The row number as Excel shows it.
 */
line: number, 
/**
 * The column's header as written in the file (its letter when the
 * header is blank; empty when the field has no column at all).
 */
column: string, 
/**
 * The field the value was for.
 */
field: Field, 
/**
 * Why it was refused (translated as `invalid-<reason>`, as a form's
 * refusal is).
 */
reason: Invalid, 
/**
 * The limit broken, for `too_long` (characters).
 */
limit?: number | null, 
/**
 * The offending text, cut to about 100 characters.
 */
value: string, };

/**
 * What the user sees before committing an import.
 */
export type ImportPreview = { 
/**
 * People or organisations.
 */
kind: ImportKind, 
/**
 * What the file was read as.
 */
format: TableFormat, 
/**
 * The sheet read, for workbooks.
 */
sheet?: string | null, 
/**
 * The header row as in the file.
 */
headers: Array<string>, 
/**
 * Which column feeds which field (recognised, or as the user set it).
 */
mapping: Array<Field | null>, 
/**
 * The fields a column may be mapped to for this kind.
 */
fields: Array<Field>, 
/**
 * False when the columns the kind needs are not mapped.
 */
hasRequiredColumns: boolean, 
/**
 * Data rows in the file.
 */
totalRows: number, 
/**
 * Rows without problems.
 */
validRows: number, 
/**
 * Valid rows that are already in the registry.
 */
existingRows: number, 
/**
 * Rows with at least one problem.
 */
invalidRows: number, 
/**
 * The problems, by row and column (at most [`MAX_LISTED_PROBLEMS`]).
 */
problems: Array<Problem>, 
/**
 * The first rows of the file, for the mapping screen.
 */
sample: Array<Array<string>>, };

/**
 * What a commit did.
 */
export type ImportOutcome = { 
/**
 * Rows added to the registry.
 */
created: number, 
/**
 * Rows already in the registry (left as they are).
 */
existing: number, 
/**
 * Invalid rows skipped.
 */
skipped: number, 
/**
 * People added to the event (attendance imports).
 */
addedToEvent: number, };

/**
 * What to export.
 */
export type ExportKind = "people" | "organisations" | "events";

/**
 * What a people export carries besides the defaults. By default it leaves
 * the IIN out and marks people without consent in the consent column.
 */
export type PeopleExportOptions = { 
/**
 * Add the IIN column.
 */
withIin: boolean, 
/**
 * Leave out people who gave no consent to processing their data.
 */
consentedOnly: boolean, };

/**
 * What kind of operation took data out.
 */
export type AuditKind = "export" | "backup" | "erase";

/**
 * One entry of the audit trail.
 */
export type AuditEntry = { 
/**
 * Row id.
 */
id: number, 
/**
 * When, UTC RFC 3339.
 */
at: string, 
/**
 * The kind of operation.
 */
kind: AuditKind, 
/**
 * What it covered.
 */
subject: string, 
/**
 * How many rows.
 */
rowCount: number, 
/**
 * The file written, or empty.
 */
file: string, 
/**
 * Whether IINs went with it.
 */
withIin: boolean, };

/**
 * What an erase did.
 */
export type EraseReport = { 
/**
 * The person's row id.
 */
personId: number, 
/**
 * When, UTC RFC 3339.
 */
erasedAt: string, 
/**
 * Issued documents that keep the name as printed.
 */
documentsKept: number, 
/**
 * Attendance rows kept (without personal data) for the reports.
 */
attendanceKept: number, 
/**
 * True when the WAL was checkpointed and emptied; false when another
 * connection was reading (the old pages go at the next checkpoint).
 */
walEmptied: boolean, };

/**
 * Characters of one text that the fonts cannot draw.
 */
export type GlyphProblem = { 
/**
 * Whose or which text, e.g. «Әлденей Әлібек» or «template: body_kk».
 */
what: string, 
/**
 * The characters, each once, as `«中» U+4E2D`.
 */
chars: Array<string>, };

/**
 * One refused field of a form: what [`Error::Validation`] carries, as a
 * list item of [`Error::Fields`] and of the IPC error.
 */
export type FieldProblem = { 
/**
 * The field, translated by the UI as `field-<field>`.
 */
field: FieldName, 
/**
 * Why, translated by the UI as `invalid-<reason>`.
 */
reason: Invalid, 
/**
 * The limit broken, for `TooLong` (characters) and `TooLarge` (bytes).
 */
limit?: number | null, 
/**
 * What is wrong, in English, for logs and the details line.
 */
message: string, };

/**
 * The kind of a document template.
 */
export type TemplateKind = "gratitude" | "diploma" | "certificate" | "sheet";

/**
 * The kind of an issued (numbered) document.
 */
export type DocKind = "gratitude" | "diploma" | "certificate";

/**
 * The language(s) of a document.
 */
export type DocLang = "kk" | "ru" | "both" | "pair";

/**
 * Where an issued document stands in the register.
 */
export type DocStatus = "issued" | "spoiled" | "revoked" | "reissued";

/**
 * Page orientation of a template.
 */
export type Orientation = "portrait" | "landscape";

/**
 * A template as stored.
 */
export type Template = { 
/**
 * Row id.
 */
id: number, 
/**
 * Which document it makes.
 */
kind: TemplateKind, 
/**
 * Name shown in lists.
 */
name: string, 
/**
 * Register series, e.g. «АХ».
 */
series: string, 
/**
 * Title in Kazakh.
 */
titleKk: string, 
/**
 * Title in Russian.
 */
titleRu: string, 
/**
 * Line under the title in Kazakh.
 */
subtitleKk: string, 
/**
 * Line under the title in Russian.
 */
subtitleRu: string, 
/**
 * Salutation in Kazakh (letters).
 */
salutationKk: string, 
/**
 * Salutation in Russian (letters).
 */
salutationRu: string, 
/**
 * Body in Kazakh; blank lines separate paragraphs.
 */
bodyKk: string, 
/**
 * Body in Russian.
 */
bodyRu: string, 
/**
 * Page orientation.
 */
orientation: Orientation, 
/**
 * Accent colour, `#RRGGBB`.
 */
accentColor: string, 
/**
 * The signatory; `None` for the office's default signatory.
 */
signatoryId?: number | null, 
/**
 * True when the template has a logo of its own (else the office logo is used).
 */
hasLogo: boolean, 
/**
 * Print the verification code and QR code.
 */
showQr: boolean, 
/**
 * One of the templates Kense ships with.
 */
builtin: boolean, };

/**
 * A new or edited template: everything but the id, the logo and the flags.
 */
export type TemplateInput = { 
/**
 * The template to edit; `None` to create one.
 */
id?: number | null, 
/**
 * Which document it makes.
 */
kind: TemplateKind, 
/**
 * Name shown in lists.
 */
name: string, 
/**
 * Register series.
 */
series: string, 
/**
 * Title in Kazakh.
 */
titleKk: string, 
/**
 * Title in Russian.
 */
titleRu: string, 
/**
 * Subtitle in Kazakh.
 */
subtitleKk: string, 
/**
 * Subtitle in Russian.
 */
subtitleRu: string, 
/**
 * Salutation in Kazakh.
 */
salutationKk: string, 
/**
 * Salutation in Russian.
 */
salutationRu: string, 
/**
 * Body in Kazakh.
 */
bodyKk: string, 
/**
 * Body in Russian.
 */
bodyRu: string, 
/**
 * Orientation.
 */
orientation: Orientation, 
/**
 * Accent colour, `#RRGGBB`.
 */
accentColor: string, 
/**
 * Signatory, or `None` for the default one.
 */
signatoryId?: number | null, 
/**
 * Print the verification code and QR code.
 */
showQr: boolean, };

/**
 * What to issue, to whom.
 */
export type IssueRequest = { 
/**
 * The event.
 */
eventId: number, 
/**
 * The template (its kind is the document kind).
 */
templateId: number, 
/**
 * Language(s).
 */
lang: DocLang, 
/**
 * Only attendees with this role (winners, awardees…).
 */
role?: Role | null, 
/**
 * Only these people (a selection); otherwise every attendee marked present.
 */
personIds?: Array<number> | null, 
/**
 * Date of issue, `YYYY-MM-DD`; today when absent.
 */
issuedOn?: string | null, 
/**
 * Issue even though the event has not taken place yet (its date is after
 * the date of issue); without it such a batch is refused.
 */
confirmFuture?: boolean | null, };

/**
 * An earlier award of the same kind to the same person.
 */
export type EarlierAward = { 
/**
 * Its number.
 */
number: string, 
/**
 * When it was issued.
 */
issuedOn: string, };

/**
 * One person a batch will issue to.
 */
export type BatchRecipient = { 
/**
 * The person.
 */
personId: number, 
/**
 * Full name as it will be printed.
 */
fullName: string, 
/**
 * Organisation and position as printed.
 */
organisation: string, 
/**
 * The gender as stored or inferred (for messages about the person).
 */
gender?: Gender | null, 
/**
 * Awards of the same kind within the warning window.
 */
earlier: Array<EarlierAward>, };

/**
 * The kind of record a printed field belongs to (what the UI opens to fill
 * it in).
 */
export type TranslatedRecord = "person" | "event" | "itinerary" | "stop" | "attendance" | "memorandum";

/**
 * A printed field kept in both languages.
 */
export type TranslatedField = "position" | "place" | "showing" | "nomination" | "meeting_point" | "transport" | "site" | "address" | "district" | "parties" | "subject";

/**
 * A printed field with no text in a page's language.
 */
export type MissingTranslation = { 
/**
 * Whose field.
 */
record: TranslatedRecord, 
/**
 * The record's id.
 */
id: number, 
/**
 * The event of a stop; absent for other records.
 */
eventId?: number | null, 
/**
 * The record as the user knows it («Әбдірахманов Асқар Дарханұлы»).
 */
what: string, 
/**
 * Which field.
 */
field: TranslatedField, 
/**
 * The language the field has no text in.
 */
lang: Lang, 
/**
 * What prints instead if the user prints anyway: the other language's text.
 */
fallback: string, };

/**
 * What a batch would do, shown before issuing.
 */
export type BatchPreview = { 
/**
 * Document kind.
 */
kind: DocKind, 
/**
 * The recipients in printing order.
 */
recipients: Array<BatchRecipient>, 
/**
 * The warning window in months (0: off).
 */
repeatWarningMonths: number, 
/**
 * Characters no font has; a batch with any is refused.
 */
missingGlyphs: Array<GlyphProblem>, 
/**
 * Placeholders the template uses that Kense does not know.
 */
unknownPlaceholders: Array<string>, 
/**
 * Printed fields with no text in a language of the batch (a position
 * only in Kazakh on a Russian certificate): filled in, or printed
 * anyway in the other language.
 */
missingTranslations: Array<MissingTranslation>, };

/**
 * A format Kense writes: what a save dialog asks for, and the only
 * extensions that may be opened or revealed.
 */
export type SaveFormat = "pdf" | "xlsx" | "csv" | "ics" | "docx" | "kbak" | "kpack" | "txt";

/**
 * What an open dialog asks for.
 */
export type OpenKind = "table" | "image" | "backup";

/**
 * What the UI gets from a dialog: the handle, and the path to show (the
 * path grants nothing: commands take the handle).
 */
export type PickedFile = { 
/**
 * Pass this to the command that reads or writes the file.
 */
handle: number, 
/**
 * The path, for display.
 */
path: string, };

/**
 * Files the user dropped on the window: the images, registered as picked
 * to open as images, and the names of the other files (not added).
 */
export type DroppedFiles = { 
/**
 * The JPEG and PNG files, each with its handle.
 */
images: Array<PickedFile>, 
/**
 * The names of the files that are not JPEG or PNG.
 */
skipped: Array<string>, };

/**
 * Where a batch goes: a file picked to save a PDF, or a picked folder.
 */
export type BatchTarget = { "kind": "combined", "file": number } | { "kind": "perPerson", "file": number };

/**
 * The file format of issued documents: the PDF to print as it is, or a
 * DOCX to edit in Word first (the same texts, number and QR code).
 */
export type DocFormat = "pdf" | "docx";

/**
 * What a batch issued and wrote.
 *
 * `unprinted` lists register numbers that are committed but whose file is
 * not there (a crash after COMMIT, or a rename that failed): print them
 * again with «print again» (`kense doc print NUMBER`).
 */
export type IssueOutcome = { 
/**
 * The register rows.
 */
documents: Array<IssuedDocument>, 
/**
 * The files written (full paths).
 */
files: Array<string>, 
/**
 * Numbers in the register without their file (this batch or an earlier,
 * interrupted one into the same folder): print them again.
 */
unprinted: Array<string>, };

/**
 * A register row.
 */
export type IssuedDocument = { 
/**
 * Row id.
 */
id: number, 
/**
 * The number as printed, «АХ-2026/0042».
 */
number: string, 
/**
 * Series.
 */
series: string, 
/**
 * Year of the number.
 */
year: number, 
/**
 * Sequence number within series and year.
 */
seq: number, 
/**
 * Kind.
 */
kind: DocKind, 
/**
 * Language(s).
 */
lang: DocLang, 
/**
 * The recipient in the registry, if any.
 */
personId?: number | null, 
/**
 * The recipient's name as printed.
 */
recipient: string, 
/**
 * Organisation (and position) as printed.
 */
organisation: string, 
/**
 * The event it was issued for.
 */
eventId?: number | null, 
/**
 * The event's title in Kazakh (empty without an event).
 */
eventTitleKk: string, 
/**
 * The event's title in Russian.
 */
eventTitleRu: string, 
/**
 * The template it was made from.
 */
templateId?: number | null, 
/**
 * Date of issue, `YYYY-MM-DD`.
 */
issuedOn: string, 
/**
 * Verification code, «26-0042-K3QX».
 */
checkCode: string, 
/**
 * Status.
 */
status: DocStatus, 
/**
 * Why it was spoiled, revoked or reissued.
 */
reason: string, 
/**
 * When the status last changed (UTC), if it did.
 */
statusAt?: string | null, 
/**
 * The number of the document this one replaces.
 */
replaces?: string | null, 
/**
 * The number of the document that replaced this one.
 */
replacedBy?: string | null, 
/**
 * The batch it was issued in.
 */
batch: string, 
/**
 * When the recipient's personal data was erased (`YYYY-MM-DD`); the
 * register keeps the name as printed.
 */
recipientErasedOn?: string | null, };

/**
 * What to list from the register.
 */
export type RegisterFilter = { 
/**
 * Words of the recipient, organisation or number.
 */
query: string, 
/**
 * Only this kind.
 */
kind?: DocKind | null, 
/**
 * Only this status.
 */
status?: DocStatus | null, 
/**
 * Only this event's documents.
 */
eventId?: number | null, 
/**
 * Only this year.
 */
year?: number | null, 
/**
 * At most this many rows (newest first); `None` for all, oldest first
 * (the journal order).
 */
limit?: number | null, 
/**
 * Rows to skip with a limit: the page's first row (default 0).
 */
offset?: number | null, };

/**
 * The result of checking a verification code against the register.
 */
export type VerifyResult = { 
/**
 * True when the code belongs to a document in this register.
 */
genuine: boolean, 
/**
 * True when that document is genuine and still issued (not spoiled,
 * revoked or replaced).
 */
valid: boolean, 
/**
 * The document, when genuine.
 */
document?: IssuedDocument | null, };

/**
 * What sheet to print.
 */
export type SheetRequest = { 
/**
 * The event.
 */
eventId: number, 
/**
 * A sheet template; the built-in one when absent.
 */
templateId?: number | null, 
/**
 * Kazakh, Russian or both (headings «Аты-жөні / ФИО»).
 */
lang: DocLang, 
/**
 * Empty numbered rows for walk-ins.
 */
blankRows: number, 
/**
 * Only attendees with this role.
 */
role?: Role | null, 
/**
 * A4 landscape instead of the template's orientation.
 */
landscape: boolean | null, 
/**
 * Print the participants' phone numbers (off by default: the sheet is
 * passed round the room).
 */
withPhones: boolean, };

/**
 * What to report on: a period (inclusive dates) and optional filters.
 */
export type ReportQuery = { 
/**
 * First day, `YYYY-MM-DD`.
 */
from: string, 
/**
 * Last day, `YYYY-MM-DD` (inclusive).
 */
to: string, 
/**
 * Only events of this campaign.
 */
campaignId?: number | null, 
/**
 * Only events in this district.
 */
district?: string | null, 
/**
 * Today (`YYYY-MM-DD`), as the caller knows it: a period still running
 * on this day is compared by its days so far. None: the whole period.
 */
asOf?: string | null, };

/**
 * The figures of one period.
 */
export type Figures = { 
/**
 * First day, `YYYY-MM-DD`.
 */
from: string, 
/**
 * Last day, `YYYY-MM-DD`.
 */
to: string, 
/**
 * Events in the period (any status).
 */
eventsTotal: number, 
/**
 * Events held.
 */
eventsHeld: number, 
/**
 * Events still planned (not marked held or cancelled).
 */
eventsPlanned: number, 
/**
 * Events cancelled.
 */
eventsCancelled: number, 
/**
 * Named attendance + the people counted beyond them at held events.
 */
peopleReached: number, 
/**
 * People ticked present at held events (once per event).
 */
namedAttendance: number, 
/**
 * People counted at held events beyond those named (each event's
 * headcount less its named attendance, never below 0).
 */
headcount: number, 
/**
 * Distinct people present at held events.
 */
uniquePeople: number, 
/**
 * Documents issued (issued or revoked), all kinds.
 */
documentsIssued: number, 
/**
 * Gratitude letters issued.
 */
gratitudeLetters: number, 
/**
 * Diplomas issued.
 */
diplomas: number, 
/**
 * Certificates issued.
 */
certificates: number, 
/**
 * Media publications about the period's events.
 */
mediaPublications: number, 
/**
 * Their views.
 */
mediaViews: number, 
/**
 * Memoranda signed at the period's events.
 */
memoranda: number, 
/**
 * Proposals received at held events.
 */
proposals: number, 
/**
 * «Общественный помощник полиции» IDs handed over at the period's events.
 */
policeAssistantIds: number, 
/**
 * IDs of every kind handed over.
 */
idHandovers: number, 
/**
 * Photos of the period's events.
 */
photos: number, 
/**
 * Initiatives presented.
 */
initiatives: number, 
/**
 * Proposals drafted, recorded one by one.
 */
proposalRecords: number, 
/**
 * People equipment was handed over to.
 */
equipmentRecipients: number, };

/**
 * One indicator of the report, in display order.
 */
export type IndicatorKey = "events_held" | "events_planned" | "events_cancelled" | "people_reached" | "named_attendance" | "headcount" | "unique_people" | "documents_issued" | "gratitude_letters" | "diplomas" | "certificates" | "media_publications" | "media_views" | "memoranda" | "proposals" | "initiatives" | "id_handovers" | "police_assistant_ids" | "photos";

/**
 * An indicator beside the previous period, with the change.
 */
export type Indicator = { 
/**
 * Which indicator.
 */
key: IndicatorKey, 
/**
 * This period.
 */
current: number, 
/**
 * The previous period.
 */
previous: number, 
/**
 * `current - previous`.
 */
change: number, 
/**
 * The change in percent of the previous value, one decimal; none when
 * the previous value is 0.
 */
changePercent?: number | null, };

/**
 * A campaign as a column of the kind × campaign table (`id` none: events
 * without a campaign).
 */
export type CampaignColumn = { 
/**
 * The campaign.
 */
id?: number | null, 
/**
 * Name in Kazakh (empty for "no campaign").
 */
nameKk: string, 
/**
 * Name in Russian (empty for "no campaign").
 */
nameRu: string, };

/**
 * One kind's held events by campaign.
 */
export type KindRow = { 
/**
 * The kind.
 */
kind: EventKind, 
/**
 * Held events per campaign, in the order of [`KindCampaignTable::campaigns`].
 */
counts: number[], 
/**
 * All held events of this kind.
 */
total: number, };

/**
 * Held events by kind × campaign (only kinds and campaigns that occur).
 */
export type KindCampaignTable = { 
/**
 * The columns.
 */
campaigns: Array<CampaignColumn>, 
/**
 * One row per kind.
 */
rows: Array<KindRow>, 
/**
 * Column totals.
 */
totals: number[], 
/**
 * All held events.
 */
total: number, };

/**
 * Reach of one category.
 */
export type CategoryReach = { 
/**
 * The category (none: people without a category).
 */
categoryId?: number | null, 
/**
 * Name in Kazakh (empty for "no category").
 */
nameKk: string, 
/**
 * Name in Russian (empty for "no category").
 */
nameRu: string, 
/**
 * Distinct people of the category present at held events.
 */
people: number, 
/**
 * Their attendances (once per event).
 */
attendances: number, };

/**
 * Documents of one kind issued in the period and the previous one.
 */
export type DocumentCount = { 
/**
 * `gratitude`, `diploma` or `certificate`.
 */
kind: string, 
/**
 * This period.
 */
count: number, 
/**
 * The previous period.
 */
previous: number, 
/**
 * Documents of this kind for the period's events, whatever their issue
 * date (issued or revoked).
 */
forEvents: number, };

/**
 * A publication about one of the period's events.
 */
export type MediaRow = { 
/**
 * Publication date.
 */
publishedOn?: string | null, 
/**
 * Outlet.
 */
outlet: string, 
/**
 * Link.
 */
url: string, 
/**
 * Views.
 */
views?: number | null, 
/**
 * The event.
 */
eventId: number, 
/**
 * Its title in Kazakh.
 */
eventTitleKk: string, 
/**
 * Its title in Russian.
 */
eventTitleRu: string, };

/**
 * A memorandum signed at one of the period's events.
 */
export type MemorandumRow = { 
/**
 * The memorandum's id.
 */
id: number, 
/**
 * Signing date.
 */
signedOn?: string | null, 
/**
 * The parties in Kazakh (may be empty; see [`MemorandumRow::parties`]).
 */
partiesKk: string, 
/**
 * The parties in Russian (may be empty).
 */
partiesRu: string, 
/**
 * The subject in Kazakh (may be empty).
 */
subjectKk: string, 
/**
 * The subject in Russian (may be empty).
 */
subjectRu: string, 
/**
 * The event.
 */
eventId: number, 
/**
 * Its title in Kazakh.
 */
eventTitleKk: string, 
/**
 * Its title in Russian.
 */
eventTitleRu: string, };

/**
 * Plan against actual for one kind.
 */
export type PlanRow = { 
/**
 * The kind (none: the total row).
 */
kind?: EventKind | null, 
/**
 * Events in the plan for the period (any status).
 */
planned: number, 
/**
 * Held.
 */
held: number, 
/**
 * Cancelled.
 */
cancelled: number, 
/**
 * Not yet marked held or cancelled.
 */
pending: number, };

/**
 * One event of the period.
 */
export type ReportEvent = { 
/**
 * Row id.
 */
id: number, 
/**
 * Local start, `YYYY-MM-DDTHH:MM`.
 */
startsAt: string, 
/**
 * Kind.
 */
kind: EventKind, 
/**
 * Campaign.
 */
campaignId?: number | null, 
/**
 * The campaign's name in Kazakh (empty without one).
 */
campaignKk: string, 
/**
 * The campaign's name in Russian (empty without one).
 */
campaignRu: string, 
/**
 * Title in Kazakh.
 */
titleKk: string, 
/**
 * Title in Russian.
 */
titleRu: string, 
/**
 * Place in Kazakh (may be empty; see [`ReportEvent::place`]).
 */
placeKk: string, 
/**
 * Place in Russian (may be empty).
 */
placeRu: string, 
/**
 * District in Kazakh (may be empty; see [`ReportEvent::district`]).
 */
districtKk: string, 
/**
 * District in Russian (may be empty).
 */
districtRu: string, 
/**
 * Status.
 */
status: EventStatus, 
/**
 * People ticked present (held events only; 0 otherwise).
 */
participants: number, 
/**
 * Headcount, if one was recorded.
 */
headcount?: number | null, 
/**
 * Proposals received.
 */
proposals: number, };

/**
 * How the events chart groups time.
 */
export type BucketUnit = "week" | "month";

/**
 * One bar of the events chart: held and planned events by kind.
 */
export type ChartBucket = { 
/**
 * First day in the bucket (within the period).
 */
from: string, 
/**
 * Last day in the bucket (within the period).
 */
to: string, 
/**
 * Events per kind, in the order of [`Report::chart_kinds`].
 */
counts: number[], };

/**
 * The kind of an ID or badge handed over at an event (issued and
 * numbered by another body).
 */
export type IdKind = "police_assistant" | "other";

/**
 * Where a proposal drafted at an event stands.
 */
export type ProposalStatus = "drafted" | "sent" | "accepted";

/**
 * An ID handed over at one of the period's events.
 */
export type HandoverRow = { 
/**
 * When, `YYYY-MM-DD`.
 */
handedOn?: string | null, 
/**
 * Who received it.
 */
personName: string, 
/**
 * The kind.
 */
kind: IdKind, 
/**
 * The name of an ID of kind `other`.
 */
kindOther: string, 
/**
 * The number the issuing body gave it.
 */
number: string, 
/**
 * The issuing body.
 */
issuer: string, 
/**
 * The event.
 */
eventId: number, 
/**
 * Its title in Kazakh.
 */
eventTitleKk: string, 
/**
 * Its title in Russian.
 */
eventTitleRu: string, };

/**
 * An initiative presented at one of the period's events.
 */
export type InitiativeRow = { 
/**
 * Name in Kazakh.
 */
nameKk: string, 
/**
 * Name in Russian.
 */
nameRu: string, 
/**
 * The event.
 */
eventId: number, 
/**
 * Its local start.
 */
startsAt: string, 
/**
 * Its title in Kazakh.
 */
eventTitleKk: string, 
/**
 * Its title in Russian.
 */
eventTitleRu: string, };

/**
 * A proposal drafted at one of the period's events.
 */
export type ProposalRow = { 
/**
 * The proposal.
 */
text: string, 
/**
 * To whom.
 */
addressee: string, 
/**
 * Where it stands.
 */
status: ProposalStatus, 
/**
 * The event.
 */
eventId: number, 
/**
 * Its local start.
 */
startsAt: string, 
/**
 * Its title in Kazakh.
 */
eventTitleKk: string, 
/**
 * Its title in Russian.
 */
eventTitleRu: string, };

/**
 * A photo on the report's photo page.
 */
export type ReportPhoto = { 
/**
 * The photo.
 */
photoId: number, 
/**
 * Caption.
 */
caption: string, 
/**
 * Credit.
 */
credit: string, 
/**
 * The event.
 */
eventId: number, 
/**
 * Its local start.
 */
startsAt: string, 
/**
 * Its title in Kazakh.
 */
eventTitleKk: string, 
/**
 * Its title in Russian.
 */
eventTitleRu: string, };

/**
 * The event records of one period.
 */
export type EventRecords = { 
/**
 * IDs handed over, by date.
 */
handovers: Array<HandoverRow>, 
/**
 * Initiatives presented, by event.
 */
initiatives: Array<InitiativeRow>, 
/**
 * Proposals drafted, by event.
 */
proposals: Array<ProposalRow>, 
/**
 * The photo page: photos chosen for the report of held events.
 */
photoPage: Array<ReportPhoto>, };

/**
 * A speaker of an event.
 */
export type Speaker = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * The person of the registry, if one.
 */
personId?: number | null, 
/**
 * The name to print: the person's full name, else the name as written.
 */
name: string, 
/**
 * Position in Kazakh, as said on the day.
 */
positionKk: string, 
/**
 * Position in Russian, as said on the day.
 */
positionRu: string, };

/**
 * A new or edited speaker.
 */
export type SpeakerInput = { 
/**
 * A person of the registry.
 */
personId?: number | null, 
/**
 * A name as written (when there is no person).
 */
name: string, 
/**
 * Position in Kazakh.
 */
positionKk: string, 
/**
 * Position in Russian.
 */
positionRu: string, };

/**
 * An initiative presented.
 */
export type Initiative = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * The campaign, if it is one of the office's.
 */
campaignId?: number | null, 
/**
 * The name in Kazakh (the campaign's, or as written).
 */
nameKk: string, 
/**
 * The name in Russian (the campaign's, or as written).
 */
nameRu: string, };

/**
 * A new initiative: a campaign, or a name in either or both languages.
 */
export type InitiativeInput = { 
/**
 * A campaign of the office.
 */
campaignId?: number | null, 
/**
 * A project's name in Kazakh.
 */
nameKk: string, 
/**
 * A project's name in Russian.
 */
nameRu: string, };

/**
 * A proposal.
 */
export type Proposal = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * The proposal, as drafted.
 */
text: string, 
/**
 * To whom it goes (a body or an official).
 */
addressee: string, 
/**
 * Where it stands.
 */
status: ProposalStatus, };

/**
 * A new or edited proposal.
 */
export type ProposalInput = { 
/**
 * The proposal.
 */
text: string, 
/**
 * To whom it goes.
 */
addressee: string, 
/**
 * Where it stands.
 */
status: ProposalStatus, };

/**
 * Equipment handed over.
 */
export type EquipmentHandover = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * What was handed over, as written.
 */
what: string, 
/**
 * To how many people.
 */
recipients: number, };

/**
 * A new equipment hand-over.
 */
export type EquipmentInput = { 
/**
 * What.
 */
what: string, 
/**
 * To how many people (at least 1).
 */
recipients: number, };

/**
 * An ID handed over.
 */
export type IdHandover = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * The event's title in Kazakh.
 */
eventTitleKk: string, 
/**
 * The event's title in Russian.
 */
eventTitleRu: string, 
/**
 * Who received it.
 */
personId: number, 
/**
 * Their full name.
 */
personName: string, 
/**
 * The kind.
 */
kind: IdKind, 
/**
 * The name of an ID of kind `other` (empty otherwise).
 */
kindOther: string, 
/**
 * The number the issuing body gave it (as printed on it).
 */
number: string, 
/**
 * The issuing body (e.g. «Қонаев қ. ПБ» / «УП г. Конаев»).
 */
issuer: string, 
/**
 * When it was handed over, `YYYY-MM-DD`.
 */
handedOn?: string | null, };

/**
 * A new or edited hand-over.
 */
export type IdHandoverInput = { 
/**
 * Who received it.
 */
personId: number, 
/**
 * The kind.
 */
kind: IdKind, 
/**
 * The name of an ID of kind `other`.
 */
kindOther: string, 
/**
 * The number the issuing body gave it.
 */
number: string, 
/**
 * The issuing body.
 */
issuer: string, 
/**
 * When it was handed over (default: the event's day).
 */
handedOn?: string | null, };

/**
 * A photo of an event (without its bytes).
 */
export type Photo = { 
/**
 * Row id.
 */
id: number, 
/**
 * The event.
 */
eventId: number, 
/**
 * `image/jpeg` or `image/png`.
 */
mime: string, 
/**
 * Width in pixels.
 */
width: number, 
/**
 * Height in pixels.
 */
height: number, 
/**
 * File size in bytes.
 */
byteSize: number, 
/**
 * Caption.
 */
caption: string, 
/**
 * Who took it (printed as «Фото: …»).
 */
credit: string, 
/**
 * Chosen for the report and the press release.
 */
chosen: boolean, };

/**
 * A photo's caption, credit and mark.
 */
export type PhotoInput = { 
/**
 * Caption.
 */
caption: string, 
/**
 * Who took it.
 */
credit: string, 
/**
 * Chosen for the report.
 */
chosen: boolean, };

/**
 * Why a backup was taken.
 */
export type BackupReason = "daily" | "periodic" | "manual" | "before_migration" | "before_import" | "before_restore" | "before_erase";

/**
 * What is in a database or backup, for the list and for «what will be replaced».
 */
export type Contents = { 
/**
 * Schema version.
 */
schemaVersion: number, 
/**
 * People in the registry (not deleted).
 */
people: number, 
/**
 * Events (not deleted).
 */
events: number, 
/**
 * Documents in the register.
 */
documents: number, };

/**
 * One backup in the folder.
 */
export type BackupInfo = { 
/**
 * The file.
 */
path: string, 
/**
 * When it was taken (UTC, RFC 3339).
 */
takenAt: string, 
/**
 * Why.
 */
reason: BackupReason, 
/**
 * Size in bytes.
 */
sizeBytes: number, 
/**
 * What it holds; `None` when it cannot be read.
 */
contents?: Contents | null, 
/**
 * It passed `integrity_check` when written and opens as a Kense database now.
 */
checked: boolean, };

/**
 * What a restore did.
 */
export type RestoreOutcome = { 
/**
 * The backup of the state that was replaced (when it could be read).
 */
previousBackup?: BackupInfo | null, 
/**
 * Where a damaged database (or one written by a newer Kense, whose
 * copy would not pass the check) was moved aside, untouched.
 */
damagedKeptAt?: string | null, 
/**
 * What the restored database holds.
 */
restored: Contents, };

/**
 * What the database file is on disk, for the start screen's message.
 */
export type DatabaseFile = "missing" | "empty" | "present";

/**
 * The backup folder and its backups (Settings → Backups, the start screen).
 */
export type BackupOverview = { 
/**
 * The database file.
 */
dbPath: string, 
/**
 * What the database file is on disk.
 */
databaseFile: DatabaseFile, 
/**
 * What the open database holds now (what a restore replaces); null
 * when it is not open.
 */
current?: Contents | null, 
/**
 * The backup folder.
 */
folder: string, 
/**
 * True when the folder was chosen in Settings (not the default beside
 * the database).
 */
customFolder: boolean, 
/**
 * The backup folder is on the disk of the database: one failing disk
 * loses both (suggest a copy on a USB drive).
 */
sameDisk: boolean, 
/**
 * The backups, newest first.
 */
backups: Array<BackupInfo>, 
/**
 * Why the last automatic backup failed (null when it worked).
 */
lastFailure?: IpcError | null, };

/**
 * A backup file the user picked to restore.
 */
export type ChosenBackup = { 
/**
 * The file.
 */
path: string, 
/**
 * Encrypted with a passphrase (ask for it, then [`inspect_backup_file`]).
 */
encrypted: boolean, 
/**
 * What it holds, for a plain file.
 */
contents?: Contents | null, };

/**
 * A copy written with [`back_up_to_file`].
 */
export type SavedBackup = { 
/**
 * Where it was written.
 */
path: string, 
/**
 * Encrypted with a passphrase.
 */
encrypted: boolean, 
/**
 * What it holds.
 */
contents: Contents, };

/**
 * The report of one period.
 */
export type Report = { 
/**
 * What was asked.
 */
query: ReportQuery, 
/**
 * This period's figures (its days so far when it is still running).
 */
current: Figures, 
/**
 * The previous period's figures (same filters; as many days when this
 * period is still running).
 */
previous: Figures, 
/**
 * The period is still running on `query.asOf`: `current` and `previous`
 * cover its days so far and as many days of the previous period.
 */
running: boolean, 
/**
 * Days of the period elapsed on `query.asOf` (0 before it begins; the
 * whole period without `asOf`).
 */
daysElapsed: number, 
/**
 * Fewer than [`EARLY_DAYS`] days elapsed: show the change without alarm.
 */
barelyBegun: boolean, 
/**
 * The indicators with the change, in display order.
 */
indicators: Array<Indicator>, 
/**
 * Held events by kind × campaign.
 */
byKindCampaign: KindCampaignTable, 
/**
 * Reach by category (every category, then «no category»).
 */
byCategory: Array<CategoryReach>, 
/**
 * Documents by kind.
 */
documents: Array<DocumentCount>, 
/**
 * Media coverage.
 */
media: Array<MediaRow>, 
/**
 * Memoranda.
 */
memoranda: Array<MemorandumRow>, 
/**
 * Held events with proposals.
 */
proposals: Array<ReportEvent>, 
/**
 * Plan against actual by kind, then the total row.
 */
plan: Array<PlanRow>, 
/**
 * The events, by start.
 */
events: Array<ReportEvent>, 
/**
 * How the chart groups time.
 */
chartUnit: BucketUnit, 
/**
 * The kinds in the chart (those with events).
 */
chartKinds: Array<EventKind>, 
/**
 * The chart's bars.
 */
chart: Array<ChartBucket>, 
/**
 * The period's event records: ID hand-overs, initiatives, proposals,
 * the photo page.
 */
records: EventRecords, };

/**
 * The dashboard: this month so far against as many days of the previous
 * month, and what comes next.
 */
export type Dashboard = { 
/**
 * The report of the current month.
 */
report: Report, 
/**
 * The next planned events from today.
 */
upcoming: Array<Event>, };

/**
 * The language(s) of a PDF report.
 */
export type ReportLang = "kk" | "ru" | "both";

/**
 * The office's sending to the region, as Settings shows it.
 */
export type SendStatus = { 
/**
 * The office's UUID.
 */
officeId: string, 
/**
 * The code the region gave the office ("" until set).
 */
code: string, 
/**
 * The hub's address, `postgres://USER@HOST:PORT/DB` ("" until set).
 */
url: string, 
/**
 * Whether people's IINs are sent.
 */
sendIin: boolean, 
/**
 * The number of the last change set sent (0 before the first).
 */
sentSeq: number, 
/**
 * When it was sent, UTC (`2026-12-02T09:15:00Z`), if ever.
 */
sentAt?: string | null, 
/**
 * The month (`YYYY-MM`) whose figures the region expects and nothing
 * has been sent since it ended; null when none is due (or the office
 * does not send to a hub at all).
 */
dueMonth?: string | null, };

/**
 * A package written with [`save_hub_package`].
 */
export type SavedPackage = { 
/**
 * The change set's number.
 */
seq: number, 
/**
 * Rows in it.
 */
rows: number, };

/**
 * What a push or load did.
 */
export type Applied = { 
/**
 * The change set's number.
 */
seq: number, 
/**
 * Rows in the change set.
 */
rowsSent: number, 
/**
 * Rows the hub inserted or changed.
 */
rowsChanged: number, 
/**
 * True when the hub already had this change set (nothing was done).
 */
alreadyThere: boolean, 
/**
 * True when every row was sent (a first push, or the hub and this
 * database disagreed about what was sent last).
 */
full: boolean, };

/**
 * One office's report.
 */
export type OfficeReport = { 
/**
 * The office's UUID.
 */
officeId: string, 
/**
 * Its code.
 */
code: string, 
/**
 * Its name.
 */
name: string, 
/**
 * When its last change set arrived (RFC 3339), if ever.
 */
lastSentAt?: string | null, 
/**
 * Its report.
 */
report: Report, };

/**
 * The consolidated report: all the chosen offices together, and each.
 */
export type HubReport = { 
/**
 * All offices together.
 */
total: Report, 
/**
 * Each office, by code.
 */
offices: Array<OfficeReport>, };

/**
 * How far a long operation is: `done` units of `total` (documents, rows).
 */
export type Step = { 
/**
 * Units finished.
 */
done: number, 
/**
 * Units in all (0 while not yet known).
 */
total: number, };

/** Every command, typed. A failed call rejects with an {@link IpcError}. */
export const commands = {
  /** Version, database path, language and any error opening the database. */
  appInfo: (): Promise<AppInfo> => invoke("app_info"),
  /** Remembers the UI language. */
  setLanguage: (language: Lang): Promise<null> => invoke("set_language", { language }),
  /** The office profile. */
  getOfficeProfile: (): Promise<OfficeProfile> => invoke("get_office_profile"),
  /** Saves the office profile. */
  updateOfficeProfile: (profile: OfficeProfileInput): Promise<OfficeProfile> => invoke("update_office_profile", { profile }),
  /** The signatories. */
  listSignatories: (): Promise<Array<Signatory>> => invoke("list_signatories"),
  /** Adds or edits a signatory. */
  saveSignatory: (signatory: SignatoryInput): Promise<Signatory> => invoke("save_signatory", { signatory }),
  /** Deletes a signatory. */
  deleteSignatory: (id: number): Promise<null> => invoke("delete_signatory", { id }),
  /** The campaigns and initiatives. */
  listCampaigns: (): Promise<Array<Campaign>> => invoke("list_campaigns"),
  /** Adds or edits a campaign; returns its id. */
  saveCampaign: (campaign: CampaignInput): Promise<number> => invoke("save_campaign", { campaign }),
  /** The latest changes of one row (entity `person`, `organisation`, `event`…), newest first; of everything when `entity` is null. */
  listChanges: (entity: string | null, id: number | null, limit: number): Promise<Array<Change>> => invoke("list_changes", { entity, id, limit }),
  /** Fills the demo office (profile, organisations, people, three months of events) into an empty registry; returns the counts. */
  fillDemo: (): Promise<DemoCounts> => invoke("fill_demo"),
  /** The version, where the data, the backups and the logs are, and the licences of the fonts and main libraries (it answers even when the database could not be opened: the backup folder is then the default). */
  aboutInfo: (): Promise<About> => invoke("about_info"),
  /** Opens Kense's own log folder in the file manager (made when missing). Takes no path: the webview cannot point it anywhere else. */
  openLogFolder: (): Promise<null> => invoke("open_log_folder"),
  /** The global search: people, organisations, events, register documents (by number or verification code) and campaigns, exact matches first, each kind with its true count. */
  searchAll: (query: string, limits: SearchLimits): Promise<SearchResults> => invoke("search_all", { query, limits }),
  /** People matching a search and filters, in Kazakh alphabet order. */
  listPeople: (filter: PersonFilter): Promise<Array<PersonSummary>> => invoke("list_people", { filter }),
  /** How many people match the filter (its page aside). */
  countPeople: (filter: PersonFilter): Promise<number> => invoke("count_people", { filter }),
  /** One person. */
  getPerson: (id: number): Promise<Person> => invoke("get_person", { id }),
  /** Adds a person. */
  createPerson: (person: PersonInput): Promise<Person> => invoke("create_person", { person }),
  /** Saves a person. */
  updatePerson: (id: number, person: PersonInput): Promise<Person> => invoke("update_person", { id, person }),
  /** Existing people who may be the one being entered. */
  findPersonDuplicates: (person: PersonInput, except: number | null): Promise<Array<PossibleDuplicate>> => invoke("find_person_duplicates", { person, except }),
  /** The register's documents issued to a person (asked before deleting them). */
  listPersonDocuments: (personId: number): Promise<Array<IssuedDocument>> => invoke("list_person_documents", { personId }),
  /** Deletes a person (undo with restore). */
  deletePerson: (id: number): Promise<null> => invoke("delete_person", { id }),
  /** A person's IIN in full, when the user asks to see it on their page (everything else carries it masked). */
  revealPersonIin: (id: number): Promise<string> => invoke("reveal_person_iin", { id }),
  /** Erases a person's personal data for good (documents keep the printed name); recorded in the change log and the audit trail without the data. A backup is taken first (kept among the last 10 before risky operations). */
  erasePerson: (id: number): Promise<EraseReport> => invoke("erase_person", { id }),
  /** The audit trail of operations that took personal data out, newest first. */
  listAudit: (limit: number): Promise<Array<AuditEntry>> => invoke("list_audit", { limit }),
  /** Brings back a deleted person. */
  restorePerson: (id: number): Promise<null> => invoke("restore_person", { id }),
  /** A person's events, newest first. */
  listPersonEvents: (id: number): Promise<Array<PersonEvent>> => invoke("list_person_events", { id }),
  /** The categories of people. */
  listCategories: (): Promise<Array<Category>> => invoke("list_categories"),
  /** Adds or renames a category. */
  saveCategory: (category: CategoryInput): Promise<number> => invoke("save_category", { category }),
  /** Organisations matching a search and filters. */
  listOrganisations: (filter: OrganisationFilter): Promise<Array<Organisation>> => invoke("list_organisations", { filter }),
  /** How many organisations match the filters, all pages together. */
  countOrganisations: (filter: OrganisationFilter): Promise<number> => invoke("count_organisations", { filter }),
  /** One organisation. */
  getOrganisation: (id: number): Promise<Organisation> => invoke("get_organisation", { id }),
  /** Adds an organisation. */
  createOrganisation: (organisation: OrganisationInput): Promise<Organisation> => invoke("create_organisation", { organisation }),
  /** Saves an organisation. */
  updateOrganisation: (id: number, organisation: OrganisationInput): Promise<Organisation> => invoke("update_organisation", { id, organisation }),
  /** How many of the register's documents went to the organisation's people (asked before deleting it). */
  countOrganisationDocuments: (organisationId: number): Promise<number> => invoke("count_organisation_documents", { organisationId }),
  /** Deletes an organisation (undo with restore). */
  deleteOrganisation: (id: number): Promise<null> => invoke("delete_organisation", { id }),
  /** Brings back a deleted organisation. */
  restoreOrganisation: (id: number): Promise<null> => invoke("restore_organisation", { id }),
  /** Districts in use, for filters: the key a filter takes and the names in both languages. */
  listDistricts: (): Promise<Array<District>> => invoke("list_districts"),
  /** Events matching the filters, by start time. */
  listEvents: (filter: EventFilter): Promise<Array<Event>> => invoke("list_events", { filter }),
  /** One event. */
  getEvent: (id: number): Promise<Event> => invoke("get_event", { id }),
  /** Adds an event. */
  createEvent: (event: EventInput): Promise<Event> => invoke("create_event", { event }),
  /** Saves an event. */
  updateEvent: (id: number, event: EventInput): Promise<Event> => invoke("update_event", { id, event }),
  /** Deletes an event (undo with restore). */
  deleteEvent: (id: number): Promise<null> => invoke("delete_event", { id }),
  /** Brings back a deleted event. */
  restoreEvent: (id: number): Promise<null> => invoke("restore_event", { id }),
  /** The people of an event. */
  listEventAttendance: (eventId: number): Promise<Array<AttendanceRow>> => invoke("list_event_attendance", { eventId }),
  /** Adds people to an event; returns how many were new. */
  addAttendance: (eventId: number, personIds: Array<number>, role: Role): Promise<number> => invoke("add_attendance", { eventId, personIds, role }),
  /** Adds everyone in a category to an event. */
  addAttendanceByCategory: (eventId: number, categoryId: number, role: Role): Promise<number> => invoke("add_attendance_by_category", { eventId, categoryId, role }),
  /** Adds everyone of an organisation to an event. */
  addAttendanceByOrganisation: (eventId: number, organisationId: number, role: Role): Promise<number> => invoke("add_attendance_by_organisation", { eventId, organisationId, role }),
  /** Ticks or unticks a person as present (at an event still to come only with `confirm_future`). */
  setAttendancePresent: (attendanceId: number, present: boolean, confirmFuture: boolean): Promise<null> => invoke("set_attendance_present", { attendanceId, present, confirmFuture }),
  /** Sets a person's nomination or place at an event («I орын» / «I место»), in Kazakh and Russian (either may be empty), printed on their diplomas. */
  setNomination: (eventId: number, personId: number, nominationKk: string, nominationRu: string): Promise<null> => invoke("set_nomination", { eventId, personId, nominationKk, nominationRu }),
  /** Removes a person from an event. */
  removeAttendance: (attendanceId: number): Promise<null> => invoke("remove_attendance", { attendanceId }),
  /** The publications about an event. */
  listMedia: (eventId: number): Promise<Array<MediaItem>> => invoke("list_media", { eventId }),
  /** Adds a publication to an event. */
  addMedia: (eventId: number, media: MediaInput): Promise<number> => invoke("add_media", { eventId, media }),
  /** Saves a publication. */
  updateMedia: (id: number, media: MediaInput): Promise<null> => invoke("update_media", { id, media }),
  /** Deletes a publication. */
  deleteMedia: (id: number): Promise<null> => invoke("delete_media", { id }),
  /** Brings back a deleted publication (Undo). */
  restoreMedia: (id: number): Promise<null> => invoke("restore_media", { id }),
  /** The memoranda of an event. */
  listMemoranda: (eventId: number): Promise<Array<Memorandum>> => invoke("list_memoranda", { eventId }),
  /** Adds a memorandum to an event. */
  addMemorandum: (eventId: number, memorandum: MemorandumInput): Promise<number> => invoke("add_memorandum", { eventId, memorandum }),
  /** Deletes a memorandum. */
  deleteMemorandum: (id: number): Promise<null> => invoke("delete_memorandum", { id }),
  /** Brings back a deleted memorandum (Undo). */
  restoreMemorandum: (id: number): Promise<null> => invoke("restore_memorandum", { id }),
  /** Reads a CSV or Excel file and validates every row; writes nothing. */
  previewImportFile: (file: number, kind: ImportKind, mapping: Array<Field | null> | null): Promise<ImportPreview> => invoke("preview_import_file", { file, kind, mapping }),
  /** Imports a file in one transaction: all valid rows, or nothing when a row is invalid and `skip_invalid` is false. With `event_id`, the people are also added to that event. A backup is taken first. Steps go to `on_progress`; `cancel_job(job)` stops it with nothing written. */
  commitImportFile: (file: number, kind: ImportKind, mapping: Array<Field | null> | null, skipInvalid: boolean, eventId: number | null, job: number, onProgress: Channel<Step>): Promise<ImportOutcome> => invoke("commit_import_file", { file, kind, mapping, skipInvalid, eventId, job, onProgress }),
  /** Writes people, organisations or events to a .csv or .xlsx file (people without IINs unless `people.withIin`); the export is audited. */
  exportRegistry: (kind: ExportKind, file: number, language: Lang, filter: EventFilter | null, people: PeopleExportOptions | null): Promise<null> => invoke("export_registry", { kind, file, language, filter, people }),
  /** Asks where to save a file of `format` (the dialog suggests `name`, made a valid file name; `filter` labels the file type); null when cancelled. The extension is added when the user typed none. */
  pickSaveFile: (name: string, format: SaveFormat, filter: string): Promise<PickedFile | null> => invoke("pick_save_file", { name, format, filter }),
  /** Asks for a file to read: a table to import or an image (`filter` labels the file types); null when cancelled. */
  pickOpenFile: (kind: OpenKind, filter: string): Promise<PickedFile | null> => invoke("pick_open_file", { kind, filter }),
  /** Asks for a folder to write into; null when cancelled. */
  pickFolder: (): Promise<PickedFile | null> => invoke("pick_folder"),
  /** The templates, by kind. */
  listTemplates: (): Promise<Array<Template>> => invoke("list_templates"),
  /** Creates or saves a template (unknown placeholders are refused). */
  saveTemplate: (template: TemplateInput): Promise<Template> => invoke("save_template", { template }),
  /** Copies a template under a new name. */
  duplicateTemplate: (id: number, name: string): Promise<Template> => invoke("duplicate_template", { id, name }),
  /** Deletes a template that is not built in. */
  deleteTemplate: (id: number): Promise<null> => invoke("delete_template", { id }),
  /** Gives a template its own logo from a picked PNG/JPEG file, or removes it (null). */
  setTemplateLogo: (id: number, file: number | null): Promise<null> => invoke("set_template_logo", { id, file }),
  /** A sample PDF of a template being edited (nothing is saved). */
  previewTemplate: (template: TemplateInput, lang: DocLang): Promise<ArrayBuffer> => invoke("preview_template", { template, lang }),
  /** The batch's first document as it will print, as PDF bytes (nothing is entered in the register). */
  previewFirstDocument: (request: IssueRequest): Promise<ArrayBuffer> => invoke("preview_first_document", { request }),
  /** Who a batch would issue to, earlier awards, missing glyphs. */
  previewBatchDocuments: (request: IssueRequest): Promise<BatchPreview> => invoke("preview_batch_documents", { request }),
  /** Issues a batch into the register and writes its PDF(s) or DOCX file(s), as `format` says, sending its steps to `on_progress`; `cancel_job(job)` stops it with nothing written. */
  issueDocuments: (request: IssueRequest, output: BatchTarget, format: DocFormat, job: number, onProgress: Channel<Step>): Promise<IssueOutcome> => invoke("issue_documents", { request, output, format, job, onProgress }),
  /** Register rows matching the filter. */
  listDocuments: (filter: RegisterFilter): Promise<Array<IssuedDocument>> => invoke("list_documents", { filter }),
  /** How many register rows match the filters, all pages together. */
  countDocuments: (filter: RegisterFilter): Promise<number> => invoke("count_documents", { filter }),
  /** One register entry printed again, as PDF bytes. */
  renderDocument: (id: number): Promise<ArrayBuffer> => invoke("render_document", { id }),
  /** Writes one register entry to a file: a PDF, or a DOCX to edit (by the picked file's format). */
  saveDocument: (id: number, file: number): Promise<null> => invoke("save_document", { id, file }),
  /** Marks a document spoiled or revoked, with the reason. */
  voidDocument: (id: number, status: DocStatus, reason: string): Promise<IssuedDocument> => invoke("void_document", { id, status, reason }),
  /** Issues a replacement under a new number; returns the new entry. */
  reissueDocument: (id: number, reason: string): Promise<IssuedDocument> => invoke("reissue_document", { id, reason }),
  /** Checks a verification code (or scanned QR text) against the register. */
  verifyDocumentCode: (code: string): Promise<VerifyResult> => invoke("verify_document_code", { code }),
  /** Writes the register as a journal: .pdf, .csv or .xlsx by the extension. */
  exportRegister: (filter: RegisterFilter, file: number, language: Lang): Promise<null> => invoke("export_register", { filter, file, language }),
  /** What an event's sign-in sheet would print in the other language (a position with no text in the sheet's), before printing. */
  checkEventSheet: (request: SheetRequest): Promise<Array<MissingTranslation>> => invoke("check_event_sheet", { request }),
  /** Renders an event's sign-in sheet as PDF bytes. */
  renderEventSheet: (request: SheetRequest): Promise<ArrayBuffer> => invoke("render_event_sheet", { request }),
  /** Writes an event's sign-in sheet to a file. */
  saveEventSheet: (request: SheetRequest, file: number): Promise<null> => invoke("save_event_sheet", { request, file }),
  /** Opens a file Kense wrote in this run in the system's viewer (a PDF in the PDF reader); any other path or kind is refused. */
  openFile: (path: string): Promise<null> => invoke("open_file", { path }),
  /** The bytes of a PDF Kense wrote in this run (an issued batch, a saved report), for the print dialog; any other path or kind is refused. */
  readWrittenPdf: (path: string): Promise<ArrayBuffer> => invoke("read_written_pdf", { path }),
  /** Shows a file Kense wrote in this run in its folder (Explorer, Finder, the file manager); any other path or kind is refused. */
  revealFile: (path: string): Promise<null> => invoke("reveal_file", { path }),
  /** This month against the previous one, and the next planned events. */
  getDashboard: (): Promise<Dashboard> => invoke("get_dashboard"),
  /** The report of a period with its filters. */
  getReport: (query: ReportQuery): Promise<Report> => invoke("get_report", { query }),
  /** What the report would print in the other language (an event's place with no text in the report's), before printing. */
  checkReport: (query: ReportQuery, language: ReportLang): Promise<Array<MissingTranslation>> => invoke("check_report", { query, language }),
  /** Writes the report of a period as a PDF (Kazakh, Russian or both), sending its stages to `on_progress`; `cancel_job(job)` stops it and leaves no file. */
  saveReportPdf: (query: ReportQuery, file: number, language: ReportLang, job: number, onProgress: Channel<Step>): Promise<null> => invoke("save_report_pdf", { query, file, language, job, onProgress }),
  /** The report of a period as PDF bytes (what «Save PDF» writes), for the print dialog. */
  renderReportPdf: (query: ReportQuery, language: ReportLang): Promise<ArrayBuffer> => invoke("render_report_pdf", { query, language }),
  /** Writes the report of a period as an XLSX workbook, sending its stages to `on_progress`; `cancel_job(job)` stops it and leaves no file. */
  saveReportXlsx: (query: ReportQuery, file: number, language: Lang, job: number, onProgress: Channel<Step>): Promise<null> => invoke("save_report_xlsx", { query, file, language, job, onProgress }),
  /** Events and public holidays from `filter.from` to `filter.to`. */
  getCalendar: (filter: EventFilter): Promise<Calendar> => invoke("get_calendar", { filter }),
  /** Moves an event (and its stops) to a new start, keeping its length. */
  moveEvent: (id: number, startsAt: string): Promise<Event> => invoke("move_event", { id, startsAt }),
  /** The plan of an event: itinerary, delegation, warnings. */
  getPlan: (eventId: number): Promise<Plan> => invoke("get_plan", { eventId }),
  /** Saves the meeting point and transport. */
  savePlanDetails: (eventId: number, details: PlanDetails): Promise<Plan> => invoke("save_plan_details", { eventId, details }),
  /** Adds a stop at the end of the itinerary. */
  addStop: (eventId: number, stop: StopInput): Promise<Plan> => invoke("add_stop", { eventId, stop }),
  /** Saves a stop. */
  updateStop: (id: number, stop: StopInput): Promise<Plan> => invoke("update_stop", { id, stop }),
  /** Removes a stop. */
  deleteStop: (id: number): Promise<Plan> => invoke("delete_stop", { id }),
  /** Puts the stops in a new order (every stop id once). */
  reorderStops: (eventId: number, ids: Array<number>): Promise<Plan> => invoke("reorder_stops", { eventId, ids }),
  /** Invites people to the event in a role. */
  invitePeople: (eventId: number, personIds: Array<number>, role: Role): Promise<Plan> => invoke("invite_people", { eventId, personIds, role }),
  /** Records a delegation member's answer. */
  setInvitation: (eventId: number, attendanceId: number, invitation: Invitation): Promise<Plan> => invoke("set_invitation", { eventId, attendanceId, invitation }),
  /** Marks the event held with who of the delegation came and the headcount. */
  markEventHeld: (eventId: number, held: HeldInput): Promise<Event> => invoke("mark_event_held", { eventId, held }),
  /** The sign-in sheet's lines in printed order (for keying it back). */
  listSheetLines: (eventId: number, role: Role | null): Promise<Array<AttendanceRow>> => invoke("list_sheet_lines", { eventId, role }),
  /** Ticks or unticks a person at an event (every role they have there). */
  setPersonPresent: (eventId: number, personId: number, present: boolean, confirmFuture: boolean): Promise<null> => invoke("set_person_present", { eventId, personId, present, confirmFuture }),
  /** What the programme or invitation list would print in the other language (a place, a stop's «showing», a position), before printing. */
  checkPlanDocument: (eventId: number, which: PlanDocument, language: ReportLang): Promise<Array<MissingTranslation>> => invoke("check_plan_document", { eventId, which, language }),
  /** The programme or invitation list as PDF bytes. */
  renderPlanDocument: (eventId: number, which: PlanDocument, language: ReportLang): Promise<ArrayBuffer> => invoke("render_plan_document", { eventId, which, language }),
  /** Writes the programme or invitation list as a PDF file. */
  savePlanDocument: (eventId: number, which: PlanDocument, language: ReportLang, file: number): Promise<null> => invoke("save_plan_document", { eventId, which, language, file }),
  /** Writes an event or a month as an `.ics` calendar file. */
  saveIcs: (scope: IcsScope, language: Lang, file: number): Promise<null> => invoke("save_ics", { scope, language, file }),
  /** The public holidays of a year (built-in list with the office's edits). */
  listHolidays: (year: number): Promise<Array<Holiday>> => invoke("list_holidays", { year }),
  /** Adds or renames a holiday. */
  saveHoliday: (holiday: HolidayInput): Promise<Holiday> => invoke("save_holiday", { holiday }),
  /** Takes a day out of the holidays. */
  removeHoliday: (day: string): Promise<null> => invoke("remove_holiday", { day }),
  /** Forgets the office's edits of a year; returns how many there were. */
  resetHolidays: (year: number): Promise<number> => invoke("reset_holidays", { year }),
  /** The speakers of an event, in the order they spoke. */
  listSpeakers: (eventId: number): Promise<Array<Speaker>> => invoke("list_speakers", { eventId }),
  /** Adds a speaker to an event. */
  addSpeaker: (eventId: number, speaker: SpeakerInput): Promise<number> => invoke("add_speaker", { eventId, speaker }),
  /** Saves a speaker. */
  updateSpeaker: (id: number, speaker: SpeakerInput): Promise<null> => invoke("update_speaker", { id, speaker }),
  /** Deletes a speaker. */
  deleteSpeaker: (id: number): Promise<null> => invoke("delete_speaker", { id }),
  /** Brings back a deleted speaker (Undo). */
  restoreSpeaker: (id: number): Promise<null> => invoke("restore_speaker", { id }),
  /** The initiatives presented at an event. */
  listInitiatives: (eventId: number): Promise<Array<Initiative>> => invoke("list_initiatives", { eventId }),
  /** Adds an initiative to an event. */
  addInitiative: (eventId: number, initiative: InitiativeInput): Promise<number> => invoke("add_initiative", { eventId, initiative }),
  /** Saves an initiative. */
  updateInitiative: (id: number, initiative: InitiativeInput): Promise<null> => invoke("update_initiative", { id, initiative }),
  /** Deletes an initiative. */
  deleteInitiative: (id: number): Promise<null> => invoke("delete_initiative", { id }),
  /** Brings back a deleted initiative (Undo). */
  restoreInitiative: (id: number): Promise<null> => invoke("restore_initiative", { id }),
  /** The proposals drafted at an event. */
  listProposals: (eventId: number): Promise<Array<Proposal>> => invoke("list_proposals", { eventId }),
  /** Adds a proposal to an event. */
  addProposal: (eventId: number, proposal: ProposalInput): Promise<number> => invoke("add_proposal", { eventId, proposal }),
  /** Saves a proposal (its text, addressee and status). */
  updateProposal: (id: number, proposal: ProposalInput): Promise<null> => invoke("update_proposal", { id, proposal }),
  /** Deletes a proposal. */
  deleteProposal: (id: number): Promise<null> => invoke("delete_proposal", { id }),
  /** Brings back a deleted proposal (Undo). */
  restoreProposal: (id: number): Promise<null> => invoke("restore_proposal", { id }),
  /** The equipment handed over at an event. */
  listEquipment: (eventId: number): Promise<Array<EquipmentHandover>> => invoke("list_equipment", { eventId }),
  /** Records equipment handed over at an event. */
  addEquipment: (eventId: number, equipment: EquipmentInput): Promise<number> => invoke("add_equipment", { eventId, equipment }),
  /** Saves an equipment hand-over. */
  updateEquipment: (id: number, equipment: EquipmentInput): Promise<null> => invoke("update_equipment", { id, equipment }),
  /** Deletes an equipment hand-over. */
  deleteEquipment: (id: number): Promise<null> => invoke("delete_equipment", { id }),
  /** Brings back a deleted equipment hand-over (Undo). */
  restoreEquipment: (id: number): Promise<null> => invoke("restore_equipment", { id }),
  /** The IDs handed over at an event. */
  listEventHandovers: (eventId: number): Promise<Array<IdHandover>> => invoke("list_event_handovers", { eventId }),
  /** The IDs a person received, newest first. */
  listPersonHandovers: (personId: number): Promise<Array<IdHandover>> => invoke("list_person_handovers", { personId }),
  /** Records that a person received an ID at an event. */
  addHandover: (eventId: number, handover: IdHandoverInput): Promise<number> => invoke("add_handover", { eventId, handover }),
  /** Saves an ID hand-over. */
  updateHandover: (id: number, handover: IdHandoverInput): Promise<null> => invoke("update_handover", { id, handover }),
  /** Deletes an ID hand-over. */
  deleteHandover: (id: number): Promise<null> => invoke("delete_handover", { id }),
  /** Brings back a deleted ID hand-over (Undo). */
  restoreHandover: (id: number): Promise<null> => invoke("restore_handover", { id }),
  /** The photos of an event, in the order added. */
  listPhotos: (eventId: number): Promise<Array<Photo>> => invoke("list_photos", { eventId }),
  /** Adds the JPEG or PNG image the user picked (a handle from `pick_open_file` with `image`) to an event. */
  addPhoto: (eventId: number, file: number, photo: PhotoInput): Promise<number> => invoke("add_photo", { eventId, file, photo }),
  /** Saves a photo's caption, credit and «chosen for the report». */
  updatePhoto: (id: number, photo: PhotoInput): Promise<null> => invoke("update_photo", { id, photo }),
  /** Deletes a photo. */
  deletePhoto: (id: number): Promise<null> => invoke("delete_photo", { id }),
  /** Brings back a deleted photo (Undo). */
  restorePhoto: (id: number): Promise<null> => invoke("restore_photo", { id }),
  /** A photo's thumbnail, JPEG bytes. */
  photoThumbnail: (id: number): Promise<ArrayBuffer> => invoke("photo_thumbnail", { id }),
  /** The press-release draft of an event in `lang`, as plain text. */
  draftPressRelease: (eventId: number, lang: Lang): Promise<string> => invoke("draft_press_release", { eventId, lang }),
  /** Saves a press release as its author edited it: `.txt`, or `.docx` with the event's photos chosen for the report. */
  savePressRelease: (eventId: number, text: string, file: number): Promise<null> => invoke("save_press_release", { eventId, text, file }),
  /** Puts `text` on the system clipboard (from Rust: the webview gets no clipboard permission, and WebKitGTK's own clipboard API is unreliable). */
  copyText: (text: string): Promise<null> => invoke("copy_text", { text }),
  /** The backup folder, its backups (date, size, counts, checked), what the database holds now and whether the folder is on its disk. */
  listBackups: (): Promise<BackupOverview> => invoke("list_backups"),
  /** Takes a checked backup into the backup folder now, sending the pages copied to `on_progress`; `cancel_job(job)` stops it with no file left. */
  backUpNow: (job: number, onProgress: Channel<Step>): Promise<BackupInfo> => invoke("back_up_now", { job, onProgress }),
  /** Restores a backup (from the list, or a file from `choose_backup_file`; `passphrase` when it is encrypted): the current state is backed up first (a damaged file is moved aside untouched), the database is replaced and opened again. The UI then reloads. */
  restoreBackup: (path: string, passphrase: string | null): Promise<RestoreOutcome> => invoke("restore_backup", { path, passphrase }),
  /** Asks where to write a copy of the database (a USB drive) and writes it there, checked; encrypted in the `age` format when `passphrase` is given. Null when the dialog was cancelled. The pages copied go to `on_progress`; `cancel_job(job)` stops it and leaves no file. */
  backUpToFile: (passphrase: string | null, job: number, onProgress: Channel<Step>): Promise<SavedBackup | null> => invoke("back_up_to_file", { passphrase, job, onProgress }),
  /** Asks for a backup file to restore (one written by «Back up to…» or from a backup folder). Null when the dialog was cancelled. */
  chooseBackupFile: (): Promise<ChosenBackup | null> => invoke("choose_backup_file"),
  /** What a backup file holds, decrypted with `passphrase` when needed (a wrong one is `wrong_passphrase`); checks it. */
  inspectBackupFile: (path: string, passphrase: string | null): Promise<Contents> => invoke("inspect_backup_file", { path, passphrase }),
  /** Asks for a folder for the backups and keeps them there from now on. Null when the dialog was cancelled. */
  chooseBackupFolder: (): Promise<BackupOverview | null> => invoke("choose_backup_folder"),
  /** Keeps the backups beside the database again (the default folder). */
  resetBackupFolder: (): Promise<BackupOverview> => invoke("reset_backup_folder"),
  /** The office's code, hub address, last send and the month due. */
  getSendStatus: (): Promise<SendStatus> => invoke("get_send_status"),
  /** Sets the office's code and the hub address (no password), and whether IINs are sent. */
  setSendSettings: (code: string, url: string, sendIin: boolean): Promise<SendStatus> => invoke("set_send_settings", { code, url, sendIin }),
  /** Sends what changed since the last send to the hub now, in one hub transaction (all or nothing). */
  pushToHub: (password: string | null): Promise<Applied> => invoke("push_to_hub", { password }),
  /** Writes what changed since the last send to a package file the user picked (for an office with no network); it counts as sent. */
  saveHubPackage: (file: number): Promise<SavedPackage> => invoke("save_hub_package", { file }),
  /** The report of a period across the offices on the hub at `url` (or the stored address when empty), with each office's own. */
  getHubReport: (url: string, password: string | null, query: ReportQuery, office: string | null): Promise<HubReport> => invoke("get_hub_report", { url, password, query, office }),
  /** Asks the running job `job` to stop; it then fails with `cancelled` and writes nothing. False when no such job runs (it has finished). */
  cancelJob: (job: number): Promise<boolean> => invoke("cancel_job", { job }),
};

/** The command names, for tests. */
export const commandNames = [
  "app_info",
  "set_language",
  "get_office_profile",
  "update_office_profile",
  "list_signatories",
  "save_signatory",
  "delete_signatory",
  "list_campaigns",
  "save_campaign",
  "list_changes",
  "fill_demo",
  "about_info",
  "open_log_folder",
  "search_all",
  "list_people",
  "count_people",
  "get_person",
  "create_person",
  "update_person",
  "find_person_duplicates",
  "list_person_documents",
  "delete_person",
  "reveal_person_iin",
  "erase_person",
  "list_audit",
  "restore_person",
  "list_person_events",
  "list_categories",
  "save_category",
  "list_organisations",
  "count_organisations",
  "get_organisation",
  "create_organisation",
  "update_organisation",
  "count_organisation_documents",
  "delete_organisation",
  "restore_organisation",
  "list_districts",
  "list_events",
  "get_event",
  "create_event",
  "update_event",
  "delete_event",
  "restore_event",
  "list_event_attendance",
  "add_attendance",
  "add_attendance_by_category",
  "add_attendance_by_organisation",
  "set_attendance_present",
  "set_nomination",
  "remove_attendance",
  "list_media",
  "add_media",
  "update_media",
  "delete_media",
  "restore_media",
  "list_memoranda",
  "add_memorandum",
  "delete_memorandum",
  "restore_memorandum",
  "preview_import_file",
  "commit_import_file",
  "export_registry",
  "pick_save_file",
  "pick_open_file",
  "pick_folder",
  "list_templates",
  "save_template",
  "duplicate_template",
  "delete_template",
  "set_template_logo",
  "preview_template",
  "preview_first_document",
  "preview_batch_documents",
  "issue_documents",
  "list_documents",
  "count_documents",
  "render_document",
  "save_document",
  "void_document",
  "reissue_document",
  "verify_document_code",
  "export_register",
  "check_event_sheet",
  "render_event_sheet",
  "save_event_sheet",
  "open_file",
  "read_written_pdf",
  "reveal_file",
  "get_dashboard",
  "get_report",
  "check_report",
  "save_report_pdf",
  "render_report_pdf",
  "save_report_xlsx",
  "get_calendar",
  "move_event",
  "get_plan",
  "save_plan_details",
  "add_stop",
  "update_stop",
  "delete_stop",
  "reorder_stops",
  "invite_people",
  "set_invitation",
  "mark_event_held",
  "list_sheet_lines",
  "set_person_present",
  "check_plan_document",
  "render_plan_document",
  "save_plan_document",
  "save_ics",
  "list_holidays",
  "save_holiday",
  "remove_holiday",
  "reset_holidays",
  "list_speakers",
  "add_speaker",
  "update_speaker",
  "delete_speaker",
  "restore_speaker",
  "list_initiatives",
  "add_initiative",
  "update_initiative",
  "delete_initiative",
  "restore_initiative",
  "list_proposals",
  "add_proposal",
  "update_proposal",
  "delete_proposal",
  "restore_proposal",
  "list_equipment",
  "add_equipment",
  "update_equipment",
  "delete_equipment",
  "restore_equipment",
  "list_event_handovers",
  "list_person_handovers",
  "add_handover",
  "update_handover",
  "delete_handover",
  "restore_handover",
  "list_photos",
  "add_photo",
  "update_photo",
  "delete_photo",
  "restore_photo",
  "photo_thumbnail",
  "draft_press_release",
  "save_press_release",
  "copy_text",
  "list_backups",
  "back_up_now",
  "restore_backup",
  "back_up_to_file",
  "choose_backup_file",
  "inspect_backup_file",
  "choose_backup_folder",
  "reset_backup_folder",
  "get_send_status",
  "set_send_settings",
  "push_to_hub",
  "save_hub_package",
  "get_hub_report",
  "cancel_job",
] as const;

/** Every Gender, in display order (kense-core). */
export const GENDERS: readonly Gender[] = ["male", "female"];

/** Every Role, in display order (kense-core). */
export const ROLES: readonly Role[] = ["participant", "speaker", "organiser", "guest", "winner", "awardee"];

/** Every OrgKind, in display order (kense-core). */
export const ORG_KINDS: readonly OrgKind[] = ["state_body", "law_enforcement", "ngo", "education", "business", "media", "other"];

/** Every EventKind, in display order (kense-core). */
export const EVENT_KINDS: readonly EventKind[] = ["open_door_visit", "site_tour", "lecture", "forum", "council_meeting", "master_class", "round_table", "contest", "exhibition", "prevention_action", "training"];

/** Every EventStatus, in display order (kense-core). */
export const EVENT_STATUSES: readonly EventStatus[] = ["planned", "held", "cancelled"];

/** Every Invitation, in display order (kense-core). */
export const INVITATIONS: readonly Invitation[] = ["invited", "confirmed", "declined"];

/** Every TemplateKind, in display order (kense-core). */
export const TEMPLATE_KINDS: readonly TemplateKind[] = ["gratitude", "diploma", "certificate", "sheet"];

/** Every DocKind, in display order (kense-core). */
export const DOC_KINDS: readonly DocKind[] = ["gratitude", "diploma", "certificate"];

/** Every DocLang, in display order (kense-core). */
export const DOC_LANGS: readonly DocLang[] = ["kk", "ru", "both", "pair"];

/** Every DocStatus, in display order (kense-core). */
export const DOC_STATUSES: readonly DocStatus[] = ["issued", "spoiled", "revoked", "reissued"];

/** Every Orientation, in display order (kense-core). */
export const ORIENTATIONS: readonly Orientation[] = ["portrait", "landscape"];

/** Every IdKind, in display order (kense-core). */
export const ID_KINDS: readonly IdKind[] = ["police_assistant", "other"];

/** Every ProposalStatus, in display order (kense-core). */
export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ["drafted", "sent", "accepted"];

/** Every Invalid, in display order (kense-core). */
export const INVALID_REASONS: readonly Invalid[] = ["required", "too_long", "control_characters", "not_an_email", "not_a_kazakhstan_time_zone", "unknown_language", "not_an_image", "too_large", "cell_too_large", "row_too_large", "workbook_too_large", "sheet_too_large", "not_a_hub_url", "password_in_url", "unknown_setting", "not_a_phone", "not_an_iin", "duplicate_iin", "not_a_date", "ends_before_start", "not_a_count", "unknown_reference", "not_a_table", "unreadable_file", "empty_file", "no_rows", "too_many_rows", "rows_with_problems", "missing_columns", "iin_leading_zero_lost", "unknown_gender", "unknown_consent", "unknown_role", "unknown_org_kind", "unknown_placeholder", "not_a_verification_code", "not_a_document_number", "not_issued", "no_recipients", "not_a_color", "unknown_value", "unclosed_quote", "too_many_columns", "event_not_held", "too_many_pixels", "event_not_begun", "headcount_below_present"];

/** Every FieldName, in display order (kense-core). */
export const FIELD_NAMES: readonly FieldName[] = ["accent_color", "address", "address_kk", "address_ru", "addressee", "arrives_at", "as_of", "blank_rows", "body_kk", "body_ru", "campaign", "campaign_id", "caption", "categories", "city_kk", "city_ru", "code", "confirm_future", "consent_date", "contact", "credit", "day", "departs_at", "description", "district", "district_kk", "district_ru", "document", "email", "ends_at", "file", "from", "full_name_kk", "full_name_ru", "handed_on", "headcount", "host_name", "host_phone", "hub_url", "iin", "issued_on", "issuer", "key", "kind", "kind_other", "lang", "language", "logo", "meeting_point_kk", "meeting_point_ru", "month", "months", "name", "name_kk", "name_ru", "nomination_kk", "nomination_ru", "notes", "number", "office_code", "office_id", "organisation", "outcomes", "outlet", "package", "parties_kk", "parties_ru", "passphrase", "patronymic", "phone", "person_id", "photo", "place_kk", "place_ru", "position_kk", "position_ru", "present", "proposals_count", "published_on", "reason", "recipients", "region_kk", "region_ru", "salutation_kk", "salutation_ru", "send_iin", "series", "showing_kk", "showing_ru", "signatory_id", "signed_on", "site_kk", "site_ru", "starts_at", "status", "stops", "subject_kk", "subject_ru", "subtitle_kk", "subtitle_ru", "surname", "template", "text", "time_zone", "title_kk", "title_ru", "to", "transport_kk", "transport_ru", "uid", "url", "views", "what"];

/** The placeholders templates know, in the order the editor offers them (kense-core). */
export const PLACEHOLDERS = ["full_name", "surname", "name", "patronymic", "name_patronymic", "dear", "position", "organisation", "role", "nomination", "event", "event_date", "event_held", "place", "campaign", "office", "city", "signatory", "signatory_position", "number", "date", "year"] as const;

// The event records of the fake backend: speakers, initiatives, proposals,
// equipment, ID hand-overs, photos and the press-release draft, kept in
// memory with the backend's rules that a user sees (required fields named,
// Undo of a delete, a photo only from a handle picked as an image).

import type {
  EquipmentHandover,
  EquipmentInput,
  IdHandover,
  IdHandoverInput,
  Initiative,
  InitiativeInput,
  Lang,
  Photo,
  PhotoInput,
  Proposal,
  ProposalInput,
  Speaker,
  SpeakerInput,
  FieldName,
} from "../lib/ipc/generated";

type Args = Record<string, unknown> | undefined;
type Handler = (args: Args) => unknown;

type Validation = (field: FieldName, detail: string, reason?: "required" | "not_a_count" | "unknown_reference" | "not_an_image") => unknown;

/** What the records need of the rest of the fake backend. */
export type RecordDeps = {
  validation: Validation;
  /** The path behind a handle picked to open an image, else throws `file_not_picked`. */
  imagePath: (file: unknown) => string;
  /** A live person's full name, else null. */
  personName: (id: number) => string | null;
  /** A live event's titles and start, else throws `not_found`. */
  event: (id: number) => { titleKk: string; titleRu: string; startsAt: string };
  /** A campaign's names, else null. */
  campaign: (id: number) => { nameKk: string; nameRu: string } | null;
};

type Row = { id: number; eventId: number };

/** One table of records with soft delete. */
class Table<T extends Row> {
  rows: T[] = [];
  binned: T[] = [];

  list(eventId: number): T[] {
    return this.rows.filter((r) => r.eventId === eventId);
  }

  update(id: number, change: Partial<T>): void {
    const row = this.rows.find((r) => r.id === id);
    if (!row) throw { code: "not_found", message: `record ${id}`, field: null };
    Object.assign(row, change);
  }

  remove(id: number): void {
    const row = this.rows.find((r) => r.id === id);
    if (!row) throw { code: "not_found", message: `record ${id}`, field: null };
    this.rows = this.rows.filter((r) => r !== row);
    this.binned.push(row);
  }

  restore(id: number): void {
    const row = this.binned.find((r) => r.id === id);
    if (!row) throw { code: "not_found", message: `record ${id}`, field: null };
    this.binned = this.binned.filter((r) => r !== row);
    this.rows.push(row);
    this.rows.sort((a, b) => a.id - b.id);
  }
}

/** Runs `f`; null, as a command that returns nothing. */
function done(f: () => void): null {
  f();
  return null;
}

/** A tiny JPEG's bytes (the thumbnails the fake serves). */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);

export class FakeRecords {
  speakers = new Table<Speaker>();
  initiatives = new Table<Initiative>();
  proposals = new Table<Proposal>();
  equipment = new Table<EquipmentHandover>();
  handovers = new Table<IdHandover>();
  photos = new Table<Photo>();
  /** What `copy_text` put on the clipboard. */
  clipboard: string | null = null;
  /** What `save_press_release` wrote, by path. */
  savedReleases = new Map<string, string>();
  private nextId = 5000;

  constructor(private deps: RecordDeps) {}

  /** The draft kense-core would write, shortened: headline, lead, the records. */
  draft(eventId: number, lang: Lang): string {
    const e = this.deps.event(eventId);
    const title = lang === "kk" ? e.titleKk || e.titleRu : e.titleRu || e.titleKk;
    const lines = [title, lang === "kk" ? `${e.startsAt.slice(0, 10)} күні «${title}» өтті.` : `${e.startsAt.slice(0, 10)} состоялось мероприятие «${title}».`];
    for (const s of this.speakers.list(eventId)) lines.push(`${s.name}, ${lang === "kk" ? s.positionKk : s.positionRu}`);
    for (const h of this.handovers.list(eventId)) lines.push(`${h.personName} № ${h.number}`);
    return `${lines.join("\n\n")}\n`;
  }

  private required(field: FieldName, value: string): string {
    const text = value.trim();
    if (!text) throw this.deps.validation(field, "is required", "required");
    return text;
  }

  handlers() {
    const id = () => ++this.nextId;
    const event = (args: Args) => {
      const eventId = args?.eventId as number;
      this.deps.event(eventId);
      return eventId;
    };
    const speaker = (input: SpeakerInput) => ({
      personId: null,
      name: this.required("name", input.name),
      positionKk: input.positionKk.trim(),
      positionRu: input.positionRu.trim(),
    });
    const initiative = (input: InitiativeInput) => {
      const campaign = input.campaignId ? this.deps.campaign(input.campaignId) : null;
      if (input.campaignId && !campaign) throw this.deps.validation("campaign_id", "no such campaign", "unknown_reference");
      if (!campaign && !input.nameKk.trim() && !input.nameRu.trim()) {
        throw this.deps.validation("name_kk", "a campaign or a name", "required");
      }
      return {
        campaignId: input.campaignId ?? null,
        nameKk: input.nameKk.trim() || campaign?.nameKk || "",
        nameRu: input.nameRu.trim() || campaign?.nameRu || "",
      };
    };
    const proposal = (input: ProposalInput) => ({
      text: this.required("text", input.text),
      addressee: input.addressee.trim(),
      status: input.status,
    });
    const equipment = (input: EquipmentInput) => {
      const what = this.required("what", input.what);
      if (!Number.isInteger(input.recipients) || input.recipients < 1) {
        throw this.deps.validation("recipients", "at least one", "not_a_count");
      }
      return { what, recipients: input.recipients };
    };
    const handover = (eventId: number, input: IdHandoverInput) => {
      const personName = this.deps.personName(input.personId);
      if (personName === null) throw this.deps.validation("person_id", "no such person", "unknown_reference");
      if (input.kind === "other" && !input.kindOther.trim()) {
        throw this.deps.validation("kind_other", "is required", "required");
      }
      const e = this.deps.event(eventId);
      return {
        personId: input.personId,
        personName,
        kind: input.kind,
        kindOther: input.kind === "other" ? input.kindOther.trim() : "",
        number: input.number.trim(),
        issuer: input.issuer.trim(),
        handedOn: input.handedOn || e.startsAt.slice(0, 10),
        eventTitleKk: e.titleKk,
        eventTitleRu: e.titleRu,
      };
    };
    return {
      list_speakers: (args) => this.speakers.list(args?.eventId as number),
      add_speaker: (args) => {
        const row = { id: id(), eventId: event(args), ...speaker(args?.speaker as SpeakerInput) };
        this.speakers.rows.push(row);
        return row.id;
      },
      update_speaker: (args) => done(() => this.speakers.update(args?.id as number, speaker(args?.speaker as SpeakerInput))),
      delete_speaker: (args) => done(() => this.speakers.remove(args?.id as number)),
      restore_speaker: (args) => done(() => this.speakers.restore(args?.id as number)),
      list_initiatives: (args) => this.initiatives.list(args?.eventId as number),
      add_initiative: (args) => {
        const row = { id: id(), eventId: event(args), ...initiative(args?.initiative as InitiativeInput) };
        this.initiatives.rows.push(row);
        return row.id;
      },
      update_initiative: (args) => done(() => this.initiatives.update(args?.id as number, initiative(args?.initiative as InitiativeInput))),
      delete_initiative: (args) => done(() => this.initiatives.remove(args?.id as number)),
      restore_initiative: (args) => done(() => this.initiatives.restore(args?.id as number)),
      list_proposals: (args) => this.proposals.list(args?.eventId as number),
      add_proposal: (args) => {
        const row = { id: id(), eventId: event(args), ...proposal(args?.proposal as ProposalInput) };
        this.proposals.rows.push(row);
        return row.id;
      },
      update_proposal: (args) => done(() => this.proposals.update(args?.id as number, proposal(args?.proposal as ProposalInput))),
      delete_proposal: (args) => done(() => this.proposals.remove(args?.id as number)),
      restore_proposal: (args) => done(() => this.proposals.restore(args?.id as number)),
      list_equipment: (args) => this.equipment.list(args?.eventId as number),
      add_equipment: (args) => {
        const row = { id: id(), eventId: event(args), ...equipment(args?.equipment as EquipmentInput) };
        this.equipment.rows.push(row);
        return row.id;
      },
      update_equipment: (args) => done(() => this.equipment.update(args?.id as number, equipment(args?.equipment as EquipmentInput))),
      delete_equipment: (args) => done(() => this.equipment.remove(args?.id as number)),
      restore_equipment: (args) => done(() => this.equipment.restore(args?.id as number)),
      list_event_handovers: (args) => this.handovers.list(args?.eventId as number),
      list_person_handovers: (args) =>
        this.handovers.rows
          .filter((h) => h.personId === args?.personId)
          .sort((a, b) => (b.handedOn ?? "").localeCompare(a.handedOn ?? "") || b.id - a.id),
      add_handover: (args) => {
        const eventId = event(args);
        const row = { id: id(), eventId, ...handover(eventId, args?.handover as IdHandoverInput) };
        this.handovers.rows.push(row);
        return row.id;
      },
      update_handover: (args) => {
        const row = this.handovers.rows.find((h) => h.id === args?.id);
        if (!row) throw { code: "not_found", message: `hand-over ${String(args?.id)}`, field: null };
        this.handovers.update(row.id, handover(row.eventId, args?.handover as IdHandoverInput));
        return null;
      },
      delete_handover: (args) => done(() => this.handovers.remove(args?.id as number)),
      restore_handover: (args) => done(() => this.handovers.restore(args?.id as number)),
      list_photos: (args) => this.photos.list(args?.eventId as number),
      add_photo: (args) => {
        const path = this.deps.imagePath(args?.file);
        if (!/\.(jpe?g|png)$/i.test(path)) throw this.deps.validation("photo", "not an image", "not_an_image");
        const input = args?.photo as PhotoInput;
        const row: Photo = {
          id: id(),
          eventId: event(args),
          mime: /\.png$/i.test(path) ? "image/png" : "image/jpeg",
          width: 1200,
          height: 800,
          byteSize: 120_000,
          caption: input.caption.trim(),
          credit: input.credit.trim(),
          chosen: input.chosen,
        };
        this.photos.rows.push(row);
        return row.id;
      },
      update_photo: (args) => {
        const input = args?.photo as PhotoInput;
        this.photos.update(args?.id as number, {
          caption: input.caption.trim(),
          credit: input.credit.trim(),
          chosen: input.chosen,
        });
        return null;
      },
      delete_photo: (args) => done(() => this.photos.remove(args?.id as number)),
      restore_photo: (args) => done(() => this.photos.restore(args?.id as number)),
      photo_thumbnail: (args) => {
        if (!this.photos.rows.some((p) => p.id === args?.id)) {
          throw { code: "not_found", message: `photo ${String(args?.id)}`, field: null };
        }
        return JPEG.slice().buffer;
      },
      draft_press_release: (args) => this.draft(args?.eventId as number, args?.lang as Lang),
      copy_text: (args) => {
        this.clipboard = args?.text as string;
        return null;
      },
    } satisfies Record<string, Handler>;
  }
}

// An in-memory stand-in for the Rust commands, behind a mocked `invoke`.
//
// Usage in a test file (src/test/setup.ts mocks the module):
//   const backend = new FakeBackend(); vi.mocked(invoke).mockImplementation(backend.invoke);

import type { InvokeArgs } from "@tauri-apps/api/core";
import type {
  AppInfo,
  Campaign,
  IpcError,
  Lang,
  OfficeProfile,
  OfficeProfileInput,
  Signatory,
  SignatoryInput,
  commandNames,
} from "../lib/ipc/generated";

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

export function validationError(
  field: string,
  detail: string,
  reason: IpcError["reason"] = null,
): IpcError {
  return { code: "validation", field, reason, message: `${field}: ${detail}` };
}

export class FakeBackend {
  info: AppInfo = {
    version: "0.1.0",
    dbPath: "/home/user/.local/share/kense/kense.db",
    schemaVersion: 3,
    language: "ru",
    openError: null,
  };
  profile: OfficeProfile = structuredClone(OFFICE);
  signatories: Signatory[] = structuredClone(SIGNATORIES);
  campaigns: Campaign[] = structuredClone(CAMPAIGNS);
  /** Handlers replacing the defaults, e.g. to reject. */
  overrides: Partial<Record<CommandName, Handler>> = {};
  /** Every call, in order. */
  calls: { command: string; args: Args }[] = [];

  private nextId = 100;

  private handlers: Record<CommandName, Handler> = {
    app_info: () => this.info,
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
  };

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

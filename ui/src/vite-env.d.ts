/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "1" in the GUI-test build only: compiles in the save-dialog hook (lib/dialogs.ts). */
  readonly VITE_KENSE_GUI_TEST?: string;
}

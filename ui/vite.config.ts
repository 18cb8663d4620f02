import { fileURLToPath } from "node:url";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineConfig } from "vitest/config";

// The Fluent files live at the repository root (assets/i18n), shared with
// the Rust crates; the UI imports them with `?raw`.
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Styles go to a .css file linked from index.html: the webview's CSP
    // allows `style-src 'self'` only, so nothing may be injected at run time.
    cssCodeSplit: false,
    // Keep every asset a file; nothing inlined into JS or HTML.
    assetsInlineLimit: 0,
    // The module-preload polyfill is not needed in the Tauri webviews.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    clearMocks: true,
    // The flows type into fields like a user; on a loaded 2-core CI machine
    // one can take longer than vitest's default of 5 s.
    testTimeout: 30_000,
  },
});

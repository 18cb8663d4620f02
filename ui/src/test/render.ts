// Starts the whole app at a route, as the user would see it.

import { invoke } from "@tauri-apps/api/core";
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import App from "../App.svelte";
import type { FakeBackend } from "./fakeBackend";

/** Renders the app on `hash` (e.g. `#/people`) against `backend`. */
export async function openApp(backend: FakeBackend, hash: string) {
  vi.mocked(invoke).mockImplementation(backend.invoke);
  history.replaceState(null, "", hash);
  const user = userEvent.setup();
  render(App);
  await screen.findByTestId("nav-dashboard");
  return user;
}

// Closing the window with a form's edits not saved asks first.

import { screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FakeBackend } from "../test/fakeBackend";
import { openApp } from "../test/render";

type Handler = (event: { preventDefault: () => void }) => Promise<void>;
const close: { handler: Handler | null } = { handler: null };

vi.mock("@tauri-apps/api/window", () => ({
  getCurrentWindow: () => ({
    onCloseRequested: async (handler: Handler) => {
      close.handler = handler;
      return () => (close.handler = null);
    },
  }),
}));

/** Asks to close the window; resolves with whether it stays open. */
async function requestClose(): Promise<boolean> {
  let kept = false;
  await close.handler?.({ preventDefault: () => (kept = true) });
  return kept;
}

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.info.language = "ru";
});

describe("closing the window", () => {
  it("closes at once with nothing unsaved", async () => {
    await openApp(backend, "#/people");
    await waitFor(() => expect(close.handler).not.toBeNull());
    expect(await requestClose()).toBe(false);
    expect(screen.queryByTestId("confirm-dialog")).toBeNull();
  });

  it("asks with an edited form, stays open on «no» and closes on «yes»", async () => {
    const user = await openApp(backend, "#/people/new");
    await user.type(await screen.findByTestId("person-surname"), "Бекова");
    const answer = requestClose();
    const question = await screen.findByTestId("confirm-dialog");
    await user.click(within(question).getByTestId("confirm-cancel"));
    expect(await answer).toBe(true);
    expect((screen.getByTestId("person-surname") as HTMLInputElement).value).toBe("Бекова");

    const again = requestClose();
    await user.click(within(await screen.findByTestId("confirm-dialog")).getByTestId("confirm-yes"));
    expect(await again).toBe(false);
  });
});

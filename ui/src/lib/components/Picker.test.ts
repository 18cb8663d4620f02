import { invoke } from "@tauri-apps/api/core";
import { render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FakeBackend } from "../../test/fakeBackend";
import OrganisationPicker from "./OrganisationPicker.svelte";

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  vi.mocked(invoke).mockImplementation(backend.invoke);
});

describe("<OrganisationPicker>", () => {
  it("is used from the keyboard: type, arrows, Enter; Escape closes; × clears", async () => {
    const user = userEvent.setup();
    const onchange = vi.fn();
    render(OrganisationPicker, { id: "org", onchange });
    const input = screen.getByTestId<HTMLInputElement>("org");
    expect(input.getAttribute("role")).toBe("combobox");

    await user.click(input);
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(2));
    expect(input.getAttribute("aria-expanded")).toBe("true");

    await user.keyboard("{ArrowDown}{Enter}");
    expect(onchange).toHaveBeenLastCalledWith(expect.objectContaining({ id: 2 }));
    expect(input.value).toBe("№5 мектеп-гимназия");
    expect(screen.queryByRole("listbox")).toBeNull();

    await user.clear(input);
    await user.type(input, "ӘКІМ");
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(1));
    expect(backend.callsTo("list_organisations").at(-1)?.filter).toMatchObject({ query: "ӘКІМ" });
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    // Escape keeps the earlier choice.
    expect(input.value).toBe("№5 мектеп-гимназия");

    await user.click(screen.getByTestId("org-clear"));
    expect(onchange).toHaveBeenLastCalledWith(null);
    expect(input.value).toBe("");
  });

  it("says so when nothing matches", async () => {
    const user = userEvent.setup();
    render(OrganisationPicker, { id: "org" });
    await user.type(screen.getByTestId("org"), "жоқ ұйым");
    expect(await screen.findByText("Ештеңе табылмады")).toBeTruthy();
    expect(screen.queryByTestId("picker-create")).toBeNull();
  });

  it("offers to create an organisation of the typed name, and chooses it", async () => {
    const user = userEvent.setup();
    const onchange = vi.fn();
    render(OrganisationPicker, { id: "org", onchange, allowCreate: true });
    const input = screen.getByTestId<HTMLInputElement>("org");
    await user.type(input, "«Болашақ»  жастар орталығы");
    const create = await screen.findByTestId("picker-create");
    expect(create.textContent).toContain("+ ««Болашақ» жастар орталығы» құру");
    expect(screen.queryByText("Ештеңе табылмады")).toBeNull();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(onchange).toHaveBeenCalled());
    expect(backend.callsTo("create_organisation")[0]?.organisation).toMatchObject({
      nameKk: "«Болашақ» жастар орталығы",
      nameRu: "«Болашақ» жастар орталығы",
    });
    expect(input.value).toBe("«Болашақ» жастар орталығы");
    expect(backend.organisations.some((o) => o.nameKk === "«Болашақ» жастар орталығы")).toBe(true);

    // An exact name already there is chosen, not created twice.
    await user.clear(input);
    await user.type(input, "«Болашақ» жастар орталығы");
    await waitFor(() => expect(screen.getAllByTestId("picker-option")).toHaveLength(1));
    expect(screen.queryByTestId("picker-create")).toBeNull();
  });
});

import { MARK_COLORS, MARK_MARKER } from "../../src/core/sheets/marks";
import { menuValidate } from "../../src/gas/main";
import { validate } from "../../src/gas/validate";
import { generatePlan } from "../support/generate-plan";
import { installPlan, values } from "./helpers";

function setup() {
  const fake = installPlan(generatePlan(10));
  const sheet = fake.spreadsheet.sheet("Actions");
  if (!sheet) throw new Error("no Actions");
  const header = values(fake, "Actions")[0];
  const column = (name: string) => header.indexOf(name) + 1;
  return { fake, sheet, column };
}

describe("Valider le plan", () => {
  it("marks a problem cell with a background and a note carrying the message, in one write per sheet", () => {
    const { fake, sheet, column } = setup();
    sheet.cellForWrite(3, column("Échéance")).value = "bientôt";
    const outcome = validate();
    const cell = sheet.cell(3, column("Échéance"));
    expect(cell?.background).toBe(MARK_COLORS.error);
    expect(cell?.note).toContain(MARK_MARKER);
    expect(cell?.note).toContain("bientôt");
    expect(outcome.problems.some((p) => p.row === 3 && p.code.startsWith("deadline"))).toBe(true);
    expect(fake.calls.of("Range.setBackgrounds")).toBeLessThanOrEqual(5);
    expect(fake.calls.of("Range.setNotes")).toBe(fake.calls.of("Range.setBackgrounds"));
  });

  it("marks a late action", () => {
    const { sheet, column } = setup();
    sheet.cellForWrite(4, column("Échéance")).value = "Mars 2020";
    sheet.cellForWrite(4, column("Statut")).value = "En cours";
    validate();
    expect(sheet.cell(4, column("Échéance"))?.background).toBe(MARK_COLORS.warning);
  });

  it("clears its own marks once fixed, and never a person's note or colour", () => {
    const { sheet, column } = setup();
    const deadline = column("Échéance");
    sheet.cellForWrite(3, deadline).value = "bientôt";
    Object.assign(sheet.cellForWrite(3, deadline), { note: "Vérifier avec la DG", background: "#d9ead3" });
    Object.assign(sheet.cellForWrite(5, column("Notes")), {
      note: "Note d'une personne",
      background: "#fce5cd",
    });
    validate();
    expect(sheet.cell(3, deadline)?.note).toMatch(/^Vérifier avec la DG\n\n⚑ Boussole/);
    sheet.cellForWrite(3, deadline).value = "En continu";
    validate();
    expect(sheet.cell(3, deadline)?.note).toBe("Vérifier avec la DG");
    expect(sheet.cell(3, deadline)?.background).toBe("#d9ead3");
    expect(sheet.cell(5, column("Notes"))).toMatchObject({
      note: "Note d'une personne",
      background: "#fce5cd",
    });
  });

  it("writes nothing on a second run when nothing changed", () => {
    const { fake, sheet, column } = setup();
    sheet.cellForWrite(3, column("Échéance")).value = "bientôt";
    validate();
    fake.calls.reset();
    validate();
    expect(fake.calls.of("Range.setBackgrounds")).toBe(0);
    expect(fake.calls.of("Range.setNotes")).toBe(0);
  });

  it("opens the sidebar on the Problèmes list", () => {
    const { fake } = setup();
    menuValidate();
    expect(fake.ui.sidebar()?.html).toContain('data-boussole-view="problems"');
    expect(fake.ui.toasts.at(-1)?.title).toBe("Valider le plan");
  });
});

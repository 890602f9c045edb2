import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../../src/core/cells";
import { readWorkbookFile, WorkbookFileError, writeXlsxFile } from "../../../src/node/files/workbook";

const dir = mkdtempSync(join(tmpdir(), "boussole-files-"));

describe("workbook files", () => {
  test("a .csv is read as RFC 4180: quoted commas, quotes and line breaks, with a BOM", async () => {
    const path = join(dir, "plan.csv");
    writeFileSync(
      path,
      '\uFEFFAction,Responsables\r\n"Former, puis évaluer","CA\nDG"\r\n"Le « "" » reste",DG\r\n',
    );
    const workbook = await readWorkbookFile(path);
    expect(workbook.sheets).toHaveLength(1);
    expect(workbook.sheets[0].name).toBe("plan");
    expect(workbook.sheets[0].values).toEqual([
      ["Action", "Responsables"],
      ["Former, puis évaluer", "CA\nDG"],
      ['Le « " » reste', "DG"],
    ]);
  });

  test("a .csv without BOM and with ragged rows keeps every cell", async () => {
    const path = join(dir, "ragged.csv");
    writeFileSync(path, "a,b,c\nd\n");
    const workbook = await readWorkbookFile(path);
    expect(workbook.sheets[0].values).toEqual([["a", "b", "c"], ["d"]]);
  });

  test.each(["Pacific/Auckland", "America/Toronto", "America/Los_Angeles", "UTC"])(
    "an .xlsx date cell reads as the same day in %s",
    async (timeZone) => {
      const path = join(dir, `dates-${timeZone.replace("/", "-")}.xlsx`);
      const march15 = new Date(Date.UTC(2020, 2, 15)); // a date cell: midnight, no zone in the file
      await writeXlsxFile(path, [{ name: "Actions", values: [["Échéance"], [march15]] }], "UTC");
      const workbook = await readWorkbookFile(path, timeZone);
      expect(cellText(workbook.sheets[0].values[1][0], timeZone)).toBe("2020-03-15");
      expect(workbook.timeZone).toBe(timeZone);
    },
  );

  test(".xlsx keeps values, notes, backgrounds and frozen rows through a write and a read", async () => {
    const path = join(dir, "deco.xlsx");
    await writeXlsxFile(
      path,
      [
        {
          name: "Actions",
          values: [
            ["Code", "Budget", "Fait"],
            ["1.1", 12500, true],
          ],
          notes: [
            ["", "", ""],
            ["En retard", "", ""],
          ],
          backgrounds: [
            ["", "", ""],
            ["#fce8e6", "", ""],
          ],
          frozenRows: 1,
        },
        { name: "Vide", values: [] },
        { name: "Listes", values: [["a"]], hidden: true },
      ],
      "America/Toronto",
    );
    const workbook = await readWorkbookFile(path);
    const [actions, empty, lists] = workbook.sheets;
    expect([actions.hidden, lists.hidden]).toEqual([false, true]);
    expect(actions.values).toEqual([
      ["Code", "Budget", "Fait"],
      ["1.1", 12500, true],
    ]);
    expect(actions.notes?.[1][0]).toBe("En retard");
    expect(actions.backgrounds?.[1][0]).toBe("#fce8e6");
    expect(actions.frozenRows).toBe(1);
    expect(empty.values).toEqual([]);
  });

  test("a missing file, an unsupported extension and a file that is not a workbook are told apart", async () => {
    const fake = join(dir, "pas-un-classeur.xlsx");
    writeFileSync(fake, "ceci n'est pas un zip");
    await expect(readWorkbookFile(join(dir, "absent.xlsx"))).rejects.toMatchObject({ reason: "missing" });
    await expect(readWorkbookFile(join(dir, "plan.pdf"))).rejects.toMatchObject({ reason: "unsupported" });
    await expect(readWorkbookFile(fake)).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(readWorkbookFile(fake)).rejects.toMatchObject({ reason: "unreadable" });
  });
});

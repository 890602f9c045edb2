/**
 * Protection of a sheet or a range, enforced on the current user (SpreadsheetModel.user) as
 * documented:
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#protect: until the
 *   script changes the editors, « the permissions mirror those of the spreadsheet itself, which
 *   effectively means that the range remains unprotected »;
 * - https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly:
 *   warning-only protection lets every user edit (scripts see no warning);
 * - the owner can always edit. Others, once the editors are set, only if listed; a refused edit
 *   throws Sheets' message and changes nothing.
 */
import { FakeUser } from "../base";
import { FakeObject, makeEnum } from "../expose";
import type { Box } from "./a1";
import type { ProtectionSpec, SheetModel, SpreadsheetModel } from "./model";
import type { FakeSheet } from "./sheet";

export const PROTECTED_EDIT =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

function canEdit(spec: ProtectionSpec, book: SpreadsheetModel, user: string): boolean {
  if (spec.warningOnly || user === book.owner) return true;
  return (spec.editors ?? [book.owner, ...book.editors]).includes(user);
}

/** Throws when a protection the current user cannot edit covers part of the box. */
export function checkEditable(sheet: SheetModel, box: Box): void {
  const { book } = sheet;
  for (const spec of sheet.protections) {
    const r = spec.range ?? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
    const overlaps =
      r.row < box.row + box.numRows &&
      box.row < r.row + r.numRows &&
      r.column < box.column + box.numColumns &&
      box.column < r.column + r.numColumns;
    if (overlaps && !canEdit(spec, book, book.user)) throw new Error(PROTECTED_EDIT);
  }
}

export const ProtectionType = makeEnum("SHEET", "RANGE");

export class FakeProtection extends FakeObject {
  readonly _kind = "Protection";

  constructor(
    readonly sheet: FakeSheet,
    readonly spec: ProtectionSpec,
  ) {
    super();
  }

  #changed(): this {
    this.sheet.spreadsheet.model.revision++;
    return this;
  }

  getProtectionType(): string {
    return this.spec.type;
  }
  getDescription(): string {
    return this.spec.description;
  }
  setDescription(description: string): this {
    this.spec.description = description;
    return this.#changed();
  }
  isWarningOnly(): boolean {
    return this.spec.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.spec.warningOnly = warningOnly;
    return this.#changed();
  }
  getRange(): FakeObject {
    const { model } = this.sheet;
    return this.spec.range
      ? this.sheet.spreadsheet._rangeOf(this.spec.range)
      : this.sheet._range(1, 1, model.maxRows, model.maxColumns);
  }
  /** Whether the user running the script can edit the protected range. */
  canEdit(): boolean {
    const { model } = this.sheet.spreadsheet;
    return canEdit(this.spec, model, model.user);
  }
  getEditors(): FakeUser[] {
    const { model } = this.sheet.spreadsheet;
    return (this.spec.editors ?? [model.owner, ...model.editors]).map((email) => new FakeUser(email));
  }
  addEditor(emailAddress: string | FakeUser): this {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: (string | FakeUser)[]): this {
    const editors = new Set(this.getEditors().map((user) => user.email));
    for (const e of emailAddresses) editors.add(typeof e === "string" ? e : e.email);
    this.spec.editors = [...editors];
    return this.#changed();
  }
  /** The owner stays an editor whatever is removed. */
  removeEditor(emailAddress: string | FakeUser): this {
    return this.removeEditors([emailAddress]);
  }
  removeEditors(emailAddresses: (string | FakeUser)[]): this {
    const { owner } = this.sheet.spreadsheet.model;
    const removed = new Set(emailAddresses.map((e) => (typeof e === "string" ? e : e.email)));
    this.spec.editors = this.getEditors()
      .map((user) => user.email)
      .filter((email) => email === owner || !removed.has(email));
    return this.#changed();
  }
  remove(): void {
    const list = this.sheet.model.protections;
    const index = list.indexOf(this.spec);
    if (index >= 0) list.splice(index, 1);
    this.#changed();
  }
}

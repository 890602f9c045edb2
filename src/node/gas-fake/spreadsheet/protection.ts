/** Protection of a sheet or a range; the fake records its settings, it enforces nothing. */
import { FakeObject, makeEnum } from "../expose";
import type { ProtectionSpec } from "./model";
import type { FakeSheet } from "./sheet";

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
  canEdit(): boolean {
    return true;
  }
  remove(): void {
    const list = this.sheet.model.protections;
    const index = list.indexOf(this.spec);
    if (index >= 0) list.splice(index, 1);
    this.#changed();
  }
}

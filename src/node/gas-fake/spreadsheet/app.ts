/** The SpreadsheetApp global: the active spreadsheet, its Ui, the builders and the enums. */
import { type Requirement, requirement, SCOPES } from "../access";
import { FakeObject, makeEnum } from "../expose";
import { FakeUi, type UiRecord } from "../ui";
import { ProtectionType } from "./protection";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import type { FakeSpreadsheet } from "./spreadsheet";
import {
  BooleanCriteria,
  DataValidationCriteria,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
} from "./validation";

const SPREADSHEET_NEEDS = requirement(
  { scopes: [SCOPES.spreadsheets, SCOPES.spreadsheetsCurrentOnly], limited: true },
  ["getUi"],
);

export class FakeSpreadsheetApp extends FakeObject {
  readonly _kind = "SpreadsheetApp";
  readonly BorderStyle = makeEnum("DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE");
  readonly WrapStrategy = makeEnum("WRAP", "OVERFLOW", "CLIP");
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;

  /** The bound spreadsheet needs a spreadsheets scope; getUi (menus) works even in AuthMode.NONE. */
  override _requires(method: string): Requirement | null {
    if (method === "openById") return { scopes: [SCOPES.spreadsheets] };
    return SPREADSHEET_NEEDS(method);
  }

  /** `spreadsheet` is null for a script not bound to a spreadsheet. */
  constructor(
    readonly spreadsheet: FakeSpreadsheet | null,
    readonly ui: UiRecord,
  ) {
    super();
  }

  #bound(): FakeSpreadsheet {
    if (!this.spreadsheet)
      throw new Error("This script is not bound to a spreadsheet: there is no active one.");
    return this.spreadsheet;
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.spreadsheet;
  }
  getActive(): FakeSpreadsheet | null {
    return this.spreadsheet;
  }
  getActiveSheet(): FakeSheet {
    return this.#bound().getActiveSheet();
  }
  getActiveRange(): FakeRange {
    return this.#bound().getActiveRange();
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return this.#bound().setActiveSheet(sheet);
  }
  openById(id: string): FakeSpreadsheet {
    if (this.spreadsheet?.getId() !== id) {
      throw new Error(
        "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
      );
    }
    return this.spreadsheet;
  }
  getUi(): FakeUi {
    if (!this.spreadsheet) throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return new FakeUi(this.ui);
  }
  /** Writes are immediate in the fake; flush only counts as a call. */
  flush(): void {}
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.#bound());
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.#bound());
  }
}

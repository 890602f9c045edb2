/**
 * Data validations and conditional-format rules: their builders and the built objects, stored
 * as plain specs (model.ts) so the workbook stays plain data. Ranges inside them are stored as
 * references and handed back as ranges.
 */
import type { Cell } from "../../../core/cells";
import { FakeObject, makeEnum } from "../expose";
import {
  type ConditionalRuleSpec,
  type CriterionValue,
  isRangeRef,
  normalizeColor,
  type RangeRef,
  type ValidationSpec,
} from "./model";

export const DataValidationCriteria = makeEnum(
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "NUMBER_BETWEEN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "CHECKBOX",
  "DATE_IS_VALID_DATE",
  "CUSTOM_FORMULA",
);

export const BooleanCriteria = makeEnum(
  "CUSTOM_FORMULA",
  "TEXT_EQUAL_TO",
  "TEXT_CONTAINS",
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "NUMBER_BETWEEN",
);

/** A fake range, seen from here: it can name itself as a reference. */
export interface Referable {
  _ref(): RangeRef;
}

/** Turns stored references back into ranges and reads their values. */
export interface RangeResolver {
  _rangeOf(ref: RangeRef): FakeObject;
  _valuesOf(ref: RangeRef): Cell[][];
}

function toCriterion(value: unknown): CriterionValue {
  if (typeof value === "object" && value !== null && "_ref" in value) return (value as Referable)._ref();
  return Array.isArray(value) ? [...value] : (value as CriterionValue);
}

function fromCriteria(values: CriterionValue[], resolver: RangeResolver): unknown[] {
  return values.map((v) => (isRangeRef(v) ? resolver._rangeOf(v) : Array.isArray(v) ? [...v] : v));
}

/** The getters a rule and its builder share, as in Apps Script. */
abstract class ValidationReader extends FakeObject {
  abstract readonly spec: ValidationSpec;
  abstract readonly resolver: RangeResolver;

  getCriteriaType(): string {
    return this.spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return fromCriteria(this.spec.values, this.resolver);
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
}

export class FakeDataValidationBuilder extends ValidationReader {
  readonly _kind = "DataValidationBuilder";
  spec: ValidationSpec;

  constructor(
    readonly resolver: RangeResolver,
    spec?: ValidationSpec,
  ) {
    super();
    this.spec = spec
      ? structuredClone(spec)
      : { criteria: "", values: [], allowInvalid: true, helpText: null };
  }

  #require(criteria: string, ...values: unknown[]): this {
    this.spec.criteria = criteria;
    this.spec.values = values.map(toCriterion);
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.#require(DataValidationCriteria.VALUE_IN_LIST, values, showDropdown);
  }
  requireValueInRange(range: Referable, showDropdown = true): this {
    return this.#require(DataValidationCriteria.VALUE_IN_RANGE, range, showDropdown);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.#require(DataValidationCriteria.NUMBER_BETWEEN, start, end);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.#require(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, number);
  }
  requireTextIsEmail(): this {
    return this.#require(DataValidationCriteria.TEXT_IS_VALID_EMAIL);
  }
  requireCheckbox(): this {
    return this.#require(DataValidationCriteria.CHECKBOX);
  }
  requireDate(): this {
    return this.#require(DataValidationCriteria.DATE_IS_VALID_DATE);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.#require(DataValidationCriteria.CUSTOM_FORMULA, formula);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.spec.allowInvalid = allowInvalid;
    return this;
  }
  setHelpText(helpText: string): this {
    this.spec.helpText = helpText;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.spec.criteria) throw new Error("The data validation rule has no criteria.");
    return new FakeDataValidation(this.resolver, this.spec);
  }
}

export class FakeDataValidation extends ValidationReader {
  readonly _kind = "DataValidation";
  readonly spec: ValidationSpec;

  constructor(
    readonly resolver: RangeResolver,
    spec: ValidationSpec,
  ) {
    super();
    this.spec = structuredClone(spec);
  }

  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.resolver, this.spec);
  }
}

/**
 * Whether a rule that rejects invalid input refuses this value. Only list, range, number-between
 * and checkbox rules are checked; the others accept everything here.
 */
export function rejects(spec: ValidationSpec, value: Cell, resolver: RangeResolver): boolean {
  if (spec.allowInvalid || value === "") return false;
  const [first, second] = spec.values;
  switch (spec.criteria) {
    case DataValidationCriteria.VALUE_IN_LIST:
      return !(first as Cell[]).some((item) => String(item) === String(value));
    case DataValidationCriteria.VALUE_IN_RANGE:
      return !resolver
        ._valuesOf(first as RangeRef)
        .flat()
        .some((item) => item !== "" && String(item) === String(value));
    case DataValidationCriteria.NUMBER_BETWEEN:
      return typeof value !== "number" || value < (first as number) || value > (second as number);
    case DataValidationCriteria.CHECKBOX:
      return typeof value !== "boolean";
    default:
      return false;
  }
}

export class FakeConditionalFormatRuleBuilder extends FakeObject {
  readonly _kind = "ConditionalFormatRuleBuilder";
  spec: ConditionalRuleSpec;

  constructor(
    readonly resolver: RangeResolver,
    spec?: ConditionalRuleSpec,
  ) {
    super();
    this.spec = spec ? structuredClone(spec) : { criteria: "", values: [], format: {}, ranges: [] };
  }

  #when(criteria: string, ...values: unknown[]): this {
    this.spec.criteria = criteria;
    this.spec.values = values.map(toCriterion);
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.#when(BooleanCriteria.CUSTOM_FORMULA, formula);
  }
  whenTextEqualTo(text: string): this {
    return this.#when(BooleanCriteria.TEXT_EQUAL_TO, text);
  }
  whenTextContains(text: string): this {
    return this.#when(BooleanCriteria.TEXT_CONTAINS, text);
  }
  whenCellEmpty(): this {
    return this.#when(BooleanCriteria.CELL_EMPTY);
  }
  whenCellNotEmpty(): this {
    return this.#when(BooleanCriteria.CELL_NOT_EMPTY);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.#when(BooleanCriteria.NUMBER_BETWEEN, start, end);
  }
  setBackground(color: string | null): this {
    this.spec.format.background = color === null ? undefined : normalizeColor(color);
    return this;
  }
  setFontColor(color: string | null): this {
    this.spec.format.fontColor = color === null ? undefined : normalizeColor(color);
    return this;
  }
  setBold(bold: boolean | null): this {
    this.spec.format.bold = bold ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.spec.format.italic = italic ?? undefined;
    return this;
  }
  setRanges(ranges: Referable[]): this {
    this.spec.ranges = ranges.map((range) => range._ref());
    return this;
  }
  getRanges(): FakeObject[] {
    return this.spec.ranges.map((ref) => this.resolver._rangeOf(ref));
  }
  build(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(this.resolver, this.spec);
  }
}

export class FakeConditionalFormatRule extends FakeObject {
  readonly _kind = "ConditionalFormatRule";
  readonly spec: ConditionalRuleSpec;

  constructor(
    readonly resolver: RangeResolver,
    spec: ConditionalRuleSpec,
  ) {
    super();
    this.spec = structuredClone(spec);
  }

  getRanges(): FakeObject[] {
    return this.spec.ranges.map((ref) => this.resolver._rangeOf(ref));
  }
  /** Null for a gradient rule, which the fake does not build. */
  getBooleanCondition(): FakeBooleanCondition | null {
    return this.spec.criteria ? new FakeBooleanCondition(this.resolver, this.spec) : null;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.resolver, this.spec);
  }
}

export class FakeBooleanCondition extends FakeObject {
  readonly _kind = "BooleanCondition";

  constructor(
    readonly resolver: RangeResolver,
    readonly spec: ConditionalRuleSpec,
  ) {
    super();
  }

  getCriteriaType(): string {
    return this.spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return fromCriteria(this.spec.values, this.resolver);
  }
  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }
}

/**
 * The smallest chart model the add-on needs: `Sheet.newChart()` gives an EmbeddedChartBuilder
 * (ranges, position, options, `asColumnChart()`), `build()` an EmbeddedChart, and the sheet keeps
 * the charts `insertChart` put there until `removeChart`. Reference:
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder and
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart).
 * Where the reference is silent (a chart built without a range), the stricter choice: insertChart
 * refuses it, as a chart with no data cannot be drawn.
 */
import { FakeObject } from "../expose";
import type { RangeRef, SheetModel } from "./model";
import type { FakeRange } from "./range";

export interface ChartSpec {
  id: number;
  type: string;
  ranges: RangeRef[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** Charts by sheet: kept beside the model, which knows nothing of them. */
const chartsOf = new WeakMap<SheetModel, ChartSpec[]>();
let nextId = 1;

export function sheetCharts(model: SheetModel): ChartSpec[] {
  let charts = chartsOf.get(model);
  if (!charts) {
    charts = [];
    chartsOf.set(model, charts);
  }
  return charts;
}

export class FakeEmbeddedChartBuilder extends FakeObject {
  readonly _kind: string = "EmbeddedChartBuilder";
  protected readonly spec: ChartSpec;

  constructor(spec?: ChartSpec) {
    super();
    this.spec = spec
      ? structuredClone(spec)
      : {
          id: 0,
          type: "AREA",
          ranges: [],
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }

  addRange(range: FakeRange): this {
    this.spec.ranges.push(range._ref());
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.spec.options[option] = value;
    return this;
  }
  asColumnChart(): FakeEmbeddedColumnChartBuilder {
    return new FakeEmbeddedColumnChartBuilder({ ...this.spec, type: "COLUMN" });
  }
  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(structuredClone(this.spec));
  }
}

export class FakeEmbeddedColumnChartBuilder extends FakeEmbeddedChartBuilder {
  override readonly _kind = "EmbeddedColumnChartBuilder";
  setTitle(title: string): this {
    return this.setOption("title", title);
  }
}

export class FakeEmbeddedChart extends FakeObject {
  readonly _kind = "EmbeddedChart";
  constructor(readonly spec: ChartSpec) {
    super();
  }
  getChartId(): number | null {
    return this.spec.id || null;
  }
  getType(): string {
    return this.spec.type;
  }
  getOptions(): { get(option: string): unknown } {
    const options = { ...this.spec.options };
    return { get: (option: string) => options[option] ?? null };
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.spec);
  }
}

/** Sheet.insertChart: the chart gets its id and is kept on the sheet. */
export function insertChart(model: SheetModel, chart: FakeEmbeddedChart): void {
  if (chart.spec.ranges.length === 0) throw new Error("A chart needs at least one range of data.");
  chart.spec.id = nextId++;
  sheetCharts(model).push(structuredClone(chart.spec));
}

export function removeChart(model: SheetModel, chart: FakeEmbeddedChart): void {
  const charts = sheetCharts(model);
  const at = charts.findIndex((spec) => spec.id === chart.spec.id);
  if (at >= 0) charts.splice(at, 1);
}

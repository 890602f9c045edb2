/**
 * The Docs API requests the report sends. @types/google-apps-script's Docs schema predates three
 * of them; these follow their reference pages
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request).
 */
type Dimension = { magnitude: number; unit: "PT" };
type Color = { color: { rgbColor: { red: number; green: number; blue: number } } };
type Border = { color: Color["color"]; width: Dimension; dashStyle: "SOLID" };
type TableStart = { tableStartLocation: { index: number } };

export type DocsRequest = GoogleAppsScript.Docs.Schema.Request & {
  updateTableCellStyle?: {
    tableRange?: {
      tableCellLocation: TableStart & { rowIndex: number; columnIndex: number };
      rowSpan: number;
      columnSpan: number;
    };
    tableStartLocation?: { index: number };
    tableCellStyle: {
      backgroundColor?: Color;
      borderTop?: Border;
      borderBottom?: Border;
      borderLeft?: Border;
      borderRight?: Border;
    };
    fields: string;
  };
  updateTableColumnProperties?: TableStart & {
    columnIndices: number[];
    tableColumnProperties: { widthType: "FIXED_WIDTH" | "EVENLY_DISTRIBUTED"; width?: Dimension };
    fields: string;
  };
  pinTableHeaderRows?: TableStart & { pinnedHeaderRowsCount: number };
};

/**
 * Tables in the in-memory Word, as far as the add-in writes them (the mark sheet):
 * - `Paragraph.insertTable(rowCount, columnCount, "Before" | "After", values)` (WordApi 1.3,
 *   https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-inserttable-member(1))
 *   makes one paragraph per cell, each carrying its cell position, as the rest of the model holds
 *   tables. `values` must match the table's size, or the call fails with InvalidArgument.
 * - A document cannot end with a table: Word keeps a paragraph after it, so a table inserted
 *   after the last paragraph gets an empty paragraph after it, outside any control.
 * - `Table`: rowCount and values (read-only), headerRowCount and styleBuiltIn (writable; a style
 *   that is not built in fails), insertParagraph("Before" | "After") outside the table, getRange.
 * Cells are not separate objects; nested tables and merged cells are not modelled.
 */
import { MemoryOfficeError } from "./office-error";
import type { MemoryDocument, ParaData } from "./model";
import { MemObject, Ref, type MemoryRequestContext } from "./proxy";
import { MemParagraph, MemRange } from "./objects";

export interface TableData {
  /** The `table` number its cell paragraphs carry. */
  readonly id: number;
  readonly rows: number;
  readonly columns: number;
  headerRowCount: number;
  styleBuiltIn: string;
}

const TABLES = new WeakMap<MemoryDocument, Map<number, TableData>>();

function tablesOf(doc: MemoryDocument): Map<number, TableData> {
  let t = TABLES.get(doc);
  if (!t) {
    t = new Map();
    TABLES.set(doc, t);
  }
  return t;
}

/** The cell paragraphs of a table, in reading order. */
export function tableParagraphs(doc: MemoryDocument, id: number): ParaData[] {
  return doc.paragraphs.filter((p) => p.table?.table === id && p.table.nesting === 1);
}

/** The table's data (size and style) for a table the add-in inserted; undefined for fixture tables. */
export function tableData(doc: MemoryDocument, id: number): TableData | undefined {
  return tablesOf(doc).get(id);
}

/** Built-in table styles Word accepts by identifier (a subset: the ones an add-in is likely to set). */
const TABLE_STYLES = new Set(["TableGrid", "TableGridLight", "PlainTable1", "PlainTable2", "PlainTable3", "PlainTable4", "PlainTable5", "GridTable1Light", "GridTable4_Accent1", "ListTable1Light"]);

export function insertTable(doc: MemoryDocument, anchor: ParaData, location: "Before" | "After", rows: number, columns: number, values?: string[][]): TableData {
  if (location !== "Before" && location !== "After") {
    throw new MemoryOfficeError("InvalidArgument", `Paragraph.insertTable accepts only 'Before' or 'After', not '${String(location)}'.`);
  }
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
    throw new MemoryOfficeError("InvalidArgument", "A table needs at least one row and one column.");
  }
  if (values && (values.length !== rows || values.some((r) => !Array.isArray(r) || r.length !== columns))) {
    throw new MemoryOfficeError("InvalidArgument", "The table's values do not match its number of rows and columns.");
  }
  if (anchor.table) throw new MemoryOfficeError("InvalidArgument", "The in-memory Word does not insert tables inside tables.");
  doc.assertEditable(anchor.controls);
  const id = Math.max(0, ...doc.paragraphs.map((p) => (p.table ? p.table.table + 1 : 0)), ...[...tablesOf(doc).keys()].map((k) => k + 1));
  const cells: ParaData[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      cells.push(doc.makeParagraph({ text: values?.[r]?.[c] ?? "", style: "Normal", controls: [...anchor.controls], table: { table: id, row: r, cell: c, nesting: 1 } }));
    }
  }
  const at = doc.indexOf(anchor) + (location === "After" ? 1 : 0);
  doc.paragraphs.splice(at, 0, ...cells);
  // Word never ends a document with a table.
  if (at + cells.length === doc.paragraphs.length) doc.paragraphs.push(doc.makeParagraph({ text: "" }));
  const data: TableData = { id, rows, columns, headerRowCount: 0, styleBuiltIn: "TableGrid" };
  tablesOf(doc).set(id, data);
  return data;
}

export class MemTable extends MemObject {
  constructor(context: MemoryRequestContext, readonly ref: Ref<TableData>) {
    super(context);
  }

  private table(): { data: TableData; cells: ParaData[] } {
    const data = this.ref.required("table");
    const cells = tableParagraphs(this.memory, data.id);
    if (cells.length === 0) throw new MemoryOfficeError("ItemNotFound", "The table no longer exists.");
    return { data, cells };
  }

  protected scalarNames(): readonly string[] {
    return ["rowCount", "values", "headerRowCount", "styleBuiltIn"];
  }

  protected readScalar(name: string): unknown {
    const { data, cells } = this.table();
    switch (name) {
      case "rowCount":
        return data.rows;
      case "values":
        return Array.from({ length: data.rows }, (_, r) => cells.filter((p) => p.table!.row === r).map((p) => p.text));
      case "headerRowCount":
        return data.headerRowCount;
      default:
        return data.styleBuiltIn;
    }
  }

  get rowCount(): number {
    return this.get("rowCount");
  }
  get values(): string[][] {
    return this.get("values");
  }
  get headerRowCount(): number {
    return this.get("headerRowCount");
  }
  set headerRowCount(v: number) {
    this.write(() => {
      const { data, cells } = this.table();
      this.memory.assertEditable(cells[0]!.controls);
      if (!Number.isInteger(v) || v < 0 || v > data.rows) throw new MemoryOfficeError("InvalidArgument", "headerRowCount must be between 0 and the number of rows.");
      data.headerRowCount = v;
    });
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(v: string) {
    this.write(() => {
      const { data, cells } = this.table();
      this.memory.assertEditable(cells[0]!.controls);
      if (!TABLE_STYLES.has(v)) throw new MemoryOfficeError("InvalidArgument", `'${v}' is not a built-in table style.`);
      data.styleBuiltIn = v;
    });
  }

  /** A paragraph just before or after the table, outside it (inside the controls around it). */
  insertParagraph(text: string, location: "Before" | "After"): MemParagraph {
    const created = new Ref<ParaData>();
    this.write(() => {
      const { cells } = this.table();
      const first = cells[0]!;
      const last = cells[cells.length - 1]!;
      if (location !== "Before" && location !== "After") throw new MemoryOfficeError("InvalidArgument", `Table.insertParagraph does not accept '${String(location)}'.`);
      const at = location === "Before" ? this.memory.indexOf(first) : this.memory.indexOf(last) + 1;
      created.set(this.memory.insertAt(at, text, first.controls, undefined, undefined));
    });
    return new MemParagraph(this.context, created);
  }

  getRange(location: "Whole" | "Start" | "End" | "After" = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        const { cells } = this.table();
        const first = cells[0]!;
        const last = cells[cells.length - 1]!;
        if (location === "Start") return { start: first, so: 0, end: first, eo: 0 };
        if (location === "End" || location === "After") return { start: last, so: last.text.length, end: last, eo: last.text.length };
        return { start: first, so: 0, end: last, eo: last.text.length };
      }),
    );
  }
}

// XLSX exports (exceljs): one row per record with typed cells (numbers as numbers, dates as real
// dates), a bold frozen header, an autofilter and widths from the column definitions; a shortlist gets
// a second sheet with the role profile. Text goes through the same formula neutralising as the CSV.
import ExcelJS from 'exceljs';
import { cellOf, roleProfileRows, safeCell, type CellType, type CellValue, type ColumnDef } from '../../shared/export/columns';
import { SHORTLIST_COLUMNS } from '../../shared/export/columns';
import type { ShortlistExport } from '../../shared/export/types';

const NUM_FMT: Partial<Record<CellType, string>> = {
  integer: '0',
  number: '0.##',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
};

/** A date column's YYYY-MM-DD as a Date at UTC midnight: Excel shows the same calendar day everywhere. */
function typed(value: CellValue, type: CellType): string | number | Date | null {
  if (value === null) return null;
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'BenchMatch';
  // A fixed creation date keeps the file free of the machine's clock beyond what the user asked for.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return wb;
}

function addTable<Row>(wb: ExcelJS.Workbook, name: string, columns: readonly ColumnDef<Row>[], rows: readonly Row[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, style: NUM_FMT[c.type] ? { numFmt: NUM_FMT[c.type] } : {} }));
  const header = ws.getRow(1);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F2A44' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of rows) ws.addRow(columns.map((c) => typed(cellOf(c, row), c.type)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

export async function tableXlsx<Row>(sheetName: string, columns: readonly ColumnDef<Row>[], rows: readonly Row[]): Promise<Buffer> {
  const wb = newWorkbook();
  addTable(wb, sheetName, columns, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function shortlistXlsx(doc: ShortlistExport): Promise<Buffer> {
  const wb = newWorkbook();
  wb.title = `${doc.clientName}: ${doc.role.title}`;
  addTable(wb, 'Shortlist', SHORTLIST_COLUMNS, doc.engineers);
  const ws = wb.addWorksheet('Role profile');
  ws.columns = [{ width: 30 }, { width: 60 }];
  for (const [label, value, type] of roleProfileRows(doc)) {
    const row = ws.addRow([label, typed(safeCell(value), type)]);
    row.getCell(1).font = { bold: true };
    const fmt = NUM_FMT[type];
    if (fmt) row.getCell(2).numFmt = fmt;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

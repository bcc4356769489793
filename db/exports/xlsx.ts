// XLSX exports (exceljs): one row per record with typed cells (numbers as numbers, dates as real
// dates), a bold frozen header, an autofilter and widths from the column definitions; a shortlist gets
// a second sheet with the role profile. Text is written as typed string cells (never a formula, whatever
// it starts with), so unlike the CSV it needs no leading quote and the client sees the text as written.
// exceljs's streaming writer is used even for small files: on a 10k-row bench view it takes about half
// the time of the in-memory workbook, and inline strings skip the shared-string table's bookkeeping.
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { roleProfileRows, shortlistColumns, type CellType, type CellValue, type ColumnDef, type PacketT } from '../../shared/export/columns';
import { translatorFor } from '../../shared/i18n/instance';
import type { Language } from '../../shared/i18n/languages';
import type { ShortlistExport } from '../../shared/export/types';

type Writer = ExcelJS.stream.xlsx.WorkbookWriter;
type Sheet = ReturnType<Writer['addWorksheet']>;

const NUM_FMT: Partial<Record<CellType, string>> = {
  integer: '0',
  number: '0.##',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F2A44' } };

/** A date column's YYYY-MM-DD as a Date at UTC midnight: Excel shows the same calendar day everywhere. */
function typed(value: CellValue, type: CellType): string | number | Date | null {
  if (value === null) return null;
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** A streaming workbook whose bytes are collected in memory (the atomic writer puts them on disk). */
async function newWorkbook(title?: string, author?: string, sharedStrings = false): Promise<{ wb: Writer; done: () => Promise<Buffer> }> {
  // Loaded on first use: importing exceljs costs a noticeable part of a second that most commands and
  // app sessions never need.
  const { default: Excel } = await import('exceljs');
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: sharedStrings, useStyles: true });
  // A packet's author is the firm (Settings > Firm); the firm's own sheets say nothing.
  wb.creator = author ?? '';
  wb.lastModifiedBy = author ?? '';
  // Fixed dates keep the machine's clock out of the file: its content is the data, not the moment.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  if (title) wb.title = title;
  return {
    wb,
    done: async () => {
      await wb.commit();
      return Buffer.concat(chunks);
    },
  };
}

/** Title rows above a packet's table: the firm (or the packet's title), what the packet is, the contact line and footer. */
export const PACKET_TITLE_ROWS = 3;

function addTable<Row>(wb: Writer, name: string, columns: readonly ColumnDef<Row>[], rows: readonly Row[], t: PacketT, title?: { lines: string[]; accent: string }): void {
  const top = title ? PACKET_TITLE_ROWS : 0;
  const ws: Sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: top + 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, ...(NUM_FMT[c.type] ? { style: { numFmt: NUM_FMT[c.type]! } } : {}) }));
  ws.autoFilter = { from: { row: top + 1, column: 1 }, to: { row: Math.max(top + 1, top + rows.length + 1), column: columns.length } };
  if (title) {
    title.lines.forEach((line, i) => {
      const row = ws.addRow([line]);
      const cell = row.getCell(1);
      cell.font = i === 0 ? { bold: true, size: 14, color: { argb: argb(title.accent) } } : { size: i === 1 ? 11 : 9, color: { argb: i === 1 ? 'FF1F2A44' : 'FF6B7385' } };
      row.commit();
    });
  }
  const header = ws.addRow(columns.map((c) => t(c.header)));
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();
  for (const row of rows) ws.addRow(columns.map((c) => typed(c.value(row, t), c.type))).commit();
  ws.commit();
}

export async function tableXlsx<Row>(sheetName: 'packet:sheet.bench', columns: readonly ColumnDef<Row>[], rows: readonly Row[], lng: Language): Promise<Buffer> {
  const { wb, done } = await newWorkbook();
  const t = translatorFor(lng, ['packet']);
  addTable(wb, t(sheetName), columns, rows, t);
  return done();
}

/** "#2f6fde" -> "FF2F6FDE" (exceljs colours). */
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

export async function shortlistXlsx(doc: ShortlistExport): Promise<Buffer> {
  const t = translatorFor(doc.language, ['packet']);
  const packetTitle = t('packet:pdf.title', { role: doc.role.title, client: doc.clientName });
  // Shared strings: a packet's text cells are typed text (t="s"), never a formula's cached result; a
  // packet is small, so the table's bookkeeping costs nothing here.
  const { wb, done } = await newWorkbook(packetTitle, doc.firm.name, true);
  const lines = [
    doc.firm.name ?? packetTitle,
    doc.firm.name ? packetTitle : t('packet:pdf.preparedOn', { date: doc.date }),
    [doc.firm.contact, doc.firm.footer].filter(Boolean).join('  ·  '),
  ];
  addTable(wb, t('packet:sheet.shortlist'), shortlistColumns(doc), doc.engineers, t, { lines, accent: doc.firm.accent ?? '#1F2A44' });
  const ws = wb.addWorksheet(t('packet:sheet.roleProfile'));
  ws.columns = [{ width: 30 }, { width: 60 }];
  for (const [label, value, type] of roleProfileRows(doc, t)) {
    const row = ws.addRow([label, typed(value, type)]);
    row.getCell(1).font = { bold: true };
    const fmt = NUM_FMT[type];
    if (fmt) row.getCell(2).numFmt = fmt;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
    row.commit();
  }
  ws.commit();
  return done();
}

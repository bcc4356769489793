// CSV exports: RFC 4180 (CRLF rows, fields quoted when they hold a comma, quote or line break), UTF-8
// with a byte-order mark so Excel opens accents right, the same columns as the XLSX (columns.ts).
import { stringify } from 'csv-stringify/sync';
import { cellOf, type ColumnDef } from '../../shared/export/columns';

const BOM = '\uFEFF';

export function tableCsv<Row>(columns: readonly ColumnDef<Row>[], rows: readonly Row[]): Buffer {
  const records: (string | number)[][] = [columns.map((c) => c.header)];
  for (const row of rows) records.push(columns.map((c) => cellOf(c, row) ?? ''));
  const text = stringify(records, { record_delimiter: '\r\n', quoted_match: /\r|\n/ });
  return Buffer.from(BOM + text, 'utf8');
}

import ExcelJS from 'exceljs';
import { cellText, type TableColumn, type TableDocument } from './pdf';

/**
 * Excel read/write behind two functions, so the unmaintained exceljs can be swapped without
 * touching the modules that import or export spreadsheets.
 */
export async function writeTableXlsx(table: TableDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yibao';
  const ws = wb.addWorksheet(table.title.slice(0, 31) || 'Sheet1');
  ws.columns = table.columns.map((c) => ({
    header: c.title,
    key: c.key,
    width: Math.max(12, c.title.length * 2 + 4),
  }));
  ws.getRow(1).font = { bold: true };
  // Text cells keep certificate and account numbers exact (no 1.1E+17).
  for (const row of table.rows) {
    ws.addRow(Object.fromEntries(table.columns.map((c) => [c.key, cellText(row[c.key])])));
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetRow {
  /** 1-based row number in the sheet, for per-row error reports */
  rowNumber: number;
  values: Record<string, string>;
}

/**
 * Reads the first sheet whose header row holds the given column titles; every cell comes back
 * as trimmed text keyed by column key. A missing header column is reported, not guessed.
 */
export async function readTableXlsx(
  data: Buffer,
  columns: TableColumn[],
): Promise<{ rows: SheetRow[]; missingColumns: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [], missingColumns: columns.map((c) => c.title) };
  const header = ws.getRow(1);
  const indexOf = new Map<string, number>();
  header.eachCell((cell, col) => indexOf.set(cellString(cell.value), col));
  const missingColumns = columns.filter((c) => !indexOf.has(c.title)).map((c) => c.title);
  const rows: SheetRow[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    let any = false;
    for (const c of columns) {
      const col = indexOf.get(c.title);
      const v = col ? cellString(row.getCell(col).value) : '';
      if (v) any = true;
      values[c.key] = v;
    }
    if (any) rows.push({ rowNumber, values });
  });
  return { rows, missingColumns };
}

function cellString(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return String(v.result ?? '').trim();
  }
  return String(v).trim();
}

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTableXlsx, renderPdf, renderTablePdf, writeTableXlsx } from './index';
import { parseColumns } from './table-export';

const columns = [
  { key: 'name', title: '姓名' },
  { key: 'certNo', title: '证件号码' },
  { key: 'amount', title: '金额（元）' },
];

describe('documents', () => {
  it('renders Chinese text into a PDF with the CJK font embedded', async () => {
    const pdf = await renderPdf((doc) => doc.fontSize(14).text('参保证明：壹佰贰拾叁元肆角伍分'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // the font is subset-embedded, not referenced: the file carries its glyph program
    expect(pdf.toString('latin1')).toMatch(/FontFile2|NotoSansSC/);
    expect(pdf.length).toBeGreaterThan(3000);
  });

  it('breaks a long table across pages and numbers them', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      name: `张三${i}`,
      certNo: '11*****34',
      amount: '12.30',
    }));
    const pdf = await renderTablePdf({ title: '缴费明细', columns, rows }, '2026-11-23T00:00:00Z');
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
  });

  it('writes Excel with numbers kept as text and reads it back by header titles', async () => {
    const rows = [
      { name: '李四', certNo: '110101199003071234', amount: '1234.50' },
      { name: '王五', certNo: '11010119900307123X', amount: '0.01' },
    ];
    const xlsx = await writeTableXlsx({ title: '名单', columns, rows });
    const read = await readTableXlsx(xlsx, columns);
    expect(read.missingColumns).toEqual([]);
    expect(read.rows).toEqual([
      { rowNumber: 2, values: rows[0] },
      { rowNumber: 3, values: rows[1] },
    ]);
  });

  it('reports missing template columns instead of guessing, and skips empty rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('学生名单');
    ws.addRow(['姓名', '证件号码']);
    ws.addRow(['赵六', '110101201001011234']);
    ws.addRow([]);
    ws.addRow(['钱七', { richText: [{ text: '1101012010' }, { text: '02021234' }] }]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const read = await readTableXlsx(buf, columns);
    expect(read.missingColumns).toEqual(['金额（元）']);
    expect(read.rows.map((r) => [r.rowNumber, r.values.certNo])).toEqual([
      [2, '110101201001011234'],
      [4, '110101201002021234'],
    ]);
  });

  it('accepts only the columns a list offers for export', () => {
    expect(parseColumns('name:姓名,amount:金额', ['name', 'amount'])).toEqual([
      { key: 'name', title: '姓名' },
      { key: 'amount', title: '金额' },
    ]);
    expect(() => parseColumns('passwordHash:密码', ['name'])).toThrow('不能导出列 passwordHash');
  });
});

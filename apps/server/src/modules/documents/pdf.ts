import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** A whole TTF (pdfkit cannot use woff2 slices) so every Chinese character prints. */
const CJK_FONT: string =
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

export interface TableColumn {
  key: string;
  title: string;
}

export interface TableDocument {
  title: string;
  subtitle?: string;
  columns: TableColumn[];
  rows: Record<string, unknown>[];
}

/** Renders into a buffer; `draw` gets a document whose default font is the CJK font. */
export function renderPdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 40, bufferPages: true, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', CJK_FONT);
    doc.font('cjk');
    try {
      draw(doc);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}

export const cellText = (v: unknown): string =>
  v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** A printable table: title, column header row repeated on every page, page numbers. */
export function renderTablePdf(table: TableDocument, printedAt: string): Promise<Buffer> {
  const landscape = table.columns.length > 6;
  return renderPdf(
    (doc) => {
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      const colWidth = width / Math.max(1, table.columns.length);
      const bottom = () => doc.page.height - doc.page.margins.bottom - 20;

      const header = () => {
        doc.fontSize(9).fillColor('#000');
        const y = doc.y;
        const h = Math.max(
          ...table.columns.map((c) => doc.heightOfString(c.title, { width: colWidth - 6 })),
        );
        doc
          .rect(left, y, width, h + 6)
          .fill('#eeeeee')
          .fillColor('#000');
        table.columns.forEach((c, i) =>
          doc.text(c.title, left + i * colWidth + 3, y + 3, { width: colWidth - 6 }),
        );
        doc.y = y + h + 6;
      };

      doc.fontSize(16).text(table.title, { align: 'center' });
      if (table.subtitle) doc.fontSize(10).text(table.subtitle, { align: 'center' });
      doc
        .fontSize(9)
        .text(`打印时间：${printedAt}    共 ${table.rows.length} 条`, { align: 'right' });
      doc.moveDown(0.5);
      header();
      doc.fontSize(9);
      for (const row of table.rows) {
        const texts = table.columns.map((c) => cellText(row[c.key]));
        const h = Math.max(
          12,
          ...texts.map((t) => doc.heightOfString(t || ' ', { width: colWidth - 6 })),
        );
        if (doc.y + h + 6 > bottom()) {
          doc.addPage();
          header();
          doc.fontSize(9);
        }
        const y = doc.y;
        texts.forEach((t, i) =>
          doc.text(t, left + i * colWidth + 3, y + 3, { width: colWidth - 6 }),
        );
        doc
          .moveTo(left, y + h + 6)
          .lineTo(left + width, y + h + 6)
          .strokeColor('#cccccc')
          .stroke();
        doc.y = y + h + 6;
      }
      if (table.rows.length === 0) doc.moveDown().text('暂无数据', { align: 'center' });

      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        doc.fontSize(8).text(`第 ${i + 1} 页 / 共 ${range.count} 页`, left, doc.page.height - 30, {
          width,
          align: 'center',
          lineBreak: false,
        });
      }
    },
    { layout: landscape ? 'landscape' : 'portrait' },
  );
}

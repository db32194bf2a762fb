import { partLabel } from '@yibao/contracts';
import { serviceItemSections, type ServiceItem, type ServiceMaterial } from '@yibao/domain';
import { renderPdf } from '../documents';

/** 必须 or 条件, with the guide's heading and remark. */
export function requirementText(m: ServiceMaterial): string {
  const base = m.required ? '必须' : '条件';
  const parts = [m.group, m.note].filter((t): t is string => Boolean(t));
  return parts.length ? `${base}（${parts.join('；')}）` : base;
}

/** The material's wording with its alternatives (任选其一). */
export function materialText(m: ServiceMaterial): string {
  return m.alternatives?.length ? `${m.name}（任选其一：${m.alternatives.join('／')}）` : m.name;
}

/** an ideographic space, and a line to write on */
const GAP = '\u3000';
const blank = (n: number) => '\uff3f'.repeat(n);

/**
 * 申办资料清单 of one item: for each section (一)(二)… its materials, 必须/条件 and an empty box
 * 收到 for the clerk to tick, then its 办理时限; a line for the signatures, the print date and
 * page numbers at the foot of every page.
 */
export function drawChecklist(item: ServiceItem, printedOn: string): Promise<Buffer> {
  return renderPdf((doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    // the columns' left edges and widths: 序号, 申办资料 (what the others leave), 要求, 收到
    const serial = { title: '序号', x: left, w: 34 };
    const received = { title: '收到', x: left + width - 40, w: 40 };
    const requirement = { title: '要求', x: received.x - 140, w: 140 };
    const material = { title: '申办资料', x: left + serial.w, w: requirement.x - left - serial.w };
    const cols = [serial, material, requirement, received];
    const bottom = () => doc.page.height - doc.page.margins.bottom - 24;
    const ensure = (h: number) => {
      if (doc.y + h > bottom()) doc.addPage();
    };

    const header = () => {
      doc.fontSize(10).fillColor('#000');
      const y = doc.y;
      doc.rect(left, y, width, 20).fill('#eeeeee').fillColor('#000');
      for (const c of cols) {
        doc.text(c.title, c.x + 4, y + 5, {
          width: c.w - 8,
          lineBreak: false,
          align: c === received ? 'center' : 'left',
        });
      }
      doc.y = y + 20;
    };

    const row = (cells: [string, string, string], box: boolean) => {
      doc.fontSize(10);
      const texts = [
        { text: cells[0], col: serial },
        { text: cells[1], col: material },
        { text: cells[2], col: requirement },
      ];
      const h =
        Math.max(
          14,
          ...texts.map((t) => doc.heightOfString(t.text || ' ', { width: t.col.w - 8 })),
        ) + 8;
      if (doc.y + h > bottom()) {
        doc.addPage();
        header();
        doc.fontSize(10);
      }
      const y = doc.y;
      for (const t of texts) doc.text(t.text, t.col.x + 4, y + 4, { width: t.col.w - 8 });
      if (box) {
        const size = 11;
        doc
          .rect(received.x + (received.w - size) / 2, y + (h - size) / 2, size, size)
          .lineWidth(0.8)
          .strokeColor('#000')
          .stroke();
      }
      doc
        .moveTo(left, y + h)
        .lineTo(left + width, y + h)
        .lineWidth(0.5)
        .strokeColor('#999999')
        .stroke();
      doc.y = y + h;
    };

    const paragraph = (text: string, size = 10) => {
      doc.fontSize(size);
      ensure(doc.heightOfString(text, { width }) + 4);
      doc.fillColor('#000').text(text, left, doc.y, { width });
    };

    doc.fontSize(18).text('申办资料清单', left, doc.y, { width, align: 'center' });
    doc.moveDown(0.2);
    doc.fontSize(13).text(`事项 ${item.no}${GAP}${item.name}`, { width, align: 'center' });
    doc.moveDown(0.8);
    paragraph(
      `申请人：${blank(8)}${GAP}${GAP}证件号码：${blank(18)}${GAP}${GAP}受理人：${blank(6)}`,
    );
    doc.moveDown(0.6);

    serviceItemSections(item).forEach((section, index) => {
      const part = item.parts?.[index];
      if (part) {
        doc.fontSize(12);
        ensure(20 + 20 + 26);
        doc.text(`${partLabel(part.no)}${part.name}`, left, doc.y, { width });
        doc.moveDown(0.3);
      } else {
        ensure(20 + 26);
      }
      header();
      if (section.materials.length === 0) {
        row(['', section.materialsNote ?? '无需提交申办资料', ''], false);
      } else {
        section.materials.forEach((m, i) =>
          row([String(i + 1), materialText(m), requirementText(m)], true),
        );
      }
      doc.moveDown(0.4);
      if (section.materials.length && section.materialsNote) {
        paragraph(`说明：${section.materialsNote}`, 9);
        doc.moveDown(0.2);
      }
      paragraph(`办理时限：${section.timeLimitText ?? '指南未写明'}`);
      doc.moveDown(0.8);
    });

    doc.moveDown(0.4);
    paragraph(
      `以上资料已于 ${blank(4)}年${blank(2)}月${blank(2)}日 收到。${GAP}${GAP}经办人签字：${blank(8)}`,
    );

    // the footers lie below the bottom margin: lift it while they are written
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .fontSize(8)
        .fillColor('#555555')
        .text(
          `玉溪市医疗保障 办事指南${GAP}${GAP}打印日期：${printedOn}${GAP}${GAP}第 ${i + 1} 页 / 共 ${range.count} 页`,
          left,
          doc.page.height - 30,
          { width, align: 'center', lineBreak: false },
        );
      doc.page.margins.bottom = margin;
    }
  });
}

import type { CertificateContent, CertificateIssued } from '@yibao/contracts';
import { dictionaryLabel } from '@yibao/db/dictionaries';
import { renderPdf } from '../documents';

const TITLES: Record<CertificateIssued['kind'], string> = {
  insured: '基本医疗保险参保证明',
  'no-household': '无户籍人员基本医疗保险参保证明',
};

/** `2026-11-29T02:00:00Z` → 2026年11月29日, in Beijing. */
const chineseDate = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/**
 * The printed 参保证明: who, every enrolment (险种, 参保身份, 状态, 起止, 单位), the months paid,
 * the issuing region and day, and how to check it: 证明编号, 验证码 and the public page.
 */
export function drawCertificate(cert: CertificateIssued, verifyUrl: string): Promise<Buffer> {
  const c: CertificateContent = cert.content;
  return renderPdf((doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.fontSize(20).text(TITLES[cert.kind], { align: 'center' });
    doc.moveDown(0.4).fontSize(10).fillColor('#444');
    doc.text(`证明编号：${cert.serialNo}`, { align: 'right' });
    doc.fillColor('#000').moveDown(1).fontSize(12);
    const sex = dictionaryLabel('sexes', c.sex);
    const certType = dictionaryLabel('certificate-types', c.certType);
    doc.text(
      `兹证明 ${c.name}（${sex}，出生日期 ${c.birthDate}，${certType} ${c.certNo}，个人编号 ${c.personNo}）` +
        `在${c.regionName}参加基本医疗保险，参保情况如下：`,
      { lineGap: 6, indent: 24 },
    );
    doc.moveDown(0.8);

    const cols = [
      { title: '险种类型', w: 0.24 },
      { title: '参保身份', w: 0.12 },
      { title: '参保状态', w: 0.12 },
      { title: '参保日期', w: 0.13 },
      { title: '终止日期', w: 0.13 },
      { title: '参保单位', w: 0.26 },
    ].map((col, i, all) => ({
      ...col,
      x: left + width * all.slice(0, i).reduce((n, a) => n + a.w, 0),
      width: width * col.w,
    }));
    const row = (cells: string[], head = false) => {
      doc.fontSize(10);
      const h =
        Math.max(
          ...cells.map((t, i) => doc.heightOfString(t, { width: (cols[i]?.width ?? 0) - 8 })),
        ) + 10;
      if (doc.y + h > doc.page.height - 160) doc.addPage();
      const y = doc.y;
      if (head) doc.rect(left, y, width, h).fill('#eeeeee').fillColor('#000');
      cells.forEach((t, i) => {
        const col = cols[i];
        if (!col) return;
        doc.rect(col.x, y, col.width, h).stroke('#999');
        doc.fillColor('#000').text(t, col.x + 4, y + 5, { width: col.width - 8 });
      });
      doc.x = left;
      doc.y = y + h;
    };
    row(
      cols.map((col) => col.title),
      true,
    );
    for (const e of c.enrolments) {
      row([
        dictionaryLabel('insurance-types', e.insuranceType),
        dictionaryLabel('person-types', e.personType),
        e.status,
        e.startDate,
        e.endDate ?? '—',
        e.unitName ?? '—',
      ]);
    }
    doc.moveDown(1).fontSize(12);
    if (c.enrolments.some((e) => e.insuranceType === '310')) {
      doc.text(
        `截至开具之日，职工基本医疗保险实际缴费 ${c.paidMonths} 个月，视同缴费 ${c.deemedMonths} 个月。`,
        left,
        doc.y,
        { indent: 24, width },
      );
    }
    doc.text('特此证明。', left, doc.y + 6, { indent: 24, width });

    doc.moveDown(3).fontSize(12);
    doc.text(`${c.regionName}医疗保障经办机构（章）`, { align: 'right' });
    doc.text(chineseDate(cert.issuedAt), { align: 'right' });

    doc.moveDown(2).fontSize(9).fillColor('#444');
    doc.text(
      `本证明自开具之日起记载当日参保情况。验证码：${cert.verificationCode}。` +
        `可登录 ${verifyUrl} ，输入证明编号和验证码查验真伪。`,
      left,
      doc.y,
      { width },
    );
  });
}

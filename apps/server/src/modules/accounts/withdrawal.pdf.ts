import type { WithdrawalKind } from '@yibao/contracts';
import { chineseCapitalAmount, chineseDate, formatYuan } from '@yibao/domain';
import { renderPdf } from '../documents';

/** What annex 3 asks, as one registration fills it. */
export interface WithdrawalForm {
  applicationNo: string;
  kind: WithdrawalKind;
  /** 申请日期 (YYYY-MM-DD): the day of the registration */
  appliedOn: string;
  /** 经办机构: the pooling region's name */
  regionName: string;
  applicantName: string;
  person: { name: string; cert: string; unitName: string };
  /** the balance to pay out, or paid once approved */
  amountFen: number;
  paid: boolean;
  bank: { account: string; branch: string; holder: string };
  phone: string;
  heir: { name: string; relation: string; cert: string; address: string } | null;
  /** 死亡日期 / 转入地 and 转移日期, then the clerk's 备注 */
  remark: string;
}

/** an ideographic space: the form's gaps, as wide as a character */
const SP = '\u3000';
const BLANK = SP.repeat(4);
const box = (on: boolean) => (on ? '■' : '□');

interface Cell {
  text: string;
  /** columns this cell covers (4 in a row) */
  span?: number;
  label?: boolean;
}

/**
 * 《职工基本医疗保险个人账户一次性支取申请表》 (guide 002 附件 3, cited as 附件 12 in item 二十六)
 * filled from the registration: 参保人基本情况 with the 支取原因 ticked and the amount in 元 and
 * in capitals, 领取人（继承人、代表人）基本情况 with the heir's bank account (in full: the payment
 * needs it), the heirs' declaration, 被委托人 and 备注 left to fill by hand where empty, and the
 * signature lines.
 */
export function drawWithdrawalForm(f: WithdrawalForm): Promise<Buffer> {
  return renderPdf((doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const widths = [0.19, 0.31, 0.17, 0.33].map((w) => width * w);

    doc.fontSize(18).text('职工基本医疗保险个人账户一次性支取申请表', { align: 'center' });
    doc.moveDown(0.6).fontSize(10).fillColor('#333');
    const top = doc.y;
    doc.text(`经办机构：${f.regionName}医疗保障经办机构`, left, top, { width: width / 2 });
    doc.text(`办件编号：${f.applicationNo}`, left + width / 2, top, {
      width: width / 2,
      align: 'right',
    });
    doc.fillColor('#000');
    doc.y = top + 20;

    const row = (cells: readonly Cell[], opts: { shade?: boolean; minHeight?: number } = {}) => {
      doc.fontSize(10.5);
      let col = 0;
      const placed = cells.map((c) => {
        const span = c.span ?? 1;
        const x = left + widths.slice(0, col).reduce((a, b) => a + b, 0);
        const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return { ...c, x, w };
      });
      const h = Math.max(
        opts.minHeight ?? 22,
        ...placed.map((c) => doc.heightOfString(c.text || ' ', { width: c.w - 10 }) + 10),
      );
      // a long 备注 or address may push the table over the page: a row is never cut in half
      if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y = doc.y;
      for (const c of placed) {
        if (opts.shade || c.label)
          doc.rect(c.x, y, c.w, h).fill(opts.shade ? '#e8e8e8' : '#f6f6f6');
        doc.rect(c.x, y, c.w, h).lineWidth(0.7).stroke('#555');
        doc.fillColor('#000').text(c.text, c.x + 5, y + 5, {
          width: c.w - 10,
          align: opts.shade || c.label ? 'center' : 'left',
        });
      }
      doc.x = left;
      doc.y = y + h;
    };
    const section = (title: string) => row([{ text: title, span: 4 }], { shade: true });
    const L = (text: string): Cell => ({ text, label: true });

    section('参保人基本情况');
    row([L('姓名'), { text: f.person.name }, L('证件类型及号码'), { text: f.person.cert }]);
    const transfer = f.kind === 'transfer';
    row([
      L('支取原因'),
      {
        text:
          `${box(!transfer)} 死亡${SP}${box(false)} 出国（境）定居${SP}${box(false)} 主动放弃${SP}` +
          `${box(transfer)} 其他${transfer ? '（医保关系转移，转入地未设立个人账户）' : ''}`,
        span: 3,
      },
    ]);
    row([L('工作单位'), { text: f.person.unitName, span: 3 }]);
    // the insured person's own account is the payee's only when the relation moved
    row([L('账户号码'), { text: transfer ? f.bank.account : '', span: 3 }]);
    row([L('开户行网点名称'), { text: transfer ? f.bank.branch : '', span: 3 }]);
    row([
      L(f.paid ? '个人账户支取金额' : '个人账户余额'),
      {
        text: `¥${formatYuan(f.amountFen, { grouping: true })} 元${SP}（大写：${chineseCapitalAmount(f.amountFen)}）`,
        span: 3,
      },
    ]);

    section('领取人（继承人、代表人）基本情况');
    const h = f.heir;
    row([L('姓名'), { text: h?.name ?? '' }, L('与参保人关系'), { text: h?.relation ?? '' }]);
    row([L('证件类型及号码'), { text: h?.cert ?? '' }, L('联系电话'), { text: h ? f.phone : '' }]);
    row([L('常住地址'), { text: h?.address ?? '' }, L('工作单位'), { text: '' }]);
    row([L('账户号码'), { text: h ? f.bank.account : '', span: 3 }]);
    row([L('开户行网点名称'), { text: h ? f.bank.branch : '', span: 3 }]);
    row([L('开户人名称'), { text: h ? f.bank.holder : '', span: 3 }]);
    row(
      [
        {
          text:
            `经协商，由 ${h?.name ?? BLANK} 代表全部继承人办理支取业务，有关款项汇入其名下银行账户，` +
            '分配事宜自行解决，由此产生的法律纠纷由代表人自行负责。\n\n' +
            `签字：${'\uff3f'.repeat(10)}${SP}${SP}${SP}${SP}年${SP}${SP}月${SP}${SP}日`,
          span: 4,
        },
      ],
      { minHeight: 60 },
    );

    section('被委托人基本情况（如无被委托人，无需填写）');
    row([L('姓名'), { text: '' }, L('联系电话'), { text: '' }]);
    row([L('证件类型及号码'), { text: '', span: 3 }]);
    row([L('备注'), { text: f.remark, span: 3 }], { minHeight: 40 });

    doc.moveDown(1.2).fontSize(11.5);
    const signY = doc.y;
    doc.text(`支取人签字：${'\uff3f'.repeat(10)}`, left, signY, { width: width / 2 });
    doc.text(`申请日期：${chineseDate(f.appliedOn)}`, left + width / 2, signY, {
      width: width / 2,
      align: 'right',
    });
    doc.moveDown(1).fontSize(10).fillColor('#333');
    const clerkY = doc.y;
    doc.text(`受理经办人：${f.applicantName}`, left, clerkY, { width: width / 2 });
    doc.text(`审核人：${'\uff3f'.repeat(8)}`, left + width / 2, clerkY, {
      width: width / 2,
      align: 'right',
    });
  });
}

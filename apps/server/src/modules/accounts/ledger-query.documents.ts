import type { AccountUseRow, LedgerMovement, LedgerTotals } from '@yibao/contracts';
import { dictionaryLabel } from '@yibao/db/dictionaries';
import {
  DIRECTION_LABELS,
  formatYuan,
  ledgerTimeText,
  maskCertNo,
  signedYuan,
} from '@yibao/domain';
import type { FastifyReply } from 'fastify';
import { invalid } from '../../plugins/errors';
import {
  MAX_SYNC_EXPORT_ROWS,
  renderTablePdf,
  writeTableXlsx,
  type TableDocument,
} from '../documents';

/** The ledger's printouts (打印明细) and exports: a table with who and what range it covers. */

export { MAX_SYNC_EXPORT_ROWS };

/** More rows than one request should render: the person narrows the query instead. */
export function ensurePrintable(total: number, field = 'format') {
  if (total > MAX_SYNC_EXPORT_ROWS) {
    throw invalid(`打印数据超过 ${MAX_SYNC_EXPORT_ROWS} 条，请缩小查询范围`, field);
  }
}

/** 姓名 and the masked 证件号码 of whom a printout is about. */
export const personLine = (p: { name: string; certNo: string }) =>
  `姓名：${p.name}    证件号码：${maskCertNo(p.certNo)}`;

/** 汇总：共计N笔 收入：+x 支出：-y */
export const totalsLine = (t: LedgerTotals) =>
  `汇总：共计${t.count}笔    收入：${signedYuan(t.incomeFen)}    支出：${signedYuan(t.expenseFen)}`;

/** 打印时间 in Beijing time. */
export const printedAt = (now: Date) => ledgerTimeText(now).slice(0, 19);

/** Sends the table as a PDF (打印) or an Excel file (导出). */
export async function sendTable(
  reply: FastifyReply,
  format: 'pdf' | 'xlsx',
  table: TableDocument,
  now: Date,
) {
  const filename = encodeURIComponent(`${table.title}.${format}`);
  if (format === 'pdf') {
    const pdf = await renderTablePdf(table, printedAt(now));
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename*=UTF-8''${filename}`)
      .send(pdf);
  }
  const xlsx = await writeTableXlsx(table);
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${filename}`)
    .send(xlsx);
}

const LEDGER_COLUMNS = [
  { key: 'index', title: '序号' },
  { key: 'occurredAt', title: '交易日期' },
  { key: 'amount', title: '交易金额(元)' },
  { key: 'summary', title: '摘要' },
  { key: 'balance', title: '余额(元)' },
];

/** P35 打印明细: 个人账户明细 with the person, the 交易时间 range and 汇总. */
export function ledgerTable(
  person: { name: string; certNo: string },
  range: { from: string | null; to: string | null },
  totals: LedgerTotals,
  rows: readonly LedgerMovement[],
): TableDocument {
  const span = range.from || range.to ? `${range.from ?? ''} 至 ${range.to ?? ''}` : '全部';
  return {
    title: '个人账户明细',
    subtitle: [personLine(person), `交易时间：${span}`, totalsLine(totals)].join('\n'),
    columns: LEDGER_COLUMNS,
    rows: rows.map((r, i) => ({
      index: i + 1,
      occurredAt: ledgerTimeText(r.occurredAt),
      amount: signedYuan(r.amountFen),
      summary: r.summary,
      balance: formatYuan(r.balanceAfterFen),
    })),
  };
}

/**
 * P36 (使用本人账户情况) and P37 (使用他人账户情况) 打印明细, the columns as the guide's lists: P36
 * names the 使用人 and the 交易类型, P37 the 账户所有人.
 */
export function useTable(
  read: 'usedByOthers' | 'useOfOthers',
  person: { name: string; certNo: string },
  q: { from: string; to: string },
  rows: readonly AccountUseRow[],
): TableDocument {
  const mine = read === 'usedByOthers';
  const who = mine ? '使用人' : '账户所有人';
  const columns = [
    { key: 'index', title: '序号' },
    { key: 'occurredAt', title: '交易时间' },
    { key: 'name', title: `${who}姓名` },
    { key: 'certType', title: `${who}证件类型` },
    { key: 'certNo', title: `${who}证件号码` },
    { key: 'relation', title: mine ? '与使用人关系' : '与本人关系' },
    { key: 'amount', title: '金额' },
    { key: 'summary', title: '业务类型' },
    ...(mine ? [{ key: 'direction', title: '交易类型' }] : []),
    { key: 'institution', title: '医院药店' },
    { key: 'expenseType', title: '费用支出类型' },
  ];
  return {
    title: mine ? '使用本人账户情况' : '使用他人账户情况',
    subtitle: `${personLine(person)}    查询起止日期：${q.from} 至 ${q.to}`,
    columns,
    rows: rows.map((r, i) => ({
      index: i + 1,
      occurredAt: ledgerTimeText(r.occurredAt).slice(0, 19),
      name: r.person.name,
      certType: dictionaryLabel('certificate-types', r.person.certType),
      certNo: r.person.certNo,
      relation: r.person.relation ? dictionaryLabel('relations', r.person.relation) : '',
      amount: signedYuan(r.amountFen),
      summary: r.summary,
      direction: DIRECTION_LABELS[r.direction],
      institution: r.institutionName ?? '',
      expenseType: r.expenseType,
    })),
  };
}

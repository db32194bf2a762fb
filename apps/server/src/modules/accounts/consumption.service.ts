import type {
  MedicalConsumptionDetail,
  MedicalConsumptionReply,
  MedicalConsumptionRow,
  MedicalConsumptionTotals,
} from '@yibao/contracts';
import { dictionaryLabel } from '@yibao/db/dictionaries';
import { beijingDateOf, formatYuan, pageWindow, type InstitutionTier } from '@yibao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors';
import type { TableDocument } from '../documents';
import { checkYear, personOf } from './benefits.service';
import {
  consumptionOf,
  consumptionPage,
  consumptionTotals,
  personOfPrintout,
} from './consumption.repository';
import { ensurePrintable, MAX_SYNC_EXPORT_ROWS, personLine } from './ledger-query.documents';
import { settlementPayments } from './settlement.repository';

/** 合计：N笔 … over the settlements in force; 已退费 ones named apart. */
export function totalsText(t: MedicalConsumptionTotals): string {
  const refunded = t.refundedCount > 0 ? `（另有已退费${t.refundedCount}笔）` : '';
  return (
    `合计：共${t.count}笔${refunded}    费用总额：${formatYuan(t.totalFen)}元    ` +
    `统筹基金支付：${formatYuan(t.fundFen)}元    个人账户支付：${formatYuan(t.accountFen)}元    ` +
    `现金支付：${formatYuan(t.cashFen)}元`
  );
}

const PRINT_COLUMNS = [
  { key: 'index', title: '序号' },
  { key: 'settledOn', title: '结算日期' },
  { key: 'institution', title: '定点医药机构' },
  { key: 'medType', title: '医疗类别' },
  { key: 'total', title: '费用总额(元)' },
  { key: 'fund', title: '统筹基金支付(元)' },
  { key: 'account', title: '个人账户支付(元)' },
  { key: 'cash', title: '现金支付(元)' },
  { key: 'status', title: '状态' },
];

/** 打印: the year's list as the page shows it, with who, which year and the totals. */
export function consumptionTable(
  person: { name: string; certNo: string },
  year: number,
  totals: MedicalConsumptionTotals,
  rows: readonly MedicalConsumptionRow[],
): TableDocument {
  return {
    title: '个人医疗消费信息',
    subtitle: [`${personLine(person)}    查询年度：${year}`, totalsText(totals)].join('\n'),
    columns: PRINT_COLUMNS,
    rows: rows.map((r, i) => ({
      index: i + 1,
      settledOn: r.settledOn,
      institution: r.institutionName,
      medType: dictionaryLabel('medical-categories', r.medType),
      total: formatYuan(r.totalFen),
      fund: formatYuan(r.fundFen),
      account: formatYuan(r.accountFen),
      cash: formatYuan(r.cashFen),
      status: r.status,
    })),
  };
}

/**
 * P55 个人医疗消费信息查询: the signed-in person's settled visits of a year, paged newest first,
 * with the year's totals; 详情 is the bill (票据信息) of one of them.
 */
export function createConsumptionService(app: FastifyInstance) {
  const db = app.db;
  const today = () => beijingDateOf(app.clock.now());

  async function page(personId: number, year: number, paging: { page: number; pageSize: number }) {
    checkYear(year, today());
    const [rows, sums] = await Promise.all([
      consumptionPage(db, personId, year, pageWindow(paging.page, paging.pageSize)),
      consumptionTotals(db, personId, year),
    ]);
    const { all, ...totals } = sums;
    const items = rows.map(({ settledAt, ...r }): MedicalConsumptionRow => ({
      ...r,
      settledOn: beijingDateOf(settledAt),
    }));
    return { items, total: all, totals };
  }

  return {
    async list(
      request: FastifyRequest,
      q: { year: number; page: number; pageSize: number },
    ): Promise<MedicalConsumptionReply> {
      const found = await page(personOf(request), q.year, q);
      return { ...found, page: q.page, pageSize: q.pageSize };
    },

    /** 打印: every settlement of the year. */
    async printout(request: FastifyRequest, year: number): Promise<TableDocument> {
      const personId = personOf(request);
      const first = await page(personId, year, { page: 1, pageSize: 1 });
      ensurePrintable(first.total);
      const [all, person] = await Promise.all([
        page(personId, year, { page: 1, pageSize: MAX_SYNC_EXPORT_ROWS }),
        personOfPrintout(db, personId),
      ]);
      return consumptionTable(person ?? { name: '', certNo: '' }, year, all.totals, all.items);
    },

    /** 票据信息详情: one of the person's own settlements; anyone else's is not found. */
    async detail(request: FastifyRequest, id: number): Promise<MedicalConsumptionDetail> {
      const personId = personOf(request);
      const row = await consumptionOf(db, personId, id);
      if (!row) throw notFound('未找到该笔医疗消费');
      const { settlement: s, institution } = row;
      const payments = await settlementPayments(db, s.id);
      return {
        id: s.id,
        txnNo: s.txnNo,
        // written by the engine's tierOf; the reply's schema refuses anything else
        institution: { ...institution, tier: s.tier as InstitutionTier },
        medType: s.medType,
        visitClass: s.visitClass,
        visitDate: s.visitDate,
        remote: s.remote,
        settledAt: s.settledAt.toISOString(),
        status: s.status,
        refundTxnNo: s.refundTxnNo,
        refundedAt: s.refundedAt ? s.refundedAt.toISOString() : null,
        items: s.items,
        totalFen: s.totalFen,
        inCatalogueFen: s.inCatalogueFen,
        outCatalogueFen: s.outCatalogueFen,
        deductibleFen: s.deductibleFen,
        fundFen: s.fundFen,
        accountFen: s.accountFen,
        cashFen: s.cashFen,
        // what each account paid at settlement (its 消费 rows); a refund gave the same back
        accountPayments: payments
          .filter((p) => p.kind === '消费')
          .map((p) => ({
            own: p.holderPersonId === personId,
            holderName: p.holderName,
            amountFen: -p.amountFen,
          })),
      };
    },
  };
}

export type ConsumptionService = ReturnType<typeof createConsumptionService>;

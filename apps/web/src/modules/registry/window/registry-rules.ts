import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import type { RetirementFiguresReply } from '@yibao/contracts';
import { parseYuanToFen } from '@yibao/domain';

/** The rules of the window's registry pages that need no screen: amounts in 元, 在职转退休. */

/** The fen of an amount typed in 元; undefined if it is not one. */
export function fenOf(yuan: string | undefined): number | undefined {
  const parsed = parseYuanToFen(yuan ?? '');
  return parsed.ok ? parsed.fen : undefined;
}

/**
 * An amount typed in 元 (two decimals at most), checked as fen against the payload's schema, so
 * the page and the server refuse it in the same words.
 */
export const yuanRule = (label: string, schema: z.ZodType): Rule => ({
  validator: async (_r, value: string | undefined) => {
    if ((value ?? '').trim() === '') throw new Error(`请输入${label}`);
    const fen = fenOf(value);
    if (fen === undefined) throw new Error(`${label}格式不正确，最多两位小数`);
    const checked = schema.safeParse(fen);
    if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? `${label}不正确`);
  },
});

/** Why 在职转退休 would be refused, in the server's words: 欠费 first, then missing months. */
export function retirementRefusals(f: RetirementFiguresReply): string[] {
  const refusals: string[] = [];
  if (f.arrearsMonths > 0) {
    refusals.push(`该人员存在欠费${f.arrearsMonths}个月，请补缴后再办理在职转退休`);
  }
  if (f.shortfallMonths > 0) {
    refusals.push(
      `视同缴费月数与实缴月数合计${f.deemedMonths + f.paidMonths}个月，不足${f.requiredMonths}个月，差额${f.shortfallMonths}个月；请先办理医保退休不满足年限一次性缴清`,
    );
  }
  return refusals;
}

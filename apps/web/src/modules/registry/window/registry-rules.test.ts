import { describe, expect, it } from 'vitest';
import { employeeEnrolmentPayload, employeeRetirementPayload } from '@yibao/contracts';
import { fenOf, retirementRefusals, yuanRule } from './registry-rules';

/** The message a rule gives a value, or null when it passes. */
async function messageOf(rule: ReturnType<typeof yuanRule>, value: string | undefined) {
  if (typeof rule === 'function' || !rule.validator) throw new Error('not a validator rule');
  try {
    await rule.validator({}, value, () => undefined);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('amounts typed in 元', () => {
  it('are read digit by digit into fen', () => {
    expect(fenOf('8500')).toBe(850_000);
    expect(fenOf('8,500.5')).toBe(850_050);
    expect(fenOf('0.1')).toBe(10);
    expect(fenOf('12.345')).toBeUndefined();
    expect(fenOf('')).toBeUndefined();
  });

  it('are refused in the words of the payload schema', async () => {
    const wage = yuanRule('缴费工资', employeeEnrolmentPayload.shape.wageFen);
    expect(await messageOf(wage, undefined)).toBe('请输入缴费工资');
    expect(await messageOf(wage, '85.123')).toBe('缴费工资格式不正确，最多两位小数');
    expect(await messageOf(wage, '0')).toBe('请输入缴费工资');
    expect(await messageOf(wage, '-5')).toBe('缴费工资不能为负数');
    expect(await messageOf(wage, '8,500.00')).toBeNull();
    const pension = yuanRule('离退休工资', employeeRetirementPayload.shape.pensionFen);
    expect(await messageOf(pension, '0')).toBeNull();
  });
});

describe('在职转退休 refusals', () => {
  const figures = {
    name: '王旭伟',
    unitNo: '11000000008',
    unitName: '北京华信科技有限公司',
    deemedMonths: 102,
    paidMonths: 94,
    requiredMonths: 300,
    shortfallMonths: 104,
    arrearsMonths: 0,
  };

  it('name the missing months as the server does', () => {
    expect(retirementRefusals(figures)).toEqual([
      '视同缴费月数与实缴月数合计196个月，不足300个月，差额104个月；请先办理医保退休不满足年限一次性缴清',
    ]);
  });

  it('put 欠费 first, and are none when nothing is owed or missing', () => {
    expect(retirementRefusals({ ...figures, arrearsMonths: 2 })[0]).toBe(
      '该人员存在欠费2个月，请补缴后再办理在职转退休',
    );
    expect(retirementRefusals({ ...figures, deemedMonths: 206, shortfallMonths: 0 })).toEqual([]);
  });
});

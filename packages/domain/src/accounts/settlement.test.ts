import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBill, tierOf, visitClassOf, type SplitInput } from './settlement';

const fen = (max: number) => fc.integer({ min: 0, max });
const accounts = fc.uniqueArray(
  fc.record({ accountId: fc.integer({ min: 1, max: 1e6 }), balanceFen: fen(5_000_000) }),
  { maxLength: 6, selector: (a) => a.accountId },
);
const inputs = fc.record({
  inCatalogueFen: fen(100_000_000),
  outCatalogueFen: fen(10_000_000),
  deductibleLeftFen: fen(500_000),
  ratioBp: fc.integer({ min: 0, max: 10_000 }),
  capLeftFen: fen(50_000_000),
  accounts,
}) as fc.Arbitrary<SplitInput>;

describe('splitBill', () => {
  it('parts always sum to the bill, none negative, no account overdrawn', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const s = splitBill(input);
        expect(s.fundFen + s.accountFen + s.cashFen).toBe(
          input.inCatalogueFen + input.outCatalogueFen,
        );
        expect(s.accountPayments.reduce((a, p) => a + p.amountFen, 0)).toBe(s.accountFen);
        for (const v of [s.fundFen, s.accountFen, s.cashFen, s.deductibleFen]) {
          expect(v).toBeGreaterThanOrEqual(0);
        }
        for (const p of s.accountPayments) {
          const account = input.accounts.find((a) => a.accountId === p.accountId)!;
          expect(p.amountFen).toBeGreaterThan(0);
          expect(p.amountFen).toBeLessThanOrEqual(account.balanceFen);
        }
        expect(s.fundFen).toBeLessThanOrEqual(input.capLeftFen);
        expect(s.deductibleFen).toBeLessThanOrEqual(input.deductibleLeftFen);
      }),
    );
  });

  it('draws the accounts in order: a later account pays only once every earlier one is empty', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const s = splitBill(input);
        const paid = new Map(s.accountPayments.map((p) => [p.accountId, p.amountFen]));
        const positions = s.accountPayments.map((p) =>
          input.accounts.findIndex((a) => a.accountId === p.accountId),
        );
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        const drainedUpTo = s.cashFen > 0 ? input.accounts.length : (positions.at(-1) ?? 0);
        for (const a of input.accounts.slice(0, drainedUpTo)) {
          expect(paid.get(a.accountId) ?? 0).toBe(a.balanceFen);
        }
      }),
    );
  });

  it('follows the guide’s arithmetic on a worked example', () => {
    const s = splitBill({
      inCatalogueFen: 300_000,
      outCatalogueFen: 20_000,
      deductibleLeftFen: 180_000,
      ratioBp: 7_000,
      capLeftFen: 2_000_000,
      accounts: [
        { accountId: 7, balanceFen: 50_000 },
        { accountId: 3, balanceFen: 1_000_000 },
      ],
    });
    // 1800 deductible, 70 % of the remaining 1200 = 840 from the fund, 2360 the person's share
    expect(s).toEqual({
      totalFen: 320_000,
      deductibleFen: 180_000,
      fundFen: 84_000,
      accountFen: 236_000,
      accountPayments: [
        { accountId: 7, amountFen: 50_000 },
        { accountId: 3, amountFen: 186_000 },
      ],
      cashFen: 0,
    });
  });

  it('stops the fund at the cap and leaves cash when the accounts are empty', () => {
    const s = splitBill({
      inCatalogueFen: 1_000_000,
      outCatalogueFen: 0,
      deductibleLeftFen: 0,
      ratioBp: 9_000,
      capLeftFen: 100_000,
      accounts: [{ accountId: 1, balanceFen: 0 }],
    });
    expect(s).toMatchObject({ fundFen: 100_000, accountFen: 0, cashFen: 900_000 });
    expect(s.accountPayments).toEqual([]);
  });

  it('refuses negative or fractional amounts', () => {
    const base = {
      outCatalogueFen: 0,
      deductibleLeftFen: 0,
      ratioBp: 0,
      capLeftFen: 0,
      accounts: [],
    };
    expect(() => splitBill({ ...base, inCatalogueFen: -1 })).toThrow(RangeError);
    expect(() => splitBill({ ...base, inCatalogueFen: 1.5 })).toThrow(RangeError);
  });
});

describe('visit class and tier', () => {
  it('counts the inpatient categories as 住院 and the rest as 门诊', () => {
    expect(visitClassOf('21')).toBe('住院');
    expect(visitClassOf('52')).toBe('住院');
    expect(visitClassOf('11')).toBe('门诊');
    expect(visitClassOf('41')).toBe('门诊');
  });
  it('ranks institutions by kind and level', () => {
    expect(tierOf('pharmacy', '')).toBe('pharmacy');
    expect(tierOf('hospital', '31')).toBe('tertiary');
    expect(tierOf('hospital', '21')).toBe('secondary');
    expect(tierOf('hospital', '10')).toBe('primary');
    expect(tierOf('hospital', '90')).toBe('primary');
  });
});

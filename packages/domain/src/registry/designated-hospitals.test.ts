import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designatedChoiceRefusal, type HospitalCandidate } from './designated-hospitals';

const hospital = (id: number, over: Partial<HospitalCandidate> = {}): HospitalCandidate => ({
  id,
  kind: 'hospital',
  regionCode: '110000',
  status: '正常',
  ...over,
});

describe('定点医疗机构 choice', () => {
  const chosen = new Map([
    [1, 11],
    [2, 12],
  ]);

  it('takes a hospital of the region into a free or another slot', () => {
    expect(designatedChoiceRefusal(chosen, 3, hospital(13), '110000')).toBeNull();
    expect(designatedChoiceRefusal(chosen, 2, hospital(13), '110000')).toBeNull();
  });

  it('refuses what the rules exclude, each with its reason', () => {
    expect(designatedChoiceRefusal(chosen, 6, hospital(13), '110000')).toBe(
      '请选择定点医疗机构1至5中的一项',
    );
    expect(designatedChoiceRefusal(chosen, 3, hospital(13, { kind: 'pharmacy' }), '110000')).toBe(
      '请选择定点医院',
    );
    expect(
      designatedChoiceRefusal(chosen, 3, hospital(13, { regionCode: '530400' }), '110000'),
    ).toBe('只能选择参保地的定点医疗机构');
    expect(designatedChoiceRefusal(chosen, 3, hospital(13, { status: '暂停' }), '110000')).toBe(
      '该医院暂停或终止定点服务，不能选择',
    );
    expect(designatedChoiceRefusal(chosen, 3, hospital(11), '110000')).toBe(
      '该医院已是您的定点医疗机构1',
    );
    expect(designatedChoiceRefusal(chosen, 1, hospital(11), '110000')).toBe(
      '该医院已是您的定点医疗机构1',
    );
  });

  it('never lets one hospital hold two slots', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 20 }),
        (ids, slot, pick) => {
          const current = new Map(ids.map((id, i) => [i + 1, id]));
          if (designatedChoiceRefusal(current, slot, hospital(pick), '110000') !== null) return;
          current.set(slot, pick);
          expect(new Set(current.values()).size).toBe(current.size);
        },
      ),
    );
  });
});

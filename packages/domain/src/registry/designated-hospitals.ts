/**
 * 定点医疗机构1–5 (000 职工个人定点医疗机构变更, 001 灵活就业人员定点医疗机构变更): an insured
 * person keeps up to five chosen hospitals; 定点医疗机构1 and 2 are required. A community health
 * service may be chosen too (000's 职工个人基本信息查询 shows two in slots 3 and 4).
 */
export const DESIGNATED_SLOTS = [1, 2, 3, 4, 5] as const;
export const REQUIRED_SLOTS: readonly number[] = [1, 2];

export interface HospitalCandidate {
  id: number;
  kind: string;
  regionCode: string;
  status: string;
}

/**
 * Why the hospital may not take the slot, or null when it may: the slot exists, the hospital is
 * a designated hospital of the person's region in force, and not in another slot already
 * (`chosen`: slot → hospital id).
 */
export function designatedChoiceRefusal(
  chosen: ReadonlyMap<number, number>,
  slot: number,
  hospital: HospitalCandidate,
  regionCode: string,
): string | null {
  if (!DESIGNATED_SLOTS.includes(slot as (typeof DESIGNATED_SLOTS)[number])) {
    return '请选择定点医疗机构1至5中的一项';
  }
  if (hospital.kind !== 'hospital') return '请选择定点医院';
  if (hospital.regionCode !== regionCode) return '只能选择参保地的定点医疗机构';
  if (hospital.status !== '正常') return '该医院暂停或终止定点服务，不能选择';
  for (const [other, id] of chosen) {
    if (id === hospital.id && other !== slot) return `该医院已是您的定点医疗机构${other}`;
  }
  if (chosen.get(slot) === hospital.id) return `该医院已是您的定点医疗机构${slot}`;
  return null;
}

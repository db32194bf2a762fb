import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { unitRegistrationPayload, type UnitRegistrationPayload } from '@yibao/contracts';
import { validateCertNo } from '@yibao/domain';
import { zodRule } from '../../../shared/zod-form';

export const UNIT_REGISTRATION = 'unit-registration';

/** The form's values: the payload's fields, the 所属行政区 as a cascader value, the day picked. */
export type UnitFormValues = Partial<
  Omit<UnitRegistrationPayload, 'divisionCode' | 'establishedOn'>
> & {
  division?: string[];
  establishedOn?: Dayjs | null;
  /** the checklist items whose originals were received at the window */
  paperItems?: string[];
};

/** Where the server's `payload.x` field lands on the form. */
export const FIELD_OF_PAYLOAD: Readonly<Record<string, string>> = { divisionCode: 'division' };

const shape = unitRegistrationPayload.shape;
export const rule = (field: keyof typeof shape): Rule[] => [zodRule(shape[field])];

/** 所属行政区: a county or a township of the chosen 医保区划. */
export const divisionRule: Rule[] = [
  {
    validator: async (_r, value: string[] | undefined) => {
      if (!/^\d{6}(\d{3})?$/.test(value?.at(-1) ?? '')) throw new Error('请选择所属行政区');
    },
  },
];

/** 法定代表人证件号码, checked against the chosen 证件类型 as the server checks it. */
export const legalRepCertRule = (certType: () => string | undefined): Rule[] => [
  ...rule('legalRepCertNo'),
  {
    validator: async (_r, value: string | undefined) => {
      const v = (value ?? '').trim();
      const type = certType();
      if (v === '' || !type) return;
      const checked = validateCertNo(type, v, new Date());
      if (!checked.ok) throw new Error(checked.message);
    },
  },
];

/** 开户银行 and 银行账号 go together: either both or neither. */
export const pairedRule = (other: () => string | undefined, message: string): Rule => ({
  validator: async (_r, value: string | undefined) => {
    if (!(value ?? '').trim() && (other() ?? '').trim()) throw new Error(message);
  },
});

const text = (v: string | undefined) => (v ?? '').trim();

/** The payload POST /api/applications takes, from the form's values. */
export function toPayload(v: UnitFormValues): UnitRegistrationPayload {
  return {
    regionCode: v.regionCode ?? '',
    managementType: v.managementType ?? 'normal',
    unitType: v.unitType ?? '',
    uscc: text(v.uscc).toUpperCase(),
    name: text(v.name),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    email: text(v.email),
    divisionCode: v.division?.at(-1) ?? '',
    address: text(v.address),
    postcode: text(v.postcode),
    officePhone: text(v.officePhone),
    legalRepName: text(v.legalRepName),
    legalRepCertType: v.legalRepCertType ?? '',
    legalRepCertNo: text(v.legalRepCertNo).toUpperCase(),
    legalRepPhone: text(v.legalRepPhone),
    establishedOn: v.establishedOn ? v.establishedOn.format('YYYY-MM-DD') : '',
    approvalDocNo: text(v.approvalDocNo),
    regCertType: v.regCertType ?? '',
    regCertNo: text(v.regCertNo),
    taxNo: text(v.taxNo).toUpperCase(),
    bankUsages: v.bankUsages ?? [],
    bankCode: v.bankCode ?? '',
    bankAccountName: text(v.bankAccountName),
    bankAccount: text(v.bankAccount),
  };
}

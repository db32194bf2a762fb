import type { Rule } from 'antd/es/form';
import { validateCertNo } from '@yibao/domain';
import { lastCode } from '../../applications/applicant/form-errors';
import { todayText } from '../../../shared/format';

/** 证件号码, checked against the form's 证件类型 (`certType`) as the server checks it. */
export const certNoRule: Rule = ({ getFieldValue }) => ({
  validator: async (_r, value: string | undefined) => {
    const v = (value ?? '').trim();
    if (!v) throw new Error('请输入证件号码');
    const type = String(getFieldValue('certType') ?? '');
    const checked = validateCertNo(type, v, todayText());
    if (!checked.ok) throw new Error(checked.message);
  },
});

/** 区县街乡: a county or a township must be chosen. */
export const divisionRule = (label: string): Rule => ({
  validator: async (_r, value: string[] | undefined) => {
    if (!/^\d{6}(\d{3})?$/.test(lastCode(value))) throw new Error(`请选择${label}`);
  },
});

/** The payload's 区县街乡 codes are cascader fields on the forms: where a refusal of one lands. */
export const DIVISION_FIELDS_OF_PAYLOAD: Readonly<Record<string, string>> = {
  householdDivisionCode: 'householdDivision',
  residenceDivisionCode: 'residenceDivision',
};

/** Text as the server stores it: without the spaces around it. */
export const trimmed = (v: string | undefined) => (v ?? '').trim();

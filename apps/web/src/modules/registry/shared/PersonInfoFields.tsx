import type { ReactNode } from 'react';
import { Col, Form, Input } from 'antd';
import type { ColProps } from 'antd';
import { personInfoChangePayload } from '@yibao/contracts';
import { DictSelect } from '../../../shared/dictionaries';
import { DivisionCascader } from '../../../shared/DivisionCascader';
import { zodRule } from '../../../shared/zod-form';
import { divisionRule } from './form-rules';
import {
  PERSON_INFO_LABELS,
  type PersonInfoField,
  type PersonInfoLabels,
} from './person-info-form';

const shape = personInfoChangePayload.shape;

/** How long each text may be, and the keyboard a phone shows for it. */
const TEXT_INPUTS: Partial<
  Record<PersonInfoField, { maxLength: number; inputMode?: 'tel' | 'numeric' | 'email' }>
> = {
  name: { maxLength: 50 },
  phone: { maxLength: 11, inputMode: 'tel' },
  contactName: { maxLength: 50 },
  contactPhone: { maxLength: 20, inputMode: 'tel' },
  householdAddress: { maxLength: 200 },
  householdPostcode: { maxLength: 6, inputMode: 'numeric' },
  residenceAddress: { maxLength: 200 },
  residencePostcode: { maxLength: 6, inputMode: 'numeric' },
  bankAccount: { maxLength: 30, inputMode: 'numeric' },
  email: { maxLength: 100, inputMode: 'email' },
};
const DICTIONARIES: Partial<Record<PersonInfoField, string>> = {
  ethnicity: 'ethnicities',
  education: 'education-levels',
  bankCode: 'banks',
};
/** The optional fields; the others are marked * as P10 marks them. */
const OPTIONAL: readonly PersonInfoField[] = ['education', 'contactName', 'contactPhone', 'email'];

export interface PersonInfoFieldsProps {
  fields: readonly PersonInfoField[];
  /** the person's pooling region: its 区县街乡 the cascaders offer */
  regionCode: string;
  col: ColProps;
  labels?: PersonInfoLabels;
}

/**
 * The fields of 职工个人基本信息变更 with the rules of the shared payload schema, each in a column,
 * for the portal's P10 and the window's 人员一般信息维护 alike.
 */
export function PersonInfoFields({
  fields,
  regionCode,
  col,
  labels = PERSON_INFO_LABELS,
}: PersonInfoFieldsProps) {
  const item = (field: PersonInfoField): ReactNode => {
    const label = labels[field];
    const required = !OPTIONAL.includes(field);
    if (field === 'householdDivisionCode' || field === 'residenceDivisionCode') {
      return (
        <Form.Item
          label={label}
          name={field === 'householdDivisionCode' ? 'householdDivision' : 'residenceDivision'}
          required
          rules={[divisionRule(label)]}
        >
          <DivisionCascader regionCode={regionCode} placeholder={`请选择${label}`} />
        </Form.Item>
      );
    }
    const dictionary = DICTIONARIES[field];
    // 文化程度 is the one choice that may stay empty; its rule is the schema's default ''
    const rules = field === 'education' ? [] : [zodRule(shape[field])];
    const input: ReactNode = dictionary ? (
      <DictSelect name={dictionary} placeholder={`请选择${label}`} allowClear={!required} />
    ) : (
      <Input placeholder={`请输入${label}`} {...TEXT_INPUTS[field]} />
    );
    return (
      <Form.Item label={label} name={field} required={required} rules={rules}>
        {input}
      </Form.Item>
    );
  };

  return fields.map((field) => (
    <Col key={field} {...col}>
      {item(field)}
    </Col>
  ));
}

import { Col, Form, Input } from 'antd';
import type { ColProps } from 'antd';
import { residentInfoChangePayload } from '@yibao/contracts';
import { DictSelect } from '../../../shared/dictionaries';
import { zodRule } from '../../../shared/zod-form';

/** 政治面貌, 婚姻状态 and 学籍编号: the person fields guide 002 shows on the window's forms. */
export type PersonStatusField = 'politicalStatus' | 'maritalStatus' | 'studentNo';

export const PERSON_STATUS_LABELS: Readonly<Record<PersonStatusField, string>> = {
  politicalStatus: '政治面貌',
  maritalStatus: '婚姻状态',
  studentNo: '学籍编号',
};

const DICTIONARIES = {
  politicalStatus: 'political-statuses',
  maritalStatus: 'marital-statuses',
} as const;

const studentNoRule = zodRule(residentInfoChangePayload.shape.studentNo);

/** The chosen ones, each optional, in a column of the form's row. */
export function PersonStatusFields({
  fields,
  col,
}: {
  fields: readonly PersonStatusField[];
  col: ColProps;
}) {
  return fields.map((field) => {
    const label = PERSON_STATUS_LABELS[field];
    return (
      <Col key={field} {...col}>
        {field === 'studentNo' ? (
          <Form.Item label={label} name={field} rules={[studentNoRule]}>
            <Input placeholder={`请输入${label}`} maxLength={30} />
          </Form.Item>
        ) : (
          <Form.Item label={label} name={field}>
            <DictSelect name={DICTIONARIES[field]} placeholder={`请选择${label}`} />
          </Form.Item>
        )}
      </Col>
    );
  });
}

import type { ReactNode } from 'react';
import { Col, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { ColProps } from 'antd';
import { RESIDENT_ADMISSION_CATEGORIES, residentEnrolmentPayload } from '@yibao/contracts';
import { DictSelect } from '../../../shared/dictionaries';
import { DivisionCascader } from '../../../shared/DivisionCascader';
import { zodRule } from '../../../shared/zod-form';
import { NationalDivisionCascader } from '../../applications/applicant/NationalDivisionCascader';
import { divisionRule } from './form-rules';
import { RESIDENT_LABELS, type ResidentField, type ResidentLabels } from './resident-form';
import { today } from '../../../shared/format';

const shape = residentEnrolmentPayload.shape;

const HOUSEHOLD_OPTIONS = [
  { value: true, label: '参保人为本市户籍' },
  { value: false, label: '参保人为外埠户籍' },
];
const SEX_OPTIONS = [
  { value: '1', label: '男' },
  { value: '2', label: '女' },
];
const YES_NO_OPTIONS = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

export interface ResidentFieldsProps {
  /** the fields to show, in this order, each in a column of its own */
  fields: readonly ResidentField[];
  /** the pooling region whose 区县街乡 the cascaders offer; none yet: they wait for it */
  regionCode: string | undefined;
  /** 参保人户籍地 as chosen: a 外埠 household is picked from the national divisions */
  localHousehold: boolean | undefined;
  col: ColProps;
  labels?: ResidentLabels;
}

/**
 * The resident's fields of 居民新参保登记 — 参保人户籍地 … 手机号码 — with the rules of the shared
 * payload schema, for the portal's P21 and the window's 城乡居民新参保/续保 alike. 是否为学生儿童
 * shows only for a 外埠 household, as the server asks it only then.
 */
export function ResidentFields({
  fields,
  regionCode,
  localHousehold,
  col,
  labels = RESIDENT_LABELS,
}: ResidentFieldsProps) {
  const noRegion = <Select disabled placeholder="请先选择医保区划" />;
  const inRegion = (placeholder: string) =>
    regionCode ? <DivisionCascader regionCode={regionCode} placeholder={placeholder} /> : noRegion;

  const item = (field: ResidentField): ReactNode => {
    const label = labels[field];
    switch (field) {
      case 'localHousehold':
        return (
          <Form.Item label={label} name={field} required rules={[zodRule(shape.localHousehold)]}>
            <Radio.Group options={HOUSEHOLD_OPTIONS} />
          </Form.Item>
        );
      case 'admissionCategory':
        return (
          <Form.Item label={label} name={field} required rules={[zodRule(shape.admissionCategory)]}>
            <DictSelect
              name="person-categories"
              only={RESIDENT_ADMISSION_CATEGORIES}
              placeholder={`请选择${label}`}
            />
          </Form.Item>
        );
      case 'studentOrChild':
        if (localHousehold !== false) return null;
        return (
          <Form.Item
            label={label}
            name={field}
            required
            rules={[{ required: true, message: `请选择${label}` }]}
          >
            <Radio.Group options={YES_NO_OPTIONS} />
          </Form.Item>
        );
      case 'sex':
        return (
          <Form.Item label={label} name={field} required rules={[zodRule(shape.sex)]}>
            <Radio.Group options={SEX_OPTIONS} />
          </Form.Item>
        );
      case 'birthDate':
        return (
          <Form.Item
            label={label}
            name={field}
            required
            rules={[{ required: true, message: `请选择${label}` }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              placeholder={`请选择${label}`}
              disabledDate={(d) => d.isAfter(today(), 'day')}
            />
          </Form.Item>
        );
      case 'ethnicity':
      case 'householdType':
        // the schema asks for any code; the message names the field as this page labels it
        return (
          <Form.Item
            label={label}
            name={field}
            required
            rules={[{ required: true, whitespace: true, message: `请选择${label}` }]}
          >
            <DictSelect
              name={field === 'ethnicity' ? 'ethnicities' : 'household-types'}
              placeholder={`请选择${label}`}
            />
          </Form.Item>
        );
      case 'householdDivisionCode':
        return (
          <Form.Item label={label} name="householdDivision" required rules={[divisionRule(label)]}>
            {localHousehold === false ? (
              <NationalDivisionCascader placeholder="请选择户籍所在省 / 市 / 区县" />
            ) : (
              inRegion('请选择户籍所在区县街乡')
            )}
          </Form.Item>
        );
      case 'residenceDivisionCode':
        return (
          <Form.Item label={label} name="residenceDivision" required rules={[divisionRule(label)]}>
            {inRegion('请选择居住地区县街乡')}
          </Form.Item>
        );
      case 'residenceAddress':
        return (
          <Form.Item label={label} name={field} required rules={[zodRule(shape.residenceAddress)]}>
            <Input placeholder={`请输入${label}`} maxLength={200} />
          </Form.Item>
        );
      case 'phone':
        return (
          <Form.Item label={label} name={field} required rules={[zodRule(shape.phone)]}>
            <Input placeholder="请输入手机号码" maxLength={11} inputMode="tel" />
          </Form.Item>
        );
    }
  };

  return fields.map((field) => {
    const shown = item(field);
    return shown ? (
      <Col key={field} {...col}>
        {shown}
      </Col>
    ) : null;
  });
}

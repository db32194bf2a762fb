import { Col, DatePicker, Form, Input } from 'antd';
import type { ColProps, InputProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import { DictSelect } from '../../../shared/dictionaries';
import { zodRule } from '../../../shared/zod-form';
import { certNoRule } from '../shared/form-rules';

/** The fields the window's registry pages share: 单位编号, 证件, amounts in 元, days. */

/** A day picked, as the payload writes it; '' for none. */
export const isoDay = (d: Dayjs | null | undefined): string => d?.format('YYYY-MM-DD') ?? '';

/** Capitals as the registry writes certificate numbers. */
export const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);

/** 证件类型 and 证件号码 of the person the business is for, each in a column. */
export function CertFields({ col, only }: { col: ColProps; only?: readonly string[] }) {
  return (
    <>
      <Col {...col}>
        <Form.Item label="证件类型" name="certType" required>
          <DictSelect
            name="certificate-types"
            only={only}
            allowClear={false}
            placeholder="请选择证件类型"
          />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item
          label="证件号码"
          name="certNo"
          required
          dependencies={['certType']}
          rules={[certNoRule]}
          normalize={upper}
        >
          <Input placeholder="请输入证件号码" maxLength={30} />
        </Form.Item>
      </Col>
    </>
  );
}

/**
 * 单位编号 of a unit of the registry. There is no unit lookup yet: the server checks the number
 * at 保存 (未找到该单位编号的单位, 该单位已注销) and the refusal shows here.
 */
export function UnitNoField({ col, schema }: { col: ColProps; schema: z.ZodType }) {
  return (
    <Col {...col}>
      <Form.Item
        label="单位编号"
        name="unitNo"
        required
        rules={[zodRule(schema)]}
        normalize={upper}
        extra="保存时按单位编号核验单位"
      >
        <Input placeholder="请输入单位编号" maxLength={30} />
      </Form.Item>
    </Col>
  );
}

/** A text box for 元. */
export const YuanInput = (props: InputProps) => (
  <Input inputMode="decimal" maxLength={16} suffix="元" {...props} />
);

/** 结束日期 may stay empty, but not come before 开始日期. */
const endRule: Rule = ({ getFieldValue }) => ({
  validator: async (_r, value: Dayjs | null | undefined) => {
    const start = getFieldValue('startDate') as Dayjs | null | undefined;
    if (value && start && value.isBefore(start, 'day')) {
      throw new Error('结束日期不能早于开始日期');
    }
  },
});

/** 开始日期 (required) and 结束日期 (open-ended unless given), as startDate and endDate. */
export function PeriodFields({ col, endExtra }: { col: ColProps; endExtra: string }) {
  return (
    <>
      <Col {...col}>
        <Form.Item
          label="开始日期"
          name="startDate"
          required
          rules={[{ required: true, message: '请选择开始日期' }]}
        >
          <DatePicker style={{ width: '100%' }} placeholder="请选择开始日期" />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item
          label="结束日期"
          name="endDate"
          dependencies={['startDate']}
          rules={[endRule]}
          extra={endExtra}
        >
          <DatePicker style={{ width: '100%' }} placeholder="请选择结束日期" />
        </Form.Item>
      </Col>
    </>
  );
}

import { Alert, Card, Col, DatePicker, Descriptions, Form, Row, Select, Typography } from 'antd';
import type { RetirementFiguresReply } from '@yibao/contracts';
import type { ZodNumber, ZodType } from 'zod';
import { zodRule } from '../../../shared/zod-form';
import { YuanInput } from './fields';
import { yuanRule } from './registry-rules';
import { useFormColumn } from './WindowForm';
import { today } from '../../../shared/format';

/** A month count, in red when it stands in the way. */
const months = (n: number, bad = false) => (
  <Typography.Text type={bad && n > 0 ? 'danger' : undefined} strong={bad && n > 0}>
    {n} 个月
  </Typography.Text>
);

/** 视同缴费月数, 实缴月数, their 差额 and the 欠费月数, as the server counted them. */
export function RetirementFigures({ figures: f }: { figures: RetirementFiguresReply }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      className="retirement-figures"
      items={[
        { key: 'deemed', label: '视同缴费月数', children: months(f.deemedMonths) },
        { key: 'paid', label: '实缴月数', children: months(f.paidMonths) },
        { key: 'required', label: '最低缴费月数', children: months(f.requiredMonths) },
        {
          key: 'shortfall',
          label: '视同+实缴月数差额',
          children: months(f.shortfallMonths, true),
        },
        { key: 'arrears', label: '欠费月数', children: months(f.arrearsMonths, true), span: 2 },
      ]}
    />
  );
}

/**
 * 退休信息 of an employee's or a flexible worker's 在职转退休 (002 十二 (三), (六)): what refuses
 * it, the figures, then 社保离退类型 (from the business's own list), 社保离退时间 and 离退休工资.
 */
export function RetirementSection({
  figures,
  refusals,
  types,
  shape,
}: {
  figures: RetirementFiguresReply;
  refusals: readonly string[];
  types: readonly { value: string; label: string }[];
  shape: { retirementType: ZodType; pensionFen: ZodNumber };
}) {
  const col = useFormColumn();
  return (
    <Card title="退休信息" size="small" className="window-form-section">
      {refusals.map((text) => (
        <Alert
          key={text}
          type="error"
          showIcon
          className="retirement-refusal"
          title={text}
          style={{ marginBottom: 16 }}
        />
      ))}
      <RetirementFigures figures={figures} />
      <Row gutter={24} className="retirement-inputs">
        <Col {...col}>
          <Form.Item
            label="社保离退类型"
            name="retirementType"
            required
            rules={[zodRule(shape.retirementType)]}
          >
            <Select placeholder="请选择社保离退类型" options={types.map((o) => ({ ...o }))} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label="社保离退时间"
            name="retiredOn"
            required
            rules={[{ required: true, message: '请选择社保离退时间' }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              placeholder="请选择社保离退时间"
              disabledDate={(d) => d.isAfter(today(), 'day')}
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label="离退休工资"
            name="pension"
            required
            rules={[yuanRule('离退休工资', shape.pensionFen)]}
          >
            <YuanInput placeholder="请输入离退休工资" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

import { Button, Card, DatePicker, Form, Space } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { today } from '../../../shared/format';

interface Values {
  year?: Dayjs | null;
}

/** This year in the pooling regions' time zone: the default 查询年度. */
export const thisYear = () => today().year();

/** Years after this one cannot be asked for. */
const afterThisYear = (d: Dayjs) => d.year() > thisYear();

/**
 * 查询条件 of 个人权益's yearly queries: 【查询年度】 (this year at first), 【重置】 and 【查询】.
 * 重置 puts the page back as it opened: this year, queried.
 */
export function YearQuery({ title, onQuery }: { title: string; onQuery: (year: number) => void }) {
  const [form] = Form.useForm<Values>();
  const reset = () => {
    form.resetFields();
    onQuery(thisYear());
  };
  return (
    <Card title={title} className="applicant-section benefits-query">
      <Form<Values>
        form={form}
        layout="inline"
        className="benefits-query-form"
        initialValues={{ year: today() }}
        onFinish={(v) => v.year && onQuery(v.year.year())}
      >
        <Form.Item
          name="year"
          label="查询年度"
          rules={[{ required: true, message: '请选择查询年度' }]}
        >
          <DatePicker
            picker="year"
            format="YYYY"
            placeholder="请选择查询年度"
            disabledDate={afterThisYear}
            allowClear={false}
            className="benefits-year-picker"
          />
        </Form.Item>
        <Form.Item>
          <Space size={12}>
            <Button icon={<ReloadOutlined />} onClick={reset}>
              重置
            </Button>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}

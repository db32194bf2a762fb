import { useState } from 'react';
import { Card, Col, DatePicker, Form } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { formatYuan } from '@yibao/domain';
import { useDictionary } from '../../../shared/dictionaries';
import type { Filters } from '../../../shared/table-query';
import { AgencyOnly } from './AgencyOnly';
import {
  FLEX_CONTRIBUTIONS_URL,
  identityOf,
  type FlexibleContribution,
  type Identity,
} from './flexibleApi';
import { IdentityQueryForm } from './IdentityFields';
import { QueryResults } from './QueryResults';
import './flexible.css';

type Conditions = Partial<Identity> & { months?: [Dayjs | null, Dayjs | null] | null };

const yuan = (fen: number) => formatYuan(fen, { grouping: true });
const month = (period: number) => `${String(period).slice(0, 4)}-${String(period).slice(4)}`;

/** The filters of the query: the person's conditions when given, the months as YYYYMM. */
export function contributionFilters(v: Conditions): Filters {
  const who = identityOf(v);
  const [from, to] = v.months ?? [];
  return {
    name: who.name || undefined,
    certType: who.certNo ? who.certType : undefined,
    certNo: who.certNo || undefined,
    from: from?.format('YYYYMM'),
    to: to?.format('YYYYMM'),
  };
}

/**
 * U07 灵活就业人员缴费明细查询 (001 §一 业务查询): 姓名, 证件类型, 证件号码 and * 起止缴费月份, then the
 * 结果列表 of the agency's persons' months, paged by the server.
 */
export default function FlexibleContributionsPage() {
  return (
    <AgencyOnly>
      <Contributions />
    </AgencyOnly>
  );
}

function Contributions() {
  const [form] = Form.useForm<Conditions>();
  const [filters, setFilters] = useState<Filters | null>(null);
  const insuranceTypes = useDictionary('insurance-types');

  const columns: ColumnsType<FlexibleContribution> = [
    { title: '姓名', dataIndex: 'name' },
    { title: '证件号码', dataIndex: 'certNo' },
    {
      title: '险种类型名称',
      dataIndex: 'insuranceType',
      render: (v: string) => insuranceTypes.label(v),
    },
    { title: '缴费基数', dataIndex: 'baseFen', align: 'right', render: yuan },
    { title: '缴费月份', dataIndex: 'period', render: month },
    { title: '单位缴费', dataIndex: 'unitAmountFen', align: 'right', render: yuan },
    { title: '个人缴费', dataIndex: 'personalAmountFen', align: 'right', render: yuan },
    { title: '缴费状态名称', dataIndex: 'status' },
    { title: '业务类型名称', dataIndex: 'kind' },
    {
      title: '单位名称',
      dataIndex: 'unitName',
      render: (v: string) => <span className="flex-wrap-cell">{v}</span>,
    },
  ];

  return (
    <>
      <Card title="灵活就业人员缴费明细查询条件" className="applicant-section">
        <IdentityQueryForm<Conditions>
          form={form}
          onFinish={(v) => setFilters(contributionFilters(v))}
          onReset={() => setFilters(null)}
        >
          <Col xs={24} md={12} lg={8}>
            <Form.Item
              label="起止缴费月份"
              name="months"
              required
              rules={[
                {
                  validator: async (_r, v: Conditions['months']) => {
                    if (!v?.[0]) throw new Error('请选择开始月份');
                    if (!v[1]) throw new Error('请选择结束月份');
                  },
                },
              ]}
            >
              <DatePicker.RangePicker
                picker="month"
                style={{ width: '100%' }}
                placeholder={['开始日期', '结束日期']}
                aria-label="起止缴费月份"
              />
            </Form.Item>
          </Col>
        </IdentityQueryForm>
      </Card>
      <Card className="applicant-section">
        <QueryResults<FlexibleContribution>
          url={FLEX_CONTRIBUTIONS_URL}
          title="灵活就业人员缴费明细结果列表"
          columns={columns}
          filters={filters}
        />
      </Card>
    </>
  );
}

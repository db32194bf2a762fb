import { useMemo, useState } from 'react';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PrinterOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { AccountUseRow } from '@yibao/contracts';
import { lastThreeMonths, ledgerTimeText, MOVEMENT_KINDS, signedYuan } from '@yibao/domain';
import { DictSelect, useDictionary } from '../../../shared/dictionaries';
import { useElder } from '../../../shared/elder';
import { ServerTable } from '../../../shared/ServerTable';
import { exportUrl, type Filters } from '../../../shared/table-query';
import { nowrap, wrapped } from '../../registry/window/person-query/display';
import { USE_URLS, useUseParties, type UseMode } from './ledgerApi';
import './ledger.css';
import { today, todayText } from '../../../shared/format';

interface UseValues {
  personId?: number;
  certType?: string;
  certNo?: string;
  relation?: string;
  kind?: string;
  direction?: 'income' | 'expense';
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The guide's words for each page: P36 names the 使用人, P37 the 账户所有人. */
const TEXTS: Record<UseMode, { title: string; who: string; relation: string }> = {
  usedByOthers: { title: '使用本人账户情况查询', who: '使用人', relation: '与使用人关系' },
  useOfOthers: { title: '使用他人账户情况查询', who: '账户所有人', relation: '与本人关系' },
};

/** 系统默认展示临近三个月: this month and the two before, from the 1st. */
const defaultRange = (): [Dayjs, Dayjs] => {
  const { from, to } = lastThreeMonths(todayText());
  return [dayjs(from), dayjs(to)];
};

const criteriaOf = (v: UseValues): Filters => ({
  personId: v.personId,
  certType: v.certType,
  certNo: v.certNo?.trim().toUpperCase(),
  relation: v.relation,
  kind: v.kind,
  direction: v.direction,
  from: v.range?.[0]?.format('YYYY-MM-DD'),
  to: v.range?.[1]?.format('YYYY-MM-DD'),
});

/**
 * P36 使用本人账户情况查询 / P37 使用他人账户情况查询 (000 §2 我要查): the conditions with the
 * required 查询起止日期 (the last three months at first, queried at once), the list paged by the
 * server with 【打印明细】; 【重置】 empties every condition, the dates too, and the list.
 */
export default function AccountUsePage({ mode }: { mode: UseMode }) {
  const texts = TEXTS[mode];
  const url = USE_URLS[mode];
  const [form] = Form.useForm<UseValues>();
  const { elder } = useElder();
  const parties = useUseParties(mode);
  const cert = useDictionary('certificate-types').label;
  const relation = useDictionary('relations').label;
  const [criteria, setCriteria] = useState<Filters | null>(() =>
    criteriaOf({ range: defaultRange() }),
  );
  const initialValues = useMemo(() => ({ range: defaultRange() }), []);
  const span = elder ? { xs: 24, md: 12 } : { xs: 24, md: 12, xl: 8 };

  const reset = () => {
    form.setFieldsValue({
      personId: undefined,
      certType: undefined,
      certNo: undefined,
      relation: undefined,
      kind: undefined,
      direction: undefined,
      range: null,
    });
    setCriteria(null);
  };

  const columns: ColumnsType<AccountUseRow> = [
    {
      title: '交易时间',
      dataIndex: 'occurredAt',
      // the day over the time: eleven columns must fit a 1366 px screen
      render: (v: string) => (
        <span className="ledger-when">
          <span>{ledgerTimeText(v).slice(0, 10)}</span>
          <span>{ledgerTimeText(v).slice(11, 19)}</span>
        </span>
      ),
    },
    { title: `${texts.who}姓名`, key: 'name', render: (_: unknown, r) => nowrap(r.person.name) },
    {
      title: `${texts.who}证件类型`,
      key: 'certType',
      render: (_: unknown, r) => wrapped(cert(r.person.certType)),
    },
    {
      title: `${texts.who}证件号码`,
      key: 'certNo',
      render: (_: unknown, r) => nowrap(r.person.certNo),
    },
    {
      title: texts.relation,
      key: 'relation',
      render: (_: unknown, r) => nowrap(r.person.relation ? relation(r.person.relation) : '-'),
    },
    {
      title: '金额',
      dataIndex: 'amountFen',
      align: 'right',
      render: (v: number) => (
        <span className={v > 0 ? 'ledger-income' : 'ledger-expense'}>{nowrap(signedYuan(v))}</span>
      ),
    },
    { title: '业务类型', dataIndex: 'summary', render: (v: string) => nowrap(v) },
    ...(mode === 'usedByOthers'
      ? [
          {
            title: '交易类型',
            dataIndex: 'direction',
            render: (v: string) => nowrap(v === 'income' ? '收入' : '支出'),
          },
        ]
      : []),
    { title: '医院药店', dataIndex: 'institutionName', render: (v: string | null) => wrapped(v) },
    { title: '费用支出类型', dataIndex: 'expenseType', render: (v: string) => nowrap(v) },
  ];

  const printUrl = criteria
    ? exportUrl(url, { format: 'pdf', title: texts.title, columns: [], filters: criteria })
    : undefined;

  return (
    <div className="ledger-page">
      <Card className="applicant-section ledger-use-filters" title={`${texts.title}条件`}>
        <Form<UseValues>
          form={form}
          layout="horizontal"
          labelCol={{ flex: elder ? '170px' : '140px' }}
          initialValues={initialValues}
          onFinish={(v) => setCriteria(criteriaOf(v))}
        >
          <Row gutter={16}>
            <Col {...span}>
              <Form.Item label={`${texts.who}姓名`} name="personId">
                <Select<number>
                  allowClear
                  placeholder={`请选择${texts.who}姓名`}
                  loading={parties.isPending}
                  options={(parties.data?.items ?? []).map((p) => ({
                    value: p.id,
                    label: `${p.name}（${p.certNo}）`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label={`${texts.who}证件类型`} name="certType">
                <DictSelect name="certificate-types" placeholder={`请选择${texts.who}证件类型`} />
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label={`${texts.who}证件号码`} name="certNo">
                <Input allowClear maxLength={30} placeholder={`请输入${texts.who}证件号码`} />
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label="与本人关系" name="relation">
                <DictSelect name="relations" placeholder="请选择与本人关系" />
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label="业务类型" name="kind">
                <Select
                  allowClear
                  placeholder="请选择业务类型"
                  options={MOVEMENT_KINDS.map((k) => ({ value: k, label: k }))}
                />
              </Form.Item>
            </Col>
            <Col {...span}>
              <Form.Item label="交易类型" name="direction">
                <Select
                  allowClear
                  placeholder="请选择交易类型"
                  options={[
                    { value: 'income', label: '收入' },
                    { value: 'expense', label: '支出' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={24} xl={elder ? 24 : 16}>
              <Form.Item
                label="查询起止日期"
                name="range"
                rules={[
                  {
                    validator: (_, v: UseValues['range']) =>
                      v?.[0] && v[1]
                        ? Promise.resolve()
                        : Promise.reject(new Error('请选择查询起止日期')),
                  },
                ]}
                required
              >
                <DatePicker.RangePicker
                  placeholder={['开始日期', '结束日期']}
                  disabledDate={(d) => d.isAfter(today(), 'day')}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space className="ledger-filter-actions">
            <Button icon={<ReloadOutlined />} onClick={reset}>
              重置
            </Button>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
          </Space>
        </Form>
      </Card>
      <Card className="applicant-section ledger-result">
        {criteria ? (
          <ServerTable<AccountUseRow>
            url={url}
            filters={criteria}
            title={`${texts.title}结果列表`}
            rowKey="id"
            indexTitle="序号"
            columns={columns}
            exportable={false}
            extra={
              <Button icon={<PrinterOutlined />} href={printUrl} target="_blank" rel="noopener">
                打印明细
              </Button>
            }
          />
        ) : (
          <>
            <div className="server-table-toolbar">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {texts.title}结果列表
              </Typography.Title>
            </div>
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="请填写相关条件查询" />
          </>
        )}
      </Card>
    </div>
  );
}

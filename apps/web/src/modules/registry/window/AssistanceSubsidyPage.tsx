import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Row, Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation } from '@tanstack/react-query';
import type { AssistanceSubsidyQuote, AssistanceSubsidyRow } from '@yibao/contracts';
import { api, errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { ServerTable } from '../../../shared/ServerTable';
import { trimmed } from '../shared/form-rules';
import { CertFields } from './fields';
import { RegionName, nowrap, useNames, yuan } from './person-query/display';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

export const ASSISTANCE_SUBSIDY = 'assistance-subsidy';

interface FormValues {
  certType?: string;
  certNo?: string;
  year?: number;
  paperItems?: string[];
}

const thisYear = () => Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

const toPayload = (v: FormValues) => ({
  certType: v.certType ?? '',
  certNo: trimmed(v.certNo).toUpperCase(),
  year: v.year,
});

const quoteUrl = (v: FormValues) =>
  `/api/registry/assistance-subsidies/quote?${new URLSearchParams({
    certType: v.certType ?? '01',
    certNo: trimmed(v.certNo).toUpperCase(),
    year: String(v.year ?? ''),
  }).toString()}`;

/** 资助方式: the policy's ratio, its fixed amount, or both. */
const wayOf = (q: AssistanceSubsidyQuote) =>
  [
    q.subsidyBp ? `按个人缴费标准的${q.subsidyBp / 100}%资助` : '',
    q.fixedSubsidyFen ? `定额资助${yuan(q.fixedSubsidyFen)}元` : '',
  ]
    .filter(Boolean)
    .join('，');

/** 补贴测算: the identity the subsidy rests on, the policy row and the amounts, in 元. */
function QuoteView({ quote }: { quote: AssistanceSubsidyQuote }) {
  const identity = useDictionary('special-identity-types').label;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      className="assistance-quote"
      items={[
        { key: 'name', label: '姓名', children: quote.name },
        { key: 'personNo', label: '个人编号', children: quote.personNo },
        { key: 'region', label: '参保地', children: <RegionName code={quote.regionCode} /> },
        { key: 'year', label: '缴费年度', children: `${quote.year}年` },
        { key: 'identity', label: '特殊身份', children: identity(quote.identityType) },
        {
          key: 'period',
          label: '特殊身份起止日期',
          children: `${quote.identityStartDate} 至 ${quote.identityEndDate ?? '长期'}`,
        },
        { key: 'standard', label: '个人缴费标准', children: `${yuan(quote.contributionFen)}元` },
        { key: 'way', label: '资助方式', children: wayOf(quote) },
        {
          key: 'subsidy',
          label: '补贴金额',
          children: <strong>{`${yuan(quote.subsidyFen)}元`}</strong>,
        },
        { key: 'personal', label: '个人实缴金额', children: `${yuan(quote.personalFen)}元` },
        {
          key: 'source',
          label: '政策依据',
          span: 'filled',
          children: `${quote.policySource}（${quote.policyValidFrom}起执行）`,
        },
      ]}
    />
  );
}

/** 个人缴费补贴信息查询: the subsidies granted in the clerk's regions, newest year first. */
function SubsidyList() {
  const names = useNames();
  const columns: ColumnsType<AssistanceSubsidyRow> = [
    { title: '个人编号', dataIndex: 'personNo', width: 150, render: nowrap },
    { title: '姓名', dataIndex: 'name', width: 100 },
    { title: '证件号码', dataIndex: 'certNo', width: 130, render: nowrap },
    { title: '缴费年度', dataIndex: 'year', width: 90 },
    {
      title: '特殊身份',
      dataIndex: 'identityType',
      width: 130,
      render: (v: string) => names.specialIdentity(v),
    },
    {
      title: '个人缴费标准（元）',
      dataIndex: 'contributionFen',
      width: 150,
      align: 'right',
      render: (v: number) => yuan(v),
    },
    {
      title: '补贴金额（元）',
      dataIndex: 'subsidyFen',
      width: 130,
      align: 'right',
      render: (v: number) => yuan(v),
    },
    {
      title: '个人实缴（元）',
      dataIndex: 'personalFen',
      width: 130,
      align: 'right',
      render: (v: number) => yuan(v),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      render: (v: string) => <Tag color={v === '有效' ? 'success' : 'default'}>{v}</Tag>,
    },
  ];
  return (
    <Card size="small" className="window-form-section assistance-list">
      <ServerTable<AssistanceSubsidyRow>
        url="/api/registry/assistance-subsidies"
        title="个人缴费补贴信息查询"
        rowKey="id"
        columns={columns}
        exportable={false}
        indexTitle="序号"
      />
    </Card>
  );
}

/**
 * W33 符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴 (002 三十三): the resident by 证件
 * and the 缴费年度; 补贴测算 shows the special identity (城乡居民特殊身份登记) it rests on and what
 * the region's policy pays; the 救助对象身份证明 received, 保存 files the 办件 for front-desk
 * review (6 个工作日), and approval records the subsidy as the policy then computes it.
 */
export default function AssistanceSubsidyPage() {
  const intake = useWindowIntake(ASSISTANCE_SUBSIDY);
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const identity = useDictionary('special-identity-types').label;
  const [quote, setQuote] = useState<AssistanceSubsidyQuote | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const year = thisYear();
  const measure = useMutation({
    mutationFn: (v: FormValues) => api.get<AssistanceSubsidyQuote>(quoteUrl(v)),
    onSuccess: (q) => {
      setRefused(null);
      setQuote(q);
    },
    onError: (error) => {
      setQuote(null);
      setRefused(errorMessage(error));
    },
  });
  const ask = () =>
    void form
      .validateFields(['certType', 'certNo', 'year'])
      .then((v) => measure.mutate(v))
      .catch(() => undefined);

  let body;
  if (intake.done) {
    const detail = intake.done;
    body = (
      <WindowSaved
        intake={intake}
        form={form}
        detail={detail}
        className="assistance-subsidy-result"
        title="个人缴费补贴申请已受理"
        subTitle="办件已提交前台审核，6个工作日内办结；审核通过后按当时有效的资助政策核定补贴。"
        facts={[
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['缴费年度', `${String(detail.payload.year)}年`],
          ...(quote
            ? ([
                ['特殊身份', identity(quote.identityType)],
                ['补贴金额（测算）', `${yuan(quote.subsidyFen)}元`],
              ] as const)
            : []),
        ]}
        onAgain={() => {
          setQuote(null);
          setRefused(null);
        }}
      />
    );
  } else if (intake.loading) {
    body = <IntakeLoading />;
  } else {
    body = (
      <WindowForm<FormValues>
        intake={intake}
        form={form}
        className="assistance-subsidy-form"
        initialValues={{ certType: '01', year }}
        toPayload={toPayload}
        savedMessage="个人缴费补贴申请已受理"
        onValuesChange={(changed) => {
          // another person or year needs its own 测算; ticking the originals does not
          if ('certType' in changed || 'certNo' in changed || 'year' in changed) {
            setQuote(null);
            setRefused(null);
          }
        }}
        saveDisabled={!quote}
        confirmation={(v) => ({
          title: '确认提交个人缴费补贴申请吗？',
          rows: [
            ['证件号码', trimmed(v.certNo).toUpperCase()],
            ['缴费年度', `${v.year ?? ''}年`],
            ['特殊身份', quote ? identity(quote.identityType) : '-'],
            ['补贴金额（测算）', quote ? `${yuan(quote.subsidyFen)}元` : '-'],
          ],
          note: '提交后由前台审核，审核通过时按当时有效的资助政策核定补贴。',
        })}
      >
        <Card
          title="救助对象信息"
          size="small"
          className="window-form-section"
          extra={<Tag color="blue">办理时限：6个工作日</Tag>}
        >
          <Row gutter={24}>
            <CertFields col={col} />
            <Col {...col}>
              <Form.Item
                label="缴费年度"
                name="year"
                required
                rules={[{ required: true, message: '请选择缴费年度' }]}
              >
                <Select
                  aria-label="缴费年度"
                  options={[year - 1, year, year + 1].map((y) => ({ value: y, label: `${y}年` }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ marginBottom: 16 }}>
            <Button onClick={ask} loading={measure.isPending}>
              补贴测算
            </Button>
            {!quote && <span className="ant-form-item-extra">测算后方可保存</span>}
          </Space>
          {refused && <Alert type="warning" showIcon title={refused} />}
          {quote && <QuoteView quote={quote} />}
        </Card>
      </WindowForm>
    );
  }
  return (
    <div className="assistance-subsidy">
      {body}
      <SubsidyList />
    </div>
  );
}

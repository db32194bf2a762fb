import { useState } from 'react';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { CARDLESS_APPROVAL_TYPE, type CardlessSettlementRow } from '@yibao/contracts';
import { DictSelect } from '../../../shared/dictionaries';
import { ServerTable } from '../../../shared/ServerTable';
import { trimmed } from '../shared/form-rules';
import { CertFields, isoDay, PeriodFields, upper } from './fields';
import { nowrap, useNames } from './person-query/display';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

export const CARDLESS_SETTLEMENT = 'cardless-settlement';

interface FormValues {
  certType?: string;
  certNo?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  paperItems?: string[];
}

interface QueryValues {
  certType?: string;
  certNo?: string;
  startDate?: Dayjs | null;
}

const toPayload = (v: FormValues) => ({
  certType: v.certType ?? '',
  certNo: trimmed(v.certNo).toUpperCase(),
  startDate: isoDay(v.startDate),
  endDate: isoDay(v.endDate),
});

/**
 * 待遇通用审批 (002 十三 (四)): 查询条件 证件类型, 医保电子凭证/证件号码, 审批类型 (无卡就医审批),
 * 开始日期, and the 查询结果列表 paged on the server, certificate numbers masked.
 */
function CardlessList() {
  const names = useNames();
  const [form] = Form.useForm<QueryValues>();
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const col = useFormColumn();
  const columns: ColumnsType<CardlessSettlementRow> = [
    { title: '人员编号', dataIndex: 'personNo', width: 150, render: nowrap },
    { title: '人员姓名', dataIndex: 'name', width: 110 },
    { title: '性别', dataIndex: 'sex', width: 70, render: (v: string) => names.sex(v) },
    { title: '开始日期', dataIndex: 'startDate', width: 120, render: nowrap },
    {
      title: '结束日期',
      dataIndex: 'endDate',
      width: 120,
      render: (v: string | null) => v ?? '长期',
    },
    { title: '审批类型', dataIndex: 'approvalType', width: 130 },
    {
      title: '人员证件类型',
      dataIndex: 'certType',
      width: 170,
      render: (v: string) => names.cert(v),
    },
    { title: '证件号码', dataIndex: 'certNo', width: 140, render: nowrap },
    {
      title: '状态',
      dataIndex: 'status',
      width: 80,
      render: (v: string) => <Tag color={v === '有效' ? 'success' : 'default'}>{v}</Tag>,
    },
  ];
  const search = (v: QueryValues) =>
    setFilters({
      certType: v.certNo ? v.certType : undefined,
      certNo: trimmed(v.certNo).toUpperCase() || undefined,
      startDate: isoDay(v.startDate) || undefined,
    });
  return (
    <Card title="待遇通用审批" size="small" className="window-form-section cardless-list">
      <Form<QueryValues>
        form={form}
        layout="vertical"
        initialValues={{ certType: '01' }}
        onFinish={search}
        className="cardless-query"
      >
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item label="证件类型" name="certType">
              <DictSelect name="certificate-types" allowClear={false} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="医保电子凭证/证件号码" name="certNo" normalize={upper}>
              <Input placeholder="请输入" maxLength={30} allowClear />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="审批类型">
              <Select
                value={CARDLESS_APPROVAL_TYPE}
                options={[{ value: CARDLESS_APPROVAL_TYPE, label: CARDLESS_APPROVAL_TYPE }]}
                aria-label="审批类型"
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="开始日期" name="startDate">
              <DatePicker style={{ width: '100%' }} placeholder="请选择日期" />
            </Form.Item>
          </Col>
        </Row>
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({});
            }}
          >
            重置
          </Button>
        </Space>
      </Form>
      <ServerTable<CardlessSettlementRow>
        url="/api/registry/cardless-settlements"
        title="查询结果列表"
        rowKey="id"
        columns={columns}
        filters={filters}
        exportable={false}
        indexTitle="序号"
      />
    </Card>
  );
}

/**
 * W13 (四) 开通无卡结算 (002 十三): the newborn by 证件 (户口本), 开始日期 and 结束日期, the 户口本
 * and 新生儿出生证明 received on paper, then 保存 — 即时办结: the newborn settles without a card at
 * once and the 办件 waits for 复核; a failed 复核 voids it. 待遇通用审批 lists the newborns opened.
 */
export default function CardlessSettlementPage() {
  const intake = useWindowIntake(CARDLESS_SETTLEMENT);
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();

  let body;
  if (intake.done) {
    const detail = intake.done;
    const p = detail.payload;
    body = (
      <WindowSaved
        intake={intake}
        form={form}
        detail={detail}
        className="cardless-settlement-result"
        title="开通无卡结算成功"
        subTitle="新生儿无卡结算已即时生效，待复核初审、复核复审确认；复核不通过将撤销本次开通。"
        facts={[
          ['姓名', detail.subjectName],
          ['证件号码', detail.subjectCertNo],
          ['审批类型', CARDLESS_APPROVAL_TYPE],
          ['开始日期', String(p.startDate)],
          ['结束日期', p.endDate ? String(p.endDate) : '长期'],
        ]}
      />
    );
  } else if (intake.loading) {
    body = <IntakeLoading />;
  } else {
    body = (
      <WindowForm<FormValues>
        intake={intake}
        form={form}
        className="cardless-settlement-form"
        initialValues={{ certType: '01' }}
        toPayload={toPayload}
        savedMessage="开通无卡结算成功"
        confirmation={(v) => ({
          title: '确认开通无卡结算吗？',
          rows: [
            ['证件号码', trimmed(v.certNo).toUpperCase()],
            ['审批类型', CARDLESS_APPROVAL_TYPE],
            ['起止日期', `${isoDay(v.startDate)} 至 ${isoDay(v.endDate) || '长期'}`],
          ],
          note: '保存后即时办结，新生儿可立即无卡结算，并进入复核初审、复核复审。',
        })}
      >
        <Card
          title="开通无卡结算"
          extra={<Tag color="blue">服务对象：新生儿</Tag>}
          size="small"
          className="window-form-section"
        >
          <Row gutter={24}>
            <CertFields col={col} />
            <PeriodFields col={col} endExtra="不填为长期，至领取社会保障卡" />
          </Row>
        </Card>
      </WindowForm>
    );
  }
  // 待遇通用审批 stays in view after 保存: the newborn just opened is at the top of it
  return (
    <div className="cardless-settlement">
      {body}
      <CardlessList />
    </div>
  );
}

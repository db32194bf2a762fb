import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ApplicationChannel, ApplicationItem } from '@yibao/contracts';
import {
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '@yibao/domain';
import {
  Button,
  Card,
  Col,
  ConfigProvider,
  DatePicker,
  Drawer,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { DictSelect, useDictionary } from '../../../shared/dictionaries';
import { formatDateTime } from '../../../shared/format';
import { LinkButton } from '../../../shared/LinkButton';
import { ServerTable } from '../../../shared/ServerTable';
import type { Filters } from '../../../shared/table-query';
import { APPLICATIONS_URL, StatusTag, subjectCertTypeLabel, useBusinesses } from '../shared';
import { offeredOn } from './applicantApi';
import { ApplicationDetailView, WithdrawButton, type ResubmitPaths } from './ApplicationDetailView';

interface FilterForm {
  name?: string;
  certType?: string;
  certNo?: string;
  status?: ApplicationStatus;
  businessCode?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

const TITLE = '办件信息查询列表';
/** The guide's words for a list that waits for its first query. */
const ASK_FIRST = '请编写相关条件查询';

/** A cell no wider than `width` px: a longer text ends in … and shows whole in a tooltip. */
function Clipped({ text, width }: { text: string; width: number }) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth: width }}>
      {text}
    </Typography.Text>
  );
}

/**
 * Cells a little narrower than antd's 16 px either side; with the table fitted to the card (its
 * cells wrap), the nine columns fit 1366 px in elder mode too.
 */
const LIST_THEME = { components: { Table: { cellPaddingInline: 12 } } };

const statusOptions = APPLICATION_STATUSES.map((s) => ({
  value: s,
  label: APPLICATION_STATUS_LABELS[s],
}));

export interface ApplicationProgressPageProps {
  /** the channel whose businesses the 业务类型 filter offers */
  channel: ApplicationChannel;
  /** 单位网厅 (001): * 审核状态 must be chosen, and the list waits for the first 查询 */
  statusRequired?: boolean;
  resubmitPaths?: ResubmitPaths;
}

/**
 * 办件进度查询 (000 §2 我要查, 001 业务查询): 办件信息查询 by 姓名, 证件类型, 证件号码, 审核状态, 业务类型 and
 * 办件时间, 办件信息查询列表 paged by the server, and each application's detail in a drawer
 * (`?id=` opens it, so 我的待办件 can link here).
 */
export default function ApplicationProgressPage({
  channel,
  statusRequired = false,
  resubmitPaths = {},
}: ApplicationProgressPageProps) {
  const [form] = Form.useForm<FilterForm>();
  const [filters, setFilters] = useState<Filters | null>(statusRequired ? null : {});
  const [params, setParams] = useSearchParams();
  const openId = Number(params.get('id')) || null;
  const businesses = useBusinesses();
  const certTypes = useDictionary('certificate-types');
  const insuranceTypes = useDictionary('insurance-types');

  const open = (id: number | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('id', String(id));
        else next.delete('id');
        return next;
      },
      { replace: id === null },
    );

  const businessOptions = useMemo(
    () =>
      businesses.items.filter(offeredOn(channel)).map((b) => ({ value: b.code, label: b.name })),
    [businesses.items, channel],
  );

  const search = (v: FilterForm) => {
    const [from, to] = v.period ?? [];
    setFilters({
      name: v.name?.trim() || undefined,
      certType: v.certNo?.trim() ? v.certType : undefined,
      certNo: v.certNo?.trim() || undefined,
      status: v.status,
      businessCode: v.businessCode,
      from: from?.format('YYYY-MM-DD'),
      to: to?.format('YYYY-MM-DD'),
    });
  };

  const columns: ColumnsType<ApplicationItem> = [
    {
      title: '业务类型',
      dataIndex: 'businessName',
      // a long business name wraps, so the list fits elder mode's larger type without scrolling
      render: (name: string, row) => (
        <Button
          type="link"
          className="table-link"
          style={{ whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => open(row.id)}
        >
          {name}
        </Button>
      ),
    },
    {
      title: '险种类型',
      dataIndex: 'insuranceType',
      render: (code: string) => insuranceTypes.label(code) || '-',
    },
    {
      title: '申办日期',
      dataIndex: 'submittedAt',
      // the day in the table (so the list fits a 1366 px window), the time in a tooltip
      render: (at: string) => (
        <Tooltip title={formatDateTime(at)}>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at).slice(0, 10)}</span>
        </Tooltip>
      ),
    },
    {
      title: '审核状态',
      dataIndex: 'status',
      // a four-character title split over two lines reads badly; the tag below is as wide
      onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (status: ApplicationStatus, row) => (
        <StatusTag status={status} label={row.statusLabel} />
      ),
    },
    {
      title: '姓名/单位名称',
      dataIndex: 'subjectName',
      render: (name: string) => <Clipped text={name} width={160} />,
    },
    {
      title: '证件类型',
      dataIndex: 'subjectCertType',
      render: (code: string) => (
        <Clipped text={subjectCertTypeLabel(code, certTypes)} width={130} />
      ),
    },
    { title: '证件号码', dataIndex: 'subjectCertNo' },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, row) => {
        const resubmit = resubmitPaths[row.businessCode];
        // 修改后重新提交 goes under 查看 rather than widen the table
        return (
          <Space size={0} wrap style={{ maxWidth: 112 }}>
            <Button type="link" size="small" onClick={() => open(row.id)}>
              查看
            </Button>
            {row.status === 'submitted' && row.levelsPassed === 0 && (
              <WithdrawButton id={row.id} size="small" type="link" />
            )}
            {row.status === 'returned' && resubmit && (
              <LinkButton type="link" size="small" to={`${resubmit}?resubmit=${row.id}`}>
                修改后重新提交
              </LinkButton>
            )}
          </Space>
        );
      },
    },
  ];

  const requiredStatus = statusRequired
    ? [{ required: true, message: '请选择审核状态' }]
    : undefined;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="办件信息查询" size="small" className="progress-filters">
        <Form<FilterForm>
          form={form}
          layout="vertical"
          initialValues={{ certType: '01' }}
          onFinish={search}
        >
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="姓名" name="name">
                <Input placeholder="请输入姓名" allowClear maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="证件类型" name="certType">
                <DictSelect name="certificate-types" placeholder="请选择证件类型" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="证件号码" name="certNo">
                <Input placeholder="请输入证件号码" allowClear maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item
                label="审核状态"
                name="status"
                required={statusRequired}
                rules={requiredStatus}
              >
                <Select
                  allowClear={!statusRequired}
                  placeholder={statusRequired ? '请选择审核状态' : '全部'}
                  options={statusOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="业务类型" name="businessCode">
                <Select
                  allowClear
                  placeholder="全部"
                  options={businessOptions}
                  loading={businesses.isLoading}
                  notFoundContent="暂无可办理的业务"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="办件时间" name="period">
                <DatePicker.RangePicker
                  style={{ width: '100%' }}
                  placeholder={['开始日期', '结束日期']}
                  allowEmpty={[true, true]}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters(statusRequired ? null : {});
              }}
            >
              重置
            </Button>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Space>
        </Form>
      </Card>
      <Card size="small">
        <ConfigProvider theme={LIST_THEME}>
          {filters ? (
            <ServerTable<ApplicationItem>
              url={APPLICATIONS_URL}
              title={TITLE}
              rowKey="id"
              indexTitle="序号"
              columns={columns}
              filters={filters}
              fit
            />
          ) : (
            <>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {TITLE}
              </Typography.Title>
              <Table<ApplicationItem>
                rowKey="id"
                columns={[{ title: '序号', key: '__index' }, ...columns]}
                dataSource={[]}
                pagination={false}
                locale={{
                  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ASK_FIRST} />,
                }}
              />
            </>
          )}
        </ConfigProvider>
      </Card>
      <Drawer
        title="办件详情"
        open={openId !== null}
        onClose={() => open(null)}
        size="min(1000px, 100vw)"
        destroyOnHidden
      >
        {openId !== null && <ApplicationDetailView id={openId} resubmitPaths={resubmitPaths} />}
      </Drawer>
    </Space>
  );
}

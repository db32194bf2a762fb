import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail, FlexibleReductionPayload, Page } from '@yibao/contracts';
import { NEXT_YEAR_STOP_REASONS } from '@yibao/contracts';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { LIST_KEY } from '../../../shared/ServerTable';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS } from '../../../shared/table-query';
import { FlexibleFeedback } from './FlexibleFeedback';
import {
  FLEX,
  FLEX_PERSONS_URL,
  FLEX_PERSON_KEY,
  identityOf,
  queryOf,
  submitFlexible,
  thisMonth,
  type FlexiblePerson,
  type FlexiblePersonDetail,
  type Identity,
} from './flexibleApi';
import { IdentityQueryForm, QUERY_COL } from './IdentityFields';

const BUSINESS = '灵活就业人员减员申报（普通减员）';
type Reason = FlexibleReductionPayload['reason'];
/** 下一年度不参保原因 of 普通减员: every reason but 死亡, which has its own 减员. */
const REASONS = NEXT_YEAR_STOP_REASONS.filter((r) => r.value !== 'death');

/**
 * 普通减员 of U03: * 下一年度不参保原因 and 缴费截止月份 (this month), the agency's persons in 人员信息列表
 * (filtered by 姓名, 证件类型, 证件号码, paged by the server) ticked across pages, and 提交.
 */
export function GeneralReduction({ onAgain }: { onAgain: () => void }) {
  const [filterForm] = Form.useForm<Partial<Identity>>();
  const [form] = Form.useForm<{ reason?: Reason }>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const certTypes = useDictionary('certificate-types');
  const [filters, setFilters] = useState<Partial<Identity>>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [picked, setPicked] = useState<FlexiblePerson[]>([]);
  const [pickError, setPickError] = useState<string | null>(null);
  const [done, setDone] = useState<{ detail: ApplicationDetail; names: string[] } | null>(null);

  const url = `${FLEX_PERSONS_URL}?${queryOf({ ...filters, page, pageSize })}`;
  const list = useQuery({
    queryKey: [LIST_KEY, FLEX_PERSONS_URL, url],
    queryFn: () => api.get<Page<FlexiblePerson>>(url),
    placeholderData: keepPreviousData,
    retry: false,
  });

  const submit = useMutation({
    mutationFn: async (reason: Reason) => {
      // the list masks 证件号码: each ticked person's is read from their 详情
      const persons = await Promise.all(
        picked.map(async (p) => {
          const d = await api.get<FlexiblePersonDetail>(`${FLEX_PERSONS_URL}/${p.id}`);
          return { name: d.name, certType: d.certType, certNo: d.certNo };
        }),
      );
      return submitFlexible(FLEX.reduction, { reason, persons });
    },
    onSuccess: (detail) => {
      setDone({ detail, names: picked.map((p) => p.name) });
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void client.invalidateQueries({ queryKey: [FLEX_PERSON_KEY] });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  if (done) {
    return (
      <FlexibleFeedback
        detail={done.detail}
        business={BUSINESS}
        lines={[{ label: '减员人员', value: done.names.join('、') }]}
        onAgain={onAgain}
      />
    );
  }

  const send = (v: { reason?: Reason }) => {
    if (picked.length === 0) {
      setPickError('请勾选要减员的人员');
      return;
    }
    if (v.reason) submit.mutate(v.reason);
  };

  const columns: ColumnsType<FlexiblePerson> = [
    {
      title: '序号',
      key: 'index',
      width: 72,
      render: (_: unknown, _r, i) => (page - 1) * pageSize + i + 1,
    },
    { title: '姓名', dataIndex: 'name' },
    { title: '证件类型', dataIndex: 'certType', render: (v: string) => certTypes.label(v) },
    { title: '证件号码', dataIndex: 'certNo' },
  ];
  const total = list.data?.total ?? 0;

  return (
    <>
      <Form<{ reason?: Reason }>
        form={form}
        layout="vertical"
        className="applicant-form"
        onFinish={send}
        onFinishFailed={() => {
          if (picked.length === 0) setPickError('请勾选要减员的人员');
        }}
      >
        <Card title="灵活就业人员参保信息" className="applicant-section">
          <Row gutter={24}>
            <Col {...QUERY_COL}>
              <Form.Item
                label="下一年度不参保原因"
                name="reason"
                required
                rules={[{ required: true, message: '请选择下一年度不参保原因' }]}
              >
                <Select placeholder="请选择下一年度不参保原因" options={REASONS} />
              </Form.Item>
            </Col>
            <Col {...QUERY_COL}>
              <Form.Item label="缴费截止月份">
                <Input value={thisMonth()} disabled />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      </Form>
      <Card
        title="人员信息列表"
        className="applicant-section"
        extra={<span className="flex-picked">已勾选 {picked.length} 人</span>}
      >
        <IdentityQueryForm
          form={filterForm}
          onFinish={(v) => {
            const who = identityOf(v);
            setFilters({
              name: who.name,
              certType: who.certNo ? who.certType : undefined,
              certNo: who.certNo,
            });
            setPage(1);
          }}
          onReset={() => {
            setFilters({});
            setPage(1);
          }}
        />
        {list.isError && (
          <Alert
            type="error"
            showIcon
            className="flex-list-error"
            title="人员信息列表加载失败"
            description={errorMessage(list.error)}
          />
        )}
        <Table<FlexiblePerson>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          rowSelection={{
            columnTitle: '选择',
            columnWidth: 64,
            preserveSelectedRowKeys: true,
            selectedRowKeys: picked.map((p) => p.id),
            onChange: (_keys, rows) => {
              // rows of other pages come back undefined: keep the ones already ticked
              const kept = new Map(picked.map((p) => [p.id, p]));
              const next = _keys.map((k) => rows.find((r) => r?.id === k) ?? kept.get(Number(k)));
              setPicked(next.filter((p): p is FlexiblePerson => p !== undefined));
              setPickError(null);
            },
          }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无数据" />,
          }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZE_OPTIONS,
            showTotal: (n, [from, to]) => `总共${n}条 显示${from}-${to}条`,
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
        {pickError && (
          <div className="flex-pick-error" role="alert">
            {pickError}
          </div>
        )}
      </Card>
      <Space className="applicant-actions" size={16}>
        <Button
          size="large"
          onClick={() => {
            form.resetFields();
            setPicked([]);
            setPickError(null);
          }}
        >
          重置
        </Button>
        <Button
          type="primary"
          size="large"
          onClick={() => form.submit()}
          loading={submit.isPending}
        >
          提交
        </Button>
      </Space>
    </>
  );
}

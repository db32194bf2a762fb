import { Alert, Button, Descriptions, Modal, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { MedicalConsumptionDetail } from '@yibao/contracts';
import { INSTITUTION_TIER_LABELS } from '@yibao/contracts';
import { errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { formatDateTime, yuanText } from '../../../shared/format';
import { yuan } from '../../registry/window/person-query/display';
import { useConsumptionDetail } from './benefitsApi';

type Item = MedicalConsumptionDetail['items'][number] & { key: number };

const itemColumns: ColumnsType<Item> = [
  { title: '序号', key: 'index', width: 64, render: (_v, _r, i) => i + 1 },
  { title: '项目名称', dataIndex: 'name' },
  { title: '类别', dataIndex: 'category', render: (v: string) => v || '-' },
  {
    title: '金额(元)',
    dataIndex: 'amountFen',
    align: 'right',
    render: (v: number) => yuan(v),
  },
  {
    title: '目录内/目录外',
    dataIndex: 'inCatalogue',
    render: (v: boolean) => (v ? <Tag color="green">目录内</Tag> : <Tag>目录外</Tag>),
  },
];

export const StatusTag = ({ status }: { status: string }) => (
  <Tag color={status === '已退费' ? 'orange' : 'green'}>{status}</Tag>
);

/** 个人账户支付 by whose account: 本人账户, or the 家庭共济 holder by name. */
function AccountPayments({ d }: { d: MedicalConsumptionDetail }) {
  if (d.accountPayments.length === 0) return <>{yuanText(d.accountFen)}</>;
  return (
    <div className="consumption-account-payments">
      <span>{yuanText(d.accountFen)}</span>
      <ul>
        {d.accountPayments.map((p, i) => (
          <li key={i}>
            {p.own ? '本人账户' : `家庭共济账户（${p.holderName}）`}：{yuanText(p.amountFen)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DetailBody({ d }: { d: MedicalConsumptionDetail }) {
  const medType = useDictionary('medical-categories').label;
  const refunded = d.status === '已退费';
  return (
    <div className="consumption-detail">
      <Typography.Title level={5}>结算信息</Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        className="consumption-header"
        items={[
          { key: 'institution', label: '定点医药机构', children: d.institution.name, span: 2 },
          {
            key: 'tier',
            label: '机构等级',
            children: INSTITUTION_TIER_LABELS[d.institution.tier],
          },
          { key: 'txn', label: '交易流水号', children: d.txnNo },
          { key: 'visit', label: '就诊日期', children: d.visitDate },
          { key: 'settled', label: '结算时间', children: formatDateTime(d.settledAt) },
          { key: 'medType', label: '医疗类别', children: medType(d.medType) },
          { key: 'class', label: '就医类型', children: d.visitClass },
          {
            key: 'remote',
            label: '是否异地就医',
            children: d.remote ? <Tag color="blue">异地就医</Tag> : '否',
          },
          { key: 'status', label: '状态', children: <StatusTag status={d.status} /> },
          ...(refunded
            ? [
                { key: 'refundNo', label: '退费流水号', children: d.refundTxnNo ?? '-' },
                { key: 'refundAt', label: '退费时间', children: formatDateTime(d.refundedAt) },
              ]
            : []),
        ]}
      />
      <Typography.Title level={5}>费用明细</Typography.Title>
      <Table<Item>
        size="small"
        bordered
        rowKey="key"
        columns={itemColumns}
        dataSource={d.items.map((item, key) => ({ ...item, key }))}
        pagination={false}
        className="consumption-items"
        locale={{ emptyText: '该笔结算未上传费用明细' }}
      />
      <Typography.Title level={5}>费用分割</Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        className="consumption-split"
        items={[
          { key: 'total', label: '费用总额', children: yuanText(d.totalFen) },
          { key: 'deductible', label: '起付线金额', children: yuanText(d.deductibleFen) },
          { key: 'in', label: '目录内金额', children: yuanText(d.inCatalogueFen) },
          { key: 'out', label: '目录外金额', children: yuanText(d.outCatalogueFen) },
          { key: 'fund', label: '统筹基金支付', children: yuanText(d.fundFen) },
          { key: 'cash', label: '现金支付', children: yuanText(d.cashFen) },
          {
            key: 'account',
            label: '个人账户支付',
            children: <AccountPayments d={d} />,
            span: 2,
          },
        ]}
      />
      {refunded && (
        <Alert
          className="consumption-refund-note"
          type="warning"
          showIcon
          title="该笔结算已退费：统筹基金支付与起付线金额已退回年度累计，个人账户支付已退回原账户。"
        />
      )}
    </div>
  );
}

/** 票据信息详情 of one settlement: the header, the bill lines, the split and any refund. */
export function ConsumptionDetail({ id, onClose }: { id: number | null; onClose: () => void }) {
  const detail = useConsumptionDetail(id);
  return (
    <Modal
      open={id !== null}
      title="票据信息详情"
      width={860}
      onCancel={onClose}
      footer={<Button onClick={onClose}>关闭</Button>}
      destroyOnHidden
    >
      {detail.isLoading && <Spin />}
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {detail.data && <DetailBody d={detail.data} />}
    </Modal>
  );
}

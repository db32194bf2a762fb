import type { ColumnsType } from 'antd/es/table';
import type { WithdrawalItem } from '@yibao/contracts';
import { formatYuan } from '@yibao/domain';
import { formatDateTime } from '../../../../shared/format';
import { StatusTag } from '../../../applications/shared';

/** 账户清退信息's columns, as the guide's 账户清退未审核信息 heads them (序号 comes from the table). */
export const withdrawalColumns: ColumnsType<WithdrawalItem> = [
  { title: '办件编号', dataIndex: 'applicationNo', key: 'applicationNo' },
  { title: '人员姓名', dataIndex: 'name', key: 'name' },
  { title: '证件号码', dataIndex: 'certNo', key: 'certNo' },
  { title: '清退原因', dataIndex: 'kindLabel', key: 'kindLabel' },
  {
    title: '清退前余额(元)',
    dataIndex: 'balanceFen',
    key: 'balanceFen',
    align: 'right',
    render: (fen: number) => formatYuan(fen, { grouping: true }),
  },
  {
    title: '本次清退(元)',
    dataIndex: 'paidFen',
    key: 'paidFen',
    align: 'right',
    render: (fen: number) => formatYuan(fen, { grouping: true }),
  },
  { title: '登记人', dataIndex: 'applicantName', key: 'applicantName' },
  {
    title: '登记时间',
    dataIndex: 'submittedAt',
    key: 'submittedAt',
    render: (at: string) => formatDateTime(at),
  },
  { title: '办理时限', dataIndex: 'dueOn', key: 'dueOn', render: (d: string | null) => d ?? '-' },
  {
    title: '状态',
    dataIndex: 'statusLabel',
    key: 'statusLabel',
    render: (_: string, row) => <StatusTag status={row.status} label={row.statusLabel} />,
  },
];

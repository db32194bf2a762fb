import { Alert, App, Button, Card, Popconfirm, Space } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WithdrawalItem } from '@yibao/contracts';
import { errorMessage } from '../../../../shared/api';
import { LinkButton } from '../../../../shared/LinkButton';
import { LIST_KEY, ServerTable } from '../../../../shared/ServerTable';
import { REVIEW_COUNTS_KEY, REVIEW_QUEUE_URL, applicationApi } from '../../../applications/shared';
import { withdrawalColumns } from './withdrawalColumns';
import { W_WITHDRAWAL_REGISTER, WITHDRAWALS_URL, withdrawalFormUrl } from './withdrawalApi';
import './withdrawal.css';

const FILTERS = { mine: '1', status: 'pending' };

/**
 * W26 个人账户清退撤销 (002 二十六): the clerk's own registrations still 未审核; 撤销 withdraws one
 * (the spine's 撤回 — only before its review, only by who registered it). Nothing was paid yet, so
 * the account stays as it is.
 */
export default function WithdrawalRevokePage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: number) => applicationApi.withdraw(id),
    onSuccess: (detail) => {
      void message.success(`${detail.applicationNo} 已撤销`);
      void client.invalidateQueries({ queryKey: [LIST_KEY, WITHDRAWALS_URL] });
      void client.invalidateQueries({ queryKey: [LIST_KEY, REVIEW_QUEUE_URL] });
      void client.invalidateQueries({ queryKey: REVIEW_COUNTS_KEY });
    },
    onError: (error) => {
      void message.error(errorMessage(error));
      void client.invalidateQueries({ queryKey: [LIST_KEY, WITHDRAWALS_URL] });
    },
  });

  const columns = [
    ...withdrawalColumns.filter((c) => c.key !== 'applicantName'),
    {
      title: '操作',
      key: 'action',
      fixed: 'right' as const,
      render: (_: unknown, row: WithdrawalItem) => (
        <Space size={4}>
          <Button
            type="link"
            size="small"
            icon={<PrinterOutlined />}
            href={withdrawalFormUrl(row.id)}
            target="_blank"
            rel="noopener"
          >
            打印申请表
          </Button>
          <Popconfirm
            title="确认撤销该个人账户清退登记吗？"
            description={`${row.name}，办件编号 ${row.applicationNo}；撤销后不能恢复，需重新登记。`}
            okText="确认撤销"
            cancelText="取消"
            okButtonProps={{ danger: true, loading: revoke.isPending }}
            onConfirm={() => revoke.mutateAsync(row.id).catch(() => undefined)}
          >
            <Button type="link" size="small" danger className="withdrawal-revoke-button">
              撤销
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div className="withdrawal-revoke">
      <Alert
        type="info"
        showIcon
        className="window-form-section"
        title="只能撤销本人登记、尚未审核的个人账户清退；已审核的办件不能撤销。"
        action={
          <LinkButton size="small" to={W_WITHDRAWAL_REGISTER}>
            个人账户清退登记
          </LinkButton>
        }
      />
      <Card size="small" className="window-form-section">
        <ServerTable<WithdrawalItem>
          url={WITHDRAWALS_URL}
          title="本人登记的账户清退未审核信息"
          indexTitle="序号"
          rowKey="id"
          filters={FILTERS}
          columns={columns}
        />
      </Card>
    </div>
  );
}

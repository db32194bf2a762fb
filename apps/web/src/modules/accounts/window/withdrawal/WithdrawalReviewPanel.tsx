import { Alert, Button, Card, Descriptions, Space, Spin } from 'antd';
import { CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { errorMessage } from '../../../../shared/api';
import { formatDateTime, yuanText } from '../../../../shared/format';
import { LIST_KEY } from '../../../../shared/ServerTable';
import { useSession } from '../../../../shared/session';
import {
  MaterialsList,
  REVIEW_COUNTS_KEY,
  REVIEW_QUEUE_URL,
  StatusTag,
  applicationKey,
  useApplication,
} from '../../../applications/shared';
import { WithdrawalDecision } from './WithdrawalDecision';
import { WithdrawalPayloadView } from './WithdrawalPayloadView';
import {
  WITHDRAWALS_URL,
  WITHDRAWAL_KEY,
  kindPart,
  useWithdrawal,
  withdrawalFormUrl,
} from './withdrawalApi';

/**
 * One registration under 账户清退未审核信息: the amounts (清退前余额, 本次清退), what was
 * registered, the originals received, 打印申请表, and the decision.
 */
export function WithdrawalReviewPanel({ id, onClose }: { id: number; onClose: () => void }) {
  const client = useQueryClient();
  const { session } = useSession();
  const application = useApplication(id);
  const withdrawal = useWithdrawal(id);

  if (application.isPending || withdrawal.isPending) {
    return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  }
  if (!application.data || !withdrawal.data) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(application.error ?? withdrawal.error)}
        className="window-form-section"
      />
    );
  }
  const detail = application.data;
  const item = withdrawal.data;
  const paid = detail.status === 'approved';

  const onDone = (_: unknown, next: ApplicationDetail) => {
    client.setQueryData(applicationKey(id), next);
    void withdrawal.refetch();
    void client.invalidateQueries({ queryKey: [LIST_KEY, WITHDRAWALS_URL] });
    void client.invalidateQueries({ queryKey: [LIST_KEY, REVIEW_QUEUE_URL] });
    void client.invalidateQueries({ queryKey: REVIEW_COUNTS_KEY });
    void client.invalidateQueries({ queryKey: [WITHDRAWAL_KEY] });
  };

  return (
    <Card
      size="small"
      className="window-form-section withdrawal-review-panel"
      title={
        <Space wrap>
          <span>个人账户清退审核</span>
          <span className="payload-nowrap">{detail.applicationNo}</span>
          <StatusTag status={detail.status} label={item.statusLabel} />
        </Space>
      }
      extra={
        <Space>
          <Button
            icon={<PrinterOutlined />}
            href={withdrawalFormUrl(id)}
            target="_blank"
            rel="noopener"
          >
            打印申请表
          </Button>
          <Button icon={<CloseOutlined />} onClick={onClose}>
            关闭
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {paid && (
          <Alert
            type="success"
            showIcon
            className="withdrawal-paid"
            title={`审核通过：已一次性支取 ${yuanText(item.paidFen)}，个人账户已销户`}
          />
        )}
        {detail.status === 'rejected' && (
          <Alert
            type="warning"
            showIcon
            title={`审核不通过：${item.decisionReason ?? ''}`}
            description="个人账户未作变动。"
          />
        )}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          className="withdrawal-amounts"
          items={[
            { key: 'name', label: '人员姓名', children: item.name },
            { key: 'kind', label: '清退原因', children: kindPart(item.kind) },
            { key: 'account', label: '账户状态', children: item.accountStatus ?? '-' },
            {
              key: 'before',
              label: '清退前余额(元)',
              children: yuanText(item.balanceFen),
            },
            { key: 'paid', label: '本次清退(元)', children: yuanText(item.paidFen) },
            { key: 'due', label: '办理时限', children: item.dueOn ?? '-' },
            { key: 'clerk', label: '登记人', children: item.applicantName },
            { key: 'at', label: '登记时间', children: formatDateTime(item.submittedAt) },
            {
              key: 'decided',
              label: '审核时间',
              children: item.decidedAt ? formatDateTime(item.decidedAt) : '-',
            },
          ]}
        />
        <WithdrawalPayloadView
          businessCode={detail.businessCode}
          payload={detail.payload}
          regionCode={detail.regionCode}
          subjectName={detail.subjectName}
          transferRegionName={item.transferRegionName}
        />
        <Card size="small" title="申办资料" type="inner">
          <MaterialsList rules={detail.materialRules} materials={detail.materials} />
        </Card>
        <WithdrawalDecision
          detail={detail}
          item={item}
          ownRegistration={session?.id === item.applicantId}
          onDone={onDone}
        />
      </Space>
    </Card>
  );
}

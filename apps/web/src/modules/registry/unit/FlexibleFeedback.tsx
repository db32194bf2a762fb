import type { ReactNode } from 'react';
import type { ApplicationDetail } from '@yibao/contracts';
import { Button, Card, Descriptions, Result, Space } from 'antd';
import { LinkButton } from '../../../shared/LinkButton';
import { StatusTag } from '../../applications/shared';

export interface FeedbackLine {
  label: string;
  value: ReactNode;
}

/**
 * 查看业务反馈结果 (001 §一): 审核通过 at once (系统自助审核), 审核不通过 with the rules' reason, or
 * 提交成功 while the front desk reviews it (我的待办件 follows it); 继续办理 or 返回门户首页.
 */
export function FlexibleFeedback({
  detail,
  business,
  lines = [],
  onAgain,
}: {
  detail: ApplicationDetail;
  /** the business's name: 灵活就业人员增员申报 */
  business: string;
  /** what was asked or done: 个人编号, 减员人员 … */
  lines?: FeedbackLine[];
  onAgain: () => void;
}) {
  const ok = detail.status === 'approved';
  const refused = detail.status === 'rejected';
  const title = ok ? `${business}成功` : refused ? `${business}未通过` : '提交成功！';
  const subTitle = ok
    ? '系统已自助审核通过，业务已生效'
    : refused
      ? '系统自助审核未通过，请按原因核对后重新办理'
      : '请等待经办机构审核，返回首页后可在【我的待办件】中查看审核状态';
  const items = [
    ...lines.map((l) => ({ key: l.label, label: l.label, children: l.value })),
    {
      key: 'status',
      label: '审核状态',
      children: <StatusTag status={detail.status} label={detail.statusLabel} />,
    },
    ...(detail.decisionReason
      ? [
          {
            key: 'reason',
            label: refused ? '不通过原因' : '审核意见',
            children: <span className="flex-feedback-reason">{detail.decisionReason}</span>,
          },
        ]
      : []),
    { key: 'no', label: '办件编号', children: detail.applicationNo },
  ];
  return (
    <Card title="业务反馈结果" className="applicant-section flex-feedback">
      <Result
        status={refused ? 'error' : 'success'}
        title={title}
        subTitle={subTitle}
        extra={
          <Space size={16} wrap>
            <Button size="large" onClick={onAgain}>
              继续办理
            </Button>
            <LinkButton to="/unit" type="primary" size="large">
              返回门户首页
            </LinkButton>
          </Space>
        }
      >
        <Descriptions bordered size="small" column={1} items={items} />
      </Result>
    </Card>
  );
}

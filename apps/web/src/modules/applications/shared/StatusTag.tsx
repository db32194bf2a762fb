import { Tag } from 'antd';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '@yibao/domain';

/** The colour of each status: waiting blue, passed green, refused red, sent back orange. */
export const STATUS_COLORS: Readonly<Record<ApplicationStatus, string>> = {
  submitted: 'blue',
  'in-review': 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  returned: 'warning',
  applied: 'cyan',
  revoked: 'magenta',
};

export interface StatusTagProps {
  status: ApplicationStatus;
  /** the server's label (statusLabel); the guides' word for the status when left out */
  label?: string;
}

/** 未审核, 审核中, 审核通过, 审核不通过, 已撤回, 已回退 … as a coloured tag. */
export function StatusTag({ status, label }: StatusTagProps) {
  return (
    <Tag color={STATUS_COLORS[status]} className="application-status-tag" data-status={status}>
      {label ?? APPLICATION_STATUS_LABELS[status]}
    </Tag>
  );
}

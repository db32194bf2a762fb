import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { ApplicationDetail } from '@yibao/contracts';
import { chineseDate } from '@yibao/domain';
import { Alert, Button, Card, Checkbox, Modal, Result, Space, Typography } from 'antd';
import { errorMessage } from '../../../shared/api';
import { LinkButton } from '../../../shared/LinkButton';
import { P_APPLICATIONS } from '../../applications/applicant/paths';
import './mutual-aid.css';

/** The page's state when it cannot be used: why, and the way back. */
export function Refused({ title }: { title: string }) {
  return (
    <Card>
      <Result
        status="warning"
        title={title}
        extra={
          <LinkButton to="/personal" type="primary" size="large">
            返回服务大厅
          </LinkButton>
        }
      />
    </Card>
  );
}

/** A failed load, with 重试. */
export function LoadFailed({
  what,
  error,
  retry,
}: {
  what: string;
  error: unknown;
  retry: () => void;
}) {
  return (
    <Alert
      type="error"
      showIcon
      title={`${what}加载失败`}
      description={errorMessage(error)}
      action={
        <Button size="small" onClick={retry}>
          重试
        </Button>
      }
    />
  );
}

/**
 * The promise the guide has the person read first (承诺书, 亲属真实关系承诺告知): 【确定】 only once
 * the box is ticked; 取消 goes back to the service hall.
 */
export function PromiseDialog({
  title,
  children,
  agreeLabel,
  onConfirm,
}: {
  title: string;
  children: ReactNode;
  agreeLabel: string;
  onConfirm: () => void;
}) {
  const [agreed, setAgreed] = useState(false);
  const navigate = useNavigate();
  return (
    <Modal
      open
      title={title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: !agreed }}
      onOk={onConfirm}
      onCancel={() => void navigate('/personal')}
    >
      <div className="mutual-aid-promise">{children}</div>
      <Checkbox checked={agreed} onChange={(e) => setAgreed(e.target.checked)}>
        {agreeLabel}
      </Checkbox>
    </Modal>
  );
}

/** 【操作提示】: from which day the members may use the account (first day of next month). */
export function NoticeDialog({
  effectiveFrom,
  onConfirm,
}: {
  effectiveFrom: string;
  onConfirm: () => void;
}) {
  return (
    <Modal
      open
      title="操作提示"
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      okText="确定"
      onOk={onConfirm}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      <Typography.Paragraph className="mutual-aid-notice">
        参保人维护家庭共济关系信息后，共济对象于{chineseDate(effectiveFrom)}
        起，可使用参保人的个人账户资金。
      </Typography.Paragraph>
    </Modal>
  );
}

/** 查看业务反馈结果: 审核通过, or 审核不通过 with the rules' reason, and the 办件 number. */
export function Feedback({
  business,
  detail,
  lines,
  againLabel,
  onAgain,
}: {
  business: string;
  detail: ApplicationDetail;
  lines: ReactNode[];
  againLabel: string;
  onAgain: () => void;
}) {
  const ok = detail.status === 'approved';
  const refused = detail.status === 'rejected';
  return (
    <Card title="业务反馈结果" className="applicant-section">
      <Result
        status={ok ? 'success' : refused ? 'error' : 'info'}
        title={ok ? `${business}成功` : refused ? `${business}未通过` : `${business}已提交`}
        subTitle={
          <Space orientation="vertical" size={4} className="mutual-aid-feedback">
            {lines.map((line, i) => (
              <span key={i}>{line}</span>
            ))}
            <span>审核状态：{detail.statusLabel}</span>
            {detail.decisionReason && (
              <span className="mutual-aid-reason">原因：{detail.decisionReason}</span>
            )}
            <span>办件编号：{detail.applicationNo}</span>
          </Space>
        }
        extra={
          <Space size={16} wrap>
            <Button size="large" onClick={onAgain}>
              {againLabel}
            </Button>
            <LinkButton to={P_APPLICATIONS} size="large">
              办件进度查询
            </LinkButton>
            <LinkButton to="/personal" type="primary" size="large">
              返回服务大厅
            </LinkButton>
          </Space>
        }
      />
    </Card>
  );
}

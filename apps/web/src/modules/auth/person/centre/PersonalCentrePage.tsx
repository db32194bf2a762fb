import type { ReactNode } from 'react';
import {
  IdcardOutlined,
  LockOutlined,
  MobileOutlined,
  SafetyCertificateOutlined,
  UserDeleteOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { SecurityReply } from '@yibao/contracts';
import { Alert, App, Avatar, Button, Card, Progress, Skeleton, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../../shared/api';
import { formatDateTime } from '../../../../shared/format';
import { LinkButton } from '../../../../shared/LinkButton';
import { sessionName, useSession } from '../../../../shared/session';
import { PERSONAL_REAL_NAME } from '../PersonAuthLayout';
import {
  CENTRE_CANCEL,
  CENTRE_PASSWORD,
  CENTRE_PHONE,
  realNameMethodLabel,
  useSecurity,
} from './centre';
import { MessagesCard } from './MessagesCard';

const levelPercent = { 低: 34, 中: 67, 高: 100 } as const;
const levelColor = { 低: '#cf1322', 中: '#d46b08', 高: '#237804' } as const;

/**
 * 个人中心 (004 §三.3): 安全级别, 账号信息 (登录密码, 绑定手机, 账户注销) and 我的消息. 信用评定 is
 * still under construction in the guide and is not shown.
 */
export default function PersonalCentrePage() {
  const { session } = useSession();
  const security = useSecurity();
  const data = security.data;
  return (
    <div className="centre">
      <Card className="centre-profile">
        <Avatar size={56} icon={<UserOutlined />} className="centre-avatar" />
        <div>
          <h1 className="centre-name">{session ? sessionName(session) : '个人中心'}</h1>
          <span className="centre-subtitle">个人中心</span>
        </div>
      </Card>
      {security.isError && (
        <Alert
          type="error"
          showIcon
          title="账号信息加载失败"
          description={errorMessage(security.error)}
          action={<Button onClick={() => void security.refetch()}>重试</Button>}
        />
      )}
      <Card title="安全级别" className="centre-section">
        {data ? <SecurityLevel security={data} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      </Card>
      <Card title="账号信息" className="centre-section">
        {data ? <AccountInfo security={data} /> : <Skeleton active paragraph={{ rows: 3 }} />}
      </Card>
      <MessagesCard />
    </div>
  );
}

function SecurityLevel({ security }: { security: SecurityReply }) {
  const { level } = security;
  return (
    <>
      <div className="centre-level">
        <span className="centre-level-label">当前安全级别：</span>
        <Progress
          steps={3}
          percent={levelPercent[level]}
          showInfo={false}
          strokeColor={levelColor[level]}
          size={[48, 10]}
          aria-hidden
        />
        <strong className="centre-level-value" style={{ color: levelColor[level] }}>
          {level}
        </strong>
      </div>
      <div className="centre-rows">
        <Row
          icon={<MobileOutlined />}
          label="绑定手机"
          status={<Tag color="success">已绑定</Tag>}
          text={<span data-testid="security-phone">{security.phone}</span>}
        />
        <Row
          icon={<IdcardOutlined />}
          label="实名认证"
          status={
            security.realNameVerified ? (
              <Tag color="success">已认证</Tag>
            ) : (
              <Tag color="warning">未认证</Tag>
            )
          }
          text={
            security.realNameVerified
              ? `${realNameMethodLabel(security.realNameMethod)}${
                  security.realNameAt ? `，${formatDateTime(security.realNameAt)}` : ''
                }`
              : '实名认证后方可办理本人医保业务'
          }
          action={
            security.realNameVerified ? undefined : (
              <LinkButton to={PERSONAL_REAL_NAME} type="primary">
                立即认证
              </LinkButton>
            )
          }
        />
      </div>
    </>
  );
}

function AccountInfo({ security }: { security: SecurityReply }) {
  const { modal } = App.useApp();
  const navigate = useNavigate();

  // 账户注销 first shows its 操作提示; only a verified account may go on (the server checks too).
  const onCancel = () => {
    if (!security.realNameVerified) {
      modal.confirm({
        title: '操作提示',
        content: '为保障您的账号安全，通过实名认证后，才可注销北京医保公服系统账号。',
        okText: '立即认证',
        cancelText: '取消',
        onOk: () => void navigate(PERSONAL_REAL_NAME),
      });
      return;
    }
    modal.confirm({
      title: '操作提示',
      content:
        '账户注销后，您将不能登录北京医保公共服务平台。注销前需通过手机号完成实名认证，是否继续？',
      okText: '确定',
      cancelText: '取消',
      onOk: () => void navigate(CENTRE_CANCEL),
    });
  };

  return (
    <div className="centre-rows">
      <Row
        icon={<LockOutlined />}
        label="登录密码"
        text="建议您定期修改密码，密码须同时包含字母和数字"
        action={
          <LinkButton to={CENTRE_PASSWORD} aria-label="修改登录密码">
            修改
          </LinkButton>
        }
      />
      <Row
        icon={<SafetyCertificateOutlined />}
        label="绑定手机"
        text={`已绑定手机 ${security.phone}，可用于登录和找回密码`}
        action={
          <LinkButton to={CENTRE_PHONE} aria-label="修改绑定手机">
            修改
          </LinkButton>
        }
      />
      <Row
        icon={<UserDeleteOutlined />}
        label="账户注销"
        text="注销后将不能登录北京医保公共服务平台，不影响您的医疗保险参保"
        action={
          <Button danger onClick={onCancel} aria-label="注销账户">
            注销
          </Button>
        }
      />
    </div>
  );
}

function Row({
  icon,
  label,
  status,
  text,
  action,
}: {
  icon: ReactNode;
  label: string;
  status?: ReactNode;
  text: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="centre-row">
      <span className="centre-row-icon" aria-hidden>
        {icon}
      </span>
      <span className="centre-row-label">{label}</span>
      <span className="centre-row-status">{status}</span>
      <span className="centre-row-text">{text}</span>
      <span className="centre-row-action">{action}</span>
    </div>
  );
}

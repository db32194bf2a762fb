import { useState } from 'react';
import type { ReactNode } from 'react';
import { DesktopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd-mobile';
import type { z } from 'zod';
import type { qrStatusReply } from '@yibao/contracts';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api, ApiError, errorMessage } from '../../../shared/api';
import { SESSION_KEY, useSession } from '../../../shared/session';
import { EVOUCHER_KEY, useEvoucher } from './evoucher';
import { M_EVOUCHER, M_HOME, M_LOGIN, M_REAL_NAME, M_REGISTER, withNext } from './forms';
import { LinkButtonMobile } from './LinkButtonMobile';
import { Outcome } from './parts';
import { QrRealNameConfirm } from './QrRealNameConfirm';
import { PageLoading } from './RequireMobileSignIn';

type QrStatus = z.infer<typeof qrStatusReply>;

const EXPIRED = '二维码已失效，请刷新后重新扫码';
const USED = '二维码已被使用，请刷新后重新扫码';

/** The page that explains why there is nothing to confirm, with what to do next. */
function Stop({
  title,
  description,
  status = 'warning',
  children,
}: {
  title: string;
  description?: string;
  status?: 'warning' | 'error' | 'info' | 'success';
  children?: ReactNode;
}) {
  return (
    <Outcome status={status} title={title} description={description}>
      {children}
    </Outcome>
  );
}

/**
 * The phone's side of the portal's codes, signed in here as a verified person holding an
 * activated 医保电子凭证: 扫码登录 (004 §三 "使用电子医保凭证扫码方式完成个人用户登录") confirms
 * the portal's sign-in; 扫码认证 (004 §三.1 2)) confirms a portal account's 实名认证.
 */
export default function QrConfirmPage() {
  const { ticket = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const here = location.pathname;
  const { session, loading } = useSession();
  const evoucher = useEvoucher();
  const client = useQueryClient();
  const status = useQuery({
    queryKey: ['qr-status', ticket],
    queryFn: () => api.get<QrStatus>(`/api/auth/qr/${encodeURIComponent(ticket)}`),
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: () => api.post<{ ok: true }>(`/api/auth/qr/${encodeURIComponent(ticket)}/confirm`),
  });
  // 扫码认证 done: the account this phone is signed in with is no longer verified, so the
  // outcome is kept here, before the checks below would turn it away.
  const [verifiedAccount, setVerifiedAccount] = useState<string | null>(null);

  if (verifiedAccount !== null) {
    return (
      <Outcome
        status="success"
        title="认证成功"
        description={`个人网厅账号${verifiedAccount}已完成实名认证，请在电脑上继续办理业务。当前智慧医保账号已解除实名认证。`}
      >
        <LinkButtonMobile to={M_HOME}>返回首页</LinkButtonMobile>
      </Outcome>
    );
  }
  if (loading || status.isPending) return <PageLoading />;
  if (status.isError) {
    const gone = status.error instanceof ApiError && status.error.status === 404;
    return (
      <Stop
        status="error"
        title={gone ? '二维码无效' : '无法识别二维码'}
        description={gone ? '请在电脑上刷新二维码后重新扫码' : errorMessage(status.error)}
      />
    );
  }
  if (confirm.isSuccess) {
    return (
      <Outcome status="success" title="已确认登录" description="请在电脑上继续办理业务">
        <LinkButtonMobile to={M_HOME}>返回首页</LinkButtonMobile>
      </Outcome>
    );
  }
  if (confirm.isError) {
    const e = confirm.error;
    const title =
      e instanceof ApiError && e.status === 410
        ? EXPIRED
        : e instanceof ApiError && e.status === 409
          ? e.message || USED
          : errorMessage(e);
    return <Stop status="error" title={title} description="请在电脑上刷新二维码后重新扫码" />;
  }
  if (status.data.status === 'expired') {
    return <Stop status="error" title={EXPIRED} />;
  }
  if (status.data.status !== 'pending') {
    return <Stop status="error" title={USED} />;
  }
  const realName = status.data.purpose === 'real-name';
  const purpose = realName ? '扫码为个人网厅账号实名认证' : '扫码登录个人网厅';

  if (session?.actorType !== 'person') {
    return (
      <Stop
        status="info"
        title="请先登录智慧医保"
        description={`${realName ? '扫码认证需使用本人' : '扫码登录需使用'}已激活医保电子凭证的智慧医保账号，登录后将回到本页确认。`}
      >
        <LinkButtonMobile to={withNext(M_LOGIN, here)} color="primary">
          登录
        </LinkButtonMobile>
        <LinkButtonMobile to={withNext(M_REGISTER, here)}>新用户注册</LinkButtonMobile>
      </Stop>
    );
  }
  if (!session.realNameVerified) {
    return (
      <Stop
        title="请先完成实名认证"
        description={`完成实名认证并激活医保电子凭证后，方可${purpose}。`}
      >
        <LinkButtonMobile to={withNext(M_REAL_NAME, here)} color="primary">
          去实名认证
        </LinkButtonMobile>
      </Stop>
    );
  }
  if (evoucher.isPending) return <PageLoading />;
  if (evoucher.isError) return <Stop status="error" title={errorMessage(evoucher.error)} />;
  if (!evoucher.data.activated) {
    return (
      <Stop title="请先激活医保电子凭证" description={`激活医保电子凭证后，方可${purpose}。`}>
        <LinkButtonMobile to={withNext(M_EVOUCHER, here)} color="primary">
          激活医保电子凭证
        </LinkButtonMobile>
      </Stop>
    );
  }
  if (realName) {
    return (
      <QrRealNameConfirm
        ticket={ticket}
        ownPhone={session.phone}
        onDone={(accountPhone) => {
          setVerifiedAccount(accountPhone);
          void client.invalidateQueries({ queryKey: SESSION_KEY });
          void client.invalidateQueries({ queryKey: EVOUCHER_KEY });
        }}
      />
    );
  }

  return (
    <section className="m-qr-confirm">
      <DesktopOutlined className="m-qr-confirm-icon" aria-hidden="true" />
      <h1 className="m-qr-confirm-title">确认登录医保公共服务平台个人网厅？</h1>
      <p className="m-qr-confirm-who">
        登录账号：{evoucher.data.name}（{evoucher.data.maskedCertNo}）
      </p>
      <p className="m-weak">请确认是您本人在电脑上扫码登录，如非本人操作请点击取消。</p>
      <div className="m-actions">
        <Button
          block
          size="large"
          shape="rounded"
          color="primary"
          loading={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          确认登录
        </Button>
        <Button block size="large" shape="rounded" onClick={() => void navigate(M_HOME)}>
          取消
        </Button>
      </div>
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { qrStatusReply, qrTicketReply, SessionReply } from '@yibao/contracts';
import type { z } from 'zod';
import { Alert, App, Button, Spin } from 'antd';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { SESSION_KEY } from '../../../shared/session';
import { PERSONAL_HOME, PERSONAL_LOGIN, PersonAuthLayout } from './PersonAuthLayout';
import { POLL_MS, QrBox, QrCountdown, QrLink, secondsLeft, useNow } from './qr';

type QrTicket = z.infer<typeof qrTicketReply>;
type QrStatus = z.infer<typeof qrStatusReply>['status'];

/**
 * 扫码登录 of the personal portal (004 §三: 使用电子医保凭证扫码方式完成个人用户登录): a code for
 * 智慧医保 to scan, valid for two minutes; once the phone confirms, this browser signs in as that
 * person. The code is bound to this browser by an httpOnly cookie.
 */
export default function QrLoginPage() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const now = useNow();

  const ticket = useQuery({
    queryKey: ['qr-ticket'],
    queryFn: () => api.post<QrTicket>('/api/auth/qr'),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const current = ticket.data?.ticket ?? '';
  const url = ticket.data?.url ?? '';

  const left = secondsLeft(ticket.dataUpdatedAt, now);
  const timedOut = ticket.isSuccess && left === 0;

  const status = useQuery({
    queryKey: ['qr-status', current],
    queryFn: () => api.get<{ status: QrStatus }>(`/api/auth/qr/${current}`),
    enabled: current !== '' && !timedOut,
    refetchInterval: (q) => ((q.state.data?.status ?? 'pending') === 'pending' ? POLL_MS : false),
    retry: false,
    gcTime: 0,
  });

  const login = useMutation({
    mutationFn: (t: string) => api.post<SessionReply>(`/api/auth/qr/${t}/login`),
    onSuccess: (session) => {
      client.setQueryData(SESSION_KEY, session);
      void message.success('登录成功');
      void navigate(PERSONAL_HOME, { replace: true });
    },
  });

  // The phone confirmed: sign in once per code.
  const redeemed = useRef('');
  const state = status.data?.status;
  const { mutate } = login;
  useEffect(() => {
    if (state === 'confirmed' && current && redeemed.current !== current) {
      redeemed.current = current;
      mutate(current);
    }
  }, [state, current, mutate]);

  const refresh = () => {
    login.reset();
    void ticket.refetch();
  };

  const expired = timedOut || state === 'expired';
  const used = state === 'used' && !login.isPending && !login.isSuccess;
  const failed = ticket.isError || status.isError || login.isError;
  const failure = ticket.isError
    ? errorMessage(ticket.error)
    : login.isError
      ? errorMessage(login.error)
      : status.isError
        ? errorMessage(status.error)
        : '';

  const mask = ticket.isFetching ? (
    <Spin />
  ) : failed ? (
    <>
      <p className="qr-login-mask-title">{failure}</p>
      <Button type="primary" icon={<ReloadOutlined />} onClick={refresh}>
        刷新二维码
      </Button>
    </>
  ) : expired || used ? (
    <>
      <p className="qr-login-mask-title">{expired ? '二维码已失效' : '二维码已被使用'}</p>
      <Button type="primary" icon={<ReloadOutlined />} onClick={refresh}>
        刷新二维码
      </Button>
    </>
  ) : state === 'confirmed' || login.isPending || login.isSuccess ? (
    <>
      <Spin />
      <p className="qr-login-mask-title">已在手机上确认，正在登录…</p>
    </>
  ) : null;

  return (
    <PersonAuthLayout title="扫码登录" width="narrow">
      <div className="qr-login">
        <p className="qr-login-lead">请使用智慧医保扫描二维码登录</p>
        <QrBox url={url} alt="扫码登录二维码" mask={mask} />
        {ticket.isSuccess && !expired && !failed && <QrCountdown left={left} />}
        {url && !expired && !failed && <QrLink url={url} />}
        <Alert
          type="info"
          showIcon
          className="qr-login-tip"
          title="扫码前，请在智慧医保中登录并完成实名认证、激活医保电子凭证；扫码后在手机上点击【确认登录】。"
        />
        <div className="pauth-links">
          <Link to={PERSONAL_LOGIN}>账号登录</Link>
          <a href="/m/" target="_blank" rel="noreferrer">
            智慧医保（手机端）
          </a>
        </div>
      </div>
    </PersonAuthLayout>
  );
}

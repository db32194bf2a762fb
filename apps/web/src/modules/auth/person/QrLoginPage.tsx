import { useEffect, useRef, useState } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { qrStatusReply, qrTicketReply, SessionReply } from '@yibao/contracts';
import type { z } from 'zod';
import { Alert, App, Button, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { Link, useNavigate } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { SESSION_KEY } from '../../../shared/session';
import { PERSONAL_HOME, PERSONAL_LOGIN, PersonAuthLayout } from './PersonAuthLayout';

type QrTicket = z.infer<typeof qrTicketReply>;
type QrStatus = z.infer<typeof qrStatusReply>['status'];

/**
 * How long a code lives (the server's QR_TTL_MS). Counted from when this browser received the
 * code, so a computer whose clock is off still counts the right two minutes; the server's
 * answer `expired` ends it in any case.
 */
const QR_TTL_MS = 2 * 60_000;
const POLL_MS = 1000;

const mmss = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Ticks once a second, so the countdown moves; 0 until the first tick. */
function useNow(): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

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

  const image = useQuery({
    queryKey: ['qr-image', url],
    queryFn: () => QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }),
    enabled: url !== '',
    staleTime: Infinity,
  });

  const deadline = ticket.dataUpdatedAt + QR_TTL_MS;
  const left = Math.max(0, Math.ceil((deadline - Math.max(now, ticket.dataUpdatedAt)) / 1000));
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
        <div className="qr-login-box" aria-live="polite">
          {image.data ? (
            <img
              className="qr-login-image"
              src={image.data}
              alt="扫码登录二维码"
              data-qr-url={url}
              width={240}
              height={240}
            />
          ) : (
            <div className="qr-login-image qr-login-placeholder" />
          )}
          {mask && <div className="qr-login-mask">{mask}</div>}
        </div>
        {ticket.isSuccess && !expired && !failed && (
          <p className="qr-login-countdown" role="timer">
            二维码有效时间剩余 <strong>{mmss(left)}</strong>
          </p>
        )}
        {url && !expired && !failed && (
          <div className="qr-login-link">
            <span>或在手机浏览器中打开链接：</span>
            <Typography.Text copyable={{ text: url }} className="qr-login-url" data-testid="qr-url">
              {url}
            </Typography.Text>
          </div>
        )}
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

import { useEffect } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { qrStatusReply, qrTicketReply, RealNameMatchBody } from '@yibao/contracts';
import { Alert, Button, Result, Space, Spin } from 'antd';
import type { z } from 'zod';
import { api, errorMessage } from '../../../shared/api';
import { SESSION_KEY } from '../../../shared/session';
import { PERSONAL_HOME } from './PersonAuthLayout';
import { POLL_MS, QrBox, QrCountdown, QrLink, secondsLeft, useNow } from './qr';
import { useCountdownTo } from './countdown';

/** The last steps of 实名认证: 扫码认证 with the e-voucher, and 认证成功. */

type QrTicket = z.infer<typeof qrTicketReply>;
type QrStatus = z.infer<typeof qrStatusReply>['status'];
type Identity = RealNameMatchBody;
/** A code and when this browser received it (its two minutes count from then). */
export type IssuedTicket = QrTicket & { receivedAt: number };

/** The seconds 认证成功 waits before it opens the portal by itself. */
const GO_HOME_SECONDS = 10;

/** A new code for the identity, stamped with when it arrived. */
export const createQrTicket = async (identity: Identity): Promise<IssuedTicket> => {
  const reply = await api.post<QrTicket>('/api/auth/person/real-name/qr', identity);
  return { ...reply, receivedAt: Date.now() };
};

/**
 * 请使用国家医保服务平台APP扫码: the code of this account's request, two minutes long; the page
 * asks every second whether the person confirmed it on the phone, and offers a new code once it
 * has lapsed.
 */
export function QrStep({
  identity,
  ticket,
  onTicket,
  onBack,
  onDone,
}: {
  identity: Identity;
  ticket: IssuedTicket;
  onTicket: (ticket: IssuedTicket) => void;
  onBack: () => void;
  onDone: () => void;
}) {
  const client = useQueryClient();
  const now = useNow();
  const left = secondsLeft(ticket.receivedAt, now);
  const timedOut = left === 0;

  const status = useQuery({
    queryKey: ['qr-status', ticket.ticket],
    queryFn: () => api.get<{ status: QrStatus }>(`/api/auth/qr/${ticket.ticket}`),
    enabled: !timedOut,
    refetchInterval: (q) => ((q.state.data?.status ?? 'pending') === 'pending' ? POLL_MS : false),
    retry: false,
    gcTime: 0,
  });
  const refresh = useMutation({
    mutationFn: createQrTicket,
    onSuccess: (issued) => onTicket(issued),
  });

  const state = status.data?.status;
  useEffect(() => {
    if (state === 'confirmed') {
      void client.invalidateQueries({ queryKey: SESSION_KEY });
      onDone();
    }
  }, [state, client, onDone]);

  const expired = timedOut || state === 'expired' || state === 'used';
  const failure = refresh.isError
    ? errorMessage(refresh.error)
    : status.isError
      ? errorMessage(status.error)
      : '';
  const again = (
    <Button
      type="primary"
      icon={<ReloadOutlined />}
      loading={refresh.isPending}
      onClick={() => refresh.mutate(identity)}
    >
      刷新二维码
    </Button>
  );
  const mask = refresh.isPending ? (
    <Spin />
  ) : failure ? (
    <>
      <p className="qr-login-mask-title">{failure}</p>
      {again}
    </>
  ) : expired ? (
    <>
      <p className="qr-login-mask-title">二维码已失效</p>
      {again}
    </>
  ) : state === 'confirmed' ? (
    <Spin />
  ) : null;
  const live = !expired && !failure;

  return (
    <div className="qr-login qr-real-name">
      <p className="qr-login-lead">请使用国家医保服务平台APP扫码</p>
      <QrBox url={ticket.url} alt="扫码认证二维码" mask={mask} />
      {live && <QrCountdown left={left} />}
      {live && <QrLink url={ticket.url} />}
      <Alert
        type="info"
        showIcon
        className="qr-login-tip"
        title="请在手机上登录本人的智慧医保账号（已实名认证并激活医保电子凭证）后扫码，核对姓名、证件号码无误后点击【确认认证】。"
      />
      <Space className="pauth-buttons qr-real-name-buttons">
        <Button size="large" onClick={onBack}>
          上一步
        </Button>
      </Space>
    </div>
  );
}

export function DoneStep() {
  const { left, go } = useCountdownTo(PERSONAL_HOME, GO_HOME_SECONDS);
  return (
    <Result
      status="success"
      title="恭喜您，认证成功！"
      extra={
        <Button type="primary" size="large" onClick={go}>
          点击前往个人网厅（{left}）
        </Button>
      }
    />
  );
}

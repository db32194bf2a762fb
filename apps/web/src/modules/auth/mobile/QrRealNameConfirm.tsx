import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { QrRealNameReply } from '@yibao/contracts';
import { CERT_TYPES, isCertType } from '@yibao/domain';
import { Button, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { api, ApiError, errorMessage } from '../../../shared/api';
import { M_HOME } from './forms';
import { Outcome } from './parts';
import { PageLoading } from './RequireMobileSignIn';

const EXPIRED = '二维码已失效，请刷新后重新扫码';
const USED = '二维码已被使用，请刷新后重新扫码';
const RESCAN = '请在电脑上刷新二维码后重新扫码';

/**
 * 通过电子医保凭证扫码认证, the phone's side (004 §三.1 2)): the person named by the portal
 * account's code, signed in here with an activated 医保电子凭证, checks the masked identity and
 * confirms. One person has one verified account, so the real-name moves from this account to the
 * portal's; the page says so before the confirmation.
 */
export function QrRealNameConfirm({
  ticket,
  ownPhone,
  onDone,
}: {
  ticket: string;
  /** the signed-in account's phone, masked */
  ownPhone: string;
  onDone: (accountPhone: string) => void;
}) {
  const navigate = useNavigate();
  const path = `/api/auth/qr/${encodeURIComponent(ticket)}/real-name`;
  const details = useQuery({
    queryKey: ['qr-real-name', ticket],
    queryFn: () => api.get<QrRealNameReply>(path),
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: () => api.post<{ accountPhone: string }>(`${path}/confirm`),
    onSuccess: (reply) => onDone(reply.accountPhone),
  });

  if (details.isPending) return <PageLoading />;
  if (details.isError) {
    return <Outcome status="error" title={errorMessage(details.error)} description={RESCAN} />;
  }
  const d = details.data;
  if (d.status === 'expired') return <Outcome status="error" title={EXPIRED} />;
  if (d.status !== 'pending') return <Outcome status="error" title={USED} />;
  if (!d.samePerson) {
    return (
      <Outcome
        status="error"
        title="二维码所示身份与当前电子凭证不一致"
        description={`二维码所示身份为${d.maskedName}（${d.maskedCertNo}），请登录本人的智慧医保账号后扫码认证。`}
      >
        <Button block size="large" shape="rounded" onClick={() => void navigate(M_HOME)}>
          返回首页
        </Button>
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
    return <Outcome status="error" title={title} description={RESCAN} />;
  }

  return (
    <section className="m-qr-confirm m-qr-real-name">
      <SafetyCertificateOutlined className="m-qr-confirm-icon" aria-hidden="true" />
      <h1 className="m-qr-confirm-title">确认为个人网厅账号实名认证？</h1>
      <List className="m-list m-qr-real-name-list" aria-label="实名认证信息">
        <List.Item extra={<span data-testid="qr-account">{d.accountPhone}</span>}>
          网厅账号
        </List.Item>
        <List.Item extra={<span data-testid="qr-name">{d.maskedName}</span>}>姓名</List.Item>
        <List.Item extra={isCertType(d.certType) ? CERT_TYPES[d.certType] : d.certType}>
          证件类型
        </List.Item>
        <List.Item extra={<span data-testid="qr-cert">{d.maskedCertNo}</span>}>证件号码</List.Item>
      </List>
      <p className="m-weak m-qr-real-name-note">
        确认后，该网厅账号将以您的身份完成实名认证。一人只能有一个实名账号：当前智慧医保账号（
        {ownPhone}）将解除实名认证，此后请使用该网厅账号登录。如非本人操作请点击取消。
      </p>
      <div className="m-actions">
        <Button
          block
          size="large"
          shape="rounded"
          color="primary"
          loading={confirm.isPending}
          onClick={() => confirm.mutate()}
        >
          确认认证
        </Button>
        <Button block size="large" shape="rounded" onClick={() => void navigate(M_HOME)}>
          取消
        </Button>
      </div>
    </section>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorBlock, Form, List, Tag, Toast } from 'antd-mobile';
import { activateEvoucherBody, type EvoucherReply } from '@yibao/contracts';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { VoucherCode } from '../../accounts/mobile/VoucherCode';
import { api, errorMessage } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { LinkButtonMobile } from './LinkButtonMobile';
import {
  applyMobileFieldError,
  filledRule,
  M_EVOUCHER_PASSWORD,
  M_REAL_NAME,
  mobileRule,
  safeMobileNext,
  sameAsRule,
  withNext,
} from './forms';
import { EVOUCHER_KEY, useEvoucher } from './evoucher';
import { PageLoading } from './RequireMobileSignIn';
import { Notice, PageHead, PasswordInput } from './parts';

/**
 * 医保电子凭证 (003 ch. 04, M09): 激活医保电子凭证 with a six-digit password, then the holder and
 * 修改医保电子凭证密码. Before 实名认证 it shows how activation works (如何激活医保电子凭证).
 */
export default function EvoucherPage() {
  const evoucher = useEvoucher();
  const location = useLocation();

  if (!evoucher.verified) {
    return (
      <div className="m-auth">
        <PageHead title="医保电子凭证" sub="如何激活医保电子凭证" />
        <Notice title="操作步骤：">
          <ol>
            <li>登录智慧医保，完成实名认证（未激活医保电子凭证的，验证方式选择社保卡）。</li>
            <li>进入【我的】→【医保电子凭证】，设置6位数字密码并再次确认，点击【激活】。</li>
            <li>激活后，可使用医保电子凭证密码验证身份，并可扫码登录医保公共服务平台个人网厅。</li>
          </ol>
        </Notice>
        <div className="m-actions">
          <LinkButtonMobile
            to={withNext(M_REAL_NAME, location.pathname + location.search)}
            color="primary"
          >
            去实名认证
          </LinkButtonMobile>
        </div>
      </div>
    );
  }
  if (evoucher.isPending) return <PageLoading />;
  if (evoucher.isError) {
    return (
      <ErrorBlock status="default" title="加载失败" description={errorMessage(evoucher.error)} />
    );
  }
  return evoucher.data.activated ? (
    <ActivatedView evoucher={evoucher.data} />
  ) : (
    <ActivateForm evoucher={evoucher.data} />
  );
}

/** The holder of the e-voucher: name and masked certificate number. */
function Holder({ evoucher }: { evoucher: EvoucherReply }) {
  return (
    <div className="m-evoucher-card" aria-label="医保电子凭证">
      <div className="m-evoucher-card-top">
        <span className="m-evoucher-card-title">医保电子凭证</span>
        {evoucher.activated ? (
          <Tag color="success" fill="solid">
            已激活
          </Tag>
        ) : (
          <Tag color="warning" fill="solid">
            未激活
          </Tag>
        )}
      </div>
      <div className="m-evoucher-name" data-testid="evoucher-name">
        {evoucher.name}
      </div>
      <div className="m-evoucher-cert" data-testid="evoucher-cert">
        {evoucher.maskedCertNo}
      </div>
    </div>
  );
}

function ActivatedView({ evoucher }: { evoucher: EvoucherReply }) {
  const navigate = useNavigate();
  return (
    <div className="m-auth">
      <Holder evoucher={evoucher} />
      <VoucherCode />
      <List className="m-list">
        <List.Item extra={formatDateTime(evoucher.activatedAt)}>激活时间</List.Item>
        <List.Item onClick={() => void navigate(M_EVOUCHER_PASSWORD)} arrowIcon>
          修改医保电子凭证密码
        </List.Item>
      </List>
    </div>
  );
}

type ActivateForm = { password: string; confirmPassword: string };

function ActivateForm({ evoucher }: { evoucher: EvoucherReply }) {
  const [form] = Form.useForm<ActivateForm>();
  const [params] = useSearchParams();
  const next = safeMobileNext(params.get('next'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const activate = useMutation({
    mutationFn: (v: ActivateForm) => api.post<{ ok: true }>('/api/evoucher/activate', v),
    onSuccess: async () => {
      Toast.show({ icon: 'success', content: '医保电子凭证激活成功' });
      await client.invalidateQueries({ queryKey: EVOUCHER_KEY });
      if (next) void navigate(next, { replace: true });
    },
    onError: (error) => {
      if (!applyMobileFieldError(form, error, 'password')) {
        Toast.show({ icon: 'fail', content: errorMessage(error) });
      }
    },
  });
  return (
    <div className="m-auth">
      <Holder evoucher={evoucher} />
      <Form
        form={form}
        layout="vertical"
        className="m-form"
        onFinish={(v: ActivateForm) => activate.mutate(v)}
        footer={
          <Button
            block
            type="submit"
            color="primary"
            size="large"
            shape="rounded"
            loading={activate.isPending}
          >
            激活
          </Button>
        }
      >
        <Form.Header>激活医保电子凭证</Form.Header>
        <Form.Item
          name="password"
          label="设置医保电子凭证密码"
          rules={[mobileRule(activateEvoucherBody.shape.password)]}
          description="密码为6位数字，用于验证身份，请妥善保管"
        >
          <PasswordInput
            placeholder="请设置6位数字密码"
            label="医保电子凭证密码"
            autoComplete="new-password"
            digits
          />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认密码"
          dependencies={['password']}
          rules={[filledRule('请再次输入密码'), sameAsRule()]}
        >
          <PasswordInput
            placeholder="请再次输入6位数字密码"
            label="确认医保电子凭证密码"
            autoComplete="new-password"
            digits
          />
        </Form.Item>
      </Form>
    </div>
  );
}

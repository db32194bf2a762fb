import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorBlock, Form, Toast } from 'antd-mobile';
import { changeEvoucherPasswordBody } from '@yibao/contracts';
import { Navigate } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { EVOUCHER_KEY, useEvoucher } from './evoucher';
import { applyMobileFieldError, filledRule, M_EVOUCHER, mobileRule, sameAsRule } from './forms';
import { PageLoading } from './RequireMobileSignIn';
import { LinkButtonMobile } from './LinkButtonMobile';
import { Outcome, PageHead, PasswordInput } from './parts';

type PasswordForm = { oldPassword: string; password: string; confirmPassword: string };

const fields = changeEvoucherPasswordBody.shape;

/** 修改医保电子凭证密码 (003 ch. 04): the old six digits and the new ones twice. */
export default function EvoucherPasswordPage() {
  const evoucher = useEvoucher();
  const [form] = Form.useForm<PasswordForm>();
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: (v: PasswordForm) => api.post<{ ok: true }>('/api/evoucher/password', v),
    onSuccess: () => void client.invalidateQueries({ queryKey: EVOUCHER_KEY }),
    onError: (error) => {
      if (!applyMobileFieldError(form, error, 'oldPassword')) {
        Toast.show({ icon: 'fail', content: errorMessage(error) });
      }
    },
  });

  // Without an activated e-voucher there is no password to change: activate it first.
  if (!evoucher.verified) return <Navigate to={M_EVOUCHER} replace />;
  if (evoucher.isPending) return <PageLoading />;
  if (evoucher.isError) {
    return (
      <ErrorBlock status="default" title="加载失败" description={errorMessage(evoucher.error)} />
    );
  }
  if (!evoucher.data.activated) return <Navigate to={M_EVOUCHER} replace />;

  if (change.isSuccess) {
    return (
      <Outcome
        status="success"
        title="密码修改成功"
        description="请使用新的医保电子凭证密码验证身份"
      >
        <LinkButtonMobile to={M_EVOUCHER} color="primary" replace>
          返回医保电子凭证
        </LinkButtonMobile>
      </Outcome>
    );
  }

  return (
    <div className="m-auth">
      <PageHead title="修改医保电子凭证密码" />
      <Form
        form={form}
        layout="vertical"
        className="m-form"
        onFinish={(v: PasswordForm) => change.mutate(v)}
        footer={
          <Button
            block
            type="submit"
            color="primary"
            size="large"
            shape="rounded"
            loading={change.isPending}
          >
            确认修改
          </Button>
        }
      >
        <Form.Item name="oldPassword" label="原密码" rules={[mobileRule(fields.oldPassword)]}>
          <PasswordInput
            placeholder="请输入原医保电子凭证密码"
            label="原密码"
            autoComplete="current-password"
            digits
          />
        </Form.Item>
        <Form.Item name="password" label="新密码" rules={[mobileRule(fields.password)]}>
          <PasswordInput
            placeholder="请设置6位数字新密码"
            label="新密码"
            autoComplete="new-password"
            digits
          />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认新密码"
          dependencies={['password']}
          rules={[filledRule('请再次输入密码'), sameAsRule()]}
        >
          <PasswordInput
            placeholder="请再次输入6位数字新密码"
            label="确认新密码"
            autoComplete="new-password"
            digits
          />
        </Form.Item>
      </Form>
    </div>
  );
}

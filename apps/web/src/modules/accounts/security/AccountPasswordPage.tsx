import { useState, type ChangeEvent } from 'react';
import { LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  accountPasswordBody,
  newAccountPasswordField,
  PASSWORD_CHANGED,
  type AccountSecurityReply,
} from '@yibao/contracts';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { errorMessage } from '../../../shared/api';
import { useElder } from '../../../shared/elder';
import { LinkButton } from '../../../shared/LinkButton';
import { confirmPasswordRules, showFieldError } from '../../../shared/labelled-form';
import { zodRule } from '../../../shared/zod-form';
import { P_ACCOUNT_PAYMENT } from '../personal-paths';
import { AccountVerifyDialog } from './AccountVerifyDialog';
import { accountFormLayout, Done, InsuredCard, WithAccountSecurity } from './SecurityParts';
import { ACCOUNT_SECURITY_KEY, accountSecurityApi } from './securityApi';

interface PasswordForm {
  password: string;
  confirmPassword: string;
}

/** Six digits only: the keyboard shows numbers and nothing else goes in. */
const digitsOnly = (e: ChangeEvent<HTMLInputElement>) => e.target.value.replace(/\D/g, '');

function PasswordReset({ data }: { data: AccountSecurityReply }) {
  const [form] = Form.useForm<PasswordForm>();
  const { elder } = useElder();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [verifying, setVerifying] = useState<PasswordForm | null>(null);
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <Done title={PASSWORD_CHANGED}>
        <LinkButton to={P_ACCOUNT_PAYMENT} size="large">
          个人账户支付权限设置
        </LinkButton>
      </Done>
    );
  }

  return (
    <>
      <InsuredCard data={data} />
      <Card title="个人账户密码重置" className="applicant-section">
        <Alert
          type="info"
          showIcon
          className="account-tips"
          title="温馨提示"
          description={
            <>
              <div>1.您的初始密码"000000",为保证您的账户资金安全,请及时修改。</div>
              <div>2.个人账户密码为六位数字。</div>
            </>
          }
        />
        <Form
          form={form}
          {...accountFormLayout(elder, { normal: 112, elder: 150 })}
          className="account-password-form"
          onFinish={(v) =>
            setVerifying({ password: v.password, confirmPassword: v.confirmPassword })
          }
        >
          <Form.Item
            required
            name="password"
            label="新密码"
            rules={[zodRule(newAccountPasswordField)]}
            getValueFromEvent={digitsOnly}
            extra="不能为000000、六位相同或连续的数字，也不能为证件号码后六位"
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="请输入六位数字新密码"
              maxLength={6}
              inputMode="numeric"
              autoComplete="new-password"
            />
          </Form.Item>
          <Form.Item
            required
            name="confirmPassword"
            label="确认新密码"
            dependencies={['password']}
            rules={confirmPasswordRules(accountPasswordBody.shape.confirmPassword)}
            getValueFromEvent={digitsOnly}
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="请再次输入新密码"
              maxLength={6}
              inputMode="numeric"
              autoComplete="new-password"
            />
          </Form.Item>
          <div className="applicant-actions account-actions">
            <Button size="large" onClick={() => form.resetFields()}>
              重置
            </Button>
            <Button size="large" type="primary" htmlType="submit">
              提交
            </Button>
          </div>
        </Form>
      </Card>
      {verifying && (
        <AccountVerifyDialog
          purpose="password"
          phone={data.phone}
          onCancel={() => setVerifying(null)}
          onConfirm={async ({ smsCode }) => {
            await accountSecurityApi.changePassword({ ...verifying, smsCode });
            setVerifying(null);
            setDone(true);
            void message.success(PASSWORD_CHANGED);
            void client.invalidateQueries({ queryKey: [ACCOUNT_SECURITY_KEY] });
          }}
          onOtherError={(error) => {
            // the new password itself was refused (same as before, the certificate's last six)
            setVerifying(null);
            if (!showFieldError(form, error)) void message.error(errorMessage(error));
          }}
        />
      )}
    </>
  );
}

/**
 * P17 个人账户密码设置 (000 ◆个人账户密码设置): 参保人员申报信息, 温馨提示, 新密码 and 确认新密码;
 * 【提交】 opens 个人账户密码权限验证 (图形验证码 + 短信验证码), 【确定】 sets it: 密码修改成功.
 */
export default function AccountPasswordPage() {
  return (
    <WithAccountSecurity what="个人账户信息">
      {(data) => <PasswordReset data={data} />}
    </WithAccountSecurity>
  );
}

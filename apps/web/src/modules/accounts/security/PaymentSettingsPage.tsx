import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  PASSWORD_FREE_WARNING,
  PAYMENT_SETTINGS_SAVED,
  remoteUseWarning,
  type AccountSecurityReply,
} from '@yibao/contracts';
import { Alert, App, Button, Card, Form, Radio } from 'antd';
import { errorMessage } from '../../../shared/api';
import { useElder } from '../../../shared/elder';
import { formatDateTime } from '../../../shared/format';
import { LinkButton } from '../../../shared/LinkButton';
import { P_ACCOUNT_PASSWORD } from '../personal-paths';
import { AccountVerifyDialog } from './AccountVerifyDialog';
import { accountFormLayout, Done, InsuredCard, WithAccountSecurity } from './SecurityParts';
import { ACCOUNT_SECURITY_KEY, accountSecurityApi } from './securityApi';

interface SettingsForm {
  passwordFreeLocal: boolean;
  remoteUse: boolean;
}

const yesNo = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

function PaymentSettings({ data }: { data: AccountSecurityReply }) {
  const [form] = Form.useForm<SettingsForm>();
  const { elder } = useElder();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [verifying, setVerifying] = useState<SettingsForm | null>(null);
  const [done, setDone] = useState(false);
  const passwordFreeLocal = Form.useWatch('passwordFreeLocal', form) as boolean | undefined;
  const remoteUse = Form.useWatch('remoteUse', form) as boolean | undefined;
  const remoteWarning = remoteUseWarning(data.regionName);

  /** Choosing 是 shows the guide's warning; 取消 takes the choice back. */
  const warnOnYes = (field: keyof SettingsForm, warning: string) => (value: boolean) => {
    if (!value) return;
    modal.confirm({
      title: '操作提示',
      content: warning,
      okText: '确定',
      cancelText: '取消',
      onCancel: () => form.setFieldValue(field, false),
    });
  };

  if (done) return <Done title={PAYMENT_SETTINGS_SAVED} />;

  return (
    <>
      <InsuredCard data={data} />
      <Card title="个人账户支付权限设置" className="applicant-section">
        {data.lockedUntil && (
          <Alert
            type="warning"
            showIcon
            className="account-tips"
            title={`个人账户密码连续输错次数过多，已被锁定至${formatDateTime(data.lockedUntil)}`}
            description={
              <span>
                届时可再次设置，或通过
                <LinkButton to={P_ACCOUNT_PASSWORD} type="link" className="account-inline-link">
                  个人账户密码设置
                </LinkButton>
                重置密码后设置。
              </span>
            }
          />
        )}
        <Form
          form={form}
          {...accountFormLayout(elder, { normal: 240, elder: 320 })}
          className="account-payment-form"
          initialValues={{ passwordFreeLocal: data.passwordFreeLocal, remoteUse: data.remoteUse }}
          onFinish={(v) => setVerifying(v)}
        >
          <Form.Item
            name="passwordFreeLocal"
            label="本地就医是否使用免密支付"
            extra={
              passwordFreeLocal ? (
                <span className="account-warning">{PASSWORD_FREE_WARNING}</span>
              ) : undefined
            }
          >
            <Radio.Group
              options={yesNo}
              onChange={(e) =>
                warnOnYes('passwordFreeLocal', PASSWORD_FREE_WARNING)(e.target.value)
              }
            />
          </Form.Item>
          <Form.Item
            name="remoteUse"
            label="异地就医是否使用个人账户支付"
            extra={remoteUse ? <span className="account-warning">{remoteWarning}</span> : undefined}
          >
            <Radio.Group
              options={yesNo}
              onChange={(e) => warnOnYes('remoteUse', remoteWarning)(e.target.value)}
            />
          </Form.Item>
          <div className="applicant-actions account-actions">
            <Button size="large" type="primary" htmlType="submit">
              提交
            </Button>
          </div>
        </Form>
      </Card>
      {verifying && (
        <AccountVerifyDialog
          purpose="payment"
          phone={data.phone}
          askAccountPassword
          onCancel={() => setVerifying(null)}
          onConfirm={async ({ smsCode, accountPassword }) => {
            await accountSecurityApi.savePayment({
              ...verifying,
              accountPassword: accountPassword ?? '',
              smsCode,
            });
            setVerifying(null);
            setDone(true);
            void message.success(PAYMENT_SETTINGS_SAVED);
            await client.invalidateQueries({ queryKey: [ACCOUNT_SECURITY_KEY] });
          }}
          onOtherError={(error) => {
            setVerifying(null);
            void message.error(errorMessage(error));
          }}
        />
      )}
    </>
  );
}

/**
 * P18 个人账户支付权限设置 (000 ◆个人账户支付权限设置): 本地就医是否使用免密支付 and 异地就医是否使用
 * 个人账户支付, each 是 with the guide's warning; 【提交】 opens 个人账户密码权限验证 (个人账户密码,
 * 图形验证码, 短信验证码), 【确定】 saves: 设置免密额度成功.
 */
export default function PaymentSettingsPage() {
  return (
    <WithAccountSecurity what="个人账户支付权限">
      {(data) => <PaymentSettings data={data} />}
    </WithAccountSecurity>
  );
}

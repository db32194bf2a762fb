import { useState } from 'react';
import { LockOutlined } from '@ant-design/icons';
import { accountPasswordField, smsCodeField, type AccountSmsPurpose } from '@yibao/contracts';
import { Button, Form, Input, Modal } from 'antd';
import { applyFieldError } from '../../../shared/api';
import { CaptchaInput, useCaptcha } from '../../../shared/CaptchaInput';
import { useElder } from '../../../shared/elder';
import { SmsCodeInput } from '../../../shared/SmsCodeInput';
import { zodRule } from '../../../shared/zod-form';
import { sendSmsCode } from '../../auth/person/sms';
import { accountFormLayout } from './SecurityParts';
import { accountSecurityApi } from './securityApi';

export interface VerifyValues {
  smsCode: string;
  /** only when the dialog asks for it (P18) */
  accountPassword?: string;
}

interface VerifyForm extends VerifyValues {
  captcha?: string;
}

interface AccountVerifyDialogProps {
  purpose: AccountSmsPurpose;
  /** the masked phone the code goes to */
  phone: string;
  /** P18 asks for 个人账户密码 too */
  askAccountPassword?: boolean;
  /** Submits the page with the dialog's values; a rejection is shown in the dialog or handed on. */
  onConfirm: (values: VerifyValues) => Promise<unknown>;
  /** An error about something outside the dialog (the page's own fields): the page shows it. */
  onOtherError: (error: unknown) => void;
  onCancel: () => void;
}

/**
 * 个人账户密码权限验证 (000 ◆个人账户密码设置 step 3, ◆个人账户支付权限设置 step 5): [个人账户密码,]
 * 图形验证码 and the SMS code, which the captcha unlocks; 【确定】 submits the page. Mounted only
 * while open, so every opening has a new captcha and empty fields.
 */
export function AccountVerifyDialog({
  purpose,
  phone,
  askAccountPassword = false,
  onConfirm,
  onOtherError,
  onCancel,
}: AccountVerifyDialogProps) {
  const [form] = Form.useForm<VerifyForm>();
  const captcha = useCaptcha(form);
  const { elder } = useElder();
  const [busy, setBusy] = useState(false);

  const sendCode = () =>
    sendSmsCode(form, captcha, accountSecurityApi.smsUrl, accountSecurityApi.smsBody(purpose));

  const confirm = async (v: VerifyForm) => {
    setBusy(true);
    try {
      await onConfirm({
        smsCode: v.smsCode.trim(),
        ...(askAccountPassword ? { accountPassword: v.accountPassword ?? '' } : {}),
      });
    } catch (error) {
      if (!applyFieldError(form, error)) onOtherError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="个人账户密码权限验证"
      onCancel={onCancel}
      maskClosable={false}
      width={elder ? 640 : 540}
      className="account-verify-dialog"
      footer={[
        <Button key="cancel" onClick={onCancel}>
          取消
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => form.submit()}>
          确定
        </Button>,
      ]}
    >
      <p className="account-verify-note">
        短信验证码将发送至参保人手机 <span data-testid="verify-phone">{phone}</span>
      </p>
      <Form
        form={form}
        {...accountFormLayout(elder, { normal: 112, elder: 150 })}
        onFinish={(v) => void confirm(v)}
      >
        {askAccountPassword && (
          <Form.Item
            required
            name="accountPassword"
            label="个人账户密码"
            rules={[zodRule(accountPasswordField)]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="请输入六位数字个人账户密码"
              maxLength={6}
              inputMode="numeric"
              autoComplete="off"
              autoFocus
            />
          </Form.Item>
        )}
        <Form.Item name="captcha" label="图形验证码" required>
          <CaptchaInput captcha={captcha} />
        </Form.Item>
        <Form.Item required name="smsCode" label="短信验证码" rules={[zodRule(smsCodeField)]}>
          <SmsCodeInput onSend={sendCode} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

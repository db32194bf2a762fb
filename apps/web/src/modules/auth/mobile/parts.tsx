import { useState } from 'react';
import type { ReactNode } from 'react';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, NoticeBar, Popup, Result } from 'antd-mobile';
import { AGREEMENT } from './forms';

interface PasswordInputProps {
  value?: string;
  onChange?: (value: string) => void;
  placeholder: string;
  /** the accessible name: 密码, 确认密码 … */
  label: string;
  autoComplete: 'current-password' | 'new-password';
  /** six digits (医保电子凭证, 社会保障卡): a numeric keyboard and at most 6 characters */
  digits?: boolean;
}

/** A password with the eye that shows what was typed (large enough to hit). */
export function PasswordInput({
  value,
  onChange,
  placeholder,
  label,
  autoComplete,
  digits = false,
}: PasswordInputProps) {
  const [visible, setVisible] = useState(false);
  return (
    <div className="m-inline-field">
      <Input
        className="m-inline-input"
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(v) => onChange?.(digits ? v.replace(/\D/g, '') : v)}
        placeholder={placeholder}
        aria-label={label}
        autoComplete={autoComplete}
        maxLength={digits ? 6 : 32}
        inputMode={digits ? 'numeric' : undefined}
        clearable
      />
      <button
        type="button"
        className="m-eye"
        onClick={() => setVisible((v) => !v)}
        aria-label={visible ? '隐藏密码' : '显示密码'}
        aria-pressed={visible}
      >
        {visible ? <EyeOutlined /> : <EyeInvisibleOutlined />}
      </button>
    </div>
  );
}

interface AgreementCheckProps {
  /** set by Form.Item (valuePropName="checked") */
  checked?: boolean;
  onChange?: (checked: boolean) => void;
}

/** 我已阅读并同意《国家医疗保障局个人注册协议》: the box, and the agreement in a sheet. */
export function AgreementCheck({ checked, onChange }: AgreementCheckProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="m-agreement">
      <Checkbox checked={!!checked} onChange={onChange}>
        我已阅读并同意
      </Checkbox>
      <button type="button" className="m-text-link" onClick={() => setOpen(true)}>
        {AGREEMENT}
      </button>
      <Popup
        visible={open}
        onMaskClick={() => setOpen(false)}
        onClose={() => setOpen(false)}
        bodyClassName="m-sheet"
        showCloseButton
      >
        <h2 className="m-sheet-title">{AGREEMENT}</h2>
        <AgreementText />
        <Button
          block
          color="primary"
          size="large"
          onClick={() => {
            onChange?.(true);
            setOpen(false);
          }}
        >
          我已阅读并同意
        </Button>
      </Popup>
    </div>
  );
}

/**
 * The same summary the personal portal shows: this open-source platform does not reproduce an
 * official text it lacks.
 */
function AgreementText() {
  return (
    <div className="m-sheet-body">
      <p className="m-weak">
        说明：本平台为开源医保公共服务平台（Yibao）。以下为个人注册须知的要点，并非国家医疗保障局发布的协议原文；正式部署时由运营机构替换为其正式协议文本。
      </p>
      <ol>
        <li>请使用本人手机号注册，并妥善保管账号、密码和短信验证码，不得转借他人使用。</li>
        <li>注册后须完成实名认证，方可通过本平台办理本人医保业务。</li>
        <li>
          平台仅在办理医保业务所必需的范围内收集和使用您的个人信息，依法予以保护，不向无关第三方提供。
        </li>
        <li>不得冒用他人身份注册或认证，不得利用本平台从事违法违规活动。</li>
        <li>您办理业务时提交的信息应真实、准确、完整，并对其真实性负责。</li>
        <li>您可以在个人中心注销账号；注销账号不影响您的参保关系。</li>
      </ol>
    </div>
  );
}

/** The blue band on top of an account page: its name and one line under it. */
export function PageHead({ title, sub }: { title: string; sub?: ReactNode }) {
  return (
    <header className="m-page-head">
      <h1 className="m-page-title">{title}</h1>
      {sub && <p className="m-page-sub">{sub}</p>}
    </header>
  );
}

/** 注意事项 / 温馨提示 under a form. */
export function Notice({
  title = '注意事项：',
  children,
}: {
  title?: string;
  children: ReactNode;
}) {
  return (
    <section className="m-notice" aria-label={title.replace(/[：:]$/, '')}>
      <h2 className="m-notice-title">{title}</h2>
      <div className="m-notice-body">{children}</div>
    </section>
  );
}

/** A refusal that belongs to no field (wrong password, locked account …), above the form. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div className="m-form-alert" role="alert">
      <NoticeBar color="error" content={children} wrap />
    </div>
  );
}

/** The end of a task (认证成功, 密码重置成功 …) or why it cannot go on, with what to do next. */
export function Outcome({
  status,
  title,
  description,
  children,
}: {
  status: 'success' | 'error' | 'info' | 'waiting' | 'warning';
  title: ReactNode;
  description?: ReactNode;
  /** the buttons: what to do next */
  children?: ReactNode;
}) {
  return (
    <section className="m-outcome">
      <Result status={status} title={title} description={description} />
      {children && <div className="m-actions">{children}</div>}
    </section>
  );
}

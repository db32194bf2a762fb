import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, Form, Input, Picker, Selector } from 'antd-mobile';
import type { PickerProps, PickerRef } from 'antd-mobile';
import { identityFields, mobileRealNameBody, type MobileRealNameBody } from '@yibao/contracts';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { SESSION_KEY, useSession } from '../../../shared/session';
import {
  applyMobileFieldError,
  M_EVOUCHER,
  M_HOME,
  mobileRule,
  safeMobileNext,
  withNext,
} from './forms';
import { LinkButtonMobile } from './LinkButtonMobile';
import { FormAlert, Notice, Outcome, PageHead, PasswordInput } from './parts';

type Method = MobileRealNameBody['method'];
type PickerValue = NonNullable<PickerProps['value']>[number];

const methods: { label: string; value: Method }[] = [
  { label: '医保电子凭证', value: 'evoucher' },
  { label: '社保卡', value: 'ss-card' },
];

const [cardBody, evoucherBody] = mobileRealNameBody.options;

type RealNameForm = {
  name?: string;
  certType?: string;
  certNo?: string;
  evoucherPassword?: string;
  ssCardNo?: string;
  cardPassword?: string;
};

function bodyOf(method: Method, v: RealNameForm): MobileRealNameBody {
  return method === 'ss-card'
    ? { method, ssCardNo: (v.ssCardNo ?? '').trim(), cardPassword: v.cardPassword ?? '' }
    : {
        method,
        name: (v.name ?? '').trim(),
        certType: v.certType ?? '',
        certNo: (v.certNo ?? '').trim(),
        evoucherPassword: v.evoucherPassword ?? '',
      };
}

/**
 * 实名认证 (003 ch. 1 §一 第五步, M01): by 医保电子凭证 (name, certificate and its password) or
 * by 社保卡 (card number and card password). Needs a signed-in person.
 */
export default function MobileRealNamePage() {
  const [form] = Form.useForm<RealNameForm>();
  const { session } = useSession();
  const [params] = useSearchParams();
  const next = safeMobileNext(params.get('next'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const certTypes = useDictionary('certificate-types');
  const [method, setMethod] = useState<Method>('evoucher');
  const [alert, setAlert] = useState<string | null>(null);

  const verify = useMutation({
    mutationFn: (body: MobileRealNameBody) =>
      api.post<{ name: string }>('/api/auth/mobile/real-name', body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: SESSION_KEY });
      if (next) void navigate(next, { replace: true });
    },
    onError: (error) => {
      if (!applyMobileFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  if (verify.isSuccess || session?.realNameVerified) {
    return (
      <Outcome
        status="success"
        title={verify.isSuccess ? '恭喜您，认证成功！' : '您已完成实名认证'}
        description={verify.data?.name ?? session?.name}
      >
        <LinkButtonMobile to={M_EVOUCHER} color="primary">
          医保电子凭证
        </LinkButtonMobile>
        <LinkButtonMobile to={M_HOME}>返回首页</LinkButtonMobile>
      </Outcome>
    );
  }

  const forgotEvoucherPassword = () =>
    void Dialog.confirm({
      title: '忘记医保电子凭证密码',
      content:
        '已激活医保电子凭证但忘记密码的，可将验证方式切换为社保卡，输入社会保障卡卡号和社会保障卡密码完成实名认证。',
      confirmText: '改用社保卡认证',
      cancelText: '关闭',
      onConfirm: () => setMethod('ss-card'),
    });

  return (
    <div className="m-auth">
      <PageHead title="实名认证" sub="为了账号信息安全，需进行实名认证" />
      <p className="m-lead">
        可通过两种方式进行认证，已激活医保电子凭证的，验证方式选择医保电子凭证，输入医保电子凭证密码验证身份；未激活医保电子凭证的，验证方式选择社保卡，输入社会保障卡卡号和社会保障卡密码验证身份。
      </p>
      {alert && <FormAlert>{alert}</FormAlert>}
      <Form
        form={form}
        layout="vertical"
        className="m-form"
        initialValues={{ certType: '01' }}
        onFinish={(v: RealNameForm) => {
          setAlert(null);
          verify.mutate(bodyOf(method, v));
        }}
        footer={
          <Button
            block
            type="submit"
            color="primary"
            size="large"
            shape="rounded"
            loading={verify.isPending}
          >
            立即认证
          </Button>
        }
      >
        <Form.Item label="验证方式">
          <Selector
            className="m-selector"
            columns={2}
            options={methods}
            value={[method]}
            onChange={(values) => {
              const chosen = values[0];
              if (chosen) {
                setMethod(chosen);
                setAlert(null);
              }
            }}
            aria-label="验证方式"
          />
        </Form.Item>
        {method === 'evoucher' ? (
          <>
            <Form.Item name="name" label="姓名" rules={[mobileRule(identityFields.name)]}>
              <Input placeholder="请输入真实姓名" aria-label="姓名" maxLength={50} clearable />
            </Form.Item>
            <Form.Item
              name="certType"
              label="证件类型"
              rules={[mobileRule(identityFields.certType)]}
              trigger="onConfirm"
              getValueProps={(value: unknown) => ({ value: value ? [value] : [] })}
              normalize={(value: PickerValue[]) => value[0] ?? undefined}
              onClick={(_e, picker: { current: PickerRef | null }) => picker.current?.open()}
              arrowIcon
            >
              <Picker
                columns={[certTypes.items.map((i) => ({ label: i.name, value: i.code }))]}
                loading={certTypes.isLoading}
                title="证件类型"
              >
                {(items) =>
                  items[0]?.label ?? <span className="m-placeholder">请选择证件类型</span>
                }
              </Picker>
            </Form.Item>
            <Form.Item name="certNo" label="证件号码" rules={[mobileRule(identityFields.certNo)]}>
              <Input
                placeholder="请输入证件号码"
                aria-label="证件号码"
                maxLength={30}
                autoComplete="off"
                clearable
              />
            </Form.Item>
            <Form.Item
              name="evoucherPassword"
              label="医保电子凭证密码"
              rules={[mobileRule(evoucherBody.shape.evoucherPassword)]}
            >
              <PasswordInput
                placeholder="请输入6位数字密码"
                label="医保电子凭证密码"
                autoComplete="current-password"
                digits
              />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="ssCardNo"
              label="社会保障卡卡号"
              rules={[mobileRule(cardBody.shape.ssCardNo)]}
            >
              <Input
                placeholder="请输入社会保障卡卡号"
                aria-label="社会保障卡卡号"
                maxLength={30}
                autoComplete="off"
                clearable
              />
            </Form.Item>
            <Form.Item
              name="cardPassword"
              label="社会保障卡密码"
              rules={[mobileRule(cardBody.shape.cardPassword)]}
            >
              <PasswordInput
                placeholder="请输入6位数字密码"
                label="社会保障卡密码"
                autoComplete="current-password"
                digits
              />
            </Form.Item>
          </>
        )}
      </Form>
      <Notice>
        <ol>
          <li>
            未激活医保电子凭证的，点击【
            <Link to={withNext(M_EVOUCHER, next)}>如何激活医保电子凭证</Link>
            】查看操作步骤。
          </li>
          <li>
            已激活医保电子凭证忘记密码的，点击【
            <button type="button" className="m-text-link" onClick={forgotEvoucherPassword}>
              忘记密码
            </button>
            】查看操作步骤。
          </li>
        </ol>
      </Notice>
    </div>
  );
}

import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { bindUnitBody, type BindUnitBody } from '@yibao/contracts';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { api, applyFieldError, errorMessage } from '../../../shared/api';
import { zodRule } from '../../../shared/zod-form';

/** The first key of `GET /api/unit/home`, refreshed once the operator is bound. */
export const UNIT_HOME_KEY = ['unit-home'] as const;

/**
 * 绑定单位: an operator not yet bound enters the unit's 统一社会信用代码 and the one-time 绑定码 the
 * 经办机构 issued; `onBound` refreshes the home page.
 */
export function BindUnitCard({ onBound }: { onBound: () => void }) {
  const [form] = Form.useForm<BindUnitBody>();
  const { message } = App.useApp();
  const [alert, setAlert] = useState<string | null>(null);
  const bind = useMutation({
    mutationFn: (v: BindUnitBody) =>
      api.post<{ unitName: string }>('/api/unit/bind', {
        uscc: v.uscc.trim().toUpperCase(),
        bindingCode: v.bindingCode.trim().toUpperCase(),
      }),
    onSuccess: ({ unitName }) => {
      void message.success(`绑定成功：${unitName}`);
      onBound();
    },
    onError: (error) => {
      if (!applyFieldError(form, error)) setAlert(errorMessage(error));
    },
  });

  return (
    <Card title="绑定单位" className="unit-bind-card">
      <Alert
        type="warning"
        showIcon
        title="您的单位经办人账号尚未绑定单位"
        description="请向单位参保地医保经办机构申请绑定码，输入单位的统一社会信用代码和绑定码完成绑定后，方可办理单位医保业务。绑定码7天内有效，仅可使用一次。"
        className="unit-bind-intro"
      />
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          closable={{ onClose: () => setAlert(null) }}
          className="unit-bind-intro"
        />
      )}
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ flex: '140px' }}
        wrapperCol={{ flex: 1 }}
        colon={false}
        className="unit-bind-form"
        onFinish={(v) => {
          setAlert(null);
          bind.mutate(v);
        }}
      >
        <Form.Item
          name="uscc"
          label="统一社会信用代码"
          rules={[zodRule(bindUnitBody.shape.uscc)]}
          normalize={(v: string) => v.toUpperCase()}
          required
        >
          <Input placeholder="请输入18位统一社会信用代码" maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="bindingCode"
          label="绑定码"
          rules={[zodRule(bindUnitBody.shape.bindingCode)]}
          normalize={(v: string) => v.toUpperCase()}
          extra="由单位参保地医保经办机构出具"
          required
        >
          <Input placeholder="请输入8位绑定码" maxLength={8} autoComplete="off" />
        </Form.Item>
        <Form.Item label=" ">
          <Button type="primary" htmlType="submit" loading={bind.isPending}>
            绑定
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" className="unit-bind-foot">
        一个单位经办人账号只能绑定一个单位。
      </Typography.Paragraph>
    </Card>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { reasonBody, type ApplicationDetail, type WithdrawalItem } from '@yibao/contracts';
import { ApiError, errorMessage } from '../../../../shared/api';
import { yuanText } from '../../../../shared/format';
import { zodRule } from '../../../../shared/zod-form';
import { applicationApi } from '../../../applications/shared';

type Decision = 'approve' | 'reject';

/**
 * 审核 of one registration: 审核通过 pays the whole balance out and closes the account (asked
 * once more, with the amount), 审核不通过 needs the reason and changes nothing. Who registered it
 * cannot decide it (the server refuses it as well).
 */
export function WithdrawalDecision({
  detail,
  item,
  ownRegistration,
  onDone,
}: {
  detail: ApplicationDetail;
  item: WithdrawalItem;
  ownRegistration: boolean;
  onDone: (decision: Decision, next: ApplicationDetail) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const [open, setOpen] = useState<Decision | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: ({ decision, text }: { decision: Decision; text: string }) =>
      decision === 'approve'
        ? applicationApi.approve(detail.id, text || undefined)
        : applicationApi.reject(detail.id, text),
    onSuccess: (next, { decision }) => {
      setOpen(null);
      setRefused(null);
      void message.success(
        `${next.applicationNo} ${decision === 'approve' ? '审核通过' : '审核不通过'}`,
      );
      onDone(decision, next);
    },
    onError: (error) => {
      const text = errorMessage(error);
      setRefused(text);
      void message.error(text);
      if (error instanceof ApiError && error.status === 409) setOpen(null);
    },
  });

  if (!detail.can.review) return null;
  if (ownRegistration) {
    return (
      <Alert
        type="info"
        showIcon
        className="withdrawal-own"
        title="本人登记的个人账户清退须由其他经办人员审核"
      />
    );
  }
  const submit = async () => {
    if (!open) return;
    const { text } = await form.validateFields();
    mutation.mutate({ decision: open, text: text?.trim() ?? '' });
  };
  const approve = open === 'approve';

  return (
    <>
      <div className="withdrawal-decision">
        <Button
          type="primary"
          size="large"
          onClick={() => {
            form.resetFields();
            setOpen('approve');
          }}
        >
          审核通过
        </Button>
        <Button
          danger
          size="large"
          onClick={() => {
            form.resetFields();
            setOpen('reject');
          }}
        >
          审核不通过
        </Button>
      </div>
      {refused && !open && (
        <Alert
          className="withdrawal-refused"
          type="error"
          showIcon
          title={refused}
          closable={{ onClose: () => setRefused(null) }}
          style={{ marginTop: 12 }}
        />
      )}
      <Modal
        open={open !== null}
        title={approve ? '审核通过' : '审核不通过'}
        okText={approve ? '确认通过' : '确认不通过'}
        cancelText="取消"
        okButtonProps={{ danger: !approve, loading: mutation.isPending }}
        onOk={() => void submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
        maskClosable={false}
      >
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }} className="withdrawal-confirm">
            {approve ? (
              <>
                审核通过后，{item.name}的个人账户余额
                <Typography.Text strong type="danger">
                  {yuanText(item.balanceFen)}
                </Typography.Text>
                将一次性支取至登记的银行账户，个人账户销户，不能撤销。
              </>
            ) : (
              '审核不通过后办件办结，个人账户不作变动。'
            )}
          </Typography.Paragraph>
          {refused && <Alert type="error" showIcon title={refused} />}
          <Form form={form} layout="vertical" preserve={false}>
            <Form.Item
              name="text"
              label={approve ? '审核意见' : '不通过原因'}
              required={!approve}
              rules={
                approve
                  ? [{ max: 500, message: '审核意见不能超过500个字' }]
                  : [zodRule(reasonBody.shape.reason)]
              }
            >
              <Input.TextArea
                rows={3}
                maxLength={500}
                showCount
                placeholder={approve ? '请输入审核意见（选填）' : '请输入不通过原因'}
              />
            </Form.Item>
          </Form>
        </Space>
      </Modal>
    </>
  );
}

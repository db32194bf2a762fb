import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { reasonBody } from '@yibao/contracts';
import { ApiError, errorMessage } from '../../../shared/api';
import { zodRule } from '../../../shared/zod-form';
import { applicationApi } from '../shared';

export type Decision = 'approve' | 'reject' | 'return';
export type ReviewAction = Decision | 'claim' | 'release';

interface DecisionText {
  button: string;
  /** what the clerk is asked to confirm */
  question: string;
  field: string;
  required: boolean;
  okText: string;
}

const DECISIONS: Readonly<Record<Decision, DecisionText>> = {
  approve: {
    button: '审核通过',
    question: '确认该办件审核通过吗？审核通过后将按申办信息办理，不能撤销。',
    field: '审核意见',
    required: false,
    okText: '确认通过',
  },
  reject: {
    button: '审核不通过',
    question: '确认该办件审核不通过吗？办件将办结，申办人可查看不通过原因。',
    field: '不通过原因',
    required: true,
    okText: '确认不通过',
  },
  return: {
    button: '回退',
    question: '确认将该办件回退给申办人吗？申办人可按回退原因修改后重新提交。',
    field: '回退原因',
    required: true,
    okText: '确认回退',
  },
};

/** What the page says after each action. */
export const ACTION_DONE: Readonly<Record<ReviewAction, string>> = {
  approve: '审核通过',
  reject: '审核不通过',
  return: '已回退',
  claim: '领取成功',
  release: '已释放',
};

function run(action: ReviewAction, id: number, text: string): Promise<ApplicationDetail> {
  switch (action) {
    case 'claim':
      return applicationApi.claim(id);
    case 'release':
      return applicationApi.release(id);
    case 'approve':
      return applicationApi.approve(id, text || undefined);
    case 'reject':
      return applicationApi.reject(id, text);
    case 'return':
      return applicationApi.returnToApplicant(id, text);
  }
}

export interface ReviewActionsProps {
  detail: ApplicationDetail;
  /** the application as the server answered after the action */
  onDone: (action: ReviewAction, detail: ApplicationDetail) => void;
  /** the action was refused (409: someone else was quicker): the page reloads the application */
  onConflict: () => void;
}

/** 领取, 释放, 审核通过, 审核不通过, 回退 as the `can` flags allow; each decision confirmed first. */
export function ReviewActions({ detail, onDone, onConflict }: ReviewActionsProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const [open, setOpen] = useState<Decision | null>(null);
  const [refused, setRefused] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: ({ action, text }: { action: ReviewAction; text: string }) =>
      run(action, detail.id, text),
    onSuccess: (next, { action }) => {
      setOpen(null);
      form.resetFields();
      void message.success(`${next.applicationNo} ${ACTION_DONE[action]}`);
      onDone(action, next);
    },
    onError: (error) => {
      const text = errorMessage(error);
      setRefused(text);
      void message.error(text);
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) {
        onConflict();
      }
    },
  });

  const openDecision = (decision: Decision) => {
    form.resetFields();
    setRefused(null);
    setOpen(decision);
  };
  const submit = async () => {
    if (!open) return;
    const { text } = await form.validateFields();
    mutation.mutate({ action: open, text: text?.trim() ?? '' });
  };

  const { can } = detail;
  const canReturn = can.review && detail.reviewPolicy !== 'immediate';
  const busy = (action: ReviewAction) => mutation.isPending && mutation.variables.action === action;
  const decision = open ? DECISIONS[open] : null;
  const level = detail.nextLevel ? `（${detail.nextLevel}）` : '';

  if (!can.claim && !can.release && !can.review && !refused) return null;
  return (
    <>
      <Space wrap className="review-actions">
        {can.claim && (
          <Button
            loading={busy('claim')}
            onClick={() => {
              setRefused(null);
              mutation.mutate({ action: 'claim', text: '' });
            }}
          >
            领取
          </Button>
        )}
        {can.release && (
          <Button
            loading={busy('release')}
            onClick={() => {
              setRefused(null);
              mutation.mutate({ action: 'release', text: '' });
            }}
          >
            释放
          </Button>
        )}
        {can.review && (
          <Button type="primary" onClick={() => openDecision('approve')}>
            审核通过
          </Button>
        )}
        {can.review && (
          <Button danger onClick={() => openDecision('reject')}>
            审核不通过
          </Button>
        )}
        {canReturn && <Button onClick={() => openDecision('return')}>回退</Button>}
      </Space>
      {refused && !open && (
        <Alert
          className="review-refused"
          type="error"
          showIcon
          closable={{ onClose: () => setRefused(null) }}
          title={refused}
          style={{ marginTop: 12 }}
        />
      )}
      <Modal
        open={open !== null}
        title={decision ? `${decision.button}${level}` : ''}
        okText={decision?.okText}
        cancelText="取消"
        okButtonProps={{
          danger: open === 'reject',
          loading: mutation.isPending,
          // refused and reloaded: the clerk may no longer decide
          disabled: !can.review,
        }}
        onOk={() => void submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
        maskClosable={false}
      >
        {decision && (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Typography.Paragraph className="review-confirm-question" style={{ margin: 0 }}>
              {decision.question}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              办件编号：{detail.applicationNo}，申办对象：{detail.subjectName}
            </Typography.Text>
            {refused && <Alert type="error" showIcon title={refused} />}
            <Form form={form} layout="vertical" preserve={false}>
              <Form.Item
                name="text"
                label={decision.field}
                required={decision.required}
                rules={
                  decision.required
                    ? [zodRule(reasonBody.shape.reason)]
                    : [{ max: 500, message: '审核意见不能超过500个字' }]
                }
              >
                <Input.TextArea
                  rows={4}
                  maxLength={500}
                  showCount
                  placeholder={
                    decision.required
                      ? `请输入${decision.field}`
                      : `请输入${decision.field}（选填）`
                  }
                />
              </Form.Item>
            </Form>
          </Space>
        )}
      </Modal>
    </>
  );
}

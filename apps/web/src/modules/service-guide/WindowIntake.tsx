import { useState, type ComponentType } from 'react';
import { Alert, Card, Checkbox, Descriptions, Space, Tag, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { ApplicationDetail, BusinessItem, ServiceItemBusiness } from '@yibao/contracts';
import { Link } from 'react-router';
import { errorMessage } from '../../shared/api';
import { applicationApi, useBusinesses } from '../applications/shared';
import { RequiredTag } from './parts';

/** 申办渠道 */
const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  personal: '个人网厅',
  unit: '单位网厅',
  mobile: '智慧医保',
  window: '综窗经办',
};

/** What a business's window intake form gets: the business and how to file the application. */
export interface IntakeFormProps {
  business: BusinessItem;
  /** the checklist items ticked as received on paper */
  paperItems: readonly string[];
  /** files the application (POST /api/applications, channel 'window') with the payload */
  submit: (payload: Record<string, unknown>) => Promise<ApplicationDetail>;
  submitting: boolean;
}

/**
 * The payload forms of the businesses a clerk may file at the window, by business code. A
 * business without one here shows its checklist and guide only, never a submit button.
 */
export const INTAKE_FORMS: Readonly<Partial<Record<string, ComponentType<IntakeFormProps>>>> = {};

/** 窗口受理 of one business: tick the paper originals received, then the business's own form. */
function BusinessIntake({ item }: { item: ServiceItemBusiness }) {
  const businesses = useBusinesses();
  // the checklist as GET /api/businesses states it; the guide's answer until that has come
  const business = businesses.get(item.code) ?? item;
  const [received, setReceived] = useState<string[]>([]);
  const [filed, setFiled] = useState<ApplicationDetail | null>(null);
  const Form = item.windowIntake ? INTAKE_FORMS[item.code] : undefined;
  const submit = useMutation({
    mutationFn: (payload: Record<string, unknown>) =>
      applicationApi.submit({
        businessCode: item.code,
        channel: 'window',
        payload,
        materialIds: [],
        paperItems: received,
      }),
    onSuccess: (detail) => {
      setFiled(detail);
      setReceived([]);
    },
  });
  const required = business.materials.filter((m) => m.required).map((m) => m.code);
  const missing = required.filter((code) => !received.includes(code));

  return (
    <Card
      size="small"
      type="inner"
      className="guide-intake-business"
      title={
        <Space wrap>
          <span>{business.name}</span>
          <Tag color="green">可受理</Tag>
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'review', label: '审核方式', children: business.reviewLabel },
            {
              key: 'limit',
              label: '办理时限',
              children:
                business.timeLimitDays === null ? '即时办结' : `${business.timeLimitDays}个工作日`,
            },
            {
              key: 'channels',
              label: '申办渠道',
              children: business.channels.map((c) => CHANNEL_LABELS[c] ?? c).join('、'),
            },
          ]}
        />
        <div>
          <Typography.Text strong>收到的纸质材料</Typography.Text>
          {business.materials.length === 0 ? (
            <Typography.Paragraph type="secondary" className="guide-text">
              本业务无需提交申请材料。
            </Typography.Paragraph>
          ) : (
            <Checkbox.Group
              className="guide-intake-checklist"
              value={received}
              onChange={(v) => setReceived(v)}
              options={business.materials.map((m) => ({
                value: m.code,
                label: (
                  <span>
                    <RequiredTag required={m.required} />
                    {m.name}
                  </span>
                ),
              }))}
            />
          )}
          {business.materials.length > 0 && (
            <Typography.Text
              type={missing.length ? 'warning' : 'success'}
              className="guide-intake-status"
            >
              {missing.length ? `尚缺必须材料 ${missing.length} 项` : '必须材料已收齐'}
            </Typography.Text>
          )}
        </div>
        {filed && (
          <Alert
            type="success"
            showIcon
            title={`已受理，办件编号 ${filed.applicationNo}`}
            description={
              <span>
                办理时限自受理之日起计算
                {filed.dueOn ? `，应于 ${filed.dueOn} 前办结` : ''}。
                <Link to={`/window/applications/${filed.id}`}>查看办件</Link>
              </span>
            }
          />
        )}
        {submit.isError && <Alert type="error" showIcon title={errorMessage(submit.error)} />}
        {Form ? (
          <Form
            business={business}
            paperItems={received}
            submit={(payload) => submit.mutateAsync(payload)}
            submitting={submit.isPending}
          />
        ) : (
          <Alert
            type="info"
            showIcon
            className="guide-intake-note"
            title="本业务的窗口受理表单随其业务办理页面提供"
            description={
              item.windowIntake
                ? '勾选仅用于当面核对材料，不会保存；受理表单上线后，在此填写申办信息并提交，收到的纸质材料随办件记录，办理时限自受理之日起计算。'
                : `「${business.name}」目前由申请人通过${business.channels
                    .map((c) => CHANNEL_LABELS[c] ?? c)
                    .join('、')}申报，窗口暂不能代为提交。勾选仅用于当面核对材料，不会保存。`
            }
          />
        )}
      </Space>
    </Card>
  );
}

/** 窗口受理: the businesses built for the item, each with its checklist and intake form. */
export function WindowIntake({ businesses }: { businesses: readonly ServiceItemBusiness[] }) {
  return (
    <Card size="small" title="窗口受理" id="window-intake" className="guide-intake">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {businesses.map((b) => (
          <BusinessIntake key={b.code} item={b} />
        ))}
      </Space>
    </Card>
  );
}

import { useState } from 'react';
import { Alert, Card, Checkbox, Descriptions, Space, Tag, Typography } from 'antd';
import type { ServiceItemBusiness } from '@yibao/contracts';
import { LinkButton } from '../../shared/LinkButton';
import { useBusinesses } from '../applications/shared';
import { RequiredTag } from './parts';

/** 申办渠道 */
const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  personal: '个人网厅',
  unit: '单位网厅',
  mobile: '智慧医保',
  window: '综窗经办',
};

/**
 * The console page where a clerk files each business taken at the window. The guide links there
 * with the materials ticked here (`?paper=`), so the clerk does not tick them twice.
 */
export const WINDOW_PAGES: Readonly<Partial<Record<string, string>>> = {
  'unit-registration': '/window/unit-registration',
  'resident-enrolment-window': '/window/resident-enrolment',
  'person-info-change-window': '/window/person-info',
  'employee-post-change': '/window/employee-post',
  'contribution-base-change': '/window/contribution-base',
  'unit-base-audit': '/window/unit-base-audit',
  'unit-info-change': '/window/unit-info-change',
  'resident-info-change': '/window/resident-info-change',
  'unit-deregistration': '/window/unit-deregistration',
  'employee-enrolment': '/window/employee-enrolment',
  'employee-reduction': '/window/employee-reduction',
  'employee-retirement': '/window/employee-retirement',
  'resident-suspension': '/window/resident-suspension',
  'special-identity': '/window/special-identity',
  'cardless-settlement': '/window/cardless-settlement',
  'assistance-subsidy': '/window/assistance-subsidy',
  'flexible-enrolment-window': '/window/flexible-enrolment',
  'flexible-enrolment-batch': '/window/flexible-enrolment/batch',
  'flexible-suspension': '/window/flexible-suspension',
  'flexible-retirement': '/window/flexible-retirement',
  'account-withdrawal-death': '/window/account-withdrawal/register/death',
  'account-withdrawal-transfer': '/window/account-withdrawal/register/transfer',
};

/** The window page of a business, with the paper materials received so far. */
export const intakeHref = (path: string, received: readonly string[]) =>
  received.length ? `${path}?paper=${received.map(encodeURIComponent).join(',')}` : path;

/** 窗口受理 of one business: tick the paper originals received, then the business's own form. */
function BusinessIntake({ item }: { item: ServiceItemBusiness }) {
  const businesses = useBusinesses();
  // the checklist as GET /api/businesses states it; the guide's answer until that has come
  const business = businesses.get(item.code) ?? item;
  const [received, setReceived] = useState<string[]>([]);
  const page = item.windowIntake ? WINDOW_PAGES[item.code] : undefined;
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
          {page ? (
            <Tag color="green">可受理</Tag>
          ) : (
            <Tag>{item.windowIntake ? '办理页面建设中' : '申请人网上申报'}</Tag>
          )}
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
        {page ? (
          <Space wrap className="guide-intake-go">
            <LinkButton type="primary" to={intakeHref(page, received)}>
              前往受理
            </LinkButton>
            <Typography.Text type="secondary">
              在业务办理页面填写申办信息并保存；收到的纸质材料随办件记录，办理时限自受理之日起计算。
            </Typography.Text>
          </Space>
        ) : (
          <Alert
            type="info"
            showIcon
            className="guide-intake-note"
            {...(item.windowIntake
              ? {
                  title: '本业务的窗口办理页面尚未上线',
                  description: `「${business.name}」的业务规则已就绪，办理页面上线后在此前往受理。勾选仅用于当面核对材料，不会保存。`,
                }
              : {
                  title: '本业务由申请人自行申报，窗口暂不能代为提交',
                  description: `「${business.name}」由申请人通过${business.channels
                    .map((c) => CHANNEL_LABELS[c] ?? c)
                    .join('、')}申报。勾选仅用于当面核对材料，不会保存。`,
                })}
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

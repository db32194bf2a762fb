import type { ReactNode } from 'react';
import { Space, Typography } from 'antd';
import { infoChange, type InfoChange } from '@yibao/contracts';
import { InfoChangeList } from '../../registry/window/InfoChangeList';
import { RESIDENT_CHANGE_LABELS } from '../../registry/window/resident-info-change-form';
import { Section, divisionOf, nowrap, text, useNames, type Payload } from './payload-parts';

/**
 * 单位参保信息变更登记 and 城乡居民参保信息变更登记 (002 十四, 十六) as the 复核 sees them: first
 * 变更内容 — each field the 保存 changed, 变更前 and 变更后 — then the form as it was saved.
 */

/** The changes the effect recorded; none before it was applied (or when unreadable). */
function changesOf(effect: Record<string, unknown> | null | undefined): InfoChange[] {
  const parsed = infoChange.array().safeParse(effect?.changes);
  return parsed.success ? parsed.data : [];
}

export function InfoChangePayload({
  subject,
  effect,
  regionCode,
  children,
}: {
  subject: 'unit' | 'person';
  effect: Record<string, unknown> | null | undefined;
  regionCode: string;
  children: ReactNode;
}) {
  const changes = changesOf(effect);
  return (
    <Space orientation="vertical" size={16} className="payload-view" style={{ width: '100%' }}>
      <div className="info-change-summary">
        <Typography.Title level={5}>变更内容</Typography.Title>
        {changes.length ? (
          <InfoChangeList changes={changes} regionCode={regionCode} subject={subject} />
        ) : (
          <Typography.Text type="secondary">尚未生效，无变更记录</Typography.Text>
        )}
      </div>
      {children}
    </Space>
  );
}

/** 城乡居民参保维护: 人员基本信息 and 联系信息 as saved. */
export function ResidentInfoChangeForm({
  payload: p,
  regionCode,
  effect,
}: {
  payload: Payload;
  regionCode: string;
  effect: Record<string, unknown> | null | undefined;
}) {
  const names = useNames();
  const labels = RESIDENT_CHANGE_LABELS;
  return (
    <InfoChangePayload subject="person" effect={effect} regionCode={regionCode}>
      <Section
        title="人员基本信息"
        column={3}
        items={[
          { label: '证件类型', value: names.cert(text(p.certType)) },
          { label: '证件号码', value: nowrap(p.certNo) },
          { label: labels.name, value: text(p.name) },
          { label: labels.sex, value: names.sex(text(p.sex)) },
          { label: labels.birthDate, value: text(p.birthDate) },
          { label: labels.ethnicity, value: names.ethnicity(text(p.ethnicity)) },
          { label: labels.householdType, value: names.household(text(p.householdType)) },
          { label: '政治面貌', value: names.political(text(p.politicalStatus)) },
          { label: labels.admissionCategory, value: names.category(text(p.admissionCategory)) },
          { label: '学籍编号', value: nowrap(p.studentNo) },
        ]}
      />
      <Section
        title="联系信息"
        column={3}
        items={[
          { label: labels.phone, value: nowrap(p.phone) },
          {
            label: labels.residenceDivisionCode,
            value: divisionOf(p.residenceDivisionCode, regionCode),
          },
          { label: labels.residenceAddress, value: text(p.residenceAddress) },
        ]}
      />
    </InfoChangePayload>
  );
}

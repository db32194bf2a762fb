import { useState } from 'react';
import { Card, Tabs } from 'antd';
import type { PersonSummary } from '@yibao/contracts';
import { useElder } from '../../../../shared/elder';
import { BasicInfoTab, useProfile } from './BasicInfoTab';
import { ChangesTab } from './ChangesTab';
import { ContributionsTab } from './ContributionsTab';
import { DeemedTab, SpecialIdentitiesTab } from './DeemedAndIdentityTabs';
import { RegionName, StatusTag, nowrap, useNames } from './display';
import { EnrolmentsTab } from './EnrolmentsTab';
import { RecordHeader } from './record';

/**
 * 姓名, 个人编号, 证件号码, 人员状态, 参保地 of the person being read. A list gives the number
 * masked; the person's own record (the same cached query as 人员基本信息) gives it whole.
 */
function PersonHeader({ person, onBack }: { person: PersonSummary; onBack?: () => void }) {
  const names = useNames();
  const profile = useProfile(person.id);
  const facts = [
    { label: '姓名', value: <strong>{person.name}</strong> },
    { label: '个人编号', value: nowrap(person.personNo) },
    { label: '证件类型', value: names.cert(person.certType) },
    { label: '证件号码', value: nowrap(profile.data?.certNo ?? person.certNo) },
    { label: '人员状态', value: <StatusTag status={person.status} /> },
    { label: '参保地', value: <RegionName code={person.regionCode} /> },
  ];
  return <RecordHeader label="人员信息" facts={facts} onBack={onBack} />;
}

const TABS = [
  '人员基本信息',
  '人员参保信息',
  '历史参保信息',
  '变更历史信息',
  '职工缴费信息',
  '居民缴费信息',
  '视同缴费信息',
  '人员特殊身份认定信息',
] as const;
type TabName = (typeof TABS)[number];

function tabContent(tab: TabName, person: PersonSummary) {
  const id = person.id;
  switch (tab) {
    case '人员基本信息':
      return <BasicInfoTab personId={id} />;
    case '人员参保信息':
      return <EnrolmentsTab personId={id} scope="current" />;
    case '历史参保信息':
      return <EnrolmentsTab personId={id} scope="history" />;
    case '变更历史信息':
      return <ChangesTab personId={id} regionCode={person.regionCode} />;
    case '职工缴费信息':
      return <ContributionsTab personId={id} insuranceType="310" />;
    case '居民缴费信息':
      return <ContributionsTab personId={id} insuranceType="390" />;
    case '视同缴费信息':
      return <DeemedTab personId={id} />;
    case '人员特殊身份认定信息':
      return <SpecialIdentitiesTab personId={id} />;
  }
}

/**
 * One person of W25 人员综合查询: the header and the eight tabs of the guide. A tab's content is
 * mounted, and so fetched, the first time it is opened.
 */
export function PersonView({ person, onBack }: { person: PersonSummary; onBack?: () => void }) {
  const [active, setActive] = useState<TabName>('人员基本信息');
  // elder mode's larger type still shows all eight tabs at 1366 px with narrower gaps
  const { elder } = useElder();
  return (
    <Card size="small" className="pq-person pq-record">
      <PersonHeader person={person} onBack={onBack} />
      <Tabs
        className="pq-tabs"
        activeKey={active}
        tabBarGutter={elder ? 14 : 28}
        onChange={(key) => setActive(key as TabName)}
        items={TABS.map((tab) => ({ key: tab, label: tab, children: tabContent(tab, person) }))}
      />
    </Card>
  );
}

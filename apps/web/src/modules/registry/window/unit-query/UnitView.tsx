import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Card, Spin, Tabs } from 'antd';
import { RegionName, StatusTag, nowrap } from '../person-query/display';
import { RecordHeader } from '../person-query/record';
import { ArrearsMonths } from './ArrearsMonths';
import { BasicInfoTab } from './BasicInfoTab';
import { ContributionsTab } from './ContributionsTab';
import { MembersTab } from './MembersTab';
import { useUnitProfile, type UnitSummary } from './queries';

const TABS = ['基本信息', '缴费明细', '职工/居民列表'] as const;
type TabName = (typeof TABS)[number];

/**
 * One unit of W24 单位综合查询: the header (with 正常参保人数 and 欠费月数 from 基本信息) and the
 * guide's three tabs, each mounted, and so fetched, the first time it is opened. When months are
 * owed, 欠费核对 opens 缴费明细 on the months owed.
 */
export function UnitView({ unit, onBack }: { unit: UnitSummary; onBack?: () => void }) {
  const [active, setActive] = useState<TabName>('基本信息');
  const [onlyArrears, setOnlyArrears] = useState(false);
  const profile = useUnitProfile(unit.id);
  const p = profile.data;
  const figure = (value: (u: NonNullable<typeof p>) => ReactNode) =>
    p ? value(p) : profile.isError ? '-' : <Spin size="small" />;
  const facts = [
    { label: '单位名称', value: <strong>{unit.name}</strong> },
    { label: '单位编号', value: nowrap(unit.unitNo) },
    { label: '统一社会信用代码', value: nowrap(unit.uscc) },
    { label: '单位状态', value: <StatusTag status={unit.status} /> },
    { label: '医保区划', value: <RegionName code={unit.regionCode} /> },
    { label: '正常参保人数', value: figure((u) => nowrap(`${u.activeMembers} 人`)) },
    {
      label: '欠费月数',
      value: figure((u) => (
        <span className="uq-arrears-fact">
          <ArrearsMonths months={u.arrearsMonths} />
          {u.arrearsMonths > 0 && (
            <Button
              type="link"
              size="small"
              className="pq-link pq-no-print"
              onClick={() => {
                setOnlyArrears(true);
                setActive('缴费明细');
              }}
            >
              欠费核对
            </Button>
          )}
        </span>
      )),
    },
  ];
  const content: Record<TabName, ReactNode> = {
    基本信息: <BasicInfoTab unitId={unit.id} />,
    缴费明细: (
      <ContributionsTab
        unitId={unit.id}
        onlyArrears={onlyArrears}
        onOnlyArrearsChange={setOnlyArrears}
      />
    ),
    '职工/居民列表': <MembersTab unitId={unit.id} />,
  };
  return (
    <Card size="small" className="pq-record uq-unit">
      <RecordHeader label="单位信息" facts={facts} onBack={onBack} />
      <Tabs
        className="pq-tabs"
        activeKey={active}
        onChange={(key) => setActive(key as TabName)}
        items={TABS.map((tab) => ({ key: tab, label: tab, children: content[tab] }))}
      />
    </Card>
  );
}

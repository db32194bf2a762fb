import { useState } from 'react';
import { Card, Empty, Skeleton } from 'antd';
import type { Page, PersonSummary } from '@yibao/contracts';
import type { Filters } from '../../../shared/table-query';
import { LoadFailed } from './person-query/display';
import { PersonResults, PersonSearchForm } from './person-query/PersonSearch';
import { PersonView } from './person-query/PersonView';
import { PERSONS_URL, useFirstPage } from './person-query/queries';
import './person-query/person-query.css';

/** What the search found: nothing yet, no one, one person (opened at once) or several to pick. */
function Found({
  found,
  criteria,
  seq,
  picked,
  onPick,
}: {
  found: ReturnType<typeof useFirstPage<Page<PersonSummary>>>;
  criteria: Filters;
  /** which search this is: each 查询 opens the person afresh */
  seq: number;
  picked: PersonSummary | null;
  onPick: (person: PersonSummary | null) => void;
}) {
  if (found.isError) {
    return <LoadFailed error={found.error} onRetry={() => void found.refetch()} />;
  }
  const data = found.data;
  if (!data) {
    return (
      <Card size="small">
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }
  if (data.total === 0) {
    return (
      <Card size="small" className="pq-none">
        <Empty description="未查询到符合条件的人员">
          请核对证件号码、个人编号或姓名后重新查询。
        </Empty>
      </Card>
    );
  }
  const only = data.total === 1 ? data.items[0] : undefined;
  const person = picked ?? only;
  if (person) {
    return (
      <PersonView
        key={`${seq}-${person.id}`}
        person={person}
        onBack={only ? undefined : () => onPick(null)}
      />
    );
  }
  return <PersonResults criteria={criteria} onOpen={onPick} />;
}

/**
 * W25 人员综合查询 (002 二十五 参保人员参保信息查询; 综合查询 › 人员综合查询): find a person by
 * 证件类型 + 证件号码, 个人编号 or 姓名, then read 人员基本信息, 人员参保信息, 历史参保信息,
 * 变更历史信息, 职工缴费信息, 居民缴费信息, 视同缴费信息 and 人员特殊身份认定信息.
 */
export default function PersonQueryPage() {
  const [search, setSearch] = useState<{ criteria: Filters; seq: number } | null>(null);
  const [picked, setPicked] = useState<PersonSummary | null>(null);
  const found = useFirstPage<Page<PersonSummary>>(PERSONS_URL, search?.criteria ?? null);
  return (
    <div className="person-query">
      <PersonSearchForm
        searching={found.isFetching}
        onSearch={(criteria) => {
          setPicked(null);
          setSearch((s) => ({ criteria, seq: (s?.seq ?? 0) + 1 }));
          // 查询 again with the same words asks the server again
          if (JSON.stringify(criteria) === JSON.stringify(search?.criteria)) void found.refetch();
        }}
        onReset={() => {
          setPicked(null);
          setSearch(null);
        }}
      />
      {search && (
        <Found
          found={found}
          criteria={search.criteria}
          seq={search.seq}
          picked={picked}
          onPick={setPicked}
        />
      )}
    </div>
  );
}

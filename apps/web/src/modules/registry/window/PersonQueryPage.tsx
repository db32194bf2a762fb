import { useSearchParams } from 'react-router';
import type { PersonSummary } from '@yibao/contracts';
import { PersonResults, PersonSearchForm, searchFromParams } from './person-query/PersonSearch';
import { PersonView } from './person-query/PersonView';
import { PERSONS_URL } from './person-query/queries';
import { SearchOutcome, useQuerySearch } from './person-query/QuerySearch';
import './person-query/person-query.css';

function PersonQuery({ linked }: { linked: ReturnType<typeof searchFromParams> }) {
  const state = useQuerySearch<PersonSummary>(PERSONS_URL, linked?.criteria ?? null);
  return (
    <div className="person-query">
      <PersonSearchForm
        initialValues={linked?.values}
        searching={state.found.isFetching}
        onSearch={state.onSearch}
        onReset={state.onReset}
      />
      <SearchOutcome<PersonSummary>
        state={state}
        none={{
          title: '未查询到符合条件的人员',
          hint: '请核对证件号码、个人编号或姓名后重新查询。',
        }}
        view={(person, key, onBack) => <PersonView key={key} person={person} onBack={onBack} />}
        results={(criteria, onOpen) => <PersonResults criteria={criteria} onOpen={onOpen} />}
      />
    </div>
  );
}

/**
 * W25 人员综合查询 (002 二十五 参保人员参保信息查询; 综合查询 › 人员综合查询): find a person by
 * 证件类型 + 证件号码, 个人编号 or 姓名, then read 人员基本信息, 人员参保信息, 历史参保信息,
 * 变更历史信息, 职工缴费信息, 居民缴费信息, 视同缴费信息 and 人员特殊身份认定信息. A link may name
 * the person (`?certType=01&certNo=…`, as W24's 职工/居民列表 does): the page opens with them.
 */
export default function PersonQueryPage() {
  const [params] = useSearchParams();
  const linked = searchFromParams(params);
  // another link while the page is open starts a new search
  return <PersonQuery key={params.toString()} linked={linked} />;
}

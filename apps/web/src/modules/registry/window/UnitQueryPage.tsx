import { useSearchParams } from 'react-router';
import { SearchOutcome, useQuerySearch } from './person-query/QuerySearch';
import { UNITS_URL, type UnitSummary } from './unit-query/queries';
import { UnitResults, UnitSearchForm, unitSearchFromParams } from './unit-query/UnitSearch';
import { UnitView } from './unit-query/UnitView';
import './person-query/person-query.css';
import './unit-query/unit-query.css';

function UnitQuery({ linked }: { linked: ReturnType<typeof unitSearchFromParams> }) {
  const state = useQuerySearch<UnitSummary>(UNITS_URL, linked?.criteria ?? null);
  return (
    <div className="person-query unit-query">
      <UnitSearchForm
        initialValues={linked?.values}
        searching={state.found.isFetching}
        onSearch={state.onSearch}
        onReset={state.onReset}
      />
      <SearchOutcome<UnitSummary>
        state={state}
        none={{
          title: '未查询到符合条件的单位',
          hint: '请核对单位编号、统一社会信用代码或单位名称（全称）后重新查询。',
        }}
        view={(unit, key, onBack) => <UnitView key={key} unit={unit} onBack={onBack} />}
        results={(criteria, onOpen) => <UnitResults criteria={criteria} onOpen={onOpen} />}
      />
    </div>
  );
}

/**
 * W24 单位综合查询 (002 二十四 参保单位参保信息查询; 综合查询 › 单位综合查询): find a unit by
 * 单位编号 (Enter searches), 统一社会信用代码 or 单位名称, then read 基本信息, 缴费明细 (with
 * 欠费核对) and 职工/居民列表. A link may name the unit (`?unitNo=…`): the page opens with it.
 */
export default function UnitQueryPage() {
  const [params] = useSearchParams();
  // another link while the page is open starts a new search
  return <UnitQuery key={params.toString()} linked={unitSearchFromParams(params)} />;
}

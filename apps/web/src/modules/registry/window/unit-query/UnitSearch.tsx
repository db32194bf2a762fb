import { Button, Card, Input } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useDictionary } from '../../../../shared/dictionaries';
import { ServerTable } from '../../../../shared/ServerTable';
import type { Filters } from '../../../../shared/table-query';
import { RegionName, StatusTag, nowrap, wrapped } from '../person-query/display';
import { QuerySearchForm } from '../person-query/QuerySearch';
import { UNITS_URL, type UnitSummary } from './queries';

export interface UnitSearchValues {
  unitNo?: string;
  uscc?: string;
  name?: string;
}

export const NO_UNIT_CRITERION = '请输入单位编号、统一社会信用代码或单位名称';

/** The query of a search: blanks are left out, 统一社会信用代码 in capitals. */
function criteriaOf(v: UnitSearchValues): Filters | null {
  const unitNo = v.unitNo?.trim() ?? '';
  const uscc = v.uscc?.trim().toUpperCase() ?? '';
  const name = v.name?.trim() ?? '';
  if (!unitNo && !uscc && !name) return null;
  return { unitNo: unitNo || undefined, uscc: uscc || undefined, name: name || undefined };
}

/** The search a link opens the page with (`?unitNo=…`, `uscc`, `name`); null when it names none. */
export function unitSearchFromParams(params: URLSearchParams) {
  const values: UnitSearchValues = {
    unitNo: params.get('unitNo') ?? undefined,
    uscc: params.get('uscc') ?? undefined,
    name: params.get('name') ?? undefined,
  };
  const criteria = criteriaOf(values);
  return criteria ? { values, criteria } : null;
}

/** 单位编号 (the guide's: 单位编号+enter或点击搜索查询), 统一社会信用代码, 单位名称. */
export function UnitSearchForm({
  initialValues,
  searching,
  onSearch,
  onReset,
}: {
  initialValues?: UnitSearchValues | undefined;
  searching: boolean;
  onSearch: (criteria: Filters) => void;
  onReset: () => void;
}) {
  return (
    <QuerySearchForm<UnitSearchValues>
      title="单位综合查询"
      fields={[
        {
          name: 'unitNo',
          label: '单位编号',
          input: <Input allowClear maxLength={30} placeholder="请输入单位编号，回车查询" />,
        },
        {
          name: 'uscc',
          label: '统一社会信用代码',
          input: <Input allowClear maxLength={18} placeholder="18位统一社会信用代码" />,
        },
        {
          name: 'name',
          label: '单位名称',
          input: <Input allowClear maxLength={100} placeholder="请输入单位全称" />,
        },
      ]}
      initialValues={initialValues}
      criteriaOf={criteriaOf}
      noCriterion={{ field: 'unitNo', message: NO_UNIT_CRITERION }}
      labelWidth={{ normal: 132, elder: 172 }}
      searching={searching}
      onSearch={onSearch}
      onReset={onReset}
    />
  );
}

/** Several units found: pick one (server-side paging). */
export function UnitResults({
  criteria,
  onOpen,
}: {
  criteria: Filters;
  onOpen: (unit: UnitSummary) => void;
}) {
  const unitType = useDictionary('unit-types').label;
  const openLink = (u: UnitSummary, text: string) => (
    <Button type="link" size="small" className="pq-link" onClick={() => onOpen(u)}>
      {text}
    </Button>
  );
  const columns: ColumnsType<UnitSummary> = [
    { title: '单位编号', dataIndex: 'unitNo', render: (v: string) => nowrap(v) },
    { title: '单位名称', dataIndex: 'name', render: (v: string, u) => openLink(u, v) },
    { title: '统一社会信用代码', dataIndex: 'uscc', render: (v: string) => nowrap(v) },
    { title: '单位类型', dataIndex: 'unitType', render: (v: string) => wrapped(unitType(v)) },
    { title: '医保区划', dataIndex: 'regionCode', render: (v: string) => <RegionName code={v} /> },
    { title: '单位状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '操作', key: 'open', render: (_: unknown, u) => openLink(u, '查看') },
  ];
  return (
    <Card size="small" className="pq-results">
      <ServerTable<UnitSummary>
        url={UNITS_URL}
        filters={criteria}
        title="查询结果：请选择单位"
        rowKey="id"
        columns={columns}
        exportable={false}
      />
    </Card>
  );
}

import { Button, Card, Input } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PersonSummary } from '@yibao/contracts';
import { DictSelect } from '../../../../shared/dictionaries';
import { ServerTable } from '../../../../shared/ServerTable';
import type { Filters } from '../../../../shared/table-query';
import { RegionName, StatusTag, nowrap, useNames } from './display';
import { PERSONS_URL } from './queries';
import { QuerySearchForm } from './QuerySearch';

interface SearchValues {
  certType: string;
  certNo?: string;
  personNo?: string;
  name?: string;
}

export const NO_CRITERION = '请输入证件号码、个人编号或姓名';
const DEFAULT_CERT_TYPE = '01';

/** The query of a search: 证件类型 counts only with a 证件号码; blanks are left out. */
function criteriaOf(v: SearchValues): Filters | null {
  const certNo = v.certNo?.trim().toUpperCase() ?? '';
  const personNo = v.personNo?.trim() ?? '';
  const name = v.name?.trim() ?? '';
  if (!certNo && !personNo && !name) return null;
  return {
    certType: certNo ? v.certType : undefined,
    certNo: certNo || undefined,
    personNo: personNo || undefined,
    name: name || undefined,
  };
}

/**
 * The search a link opens the page with, from its query string: `?certType=01&certNo=…` (or
 * `personNo`, `name`) finds that person at once; null when the link names no one.
 */
export function searchFromParams(params: URLSearchParams) {
  const text = (key: string) => params.get(key) ?? undefined;
  const values: SearchValues = {
    certType: text('certType') ?? DEFAULT_CERT_TYPE,
    certNo: text('certNo'),
    personNo: text('personNo'),
    name: text('name'),
  };
  const criteria = criteriaOf(values);
  return criteria ? { values, criteria } : null;
}

/** 证件类型, 证件号码, 个人编号, 姓名 with 查询 and 重置; Enter in any box searches. */
export function PersonSearchForm({
  initialValues,
  searching,
  onSearch,
  onReset,
}: {
  /** the boxes as a link filled them */
  initialValues?: Partial<SearchValues> | undefined;
  searching: boolean;
  onSearch: (criteria: Filters) => void;
  onReset: () => void;
}) {
  return (
    <QuerySearchForm<SearchValues>
      title="人员综合查询"
      fields={[
        {
          name: 'certType',
          label: '证件类型',
          required: true,
          input: <DictSelect name="certificate-types" allowClear={false} />,
        },
        {
          name: 'certNo',
          label: '证件号码',
          input: <Input allowClear maxLength={30} placeholder="请输入证件号码" />,
        },
        {
          name: 'personNo',
          label: '个人编号',
          input: <Input allowClear maxLength={30} placeholder="请输入个人编号" />,
        },
        {
          name: 'name',
          label: '姓名',
          input: <Input allowClear maxLength={50} placeholder="请输入姓名" />,
        },
      ]}
      initialValues={{ certType: DEFAULT_CERT_TYPE, ...initialValues }}
      criteriaOf={criteriaOf}
      noCriterion={{ field: 'certNo', message: NO_CRITERION }}
      labelWidth={{ normal: 76, elder: 96 }}
      searching={searching}
      onSearch={onSearch}
      onReset={onReset}
    />
  );
}

/** Several persons found: pick one (server-side paging). */
export function PersonResults({
  criteria,
  onOpen,
}: {
  criteria: Filters;
  onOpen: (person: PersonSummary) => void;
}) {
  const names = useNames();
  const openLink = (p: PersonSummary, text: string) => (
    <Button type="link" size="small" className="pq-link" onClick={() => onOpen(p)}>
      {text}
    </Button>
  );
  const columns: ColumnsType<PersonSummary> = [
    { title: '个人编号', dataIndex: 'personNo', render: (v: string) => nowrap(v) },
    { title: '姓名', dataIndex: 'name', render: (v: string, p) => openLink(p, v) },
    { title: '证件类型', dataIndex: 'certType', render: (v: string) => names.cert(v) },
    { title: '证件号码', dataIndex: 'certNo', render: (v: string) => nowrap(v) },
    { title: '性别', dataIndex: 'sex', render: (v: string) => names.sex(v) },
    { title: '出生日期', dataIndex: 'birthDate', render: (v: string) => nowrap(v) },
    { title: '人员类别', dataIndex: 'personCategory', render: (v: string) => names.category(v) },
    { title: '参保地', dataIndex: 'regionCode', render: (v: string) => <RegionName code={v} /> },
    { title: '人员状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '操作', key: 'open', render: (_: unknown, p) => openLink(p, '查看') },
  ];
  return (
    <Card size="small" className="pq-results">
      <ServerTable<PersonSummary>
        url={PERSONS_URL}
        filters={criteria}
        title="查询结果：请选择人员"
        rowKey="id"
        columns={columns}
        exportable={false}
      />
    </Card>
  );
}

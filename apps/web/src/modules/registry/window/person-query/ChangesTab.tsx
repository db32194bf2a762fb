import { useState } from 'react';
import type { ReactNode } from 'react';
import { Pagination, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  ADMIN_POSTS,
  FLEXIBLE_INTERRUPT_REASONS,
  TECH_TITLE_LEVELS,
  VOCATIONAL_LEVELS,
  type Page,
  type PersonChangeRow,
} from '@yibao/contracts';
import { formatDateTime } from '../../../../shared/format';
import { DEFAULT_PAGE_SIZE, PAGE_SIZE_OPTIONS } from '../../../../shared/table-query';
import { DivisionName } from '../../../applications/shared/DivisionName';
import { optionLabel } from '../../../applications/shared/payload-parts';
import { LoadFailed, RegionName, emptyLocale, useNames, yuan } from './display';
import type { Names } from './display';
import { personUrl, usePersonTab } from './queries';

/** 变更项: the readable names of the person's and the enrolment's columns. */
const PERSON_FIELDS: Record<string, string> = {
  personNo: '个人编号',
  name: '姓名',
  certType: '证件类型',
  certNo: '证件号码',
  sex: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  nationality: '国家/地区',
  identity: '个人身份',
  workStartDate: '参加工作日期',
  education: '文化程度',
  politicalStatus: '政治面貌',
  maritalStatus: '婚姻状态',
  studentNo: '学籍编号',
  adminPost: '行政职务',
  techTitleLevel: '专业技术职务等级',
  vocationalLevel: '国家职业资格等级',
  householdType: '户口性质',
  householdDivisionCode: '户口所在区划',
  householdAddress: '户口所在地地址',
  householdPostcode: '户口所在地邮编',
  residenceDivisionCode: '居住地区划',
  residenceAddress: '居住地址',
  residencePostcode: '居住地邮编',
  phone: '联系电话',
  email: '电子邮箱',
  contactName: '联系人姓名',
  contactPhone: '联系人电话',
  bankCode: '开户银行',
  bankAccount: '银行账号',
  bankAccountName: '银行户名',
  ssCardNo: '社会保障卡号',
  personCategory: '人员类别',
  retiredOn: '离退休日期',
  deathDate: '死亡日期',
  regionCode: '参保地',
  unitId: '所在单位',
  status: '人员状态',
};
const ENROLMENT_FIELDS: Record<string, string> = {
  insuranceType: '险种类型',
  personType: '参保身份',
  status: '参保状态',
  startDate: '参保开始日期',
  endDate: '参保终止日期',
  firstEnrolledOn: '首次参保日期',
  contributionBaseFen: '缴费基数（元）',
  contributionBaseFrom: '缴费基数起始年月',
  regionCode: '参保地',
  unitId: '参保单位',
  stopReason: '中断原因',
  stopRemark: '中断备注',
};

/** 特殊身份, 无卡结算 and 个人缴费补贴 of the person (W13 (三)(四), W33). */
const IDENTITY_FIELDS: Record<string, string> = {
  identityType: '特殊身份',
  startDate: '开始日期',
  endDate: '结束日期',
  source: '认定部门',
  status: '状态',
};
const CARDLESS_FIELDS: Record<string, string> = {
  startDate: '无卡结算开始日期',
  endDate: '无卡结算结束日期',
  status: '状态',
};
const SUBSIDY_FIELDS: Record<string, string> = {
  year: '缴费年度',
  identityType: '特殊身份',
  contributionFen: '个人缴费标准（元）',
  subsidyFen: '补贴金额（元）',
  personalFen: '个人实缴（元）',
  status: '状态',
};
const FEN_FIELDS = ['contributionBaseFen', 'contributionFen', 'subsidyFen', 'personalFen'];

/** A new record is shown by what identifies it, not by every column it was created with. */
const SHOWN_ON_CREATE: Record<PersonChangeRow['entity'], readonly string[]> = {
  person: ['name', 'certType', 'certNo', 'personCategory'],
  enrolment: ['insuranceType', 'personType', 'status', 'startDate'],
  identity: ['identityType', 'startDate', 'endDate', 'source'],
  cardless: ['startDate', 'endDate'],
  subsidy: ['year', 'identityType', 'contributionFen', 'subsidyFen', 'personalFen'],
};

const ACTIONS: Record<string, string> = {
  create: '新增',
  update: '修改',
  cancel: '撤销',
  reopen: '重新启用',
  restore: '恢复',
  stop: '终止参保',
  suspend: '暂停参保',
  resume: '恢复参保',
  end: '终止参保（续保）',
  retire: '退休',
  death: '死亡',
};

const ENTITIES: Record<PersonChangeRow['entity'], string> = {
  person: '人员',
  enrolment: '参保',
  identity: '特殊身份',
  cardless: '无卡结算',
  subsidy: '个人缴费补贴',
};
const FIELDS: Record<PersonChangeRow['entity'], Record<string, string>> = {
  person: PERSON_FIELDS,
  enrolment: ENROLMENT_FIELDS,
  identity: IDENTITY_FIELDS,
  cardless: CARDLESS_FIELDS,
  subsidy: SUBSIDY_FIELDS,
};

/** One changed field of a history entry: the entry's columns span its fields' rows. */
interface ChangeLine {
  key: string;
  entry: PersonChangeRow;
  /** how many rows the entry's own columns span here: its field count on the first, 0 after */
  span: number;
  field: string;
  before: unknown;
  after: unknown;
}

const labelsOf = (entry: PersonChangeRow) => FIELDS[entry.entity];

function linesOf(entry: PersonChangeRow): ChangeLine[] {
  const labels = labelsOf(entry);
  const shown = entry.changes.filter(
    (c) =>
      c.field in labels &&
      (entry.action !== 'create' || SHOWN_ON_CREATE[entry.entity].includes(c.field)),
  );
  // in the order of the labels, so the same fields always read the same way
  const order = Object.keys(labels);
  shown.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  const changes = shown.length ? shown : [{ field: '', before: null, after: null }];
  return changes.map((c, i) => ({
    key: `${entry.id}-${c.field}`,
    entry,
    span: i === 0 ? changes.length : 0,
    field: c.field,
    before: c.before,
    after: c.after,
  }));
}

/** A stored value by its name: codes through their dictionaries, fen as yuan, places by name. */
function valueOf(line: ChangeLine, v: unknown, names: Names, regionCode: string): ReactNode {
  if (v === null || v === undefined || v === '') return '-';
  if (typeof v !== 'string') {
    return FEN_FIELDS.includes(line.field) && typeof v === 'number' ? yuan(v) : String(v);
  }
  switch (line.field) {
    case 'certType':
      return names.cert(v);
    case 'sex':
      return names.sex(v);
    case 'ethnicity':
      return names.ethnicity(v);
    case 'nationality':
      return names.nationality(v);
    case 'education':
      return names.education(v);
    case 'politicalStatus':
      return names.political(v);
    case 'maritalStatus':
      return names.marital(v);
    case 'householdType':
      return names.household(v);
    case 'bankCode':
      return names.bank(v);
    case 'adminPost':
      return optionLabel(ADMIN_POSTS, v);
    case 'techTitleLevel':
      return optionLabel(TECH_TITLE_LEVELS, v);
    case 'vocationalLevel':
      return optionLabel(VOCATIONAL_LEVELS, v);
    case 'personCategory':
      return names.category(v);
    case 'personType':
      return names.personType(v);
    case 'insuranceType':
      return names.insurance(v);
    case 'identityType':
      return names.specialIdentity(v);
    case 'stopReason':
      return optionLabel(FLEXIBLE_INTERRUPT_REASONS, v);
    case 'regionCode':
      return <RegionName code={v} />;
    case 'householdDivisionCode':
    case 'residenceDivisionCode':
      return <DivisionName code={v} regionCode={regionCode} />;
    default:
      return v;
  }
}

const spanned = (line: ChangeLine) => ({ rowSpan: line.span });

/**
 * 变更历史信息: the changes of the person and of their enrolments, newest first, one row per
 * changed field (变更时间, 变更对象, 变更类型 and 经办原因 spanning the entry's rows).
 */
export function ChangesTab({ personId, regionCode }: { personId: number; regionCode: string }) {
  const names = useNames();
  const [page, setPage] = useState({ current: 1, size: DEFAULT_PAGE_SIZE });
  const result = usePersonTab<Page<PersonChangeRow>>(
    personId,
    'changes',
    `${personUrl(personId, 'changes')}?page=${page.current}&pageSize=${page.size}`,
  );
  if (result.isError) {
    return <LoadFailed error={result.error} onRetry={() => void result.refetch()} />;
  }
  const lines = (result.data?.items ?? []).flatMap(linesOf);
  const columns: ColumnsType<ChangeLine> = [
    {
      title: '变更时间',
      key: 'changedAt',
      width: 118,
      onCell: spanned,
      render: (_, l) => formatDateTime(l.entry.changedAt),
    },
    {
      title: '变更对象',
      key: 'entity',
      width: 104,
      onCell: spanned,
      render: (_, l) => ENTITIES[l.entry.entity],
    },
    {
      title: '变更类型',
      key: 'action',
      width: 104,
      onCell: spanned,
      render: (_, l) => ACTIONS[l.entry.action] ?? l.entry.action,
    },
    {
      title: '变更项',
      key: 'field',
      width: 150,
      render: (_, l) => (l.field === '' ? '-' : (labelsOf(l.entry)[l.field] ?? l.field)),
    },
    {
      title: '变更前',
      key: 'before',
      width: '22%',
      render: (_, l) => valueOf(l, l.before, names, regionCode),
    },
    {
      title: '变更后',
      key: 'after',
      width: '22%',
      render: (_, l) => valueOf(l, l.after, names, regionCode),
    },
    {
      title: '经办原因',
      key: 'reason',
      width: 200,
      onCell: spanned,
      render: (_, l) => l.entry.reason ?? '-',
    },
  ];
  return (
    <div className="pq-changes">
      <Table<ChangeLine>
        rowKey="key"
        size="middle"
        bordered
        columns={columns}
        dataSource={lines}
        loading={result.isFetching}
        pagination={false}
        locale={emptyLocale}
      />
      {(result.data?.total ?? 0) > 0 && (
        <Pagination
          className="pq-pagination"
          align="end"
          current={page.current}
          pageSize={page.size}
          total={result.data?.total ?? 0}
          showSizeChanger
          pageSizeOptions={PAGE_SIZE_OPTIONS}
          showTotal={(total) => `总共 ${total} 条变更`}
          onChange={(current, size) =>
            setPage((p) => ({ current: size === p.size ? current : 1, size }))
          }
        />
      )}
    </div>
  );
}

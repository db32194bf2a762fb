import { Card, Descriptions, Table, Tag } from 'antd';
import {
  FLEXIBLE_INTERRUPT_REASONS,
  type FlexibleWindowEnrolment,
  type FlexibleWindowPersonReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { yuanText } from '../../../shared/format';
import { optionLabel } from '../../applications/shared/payload-parts';
import { certQuery, type CertValues } from './CertLookup';

/**
 * What the window's flexible-employment pages (002 十二 (五)(六)) show of the person found:
 * 人员基本信息, 单位基本信息 and 人员参保信息, read-only.
 */

/** 人员查询: the person of the clerk's regions, their unit and their 310 enrolments. */
export const findFlexiblePerson = (v: CertValues) =>
  api.get<FlexibleWindowPersonReply>(`/api/registry/flexible-window/person?${certQuery(v)}`);

/** 人员基本信息 and 单位基本信息 of the person found. */
export function FlexiblePersonFacts({ person }: { person: FlexibleWindowPersonReply }) {
  const certTypes = useDictionary('certificate-types');
  const categories = useDictionary('person-categories');
  return (
    <>
      <Card title="人员基本信息" size="small" className="window-form-section">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          className="flexible-person"
          items={[
            { key: 'certType', label: '证件类型', children: certTypes.label(person.certType) },
            { key: 'certNo', label: '医保电子凭证/证件号码', children: person.certNo },
            { key: 'name', label: '姓名', children: person.name },
            {
              key: 'category',
              label: '人员类别',
              children: categories.label(person.personCategory),
            },
          ]}
        />
      </Card>
      <Card title="单位基本信息" size="small" className="window-form-section">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          className="flexible-unit"
          items={[
            { key: 'unitNo', label: '单位编号', children: person.unitNo ?? '-' },
            { key: 'unitName', label: '单位名称', children: person.unitName ?? '-' },
          ]}
        />
      </Card>
    </>
  );
}

const STATUS_COLORS: Readonly<Record<string, string>> = {
  正常参保: 'green',
  暂停参保: 'orange',
  终止参保: 'default',
};

/** 人员参保信息: the person's employee-scheme enrolments, newest first. */
export function FlexibleEnrolmentsTable({ rows }: { rows: FlexibleWindowEnrolment[] }) {
  const insuranceTypes = useDictionary('insurance-types');
  const personTypes = useDictionary('person-types');
  return (
    <Card title="人员参保信息" size="small" className="window-form-section">
      <Table<FlexibleWindowEnrolment>
        className="flexible-enrolments"
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: '暂无职工基本医疗保险参保记录' }}
        columns={[
          { title: '序号', key: 'no', width: 64, render: (_v, _r, i) => i + 1 },
          {
            title: '险种类型',
            dataIndex: 'insuranceType',
            render: (v: string) => insuranceTypes.label(v),
          },
          { title: '参保日期', dataIndex: 'startDate' },
          {
            title: '参保状态',
            dataIndex: 'status',
            render: (v: string) => <Tag color={STATUS_COLORS[v]}>{v}</Tag>,
          },
          {
            title: '人员类型',
            dataIndex: 'personType',
            render: (v: string) => personTypes.label(v),
          },
          { title: '参保单位', dataIndex: 'unitName', render: (v: string | null) => v ?? '-' },
          {
            title: '缴费基数',
            dataIndex: 'contributionBaseFen',
            align: 'right',
            render: (v: number) => (v > 0 ? yuanText(v) : '-'),
          },
          { title: '中断日期', dataIndex: 'endDate', render: (v: string | null) => v ?? '-' },
          {
            title: '中断原因',
            dataIndex: 'stopReason',
            render: (v: string | null, r) =>
              v
                ? `${optionLabel(FLEXIBLE_INTERRUPT_REASONS, v)}${r.stopRemark ? `（${r.stopRemark}）` : ''}`
                : '-',
          },
        ]}
      />
    </Card>
  );
}

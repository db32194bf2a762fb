import { useMemo } from 'react';
import { Card, Descriptions, Form, Row, Table, Typography } from 'antd';
import type { MyPersonReply } from '@yibao/contracts';
import { useDictionary } from '../../../shared/dictionaries';
import { DivisionName } from '../../applications/shared';
import { DIVISION_FIELDS_OF_PAYLOAD } from '../shared/form-rules';
import {
  WINDOW_PERSON_INFO_LABELS,
  WINDOW_PERSON_INFO_SECTIONS,
  personInfoChanges,
  personInfoPayloadOf,
  personInfoValuesOf,
  type PersonInfoChange,
  type PersonInfoField,
  type PersonInfoFormValues,
} from '../shared/person-info-form';
import { PersonInfoFields } from '../shared/PersonInfoFields';
import { PERSON_STATUS_LABELS, PersonStatusFields } from './PersonStatusFields';
import { WindowForm, useFormColumn, type WindowIntake } from './WindowForm';

export const PERSON_INFO_CHANGE_WINDOW = 'person-info-change-window';

/** 政治面貌 and 婚姻状态: the window's form asks them beyond P10's fields. */
const STATUS_FIELDS = ['politicalStatus', 'maritalStatus'] as const;
type StatusField = (typeof STATUS_FIELDS)[number];
type StatusValues = Partial<Record<StatusField, string>>;
type Field = PersonInfoField | StatusField;
type Change = Omit<PersonInfoChange, 'field'> & { field: Field };

type FormValues = PersonInfoFormValues & StatusValues & { paperItems?: string[] };
type Payload = ReturnType<typeof payloadOf>;

const labels: Readonly<Record<Field, string>> = {
  ...WINDOW_PERSON_INFO_LABELS,
  ...PERSON_STATUS_LABELS,
};

const payloadOf = (v: FormValues) => ({
  ...personInfoPayloadOf(v),
  politicalStatus: v.politicalStatus ?? '',
  maritalStatus: v.maritalStatus ?? '',
});

/** P10's changes, then 政治面貌 and 婚姻状态. */
const changesOf = (before: Payload, after: Payload): Change[] => [
  ...personInfoChanges(before, after),
  ...STATUS_FIELDS.filter((f) => before[f] !== after[f]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  })),
];

/** 变更前 and 变更后 of each changed field, codes by their names, for the confirmation. */
function ChangeList({ changes, regionCode }: { changes: Change[]; regionCode: string }) {
  const dictionaries: Partial<Record<Field, (code: string) => string>> = {
    ethnicity: useDictionary('ethnicities').label,
    education: useDictionary('education-levels').label,
    bankCode: useDictionary('banks').label,
    politicalStatus: useDictionary('political-statuses').label,
    maritalStatus: useDictionary('marital-statuses').label,
  };
  const shown = (field: Field, value: string) => {
    if (value === '') return <Typography.Text type="secondary">（空）</Typography.Text>;
    if (field === 'householdDivisionCode' || field === 'residenceDivisionCode') {
      return <DivisionName code={value} regionCode={regionCode} />;
    }
    return dictionaries[field]?.(value) ?? value;
  };
  return (
    <Table<Change>
      className="person-info-changes"
      size="small"
      bordered
      pagination={false}
      rowKey="field"
      dataSource={changes}
      columns={[
        { title: '变更项目', dataIndex: 'field', render: (f: Field) => labels[f] },
        { title: '变更前', render: (_v, c) => shown(c.field, c.before) },
        { title: '变更后', render: (_v, c) => shown(c.field, c.after) },
      ]}
    />
  );
}

/** The found person's facts that 人员一般信息维护 does not change. */
function PersonFacts({ person }: { person: MyPersonReply }) {
  const certTypes = useDictionary('certificate-types');
  const sexes = useDictionary('sexes');
  const householdTypes = useDictionary('household-types');
  const insuranceTypes = useDictionary('insurance-types');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      className="person-info-facts"
      items={[
        { key: 'certType', label: '证件类型', children: certTypes.label(person.certType) },
        { key: 'certNo', label: '证件号码', children: person.certNo },
        { key: 'sex', label: '性别', children: sexes.label(person.sex) || '-' },
        { key: 'birthDate', label: '出生日期', children: person.birthDate || '-' },
        {
          key: 'householdType',
          label: '户口性质',
          children: householdTypes.label(person.householdType) || '-',
        },
        {
          key: 'insurance',
          label: '参保险种',
          children:
            person.activeInsuranceTypes.map((t) => insuranceTypes.label(t)).join('、') || '无',
        },
      ]}
    />
  );
}

/**
 * Why the registry's person cannot be changed here, as the server words it when it refuses:
 * 职工基本信息变更 is for employees (310 in force) whose record is 正常.
 */
export function refusalOf(person: MyPersonReply): string | null {
  if (person.status !== '正常') return '人员状态不是正常，不能变更基本信息';
  if (!person.activeInsuranceTypes.includes('310')) {
    return '该人员不是职工参保人员，不能办理职工基本信息变更';
  }
  return null;
}

export interface PersonInfoEditorProps {
  person: MyPersonReply;
  /** the business being filed: its checklist, the originals the 办事指南 ticked */
  intake: WindowIntake;
}

/**
 * 人员基本信息, 联系信息 and 银行信息 of the found employee, prefilled with the record; 保存 only
 * once something differs, after a confirmation listing each change (变更前 → 变更后).
 */
export function PersonInfoEditor({ person, intake }: PersonInfoEditorProps) {
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const initial = useMemo<FormValues>(
    () => ({
      ...personInfoValuesOf(person),
      // none yet: the select shows its placeholder ('' would show as a blank choice)
      politicalStatus: person.politicalStatus || undefined,
      maritalStatus: person.maritalStatus || undefined,
    }),
    [person],
  );
  const before = useMemo(() => payloadOf(initial), [initial]);
  const after = Form.useWatch((v: FormValues) => payloadOf(v), form);
  const changes = after ? changesOf(before, after) : [];

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="person-info-form"
      initialValues={initial}
      toPayload={(v) => ({
        certType: person.certType,
        certNo: person.certNo,
        ...payloadOf(v),
      })}
      fieldOfPayload={DIVISION_FIELDS_OF_PAYLOAD}
      savedMessage="人员信息变更成功"
      saveDisabled={changes.length === 0}
      footer={
        changes.length === 0 && (
          <Typography.Paragraph type="secondary" className="person-info-unchanged">
            人员信息尚未修改，修改后才能保存。
          </Typography.Paragraph>
        )
      }
      confirmation={(v) => {
        const list = changesOf(before, payloadOf(v));
        return {
          title: '确认保存人员信息变更吗？',
          width: 640,
          rows: [],
          extra: (
            <>
              <div>
                {person.name}（{person.certNo}）共变更 {list.length} 项：
              </div>
              <ChangeList changes={list} regionCode={person.regionCode} />
            </>
          ),
          note: '保存后即时办结，变更立即生效，并进入复核初审、复核复审；复核不通过将恢复变更前的信息。',
        };
      }}
    >
      {WINDOW_PERSON_INFO_SECTIONS.map((section, i) => (
        <Card
          key={section.title}
          title={section.title}
          size="small"
          className="window-form-section"
        >
          {/* 人员基本信息 opens with what this page does not change */}
          {i === 0 && <PersonFacts person={person} />}
          <Row gutter={24} className={i === 0 ? 'person-info-editable' : undefined}>
            <PersonInfoFields
              fields={section.fields}
              regionCode={person.regionCode}
              col={col}
              labels={WINDOW_PERSON_INFO_LABELS}
            />
            {i === 0 && <PersonStatusFields fields={STATUS_FIELDS} col={col} />}
          </Row>
        </Card>
      ))}
    </WindowForm>
  );
}

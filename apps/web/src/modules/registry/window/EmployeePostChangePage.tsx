import { useMemo } from 'react';
import { Alert, Card, Col, Descriptions, Form, Row, Select, Table, Typography } from 'antd';
import {
  ADMIN_POSTS,
  TECH_TITLE_LEVELS,
  VOCATIONAL_LEVELS,
  type EmployeePostReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { optionLabel } from '../../applications/shared/payload-parts';
import { CertLookup, certQuery, useCertLookup, type CertValues } from './CertLookup';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
  type WindowIntake,
} from './WindowForm';

export const EMPLOYEE_POST_CHANGE = 'employee-post-change';

type PostField = 'adminPost' | 'techTitleLevel' | 'vocationalLevel';
type Options = readonly { value: string; label: string }[];

/** The fields of 人员重要信息维护 this business changes, with their lists, in the page's order. */
export const POST_FIELDS: readonly { field: PostField; label: string; options: Options }[] = [
  { field: 'adminPost', label: '行政职务', options: ADMIN_POSTS },
  { field: 'techTitleLevel', label: '专业技术职务等级', options: TECH_TITLE_LEVELS },
  { field: 'vocationalLevel', label: '国家职业资格等级', options: VOCATIONAL_LEVELS },
];

type FormValues = Partial<Record<PostField, string>> & { paperItems?: string[] };

const valuesOf = (v: FormValues): Record<PostField, string> => ({
  adminPost: v.adminPost ?? '',
  techTitleLevel: v.techTitleLevel ?? '',
  vocationalLevel: v.vocationalLevel ?? '',
});

interface Change {
  field: PostField;
  label: string;
  before: string;
  after: string;
}

function changesOf(before: Record<PostField, string>, after: Record<PostField, string>) {
  return POST_FIELDS.filter((f) => before[f.field] !== after[f.field]).map((f): Change => ({
    field: f.field,
    label: f.label,
    before: optionLabel(f.options, before[f.field]) || '（空）',
    after: optionLabel(f.options, after[f.field]) || '（空）',
  }));
}

/** 人员查询: the person of the staff member's regions, with 行政职务 and the other two. */
const findPerson = (v: CertValues) =>
  api.get<EmployeePostReply>(`/api/registry/employee-posts?${certQuery(v)}`);

/** Why the person cannot be changed here, in the server's words. */
function refusalOf(p: EmployeePostReply): string | null {
  if (p.status !== '正常') return '人员状态不是正常，不能变更职务职级职称';
  if (!p.inService) return '该人员不是在职职工，不能办理单位职工职务职级职称变更';
  return null;
}

/** 人员基本信息 as the guide's page shows it: what this business does not change. */
function PersonFacts({ person }: { person: EmployeePostReply }) {
  const certTypes = useDictionary('certificate-types');
  const sexes = useDictionary('sexes');
  const ethnicities = useDictionary('ethnicities');
  const education = useDictionary('education-levels');
  const political = useDictionary('political-statuses');
  const marital = useDictionary('marital-statuses');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      className="employee-post-facts"
      items={[
        { key: 'certType', label: '证件类型', children: certTypes.label(person.certType) },
        { key: 'certNo', label: '证件号码', children: person.certNo },
        { key: 'name', label: '姓名', children: person.name },
        { key: 'sex', label: '性别', children: sexes.label(person.sex) || '-' },
        { key: 'ethnicity', label: '民族', children: ethnicities.label(person.ethnicity) || '-' },
        { key: 'birthDate', label: '出生日期', children: person.birthDate },
        { key: 'workStartDate', label: '首次参工日期', children: person.workStartDate ?? '-' },
        { key: 'education', label: '学历', children: education.label(person.education) || '-' },
        {
          key: 'politicalStatus',
          label: '政治面貌',
          children: political.label(person.politicalStatus) || '-',
        },
        {
          key: 'maritalStatus',
          label: '婚姻状态',
          children: marital.label(person.maritalStatus) || '-',
        },
        { key: 'unit', label: '所在单位', children: person.unitName ?? '-' },
      ]}
    />
  );
}

function PostEditor({ person, intake }: { person: EmployeePostReply; intake: WindowIntake }) {
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const before = useMemo(() => valuesOf(person), [person]);
  const after = Form.useWatch((v: FormValues) => valuesOf(v), form);
  const changes = after ? changesOf(before, after) : [];

  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="employee-post-form"
      initialValues={before}
      toPayload={(v) => ({ certType: person.certType, certNo: person.certNo, ...valuesOf(v) })}
      savedMessage="职务职级职称变更成功"
      saveDisabled={changes.length === 0}
      footer={
        changes.length === 0 && (
          <Typography.Paragraph type="secondary" className="employee-post-unchanged">
            职务职级职称尚未修改，修改后才能保存。
          </Typography.Paragraph>
        )
      }
      confirmation={(v) => {
        const list = changesOf(before, valuesOf(v));
        return {
          title: '确认保存职务职级职称变更吗？',
          width: 600,
          rows: [],
          extra: (
            <>
              <div>
                {person.name}（{person.certNo}）共变更 {list.length} 项：
              </div>
              <Table<Change>
                size="small"
                bordered
                pagination={false}
                rowKey="field"
                dataSource={list}
                columns={[
                  { title: '变更项目', dataIndex: 'label' },
                  { title: '变更前', dataIndex: 'before' },
                  { title: '变更后', dataIndex: 'after' },
                ]}
              />
            </>
          ),
          note: '保存后即时办结，变更立即生效，并进入复核初审、复核复审；复核不通过将恢复变更前的信息。',
        };
      }}
    >
      <Card title="人员基本信息" size="small" className="window-form-section">
        <PersonFacts person={person} />
        <Row gutter={24} className="employee-post-editable" style={{ marginTop: 16 }}>
          {POST_FIELDS.map((f) => (
            <Col {...col} key={f.field}>
              <Form.Item label={f.label} name={f.field}>
                <Select
                  allowClear
                  placeholder={`请选择${f.label}`}
                  options={f.options.map((o) => ({ ...o }))}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>
    </WindowForm>
  );
}

/**
 * W15 (二) 单位职工职务职级职称变更 at 人员重要信息维护 (002 十五): 人员查询 by 证件类型 and 证件号码,
 * then 人员基本信息 with 行政职务, 专业技术职务等级 and 国家职业资格等级 to change, the 申办资料
 * received on paper and 保存 — 即时办结, then 复核初审 and 复核复审; a failed 复核 restores them.
 */
export default function EmployeePostChangePage() {
  const intake = useWindowIntake(EMPLOYEE_POST_CHANGE);
  const lookup = useCertLookup(findPerson);

  if (intake.done) {
    return (
      <WindowSaved
        intake={intake}
        detail={intake.done}
        className="employee-post-result"
        title="单位职工职务职级职称变更成功"
        subTitle="职务职级职称已即时生效，待复核初审、复核复审确认；复核不通过将恢复变更前的信息。"
        facts={[
          ['姓名', intake.done.subjectName],
          ['证件号码', intake.done.subjectCertNo],
        ]}
        again="继续维护"
        onAgain={lookup.reset}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  const person = lookup.found?.value;
  const refusal = person ? refusalOf(person) : null;
  return (
    <div className="employee-post-window">
      <CertLookup state={lookup} idleHint="请输入证件类型和证件号码，查询要维护职务职级职称的职工">
        {person && refusal && (
          <Alert
            type="warning"
            showIcon
            className="window-form-section employee-post-refusal"
            title={refusal}
            description={`${person.name}（${person.certNo}）`}
          />
        )}
        {lookup.found && !refusal && (
          <PostEditor key={lookup.found.seq} person={lookup.found.value} intake={intake} />
        )}
      </CertLookup>
    </div>
  );
}

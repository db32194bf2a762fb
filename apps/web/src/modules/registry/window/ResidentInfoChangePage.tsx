import { useMemo } from 'react';
import { Alert, Card, Col, Descriptions, Form, Input, Row, Typography } from 'antd';
import { residentEnrolmentCheckBody, type MyPersonReply } from '@yibao/contracts';
import { api } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { zodRule } from '../../../shared/zod-form';
import { DIVISION_FIELDS_OF_PAYLOAD } from '../shared/form-rules';
import { ResidentFields } from '../shared/ResidentFields';
import { CertLookup, certQuery, useCertLookup, type CertValues } from './CertLookup';
import { payloadChanges } from './info-change-form';
import { PersonStatusFields } from './PersonStatusFields';
import { InfoChangeList } from './InfoChangeList';
import {
  RESIDENT_BASIC_FIELDS,
  RESIDENT_CHANGE_LABELS,
  RESIDENT_CONTACT_FIELDS,
  RESIDENT_INFO_CHANGE,
  isResidentKeyField,
  residentChangePayloadOf,
  residentChangeValuesOf,
  residentRefusalOf,
  type ResidentChangeValues,
} from './resident-info-change-form';
import {
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
  type WindowIntake,
} from './WindowForm';

const KEY_CHANGE_PROOF = 'key-change-proof';
const labels = RESIDENT_CHANGE_LABELS;

/** 人员查询: the person of the staff member's regions holding the certificate. */
const findPerson = (v: CertValues) =>
  api.get<MyPersonReply>(`/api/registry/person?${certQuery(v)}`);

/** The found resident's facts that 城乡居民参保维护 does not change. */
function ResidentFacts({ person }: { person: MyPersonReply }) {
  const certTypes = useDictionary('certificate-types');
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      className="resident-change-facts"
      style={{ marginBottom: 16 }}
      items={[
        { key: 'certType', label: '证件类型', children: certTypes.label(person.certType) },
        { key: 'certNo', label: '证件号码', children: person.certNo },
        { key: 'personNo', label: '人员编号', children: person.personNo || '-' },
      ]}
    />
  );
}

/** The resident's form: prefilled, 保存 once something differs, the changes confirmed. */
function ResidentInfoEditor({ person, intake }: { person: MyPersonReply; intake: WindowIntake }) {
  const [form] = Form.useForm<ResidentChangeValues>();
  const col = useFormColumn();
  const initial = useMemo(() => residentChangeValuesOf(person), [person]);
  const before = useMemo(() => residentChangePayloadOf(person, initial), [person, initial]);
  const changesOf = (v: ResidentChangeValues) =>
    payloadChanges(before, residentChangePayloadOf(person, v), ['certType', 'certNo']);
  const values = Form.useWatch((v: ResidentChangeValues) => v, form);
  const changes = values ? changesOf({ ...initial, ...values }) : [];
  const key = changes.filter((c) => isResidentKeyField(c.field));
  const proofReceived = (values?.paperItems ?? intake.received).includes(KEY_CHANGE_PROOF);

  return (
    <WindowForm<ResidentChangeValues>
      intake={intake}
      form={form}
      className="resident-change-form"
      initialValues={initial}
      toPayload={(v) => residentChangePayloadOf(person, v)}
      fieldOfPayload={DIVISION_FIELDS_OF_PAYLOAD}
      savedMessage="城乡居民参保信息变更成功"
      saveDisabled={changes.length === 0}
      footer={
        <>
          {changes.length === 0 && (
            <Typography.Paragraph type="secondary" className="resident-change-unchanged">
              参保信息尚未修改，修改后才能保存。
            </Typography.Paragraph>
          )}
          {key.length > 0 && !proofReceived && (
            <Alert
              type="warning"
              showIcon
              className="resident-change-key"
              title="变更了姓名、性别或出生日期等关键信息，须收取关键信息变更辅助材料"
            />
          )}
        </>
      }
      confirmation={(v) => {
        const list = changesOf(v);
        return {
          title: '确认保存城乡居民参保信息变更吗？',
          width: 640,
          rows: [],
          extra: (
            <>
              <div>
                {person.name}（{person.certNo}）共变更 {list.length} 项：
              </div>
              <InfoChangeList changes={list} regionCode={person.regionCode} subject="person" />
            </>
          ),
          note: '保存后即时办结，变更立即生效，并进入城乡居民参保维护审核（复核初审、复核复审）；复核不通过将恢复变更前的信息。',
        };
      }}
    >
      <Card title="人员基本信息" size="small" className="window-form-section">
        <ResidentFacts person={person} />
        <Row gutter={24} className="resident-change-editable">
          <Col {...col}>
            <Form.Item
              label={labels.name}
              name="name"
              required
              rules={[zodRule(residentEnrolmentCheckBody.shape.name)]}
            >
              <Input placeholder="请输入姓名" maxLength={50} />
            </Form.Item>
          </Col>
          <ResidentFields
            fields={RESIDENT_BASIC_FIELDS}
            regionCode={person.regionCode}
            localHousehold={undefined}
            col={col}
            labels={labels}
          />
          <PersonStatusFields fields={['politicalStatus']} col={col} />
          <ResidentFields
            fields={['admissionCategory']}
            regionCode={person.regionCode}
            localHousehold={undefined}
            col={col}
            labels={labels}
          />
          <PersonStatusFields fields={['studentNo']} col={col} />
        </Row>
      </Card>
      <Card title="联系信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <ResidentFields
            fields={RESIDENT_CONTACT_FIELDS}
            regionCode={person.regionCode}
            localHousehold={undefined}
            col={col}
            labels={labels}
          />
        </Row>
      </Card>
    </WindowForm>
  );
}

/**
 * W16 城乡居民参保信息变更登记 at 城乡居民参保维护 (002 十六): 人员查询 by 证件类型 and 证件号码,
 * then the resident's 人员基本信息 and 联系信息 to change, the 申办资料 received on paper and 保存 —
 * 即时办结; 城乡居民参保维护审核 (复核初审, 复核复审) follows, and a failed 复核 restores what was
 * there before.
 */
export default function ResidentInfoChangePage() {
  const intake = useWindowIntake(RESIDENT_INFO_CHANGE);
  const lookup = useCertLookup(findPerson);

  if (intake.done) {
    const changes = Array.isArray(intake.done.effectResult?.changes)
      ? intake.done.effectResult.changes.length
      : 0;
    return (
      <WindowSaved
        intake={intake}
        detail={intake.done}
        className="resident-change-result"
        title="城乡居民参保信息变更成功"
        subTitle="参保信息已即时生效，待城乡居民参保维护审核（复核初审、复核复审）；复核不通过将恢复变更前的信息。"
        facts={[
          ['姓名', intake.done.subjectName],
          ['证件号码', intake.done.subjectCertNo],
          ['变更项数', `${changes} 项`],
        ]}
        again="继续维护"
        onAgain={lookup.reset}
      />
    );
  }

  const person = lookup.found?.value;
  const refusal = person ? residentRefusalOf(person) : null;

  return (
    <div className="resident-change-page">
      <CertLookup
        state={lookup}
        idleHint="请输入证件类型和医保电子凭证/证件号码，查询要维护参保信息的城乡居民"
        loading={intake.loading}
      >
        {person && refusal && (
          <Alert
            type="warning"
            showIcon
            className="window-form-section resident-change-refusal"
            title={refusal}
            description={`${person.name}（${person.certNo}）`}
          />
        )}
        {lookup.found && !refusal && (
          <ResidentInfoEditor key={lookup.found.seq} person={lookup.found.value} intake={intake} />
        )}
      </CertLookup>
    </div>
  );
}

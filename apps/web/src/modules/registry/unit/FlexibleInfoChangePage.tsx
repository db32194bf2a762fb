import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { Alert, App, Button, Card, Form, Row, Space, Spin } from 'antd';
import { errorMessage } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { applyPayloadError } from '../../applications/applicant/form-errors';
import { DIVISION_FIELDS_OF_PAYLOAD } from '../shared/form-rules';
import {
  personInfoPayloadOf,
  personInfoValuesOf,
  type PersonInfoFormValues,
  type PersonInfoSection,
} from '../shared/person-info-form';
import { PersonInfoFields } from '../shared/PersonInfoFields';
import { AgencyOnly } from './AgencyOnly';
import { FlexibleFeedback } from './FlexibleFeedback';
import {
  FLEX,
  FLEX_PERSON_KEY,
  findAgencyPerson,
  identityOf,
  regionOfDivision,
  submitFlexible,
  useAgencyPerson,
  useAgencyRegion,
  type Identity,
} from './flexibleApi';
import { IdentityQueryForm } from './IdentityFields';
import './flexible.css';

const BUSINESS = '灵活就业人员信息维护';

/** The guide's three panels of 灵活就业人员信息维护, over P10's fields. */
const SECTIONS: readonly PersonInfoSection[] = [
  { title: '人员基本信息', fields: ['name', 'ethnicity', 'education'] },
  {
    title: '户籍与联系信息',
    fields: [
      'householdDivisionCode',
      'householdAddress',
      'householdPostcode',
      'residenceDivisionCode',
      'residenceAddress',
      'residencePostcode',
      'contactName',
      'contactPhone',
    ],
  },
  { title: '人员参保信息', fields: ['bankCode', 'bankAccount', 'email', 'phone'] },
];
const COL = { xs: 24, md: 12, xl: 8 };

/**
 * U05 灵活就业人员信息维护 (001 §一): 查询 the agency's person by 姓名, 证件类型, 证件号码, change
 * 人员基本信息, 户籍与联系信息 and 人员参保信息 (P10's fields, prefilled from the registry), 提交; decided
 * at once (系统自助审核).
 */
export default function FlexibleInfoChangePage() {
  return (
    <AgencyOnly>
      <InfoChange />
    </AgencyOnly>
  );
}

function InfoChange() {
  const [queryForm] = Form.useForm<Partial<Identity>>();
  const [form] = Form.useForm<PersonInfoFormValues>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const region = useAgencyRegion();
  const [found, setFound] = useState<{ id: number; who: Identity } | null>(null);
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  const detail = useAgencyPerson(found?.id ?? null);

  const find = useMutation({
    mutationFn: async (v: Partial<Identity>) => {
      const who = identityOf(v);
      return { who, member: await findAgencyPerson(who) };
    },
    onSuccess: ({ who, member }) => {
      if (!member) {
        setFound(null);
        queryForm.setFields([
          { name: 'certNo', errors: [`${who.name}不是本机构正常参保的灵活就业人员`] },
        ]);
        return;
      }
      setFound({ id: member.id, who });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const submit = useMutation({
    mutationFn: (v: PersonInfoFormValues) => {
      if (!found) throw new Error('no person');
      return submitFlexible(FLEX.info, {
        ...personInfoPayloadOf(v),
        certType: found.who.certType,
        certNo: found.who.certNo,
      });
    },
    onSuccess: (d) => {
      setDone(d);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void client.invalidateQueries({ queryKey: [FLEX_PERSON_KEY] });
    },
    onError: (error) => {
      if (!applyPayloadError(form, error, DIVISION_FIELDS_OF_PAYLOAD)) {
        void message.error(errorMessage(error));
      }
    },
  });

  if (done && found) {
    return (
      <FlexibleFeedback
        detail={done}
        business={BUSINESS}
        lines={[
          { label: '姓名', value: found.who.name },
          { label: '证件号码', value: found.who.certNo },
        ]}
        onAgain={() => {
          setDone(null);
          setFound(null);
        }}
      />
    );
  }

  const person = detail.data;
  const regionCode = region.data ?? regionOfDivision(person?.residenceDivisionCode);

  return (
    <>
      <Card title={BUSINESS} className="applicant-section">
        <IdentityQueryForm
          form={queryForm}
          required
          loading={find.isPending}
          onFinish={(v) => find.mutate(v)}
          onReset={() => setFound(null)}
        />
      </Card>
      {found && detail.isPending && <Spin style={{ display: 'block', margin: '40px auto' }} />}
      {found && detail.isError && (
        <Alert
          type="error"
          showIcon
          title="人员信息加载失败"
          description={errorMessage(detail.error)}
        />
      )}
      {found && person && regionCode && (
        <Form<PersonInfoFormValues>
          key={person.id}
          form={form}
          layout="vertical"
          className="applicant-form"
          initialValues={personInfoValuesOf(person)}
          onFinish={(v) => submit.mutate(v)}
          scrollToFirstError
        >
          {SECTIONS.map((section) => (
            <Card key={section.title} title={section.title} className="applicant-section">
              <Row gutter={24}>
                <PersonInfoFields fields={section.fields} regionCode={regionCode} col={COL} />
              </Row>
            </Card>
          ))}
          <Space className="applicant-actions" size={16}>
            <Button size="large" onClick={() => form.resetFields()}>
              重置
            </Button>
            <Button type="primary" size="large" htmlType="submit" loading={submit.isPending}>
              提交
            </Button>
          </Space>
        </Form>
      )}
    </>
  );
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { Alert, App, Button, Card, Form, Result, Row, Space, Spin } from 'antd';
import { errorMessage } from '../../../shared/api';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY } from '../../../shared/ServerTable';
import { DIVISION_FIELDS_OF_PAYLOAD } from '../../registry/shared/form-rules';
import {
  PERSON_INFO_SECTIONS,
  personInfoPayloadOf,
  personInfoValuesOf,
  type PersonInfoFormValues,
} from '../../registry/shared/person-info-form';
import { PersonInfoFields } from '../../registry/shared/PersonInfoFields';
import { applicationApi } from '../shared/applicationApi';
import { MY_PERSON_KEY, useMyPerson } from './applicantApi';
import { applyPayloadError } from './form-errors';

export const PERSON_INFO_CHANGE = 'person-info-change';

/**
 * P10 职工个人基本信息变更 (000 §1 我要办): the person's current information, the fields marked * must
 * not be empty; 提交 is decided at once (系统自助审核): 职工个人基本信息变更成功, 返回服务大厅.
 */
export default function PersonInfoChangePage() {
  const me = useMyPerson();
  const [form] = Form.useForm<PersonInfoFormValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [done, setDone] = useState<ApplicationDetail | null>(null);

  const submit = useMutation({
    mutationFn: (v: PersonInfoFormValues) =>
      applicationApi.submit({
        businessCode: PERSON_INFO_CHANGE,
        channel: 'personal',
        payload: personInfoPayloadOf(v),
        materialIds: [],
        paperItems: [],
      }),
    onSuccess: (detail) => {
      setDone(detail);
      void client.invalidateQueries({ queryKey: MY_PERSON_KEY });
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
    },
    onError: (error) => {
      const renamed = applyPayloadError(form, error, DIVISION_FIELDS_OF_PAYLOAD);
      if (!renamed) void message.error(errorMessage(error));
    },
  });

  if (me.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (me.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="个人信息加载失败"
        description={errorMessage(me.error)}
        action={
          <Button size="small" onClick={() => void me.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  const person = me.data;

  if (done) {
    const ok = done.status === 'approved';
    return (
      <Card>
        <Result
          status={ok ? 'success' : 'error'}
          title={ok ? '职工个人基本信息变更成功' : '职工个人基本信息变更未通过'}
          subTitle={ok ? `办件编号：${done.applicationNo}` : (done.decisionReason ?? undefined)}
          extra={
            <LinkButton to="/personal" type="primary" size="large">
              返回服务大厅
            </LinkButton>
          }
        />
      </Card>
    );
  }

  const employee = person.activeInsuranceTypes.includes('310');
  const region = person.regionCode;
  const col = { xs: 24, md: 12, xl: 8 };

  return (
    <Form<PersonInfoFormValues>
      form={form}
      layout="vertical"
      className="applicant-form"
      initialValues={personInfoValuesOf(person)}
      onFinish={(v) => submit.mutate(v)}
      scrollToFirstError
    >
      {!employee && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="您不是职工参保人员，不能办理职工个人基本信息变更"
        />
      )}
      {PERSON_INFO_SECTIONS.map((section) => (
        <Card key={section.title} title={section.title} className="applicant-section">
          <Row gutter={24}>
            <PersonInfoFields fields={section.fields} regionCode={region} col={col} />
          </Row>
        </Card>
      ))}
      <Space className="applicant-actions" size={16}>
        <Button size="large" onClick={() => form.resetFields()}>
          重置
        </Button>
        <Button
          type="primary"
          size="large"
          htmlType="submit"
          loading={submit.isPending}
          disabled={!employee}
        >
          提交
        </Button>
      </Space>
    </Form>
  );
}

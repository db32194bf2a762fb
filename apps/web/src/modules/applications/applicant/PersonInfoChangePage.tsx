import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  personInfoChangePayload,
  type ApplicationDetail,
  type MyPersonReply,
  type PersonInfoChangePayload,
} from '@yibao/contracts';
import { Alert, App, Button, Card, Col, Form, Input, Result, Row, Space, Spin } from 'antd';
import type { Rule } from 'antd/es/form';
import { errorMessage } from '../../../shared/api';
import { DictSelect } from '../../../shared/dictionaries';
import { DivisionCascader, divisionCascaderValue } from '../../../shared/DivisionCascader';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY } from '../../../shared/ServerTable';
import { zodRule } from '../../../shared/zod-form';
import { applicationApi } from '../shared/applicationApi';
import { MY_PERSON_KEY, useMyPerson } from './applicantApi';
import { applyPayloadError, lastCode } from './form-errors';

export const PERSON_INFO_CHANGE = 'person-info-change';

type FormValues = Omit<
  PersonInfoChangePayload,
  'householdDivisionCode' | 'residenceDivisionCode'
> & {
  householdDivision?: string[];
  residenceDivision?: string[];
};

const shape = personInfoChangePayload.shape;
const rule = (field: keyof typeof shape): Rule[] => [zodRule(shape[field])];
const divisionRule = (label: string): Rule[] => [
  {
    validator: async (_r, value: string[] | undefined) => {
      if (!/^\d{6}(\d{3})?$/.test(lastCode(value))) throw new Error(`请选择${label}`);
    },
  },
];

/** The form's values from the person's record: what the person changes from. */
function initialValues(p: MyPersonReply): FormValues {
  return {
    name: p.name,
    ethnicity: p.ethnicity,
    phone: p.phone,
    education: p.education,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    householdDivision: divisionCascaderValue(p.householdDivisionCode),
    householdAddress: p.householdAddress,
    householdPostcode: p.householdPostcode,
    residenceDivision: divisionCascaderValue(p.residenceDivisionCode),
    residenceAddress: p.residenceAddress,
    residencePostcode: p.residencePostcode,
    bankCode: p.bankCode,
    bankAccount: p.bankAccount,
    email: p.email,
  };
}

const trimmed = (v: string | undefined) => (v ?? '').trim();

/**
 * P10 职工个人基本信息变更 (000 §1 我要办): the person's current information, the fields marked * must
 * not be empty; 提交 is decided at once (系统自助审核): 职工个人基本信息变更成功, 返回服务大厅.
 */
export default function PersonInfoChangePage() {
  const me = useMyPerson();
  const [form] = Form.useForm<FormValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [done, setDone] = useState<ApplicationDetail | null>(null);

  const submit = useMutation({
    mutationFn: (v: FormValues) => {
      const payload: PersonInfoChangePayload = {
        name: trimmed(v.name),
        ethnicity: v.ethnicity ?? '',
        phone: trimmed(v.phone),
        education: v.education ?? '',
        contactName: trimmed(v.contactName),
        contactPhone: trimmed(v.contactPhone),
        householdDivisionCode: lastCode(v.householdDivision),
        householdAddress: trimmed(v.householdAddress),
        householdPostcode: trimmed(v.householdPostcode),
        residenceDivisionCode: lastCode(v.residenceDivision),
        residenceAddress: trimmed(v.residenceAddress),
        residencePostcode: trimmed(v.residencePostcode),
        bankCode: v.bankCode ?? '',
        bankAccount: trimmed(v.bankAccount),
        email: trimmed(v.email),
      };
      return applicationApi.submit({
        businessCode: PERSON_INFO_CHANGE,
        channel: 'personal',
        payload,
        materialIds: [],
        paperItems: [],
      });
    },
    onSuccess: (detail) => {
      setDone(detail);
      void client.invalidateQueries({ queryKey: MY_PERSON_KEY });
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
    },
    onError: (error) => {
      const renamed = applyPayloadError(form, error, {
        householdDivisionCode: 'householdDivision',
        residenceDivisionCode: 'residenceDivision',
      });
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
    <Form<FormValues>
      form={form}
      layout="vertical"
      className="applicant-form"
      initialValues={initialValues(person)}
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
      <Card title="职工个人基本信息" className="applicant-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item label="姓名" name="name" required rules={rule('name')}>
              <Input placeholder="请输入姓名" maxLength={50} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="民族" name="ethnicity" required rules={rule('ethnicity')}>
              <DictSelect name="ethnicities" placeholder="请选择民族" allowClear={false} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="参保人手机" name="phone" required rules={rule('phone')}>
              <Input placeholder="请输入参保人手机" maxLength={11} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="文化程度" name="education">
              <DictSelect name="education-levels" placeholder="请选择文化程度" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="联系人姓名" name="contactName" rules={rule('contactName')}>
              <Input placeholder="请输入联系人姓名" maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="联系人电话" name="contactPhone" rules={rule('contactPhone')}>
              <Input placeholder="请输入联系人电话" maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="户口所在区县街乡"
              name="householdDivision"
              required
              rules={divisionRule('户口所在区县街乡')}
            >
              <DivisionCascader regionCode={region} placeholder="请选择户口所在区县街乡" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="户口所在地地址"
              name="householdAddress"
              required
              rules={rule('householdAddress')}
            >
              <Input placeholder="请输入户口所在地地址" maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="户口所在地邮政编码"
              name="householdPostcode"
              required
              rules={rule('householdPostcode')}
            >
              <Input placeholder="请输入户口所在地邮政编码" maxLength={6} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="居住地所在区县街乡"
              name="residenceDivision"
              required
              rules={divisionRule('居住地所在区县街乡')}
            >
              <DivisionCascader regionCode={region} placeholder="请选择居住地所在区县街乡" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="居住地地址"
              name="residenceAddress"
              required
              rules={rule('residenceAddress')}
            >
              <Input placeholder="请输入居住地地址" maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="居住地邮编"
              name="residencePostcode"
              required
              rules={rule('residencePostcode')}
            >
              <Input placeholder="请输入居住地邮编" maxLength={6} inputMode="numeric" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title="职工个人参保信息" className="applicant-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item label="委托代发银行名称" name="bankCode" required rules={rule('bankCode')}>
              <DictSelect name="banks" placeholder="请选择委托代发银行名称" allowClear={false} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="委托代发银行账号"
              name="bankAccount"
              required
              rules={rule('bankAccount')}
            >
              <Input placeholder="请输入委托代发银行账号" maxLength={30} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="电子邮件地址" name="email" rules={rule('email')}>
              <Input placeholder="请输入电子邮件地址" maxLength={100} inputMode="email" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
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

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail, FlexibleAdditionPayload } from '@yibao/contracts';
import { FLEXIBLE_CATEGORIES } from '@yibao/contracts';
import { App, Button, Card, Col, Form, Row, Select, Space } from 'antd';
import { ApiError, errorMessage } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { applyPayloadError } from '../../applications/applicant/form-errors';
import { AgencyOnly } from './AgencyOnly';
import { FlexibleFeedback } from './FlexibleFeedback';
import { FLEX, FLEX_PERSON_KEY, identityOf, submitFlexible, type Identity } from './flexibleApi';
import { IdentityQueryForm, IdentitySummary, QUERY_COL } from './IdentityFields';
import './flexible.css';

const BUSINESS = '灵活就业人员增员申报';
const IDENTITY_FIELDS = ['name', 'certType', 'certNo'];

/**
 * U02 灵活就业人员增员申报 (001 §一): 灵活就业人员增员申报信息查询 (* 姓名, * 证件类型, * 证件号码), then
 * 灵活就业人员参保信息 (* 缴费人员类别) and 提交; a person of the registry in the unit's region joins
 * the agency at once (系统自助审核).
 */
export default function FlexibleAdditionPage() {
  return (
    <AgencyOnly>
      <Addition />
    </AgencyOnly>
  );
}

function Addition() {
  const [queryForm] = Form.useForm<Partial<Identity>>();
  const [form] = Form.useForm<Pick<FlexibleAdditionPayload, 'personCategory'>>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [who, setWho] = useState<Identity | null>(null);
  const [done, setDone] = useState<ApplicationDetail | null>(null);

  const submit = useMutation({
    mutationFn: (v: Pick<FlexibleAdditionPayload, 'personCategory'>) => {
      if (!who) throw new Error('no person');
      return submitFlexible(FLEX.addition, { ...who, personCategory: v.personCategory });
    },
    onSuccess: (detail) => {
      setDone(detail);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void client.invalidateQueries({ queryKey: [FLEX_PERSON_KEY] });
    },
    onError: (error) => {
      // a refusal of the person: back to the conditions, next to the field
      const field = error instanceof ApiError ? error.field?.replace(/^payload\./, '') : undefined;
      if (field && IDENTITY_FIELDS.includes(field)) {
        setWho(null);
        applyPayloadError(queryForm, error);
        return;
      }
      if (!applyPayloadError(form, error)) void message.error(errorMessage(error));
    },
  });

  if (done && who) {
    return (
      <FlexibleFeedback
        detail={done}
        business={BUSINESS}
        lines={[
          { label: '姓名', value: who.name },
          { label: '证件号码', value: who.certNo },
        ]}
        onAgain={() => {
          setDone(null);
          setWho(null);
          queryForm.resetFields();
        }}
      />
    );
  }

  return (
    <>
      <div hidden={who !== null}>
        <Card title="灵活就业人员增员申报信息查询" className="applicant-section">
          <IdentityQueryForm
            form={queryForm}
            required
            submitLabel="查询"
            onFinish={(v) => setWho(identityOf(v))}
          />
        </Card>
      </div>
      {who && (
        <Form<Pick<FlexibleAdditionPayload, 'personCategory'>>
          key={`${who.certType}:${who.certNo}`}
          form={form}
          layout="vertical"
          className="applicant-form"
          onFinish={(v) => submit.mutate(v)}
        >
          <Card title="灵活就业人员基本信息" className="applicant-section">
            <IdentitySummary identity={who} />
          </Card>
          <Card title="灵活就业人员参保信息" className="applicant-section">
            <Row gutter={24}>
              <Col {...QUERY_COL}>
                <Form.Item
                  label="缴费人员类别"
                  name="personCategory"
                  required
                  rules={[{ required: true, message: '请选择缴费人员类别' }]}
                >
                  <Select placeholder="请选择缴费人员类别" options={[...FLEXIBLE_CATEGORIES]} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Space className="applicant-actions" size={16}>
            <Button size="large" onClick={() => setWho(null)}>
              重新查询
            </Button>
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

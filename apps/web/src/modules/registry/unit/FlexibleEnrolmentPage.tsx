import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { Alert, App, Button, Card, Form, Space, Spin } from 'antd';
import { errorMessage } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { applyPayloadError } from '../../applications/applicant/form-errors';
import { useBusinesses } from '../../applications/shared';
import { DIVISION_FIELDS_OF_PAYLOAD } from '../shared/form-rules';
import { AgencyOnly } from './AgencyOnly';
import { enrolmentDefaults, enrolmentPayloadOf, type EnrolmentValues } from './enrolment-form';
import { EnrolmentPanels } from './EnrolmentPanels';
import { FlexibleFeedback } from './FlexibleFeedback';
import {
  FLEX,
  FLEX_PERSON_KEY,
  findAgencyPerson,
  identityOf,
  submitFlexible,
  useAgencyRegion,
  type Identity,
} from './flexibleApi';
import { HospitalSearchModal } from './HospitalPicker';
import { IdentityQueryForm } from './IdentityFields';
import './flexible.css';

const BUSINESS = '灵活就业人员参保登记';

/**
 * U01 灵活就业人员参保登记 (001 §一): the person's 姓名, 证件类型, 证件号码 are queried first, then
 * 人员基本信息, 户籍与联系信息 and 人员参保信息 with the 电子照片 and 定点医疗机构1–4; 提交 is decided at
 * once (系统自助审核) and 业务反馈结果 shows the new 个人编号.
 */
export default function FlexibleEnrolmentPage() {
  return (
    <AgencyOnly>
      <Enrolment />
    </AgencyOnly>
  );
}

function Enrolment() {
  const [queryForm] = Form.useForm<Partial<Identity>>();
  const [form] = Form.useForm<EnrolmentValues>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const business = useBusinesses().get(FLEX.enrolment);
  const region = useAgencyRegion();
  const [who, setWho] = useState<Identity | null>(null);
  const [initial, setInitial] = useState<EnrolmentValues>({});
  const [slot, setSlot] = useState<number | null>(null);
  const [done, setDone] = useState<ApplicationDetail | null>(null);

  const check = useMutation({
    mutationFn: async (v: Partial<Identity>) => {
      const next = identityOf(v);
      const known = await findAgencyPerson({ ...next, name: '' });
      return { next, known };
    },
    onSuccess: ({ next, known }) => {
      if (known) {
        queryForm.setFields([
          { name: 'certNo', errors: [`${known.name}已是本机构参保的灵活就业人员`] },
        ]);
        return;
      }
      setInitial(enrolmentDefaults(next));
      setWho(next);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const submit = useMutation({
    mutationFn: (v: EnrolmentValues) => {
      if (!who) throw new Error('no person');
      return submitFlexible(
        FLEX.enrolment,
        enrolmentPayloadOf(who, v),
        (v.photo ?? []).map((m) => m.id),
      );
    },
    onSuccess: (detail) => {
      setDone(detail);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void client.invalidateQueries({ queryKey: [FLEX_PERSON_KEY] });
      void client.invalidateQueries({ queryKey: ['flexible-agency'] });
    },
    onError: (error) => {
      const shown = applyPayloadError(form, error, {
        ...DIVISION_FIELDS_OF_PAYLOAD,
        materialIds: 'photo',
      });
      if (!shown) void message.error(errorMessage(error));
    },
  });

  const again = () => {
    setDone(null);
    setWho(null);
    queryForm.resetFields();
  };

  if (done && who) {
    const personNo = done.effectResult?.personNo;
    return (
      <FlexibleFeedback
        detail={done}
        business={BUSINESS}
        onAgain={again}
        lines={[
          { label: '姓名', value: who.name },
          { label: '证件号码', value: who.certNo },
          ...(typeof personNo === 'string' ? [{ label: '个人编号', value: personNo }] : []),
        ]}
      />
    );
  }

  if (!who) {
    return (
      <Card title={BUSINESS} className="applicant-section">
        <IdentityQueryForm
          form={queryForm}
          required
          loading={check.isPending}
          onFinish={(v) => check.mutate(v)}
        />
      </Card>
    );
  }

  if (region.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (!region.data) {
    return (
      <Alert
        type="error"
        showIcon
        title="未能确定本单位所在的统筹区"
        description={region.isError ? errorMessage(region.error) : '本统筹区暂无可选择的定点医院'}
      />
    );
  }

  return (
    <Form<EnrolmentValues>
      key={`${who.certType}:${who.certNo}`}
      form={form}
      layout="vertical"
      className="applicant-form flex-enrolment"
      initialValues={initial}
      onFinish={(v) => submit.mutate(v)}
      scrollToFirstError
    >
      <EnrolmentPanels
        who={who}
        regionCode={region.data}
        business={business}
        onPickHospital={setSlot}
      />
      <HospitalSearchModal
        slot={slot}
        onClose={() => setSlot(null)}
        onSelect={(hospital) => {
          if (slot === null) return;
          form.setFieldValue(['hospitals', slot - 1], hospital);
          void form.validateFields([['hospitals', slot - 1]]).catch(() => undefined);
          setSlot(null);
        }}
      />
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
  );
}

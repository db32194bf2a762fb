import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { Alert, App, Button, Card, Col, Form, Row, Space, Spin, Tag } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { AgencyOnly } from './AgencyOnly';
import { FlexibleFeedback } from './FlexibleFeedback';
import {
  FLEX,
  FLEX_PERSON_KEY,
  findAgencyPerson,
  identityOf,
  submitFlexible,
  useAgencyPerson,
  type Identity,
} from './flexibleApi';
import { HospitalSearchModal, type HospitalChoice } from './HospitalPicker';
import { IdentityQueryForm, IdentitySummary } from './IdentityFields';
import './flexible.css';

const BUSINESS = '灵活就业人员定点医疗机构变更';
/** 定点医疗机构1 and 2 are marked * as the guide marks them. */
const REQUIRED_SLOTS = [1, 2];

interface Change {
  slot: number;
  hospital: HospitalChoice;
}

/**
 * U04 灵活就业人员定点医疗机构变更 (001 §一): 查询条件 姓名, 证件类型, 证件号码 → the person's
 * 定点医疗机构1–5; a click on a slot opens 选择——定点医疗机构N, 【选择】 a hospital, 【提交】; decided at
 * once (系统自助审核) by the rules of 定点医疗机构.
 */
export default function FlexibleHospitalChangePage() {
  return (
    <AgencyOnly>
      <HospitalChange />
    </AgencyOnly>
  );
}

function HospitalChange() {
  const [queryForm] = Form.useForm<Partial<Identity>>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [found, setFound] = useState<{ id: number; who: Identity } | null>(null);
  const [picking, setPicking] = useState<number | null>(null);
  const [change, setChange] = useState<Change | null>(null);
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  const detail = useAgencyPerson(found?.id ?? null);

  const find = useMutation({
    mutationFn: async (v: Partial<Identity>) => {
      const who = identityOf(v);
      return { who, member: await findAgencyPerson(who) };
    },
    onSuccess: ({ who, member }) => {
      setChange(null);
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
    mutationFn: (c: Change) => {
      if (!found) throw new Error('no person');
      return submitFlexible(FLEX.hospital, {
        ...found.who,
        slot: c.slot,
        institutionCode: c.hospital.code,
      });
    },
    onSuccess: (d) => {
      setDone(d);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void client.invalidateQueries({ queryKey: [FLEX_PERSON_KEY] });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  if (done && found && change) {
    return (
      <FlexibleFeedback
        detail={done}
        business={BUSINESS}
        lines={[
          { label: '姓名', value: found.who.name },
          {
            label: '变更内容',
            value: `定点医疗机构${change.slot} 变更为 ${change.hospital.name}`,
          },
        ]}
        onAgain={() => {
          setDone(null);
          setChange(null);
        }}
      />
    );
  }

  const slots = detail.data?.designatedHospitals ?? [];

  return (
    <>
      <Card title="灵活就业人员定点医疗机构变更查询条件" className="applicant-section">
        <IdentityQueryForm
          form={queryForm}
          required
          loading={find.isPending}
          onFinish={(v) => find.mutate(v)}
          onReset={() => {
            setFound(null);
            setChange(null);
          }}
        />
      </Card>
      {found && (
        <Card title="灵活就业人员定点医疗机构变更结果列表" className="applicant-section">
          {detail.isPending && <Spin style={{ display: 'block', margin: '24px auto' }} />}
          {detail.isError && (
            <Alert
              type="error"
              showIcon
              title="加载失败"
              description={errorMessage(detail.error)}
            />
          )}
          {detail.data && (
            <>
              <IdentitySummary identity={found.who} />
              <Alert
                type="info"
                showIcon
                className="flex-hospital-note"
                title="点击要修改的定点医疗机构，根据医院名称查询并【选择】医院后点击【提交】；每次提交变更一个定点医疗机构。"
              />
              <Row gutter={[24, 16]}>
                {slots.map(({ slot, name }) => {
                  const pending = change?.slot === slot ? change.hospital : null;
                  return (
                    <Col key={slot} xs={24} md={12} xl={8}>
                      <div className="flex-slot-label">
                        {REQUIRED_SLOTS.includes(slot) && <span className="flex-required">*</span>}
                        定点医疗机构{slot}
                      </div>
                      <button
                        type="button"
                        className={pending ? 'flex-slot flex-slot-changed' : 'flex-slot'}
                        aria-label={`定点医疗机构${slot}`}
                        onClick={() => setPicking(slot)}
                      >
                        <span className="flex-slot-name">
                          {pending?.name ?? name ?? '未选择，点击选择医院'}
                        </span>
                        {pending ? (
                          <Tag color="blue">原：{name ?? '未选择'}</Tag>
                        ) : (
                          <EditOutlined className="flex-slot-edit" />
                        )}
                      </button>
                    </Col>
                  );
                })}
              </Row>
              <Space className="applicant-actions flex-slot-actions" size={16}>
                <Button size="large" onClick={() => setChange(null)} disabled={!change}>
                  重置
                </Button>
                <Button
                  type="primary"
                  size="large"
                  disabled={!change}
                  loading={submit.isPending}
                  onClick={() => change && submit.mutate(change)}
                >
                  提交
                </Button>
              </Space>
            </>
          )}
        </Card>
      )}
      <HospitalSearchModal
        slot={picking}
        onClose={() => setPicking(null)}
        onSelect={(hospital) => {
          if (picking !== null) setChange({ slot: picking, hospital });
          setPicking(null);
        }}
      />
    </>
  );
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail, MaterialItem } from '@yibao/contracts';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { errorMessage } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { applyPayloadError } from '../../applications/applicant/form-errors';
import { MaterialsUpload, missingMessage } from '../../applications/applicant/MaterialsUpload';
import { useBusinesses } from '../../applications/shared';
import { FlexibleFeedback } from './FlexibleFeedback';
import {
  FLEX,
  FLEX_PERSON_KEY,
  findAgencyPerson,
  identityOf,
  submitFlexible,
  thisMonth,
  type Identity,
} from './flexibleApi';
import { IdentityQueryForm, IdentitySummary, QUERY_COL } from './IdentityFields';

const BUSINESS = '灵活就业人员减员申报（死亡减员）';

/**
 * 死亡减员 of U03: the person by * 姓名, * 证件类型, * 证件号码 (one of the agency's), 下一年度不参保原因
 * 死亡 and 缴费截止月份 this month, 材料上传 of the 死亡证明; 提交成功 waits for the front desk.
 */
export function DeathReduction({ onAgain }: { onAgain: () => void }) {
  const [queryForm] = Form.useForm<Partial<Identity>>();
  const [form] = Form.useForm<{ materials?: MaterialItem[] }>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const rules = useBusinesses().get(FLEX.death)?.materials ?? [];
  const [who, setWho] = useState<Identity | null>(null);
  const [done, setDone] = useState<ApplicationDetail | null>(null);

  const find = useMutation({
    mutationFn: async (v: Partial<Identity>) => {
      const next = identityOf(v);
      return { next, member: await findAgencyPerson(next) };
    },
    onSuccess: ({ next, member }) => {
      if (!member) {
        queryForm.setFields([
          { name: 'certNo', errors: [`${next.name}不是本机构正常参保的灵活就业人员`] },
        ]);
        return;
      }
      setWho(next);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const submit = useMutation({
    mutationFn: (v: { materials?: MaterialItem[] }) => {
      if (!who) throw new Error('no person');
      return submitFlexible(
        FLEX.death,
        who,
        (v.materials ?? []).map((m) => m.id),
      );
    },
    onSuccess: (detail) => {
      setDone(detail);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void client.invalidateQueries({ queryKey: [FLEX_PERSON_KEY] });
    },
    onError: (error) => {
      if (!applyPayloadError(form, error, { materialIds: 'materials' })) {
        void message.error(errorMessage(error));
      }
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
        onAgain={onAgain}
      />
    );
  }

  return (
    <>
      <div hidden={who !== null}>
        <Card className="applicant-section">
          <IdentityQueryForm
            form={queryForm}
            required
            loading={find.isPending}
            onFinish={(v) => find.mutate(v)}
          />
        </Card>
      </div>
      {who && (
        <Form<{ materials?: MaterialItem[] }>
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
                <Form.Item label="下一年度不参保原因" required>
                  <Select value="death" disabled options={[{ value: 'death', label: '死亡' }]} />
                </Form.Item>
              </Col>
              <Col {...QUERY_COL}>
                <Form.Item label="缴费截止月份">
                  <Input value={thisMonth()} disabled />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card title="材料上传" className="applicant-section">
            <Alert
              type="info"
              className="applicant-materials-note"
              title="说明：办理该项业务需提供以下申请材料（支持多次上传），才能进行业务的办理。"
              description="请自检是否具备该材料：死亡证明"
            />
            <Form.Item
              name="materials"
              rules={[
                {
                  validator: async (_r, files: MaterialItem[] | undefined) => {
                    const missing = missingMessage(rules, files ?? []);
                    if (missing) throw new Error(missing);
                  },
                },
              ]}
            >
              <MaterialsUpload businessCode={FLEX.death} rules={rules} />
            </Form.Item>
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

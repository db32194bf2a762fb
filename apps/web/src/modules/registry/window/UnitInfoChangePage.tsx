import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Form, Input, Spin, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { UnitProfile } from '@yibao/contracts';
import { ApiError, api, errorMessage } from '../../../shared/api';
import { trimmed } from '../shared/form-rules';
import { payloadChanges } from './info-change-form';
import { InfoChangeList } from './InfoChangeList';
import {
  KEY_CHANGE_PROOF,
  UNIT_INFO_CHANGE,
  isUnitKeyField,
  unitChangePayloadOf,
  unitFormValuesOf,
} from './unit-info-change-form';
import { FIELD_OF_PAYLOAD, type UnitFormValues } from './unit-registration-form';
import { UnitInfoSections } from './UnitInfoSections';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useWindowIntake,
  type WindowIntake,
} from './WindowForm';

const findUnit = (unitNo: string) =>
  api.get<UnitProfile>(
    `/api/registry/unit-info-change/unit?unitNo=${encodeURIComponent(unitNo.toUpperCase())}`,
  );

/** The found unit's form: prefilled, 保存 once something differs, the changes confirmed. */
function UnitInfoEditor({ unit, intake }: { unit: UnitProfile; intake: WindowIntake }) {
  const [form] = Form.useForm<UnitFormValues>();
  const initial = useMemo(() => unitFormValuesOf(unit), [unit]);
  const before = useMemo(() => unitChangePayloadOf(unit.unitNo, initial), [unit, initial]);
  const changesOf = (v: UnitFormValues) =>
    payloadChanges(before, unitChangePayloadOf(unit.unitNo, v), ['unitNo']);
  const values = Form.useWatch((v: UnitFormValues) => v, form);
  const changes = values ? changesOf({ ...initial, ...values }) : [];
  const key = changes.filter((c) => isUnitKeyField(c.field));
  const proofReceived = (values?.paperItems ?? intake.received).includes(KEY_CHANGE_PROOF);

  return (
    <WindowForm<UnitFormValues>
      intake={intake}
      form={form}
      className="unit-change-form"
      initialValues={initial}
      toPayload={(v) => unitChangePayloadOf(unit.unitNo, v)}
      fieldOfPayload={FIELD_OF_PAYLOAD}
      savedMessage="单位信息变更成功"
      saveDisabled={changes.length === 0}
      footer={
        <>
          {changes.length === 0 && (
            <Typography.Paragraph type="secondary" className="unit-change-unchanged">
              单位信息尚未修改，修改后才能保存。
            </Typography.Paragraph>
          )}
          {key.length > 0 && !proofReceived && (
            <Alert
              type="warning"
              showIcon
              className="unit-change-key"
              title="变更了关键信息，须收取关键信息变更辅助材料"
            />
          )}
        </>
      }
      confirmation={(v) => {
        const list = changesOf(v);
        return {
          title: '确认保存单位信息变更吗？',
          width: 680,
          rows: [],
          extra: (
            <>
              <div>
                {unit.name}（单位编号 {unit.unitNo}）共变更 {list.length} 项：
              </div>
              <InfoChangeList changes={list} regionCode={unit.regionCode} subject="unit" />
            </>
          ),
          note: '保存后即时办结，变更立即生效，并进入复核初审、复核复审；复核不通过将恢复变更前的信息。',
        };
      }}
    >
      <UnitInfoSections form={form} regionLocked />
    </WindowForm>
  );
}

/**
 * W14 单位参保信息变更登记 at 单位信息维护 (002 十四): 单位编号+enter (or 查询) finds the unit, then
 * its 单位基本信息, 单位联系信息, 单位注册信息 and 银行信息 to change, the 申办资料 received on paper
 * and 保存 — 即时办结, then 复核初审 and 复核复审; a failed 复核 restores what was there before.
 */
export default function UnitInfoChangePage() {
  const intake = useWindowIntake(UNIT_INFO_CHANGE);
  const [unitNo, setUnitNo] = useState('');
  const [found, setFound] = useState<{ unit: UnitProfile; seq: number } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const lookup = useMutation({
    mutationFn: findUnit,
    onMutate: () => {
      setFound(null);
      setMissing(null);
    },
    onSuccess: (unit) => setFound((f) => ({ unit, seq: (f?.seq ?? 0) + 1 })),
    onError: (error) =>
      setMissing(
        error instanceof ApiError && error.status === 404 ? error.message : errorMessage(error),
      ),
  });
  const search = (value: string) => {
    const no = trimmed(value);
    if (no === '') setMissing('请输入单位编号');
    else lookup.mutate(no);
  };

  if (intake.done) {
    const changes = Array.isArray(intake.done.effectResult?.changes)
      ? intake.done.effectResult.changes.length
      : 0;
    return (
      <WindowSaved
        intake={intake}
        detail={intake.done}
        className="unit-change-result"
        title="单位参保信息变更成功"
        subTitle="单位信息已即时生效，待复核初审、复核复审确认；复核不通过将恢复变更前的信息。"
        facts={[
          ['单位编号', String(intake.done.effectResult?.unitNo ?? '-')],
          ['单位名称', intake.done.subjectName],
          ['变更项数', `${changes} 项`],
        ]}
        again="继续维护"
        onAgain={() => {
          setFound(null);
          setUnitNo('');
          lookup.reset();
        }}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <div className="unit-change-page">
      <Card title="单位查询" size="small" className="window-form-section">
        <Form layout="inline">
          <Form.Item label="单位编号" required>
            <Input.Search
              className="unit-change-lookup"
              placeholder="单位编号+enter或点击搜索查询"
              value={unitNo}
              maxLength={30}
              allowClear
              enterButton="查询"
              loading={lookup.isPending}
              onChange={(e) => setUnitNo(e.target.value.toUpperCase())}
              onSearch={search}
              style={{ width: 360 }}
            />
          </Form.Item>
        </Form>
      </Card>
      {lookup.isPending && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {!found && !missing && !lookup.isPending && (
        <Card size="small" className="window-form-section">
          <Empty description="请输入单位编号，查询要维护信息的单位" />
        </Card>
      )}
      {missing && (
        <Card size="small" className="window-form-section unit-change-missing">
          <Empty description={missing} />
        </Card>
      )}
      {found && <UnitInfoEditor key={found.seq} unit={found.unit} intake={intake} />}
    </div>
  );
}

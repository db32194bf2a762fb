import { Form } from 'antd';
import type { UnitRegistrationResult } from '@yibao/contracts';
import { useStaffRegions } from './parts';
import { UnitInfoSections } from './UnitInfoSections';
import {
  FIELD_OF_PAYLOAD,
  UNIT_REGISTRATION,
  toPayload,
  type UnitFormValues,
} from './unit-registration-form';
import { IntakeLoading, WindowForm, WindowSaved, useWindowIntake } from './WindowForm';

const DEFAULTS: UnitFormValues = {
  managementType: 'normal',
  unitType: 'enterprise',
  legalRepCertType: '01',
  bankUsages: ['collection'],
};

/**
 * W11 单位参保登记 · 新参保 (002 十一 (一)): 单位基本信息, 单位联系信息, 单位注册信息, 银行信息 as
 * the guide's page shows them, the 申办资料 received on paper, then 保存 — 即时办结: the unit is
 * registered at once and waits for 复核初审 and 复核复审.
 */
export default function UnitRegistrationPage() {
  const intake = useWindowIntake(UNIT_REGISTRATION);
  const [form] = Form.useForm<UnitFormValues>();
  const regions = useStaffRegions();

  if (intake.done) {
    const result = intake.done.effectResult as UnitRegistrationResult | null;
    return (
      <WindowSaved
        intake={intake}
        form={form}
        detail={intake.done}
        className="unit-reg-result"
        title="单位参保登记成功"
        subTitle="单位信息已即时生效，待复核初审、复核复审确认。"
        facts={[
          ['单位编号', result?.unitNo ?? '-'],
          ['单位名称', intake.done.subjectName],
          ['统一社会信用代码', intake.done.subjectCertNo],
        ]}
        again="继续登记"
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  return (
    <WindowForm<UnitFormValues>
      intake={intake}
      form={form}
      className="unit-reg-form"
      initialValues={{
        ...DEFAULTS,
        ...(regions.length === 1 ? { regionCode: regions[0]?.value } : {}),
      }}
      toPayload={toPayload}
      fieldOfPayload={FIELD_OF_PAYLOAD}
      savedMessage="单位参保登记成功"
      onValuesChange={(changed) => {
        if ('regionCode' in changed) form.setFieldValue('division', undefined);
      }}
      confirmation={(v) => ({
        title: '确认保存单位参保登记信息吗？',
        rows: [
          ['单位名称', (v.name ?? '').trim()],
          ['统一社会信用代码', (v.uscc ?? '').trim()],
        ],
        note: '保存后即时办结，单位登记立即生效，并进入复核初审、复核复审。',
      })}
    >
      <UnitInfoSections form={form} />
    </WindowForm>
  );
}

import { Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import {
  UNIT_MANAGEMENT_TYPES,
  UNIT_REG_CERT_TYPES,
  type UnitRegistrationResult,
} from '@yibao/contracts';
import { DictSelect } from '../../../shared/dictionaries';
import { DivisionCascader } from '../../../shared/DivisionCascader';
import { useElder } from '../../../shared/elder';
import { upper } from './fields';
import { BankUsagesInput, useStaffRegions } from './parts';
import {
  FIELD_OF_PAYLOAD,
  UNIT_REGISTRATION,
  divisionRule,
  legalRepCertRule,
  pairedRule,
  rule,
  toPayload,
  type UnitFormValues,
} from './unit-registration-form';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
} from './WindowForm';

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
  const { elder } = useElder();
  const intake = useWindowIntake(UNIT_REGISTRATION);
  const [form] = Form.useForm<UnitFormValues>();
  const regions = useStaffRegions();
  const region = Form.useWatch('regionCode', form);
  const col = useFormColumn();
  const wide = elder ? { xs: 24 } : { xs: 24, xl: 16 };

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
      <Card title="单位基本信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item label="医保区划" name="regionCode" required rules={rule('regionCode')}>
              <Select
                placeholder="请选择医保区划"
                options={regions}
                notFoundContent="您没有可经办的医保区划"
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="单位管理类型" name="managementType">
              <Select options={UNIT_MANAGEMENT_TYPES.map((o) => ({ ...o }))} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="单位类型" name="unitType" required rules={rule('unitType')}>
              <DictSelect name="unit-types" placeholder="请选择单位类型" allowClear={false} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="统一社会信用代码"
              name="uscc"
              required
              rules={rule('uscc')}
              normalize={upper}
            >
              <Input placeholder="请输入18位统一社会信用代码" maxLength={18} />
            </Form.Item>
          </Col>
          <Col {...wide}>
            <Form.Item label="单位名称" name="name" required rules={rule('name')}>
              <Input placeholder="请输入单位名称" maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="单位联系信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item label="联系人姓名" name="contactName" required rules={rule('contactName')}>
              <Input placeholder="请输入联系人姓名" maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="联系电话" name="contactPhone" required rules={rule('contactPhone')}>
              <Input placeholder="请输入联系电话" maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="电子邮箱" name="email" rules={rule('email')}>
              <Input placeholder="请输入电子邮箱" maxLength={100} inputMode="email" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="所属行政区" name="division" required rules={divisionRule}>
              {region ? (
                <DivisionCascader regionCode={region} placeholder="所属行政区" changeOnSelect />
              ) : (
                <Select disabled placeholder="请先选择医保区划" />
              )}
            </Form.Item>
          </Col>
          <Col {...wide}>
            <Form.Item label="单位详细地址" name="address" required rules={rule('address')}>
              <Input placeholder="请输入单位详细地址" maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="邮政编码" name="postcode" rules={rule('postcode')}>
              <Input placeholder="请输入邮政编码" maxLength={6} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="单位联系电话(座机)" name="officePhone" rules={rule('officePhone')}>
              <Input placeholder="如010-12345678" maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="单位注册信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item
              label="法定代表人姓名"
              name="legalRepName"
              required
              rules={rule('legalRepName')}
            >
              <Input placeholder="请输入法定代表人姓名" maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="法定代表人证件类型"
              name="legalRepCertType"
              required
              rules={rule('legalRepCertType')}
            >
              <DictSelect
                name="certificate-types"
                placeholder="请选择法定代表人证件类型"
                allowClear={false}
                onChange={() => {
                  if (form.getFieldValue('legalRepCertNo')) {
                    void form.validateFields(['legalRepCertNo']);
                  }
                }}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="法定代表人证件号码"
              name="legalRepCertNo"
              required
              normalize={upper}
              rules={legalRepCertRule(() => form.getFieldValue('legalRepCertType') as string)}
            >
              <Input placeholder="请输入法定代表人证件号码" maxLength={30} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="法定代表人移动电话"
              name="legalRepPhone"
              rules={rule('legalRepPhone')}
            >
              <Input placeholder="请输入法定代表人移动电话" maxLength={11} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="批准成立日期" name="establishedOn">
              <DatePicker
                placeholder="批准成立日期"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="批准成立文号" name="approvalDocNo" rules={rule('approvalDocNo')}>
              <Input placeholder="请输入批准成立文号" maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="注册证件类型"
              name="regCertType"
              dependencies={['regCertNo']}
              rules={[
                pairedRule(() => form.getFieldValue('regCertNo') as string, '请选择注册证件类型'),
              ]}
            >
              <Select
                allowClear
                placeholder="请选择注册证件类型"
                options={UNIT_REG_CERT_TYPES.map((o) => ({ ...o }))}
              />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="注册证件号码" name="regCertNo" rules={rule('regCertNo')}>
              <Input placeholder="请输入注册证件号码" maxLength={50} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="税号" name="taxNo" rules={rule('taxNo')} normalize={upper}>
              <Input placeholder="请输入税号" maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="银行信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col xs={24}>
            <Form.Item label="银行用途" name="bankUsages" required rules={rule('bankUsages')}>
              <BankUsagesInput />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="开户银行"
              name="bankCode"
              dependencies={['bankAccount']}
              rules={[
                pairedRule(() => form.getFieldValue('bankAccount') as string, '请选择开户银行'),
              ]}
            >
              <DictSelect name="banks" placeholder="请选择开户银行" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item label="银行户名" name="bankAccountName" rules={rule('bankAccountName')}>
              <Input placeholder="请输入银行户名" maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="银行账号"
              name="bankAccount"
              dependencies={['bankCode']}
              rules={[
                ...rule('bankAccount'),
                pairedRule(() => form.getFieldValue('bankCode') as string, '请输入银行账号'),
              ]}
            >
              <Input placeholder="请输入银行账号" maxLength={30} inputMode="numeric" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}

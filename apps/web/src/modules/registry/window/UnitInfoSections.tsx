import { Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import { UNIT_MANAGEMENT_TYPES, UNIT_REG_CERT_TYPES } from '@yibao/contracts';
import { DictSelect } from '../../../shared/dictionaries';
import { DivisionCascader } from '../../../shared/DivisionCascader';
import { useElder } from '../../../shared/elder';
import { upper } from './fields';
import { BankUsagesInput, useStaffRegions } from './parts';
import {
  divisionRule,
  legalRepCertRule,
  pairedRule,
  rule,
  type UnitFormValues,
} from './unit-registration-form';
import { useFormColumn } from './WindowForm';
import { today } from '../../../shared/format';

/**
 * 单位基本信息, 单位联系信息, 单位注册信息 and 银行信息 of the guide's unit page, the same for
 * 单位参保登记 (002 十一) and 单位信息维护 (十四). A unit being maintained keeps its 医保区划
 * (`regionLocked`).
 */
export function UnitInfoSections({
  form,
  regionLocked = false,
}: {
  form: FormInstance<UnitFormValues>;
  regionLocked?: boolean;
}) {
  const { elder } = useElder();
  const regions = useStaffRegions();
  const region = Form.useWatch('regionCode', form);
  const col = useFormColumn();
  const wide = elder ? { xs: 24 } : { xs: 24, xl: 16 };
  return (
    <>
      <Card title="单位基本信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item label="医保区划" name="regionCode" required rules={rule('regionCode')}>
              <Select
                placeholder="请选择医保区划"
                options={regions}
                disabled={regionLocked}
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
                disabledDate={(d) => d.isAfter(today(), 'day')}
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
    </>
  );
}

import { Alert, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { ColProps } from 'antd';
import type { BusinessItem, MaterialItem } from '@yibao/contracts';
import { FLEXIBLE_CATEGORIES, PERSON_IDENTITIES, flexibleEnrolmentPayload } from '@yibao/contracts';
import type { Dayjs } from 'dayjs';
import { DictSelect, useDictionary } from '../../../shared/dictionaries';
import { zodRule } from '../../../shared/zod-form';
import { MaterialsUpload, missingMessage } from '../../applications/applicant/MaterialsUpload';
import type { PersonInfoField } from '../shared/person-info-form';
import { PersonInfoFields } from '../shared/PersonInfoFields';
import { FLEX, type Identity } from './flexibleApi';
import { ENROLMENT_SLOTS, REQUIRED_ENROLMENT_SLOTS, sameHospitalSlot } from './enrolment-form';
import { HospitalField } from './HospitalPicker';
import { today } from '../../../shared/format';

/** 电子照片规格 as the guide states it. */
export const PHOTO_SPEC =
  '电子照片规格：本人近期一寸、正照、免冠、彩色、白底、服装与背景的颜色反差要大的电子照片，jpg格式，宽度：358像素，高度：441像素，文件不小于9KB，不大于20KB。';

const COL: ColProps = { xs: 24, md: 12, xl: 8 };
const shape = flexibleEnrolmentPayload.shape;
const required = (message: string) => [{ required: true, message }];
const notAfterToday = (d: Dayjs) => d.isAfter(today(), 'day');

/** The person queried, shown where the guide shows them: read-only. */
function Fixed({ label, value }: { label: string; value: string }) {
  return (
    <Col {...COL}>
      <Form.Item label={label}>
        <Input value={value} disabled />
      </Form.Item>
    </Col>
  );
}

/**
 * The three panels of 灵活就业人员参保登记 (001 §一) in the guide's order: 人员基本信息, 户籍与联系信息,
 * 人员参保信息 (* required), with P10's fields where the two share them.
 */

/** A required date no later than today (出生日期, 参加工作日期). */
function PastDateField({ name, label }: { name: string; label: string }) {
  return (
    <Col {...COL}>
      <Form.Item label={label} name={name} required rules={required(`请选择${label}`)}>
        <DatePicker
          style={{ width: '100%' }}
          placeholder={`请选择${label}`}
          disabledDate={notAfterToday}
        />
      </Form.Item>
    </Col>
  );
}

export function EnrolmentPanels({
  who,
  regionCode,
  business,
  onPickHospital,
}: {
  who: Identity;
  regionCode: string;
  business: BusinessItem | undefined;
  /** opens the search for the slot */
  onPickHospital: (slot: number) => void;
}) {
  const certTypes = useDictionary('certificate-types');
  const info = (fields: readonly PersonInfoField[]) => (
    <PersonInfoFields fields={fields} regionCode={regionCode} col={COL} />
  );
  const rules = business?.materials ?? [];
  return (
    <>
      <Card title="人员基本信息" className="applicant-section">
        <Row gutter={24}>
          <Fixed label="姓名" value={who.name} />
          <Fixed label="证件类型" value={certTypes.label(who.certType)} />
          <Fixed label="证件号码" value={who.certNo} />
          {info(['ethnicity'])}
          <PastDateField name="birthDate" label="出生日期" />
          <Col {...COL}>
            <Form.Item label="性别" name="sex" required rules={required('请选择性别')}>
              <DictSelect name="sexes" only={['1', '2']} placeholder="请选择性别" />
            </Form.Item>
          </Col>
          <Col {...COL}>
            <Form.Item
              label="国家/地区"
              name="nationality"
              required
              rules={required('请选择国家/地区')}
            >
              <DictSelect name="nationalities" placeholder="请选择国家/地区" />
            </Form.Item>
          </Col>
          <PastDateField name="workStartDate" label="参加工作日期" />
          {info(['education'])}
          <Col {...COL}>
            <Form.Item label="个人身份" name="identity" required rules={required('请选择个人身份')}>
              <Select
                placeholder="请选择个人身份"
                options={PERSON_IDENTITIES.map((v) => ({ value: v, label: v }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title="户籍与联系信息" className="applicant-section">
        <Row gutter={24}>
          <Col {...COL}>
            <Form.Item
              label="户口性质"
              name="householdType"
              required
              rules={required('请选择户口性质')}
            >
              <DictSelect name="household-types" placeholder="请选择户口性质" />
            </Form.Item>
          </Col>
          {info([
            'contactName',
            'contactPhone',
            'householdDivisionCode',
            'householdAddress',
            'householdPostcode',
            'residenceDivisionCode',
            'residenceAddress',
            'residencePostcode',
          ])}
        </Row>
      </Card>
      <Card title="人员参保信息" className="applicant-section">
        <Row gutter={24}>
          <Col {...COL}>
            <Form.Item
              label="缴费人员类别"
              name="personCategory"
              required
              rules={required('请选择缴费人员类别')}
            >
              <Select placeholder="请选择缴费人员类别" options={[...FLEXIBLE_CATEGORIES]} />
            </Form.Item>
          </Col>
          {info(['phone'])}
          <Col {...COL}>
            <Form.Item label="电子邮箱地址" name="email" required rules={[zodRule(shape.email)]}>
              <Input placeholder="请输入电子邮箱地址" inputMode="email" maxLength={100} />
            </Form.Item>
          </Col>
          {info(['bankCode', 'bankAccount'])}
        </Row>
        <Row gutter={24}>
          {ENROLMENT_SLOTS.map((slot) => {
            const must = REQUIRED_ENROLMENT_SLOTS.includes(slot);
            return (
              <Col key={slot} xs={24} md={12}>
                <Form.Item
                  label={`定点医疗机构${slot}`}
                  name={['hospitals', slot - 1]}
                  required={must}
                  dependencies={ENROLMENT_SLOTS.filter((s) => s !== slot).map((s) => [
                    'hospitals',
                    s - 1,
                  ])}
                  rules={[
                    ...(must ? required(`请选择定点医疗机构${slot}`) : []),
                    ({ getFieldValue }) => ({
                      validator: async () => {
                        const other = sameHospitalSlot(getFieldValue('hospitals'), slot);
                        if (other) throw new Error(`该医院已是定点医疗机构${other}`);
                      },
                    }),
                  ]}
                >
                  <HospitalField optional={!must} onPick={() => onPickHospital(slot)} />
                </Form.Item>
              </Col>
            );
          })}
        </Row>
        <Form.Item
          label="电子照片"
          name="photo"
          required
          rules={[
            {
              validator: async (_r, files: MaterialItem[] | undefined) => {
                const missing = missingMessage(rules, files ?? []);
                if (missing) throw new Error(missing);
              },
            },
          ]}
        >
          <MaterialsUpload businessCode={FLEX.enrolment} rules={rules} />
        </Form.Item>
        <Alert type="info" showIcon className="flex-photo-spec" title={PHOTO_SPEC} />
      </Card>
    </>
  );
}

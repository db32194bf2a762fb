import { Alert, Card, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import type { ColProps } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import {
  WITHDRAWAL_KINDS,
  WITHDRAWAL_PAYEE,
  withdrawalDeathPayload,
  withdrawalTransferPayload,
  type WithdrawalKind,
} from '@yibao/contracts';
import { validateCertNo } from '@yibao/domain';
import { DictSelect } from '../../../../shared/dictionaries';
import { zodRule } from '../../../../shared/zod-form';
import { NationalDivisionCascader } from '../../../applications/applicant/NationalDivisionCascader';
import { upper } from '../../../registry/window/fields';
import { today, todayText } from '../../../../shared/format';

/** The form of 个人账户清退登记 as the page holds it (dates as pickers, 转入地 as a path). */
export interface WithdrawalFormValues {
  kind?: WithdrawalKind;
  phone?: string;
  remark?: string;
  deathDate?: Dayjs | null;
  heirName?: string;
  heirCertType?: string;
  heirCertNo?: string;
  heirRelation?: string;
  heirAddress?: string;
  transferRegion?: string[];
  transferDate?: Dayjs | null;
  bankCode?: string;
  bankBranch?: string;
  bankAccount?: string;
  paperItems?: string[];
}

const death = withdrawalDeathPayload.shape;
const transfer = withdrawalTransferPayload.shape;
const KINDS = WITHDRAWAL_KINDS.map((k) => ({ value: k.value, label: k.part }));

/** 转入地: the deepest 6-digit division picked (a township's 9 digits are not a pooling region). */
export const transferRegionOf = (path: readonly string[] | undefined) =>
  [...(path ?? [])].reverse().find((c) => /^\d{6}$/.test(c)) ?? '';

/** Bank card numbers are often typed in groups of four: the spaces go. */
const digitsOnly = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v);

const notAfterToday = (d: Dayjs) => d.isAfter(today(), 'day');

/** 继承人证件号码, checked against 继承人证件类型 as the server checks it. */
const heirCertRule: Rule = ({ getFieldValue }) => ({
  validator: async (_r, value: string | undefined) => {
    const v = (value ?? '').trim();
    if (!v) throw new Error('请输入继承人证件号码');
    const checked = validateCertNo(String(getFieldValue('heirCertType') ?? ''), v, todayText());
    if (!checked.ok) throw new Error(checked.message);
  },
});

const required = (message: string): Rule => ({ required: true, message });

/**
 * 清退信息: 拨付对象 (个人), 清退原因 (the two parts of the item), 联系电话, then 死亡日期 or 转入地
 * and 转移日期, and 备注. A refusal of the kind chosen shows on top.
 */
export function WithdrawalInfoSection({
  col,
  kind,
  refusal,
  birthDate,
}: {
  col: ColProps;
  kind: WithdrawalKind;
  refusal: string | null;
  birthDate: string;
}) {
  return (
    <Card title="清退信息" size="small" className="window-form-section">
      {refusal && (
        <Alert
          type="error"
          showIcon
          className="withdrawal-refusal"
          title={refusal}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={24}>
        <Col {...col}>
          <Form.Item label="拨付对象" required htmlFor="withdrawal-payee">
            <Input id="withdrawal-payee" value={WITHDRAWAL_PAYEE} disabled />
          </Form.Item>
        </Col>
        <Col xs={24} xl={16}>
          <Form.Item label="清退原因" name="kind" required>
            <Radio.Group options={KINDS} optionType="button" buttonStyle="solid" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="联系电话" name="phone" rules={[zodRule(death.phone)]}>
            <Input placeholder="请输入联系电话" maxLength={20} />
          </Form.Item>
        </Col>
        {kind === 'death' ? (
          <Col {...col}>
            <Form.Item
              label="死亡日期"
              name="deathDate"
              required
              rules={[required('请选择死亡日期')]}
            >
              <DatePicker
                style={{ width: '100%' }}
                placeholder="请选择死亡日期"
                disabledDate={(d) => notAfterToday(d) || d.isBefore(dayjs(birthDate), 'day')}
              />
            </Form.Item>
          </Col>
        ) : (
          <>
            <Col {...col}>
              <Form.Item
                label="转入地"
                name="transferRegion"
                required
                rules={[
                  {
                    validator: async (_r, v: string[] | undefined) => {
                      if (!transferRegionOf(v)) throw new Error('请选择转入地');
                    },
                  },
                ]}
                extra="转入地医保经办机构未设立个人账户"
              >
                <NationalDivisionCascader changeOnSelect placeholder="请选择转入地（省 / 市）" />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item
                label="转移日期"
                name="transferDate"
                required
                rules={[required('请选择转移日期')]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  placeholder="请选择转移日期"
                  disabledDate={notAfterToday}
                />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24}>
          <Form.Item label="备注" name="remark" rules={[zodRule(death.remark)]}>
            <Input.TextArea rows={2} maxLength={200} showCount placeholder="请输入备注" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** 继承人信息 of 死亡人员清退账户: who receives the money for all heirs (annex 3's 领取人). */
export function HeirSection({ col }: { col: ColProps }) {
  return (
    <Card title="继承人信息" size="small" className="window-form-section">
      <Row gutter={24}>
        <Col {...col}>
          <Form.Item label="继承人姓名" name="heirName" required rules={[zodRule(death.heirName)]}>
            <Input placeholder="请输入继承人姓名" maxLength={50} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label="与死者关系"
            name="heirRelation"
            required
            rules={[zodRule(death.heirRelation)]}
          >
            <DictSelect name="relations" placeholder="请选择与死者关系" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="继承人证件类型" name="heirCertType" required>
            <DictSelect
              name="certificate-types"
              allowClear={false}
              placeholder="请选择继承人证件类型"
            />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label="继承人证件号码"
            name="heirCertNo"
            required
            dependencies={['heirCertType']}
            rules={[heirCertRule]}
            normalize={upper}
          >
            <Input placeholder="请输入继承人证件号码" maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} xl={16}>
          <Form.Item label="常住地址" name="heirAddress" rules={[zodRule(death.heirAddress)]}>
            <Input placeholder="请输入继承人常住地址" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/**
 * 银行信息: 银行大类, 开户行, 银行账号 and the 户名 it must be in — the heir's, or the insured
 * person's own for a transfer; the 户名 is not typed.
 */
export function BankSection({ col, holder }: { col: ColProps; holder: string }) {
  return (
    <Card title="银行信息" size="small" className="window-form-section">
      <Row gutter={24}>
        <Col {...col}>
          <Form.Item label="银行大类" name="bankCode" required rules={[zodRule(transfer.bankCode)]}>
            <DictSelect name="banks" placeholder="请选择银行大类" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label="开户行"
            name="bankBranch"
            required
            rules={[zodRule(transfer.bankBranch)]}
          >
            <Input placeholder="请输入开户行网点名称" maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item
            label="银行账号"
            name="bankAccount"
            required
            normalize={digitsOnly}
            rules={[zodRule(transfer.bankAccount)]}
          >
            <Input placeholder="请输入银行账号" maxLength={36} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col {...col}>
          <Form.Item label="户名" extra="户名须与领取人一致" htmlFor="withdrawal-holder">
            <Input id="withdrawal-holder" value={holder} disabled placeholder="同领取人姓名" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

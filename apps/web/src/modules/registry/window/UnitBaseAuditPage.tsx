import { Alert, Card, Col, Descriptions, Form, Input, InputNumber, Row, Tag } from 'antd';
import {
  BASE_AUDIT_CATEGORIES,
  unitBaseAuditPayload,
  type UnitBaseAuditReply,
} from '@yibao/contracts';
import { BASE_AUDIT_RESULTS, baseAuditVerdict, type BaseAuditVerdict } from '@yibao/domain';
import { api } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { formatDateTime, yuanText } from '../../../shared/format';
import { zodRule } from '../../../shared/zod-form';
import { optionLabel } from '../../applications/shared/payload-parts';
import { trimmed } from '../shared/form-rules';
import { YuanInput } from './fields';
import { fenOf, yuanRule } from './registry-rules';
import { UnitLookup, useUnitLookup } from './UnitLookup';
import {
  IntakeLoading,
  WindowForm,
  WindowSaved,
  useFormColumn,
  useWindowIntake,
  type WindowIntake,
} from './WindowForm';

export const UNIT_BASE_AUDIT = 'unit-base-audit';

const shape = unitBaseAuditPayload.shape;

/** What the guide asks each kind of unit to bring (002 十一 (三) 申办资料). */
const RECORDS: Record<UnitBaseAuditReply['category'], string> = {
  enterprise:
    '①在职职工提供上一年度劳资统计报表、当年底的工资发放花名册、会计明细账（工资情况部分）、财务会计报表（工资情况部分）原件及复印件；无劳资统计报表、会计明细账、财务会计报表的，需提供上一年度工资发放花名册；②退休人员附社保中心打印并加盖公章的《上一年企业离退休人员基本养老金单位发放情况表》；单位统一社会信用代码。',
  public:
    '①在职职工附上一年工资花名册及《上一年机关工作人员年终一次性奖金发放审批表》，并附上一年养老保险申报表；②退休人员附机关社保中心打印并加盖公章的上一年底《单位工资数据表》；单位统一社会信用代码。',
};

export const auditResultLabel = (v: unknown) => optionLabel(BASE_AUDIT_RESULTS, v);

const findAudit = (unitNo: string) =>
  api.get<UnitBaseAuditReply>(`/api/registry/unit-base-audit?unitNo=${encodeURIComponent(unitNo)}`);

interface FormValues {
  auditedHeadcount?: number | null;
  auditedTotal?: string;
  auditedRetirees?: number | null;
  opinion?: string;
  paperItems?: string[];
}

/** The verdict the server will reach, once every audited figure is filled in. */
function verdictOf(d: UnitBaseAuditReply, v: FormValues | undefined): BaseAuditVerdict | null {
  const total = fenOf(v?.auditedTotal);
  const heads = v?.auditedHeadcount;
  const retirees = v?.auditedRetirees;
  if (total === undefined || typeof heads !== 'number' || typeof retirees !== 'number') {
    return null;
  }
  if (!Number.isInteger(heads) || !Number.isInteger(retirees) || heads < 0 || retirees < 0) {
    return null;
  }
  return baseAuditVerdict({
    declaredHeadcount: d.declaredHeadcount,
    declaredTotalFen: d.declaredTotalFen,
    declaredRetirees: d.declaredRetirees,
    auditedHeadcount: heads,
    auditedTotalFen: total,
    auditedRetirees: retirees,
  });
}

function VerdictTag({ verdict }: { verdict: BaseAuditVerdict }) {
  const color = verdict.result === 'match' ? 'success' : 'warning';
  const diff = verdict.differenceFen;
  return (
    <span className="unit-audit-verdict">
      <Tag color={color}>{auditResultLabel(verdict.result)}</Tag>
      {diff !== 0 && `核定与申报相差${yuanText(Math.abs(diff))}（${diff > 0 ? '少报' : '多报'}）`}
    </span>
  );
}

function AuditForm({ declared, intake }: { declared: UnitBaseAuditReply; intake: WindowIntake }) {
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const values = Form.useWatch([], form) as FormValues | undefined;
  const verdict = verdictOf(declared, values);
  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="unit-audit-form"
      toPayload={(v) => ({
        unitNo: declared.unitNo,
        auditedHeadcount: v.auditedHeadcount,
        auditedTotalFen: fenOf(v.auditedTotal),
        auditedRetirees: v.auditedRetirees,
        opinion: trimmed(v.opinion),
      })}
      fieldOfPayload={{ auditedTotalFen: 'auditedTotal' }}
      savedMessage="书面稽核已保存"
      confirmation={(v) => {
        const result = verdictOf(declared, v);
        return {
          title: '确认保存书面稽核结果吗？',
          rows: [
            ['单位名称', declared.name],
            ['申报年度', `${declared.auditYear}年`],
            ['申报缴费基数总额', yuanText(declared.declaredTotalFen)],
            ['核定缴费基数总额', yuanText(fenOf(v.auditedTotal) ?? 0)],
            ['稽核结果', result ? <VerdictTag verdict={result} /> : '-'],
          ],
          note: '保存后即时办结，稽核记录立即生效，并进入复核初审、复核复审；复核不通过将撤销本次稽核记录。',
        };
      }}
    >
      <Card title="稽核信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...col}>
            <Form.Item
              label="核定在职职工人数"
              name="auditedHeadcount"
              required
              rules={[zodRule(shape.auditedHeadcount)]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} placeholder="请输入" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="核定缴费基数总额"
              name="auditedTotal"
              required
              rules={[yuanRule('核定缴费基数总额', shape.auditedTotalFen)]}
              extra="按工资发放花名册核定的在职职工月缴费基数合计"
            >
              <YuanInput placeholder="请输入核定缴费基数总额" />
            </Form.Item>
          </Col>
          <Col {...col}>
            <Form.Item
              label="核定退休人员人数"
              name="auditedRetirees"
              required
              rules={[zodRule(shape.auditedRetirees)]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} placeholder="请输入" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="稽核结果">
              {verdict ? <VerdictTag verdict={verdict} /> : '填写核定数后显示'}
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label="稽核意见"
              name="opinion"
              required={verdict !== null && verdict.result !== 'match'}
              dependencies={['auditedHeadcount', 'auditedTotal', 'auditedRetirees']}
              rules={[
                zodRule(shape.opinion),
                ({ getFieldsValue }) => ({
                  validator: async (_r, value: string | undefined) => {
                    const result = verdictOf(declared, getFieldsValue() as FormValues);
                    if (result && result.result !== 'match' && trimmed(value) === '') {
                      throw new Error('稽核结果与申报不符，请填写稽核意见');
                    }
                  },
                }),
              ]}
            >
              <Input.TextArea
                rows={3}
                maxLength={500}
                showCount
                placeholder="请输入稽核意见（如需差额补收或缴费基数变更，请注明）"
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}

/**
 * W11 (三) 单位缴费基数申报书面稽核 (002 十一): 单位编号+enter gives the unit and this year's
 * declaration as the registry holds it (在职职工人数, 缴费基数总额, 退休人员人数); the clerk
 * enters what the paper records show, the result follows, the 稽核意见 and the 申办资料 received,
 * then 保存 — 即时办结, then 复核初审 and 复核复审; a failed 复核 revokes the record.
 */
export default function UnitBaseAuditPage() {
  const intake = useWindowIntake(UNIT_BASE_AUDIT);
  const lookup = useUnitLookup(findAudit);
  const unitTypes = useDictionary('unit-types');

  if (intake.done) {
    const r = intake.done.effectResult ?? {};
    return (
      <WindowSaved
        intake={intake}
        detail={intake.done}
        className="unit-audit-result"
        title="单位缴费基数申报书面稽核已保存"
        subTitle="稽核记录已即时生效，待复核初审、复核复审确认；复核不通过将撤销本次稽核记录。"
        facts={[
          ['单位名称', intake.done.subjectName],
          ['统一社会信用代码', intake.done.subjectCertNo],
          ['申报年度', `${String(r.auditYear)}年`],
          ['申报缴费基数总额', yuanText(Number(r.declaredTotalFen ?? 0))],
          ['核定缴费基数总额', yuanText(Number(r.auditedTotalFen ?? 0))],
          ['稽核结果', auditResultLabel(r.result)],
        ]}
        onAgain={lookup.refresh}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  const declared = lookup.found?.value;
  return (
    <div className="unit-audit-window">
      <UnitLookup state={lookup} idleHint="请输入单位编号，查询要书面稽核的单位">
        {declared && (
          <>
            <Card title="单位申报信息" size="small" className="window-form-section">
              <Descriptions
                bordered
                size="small"
                column={{ xs: 1, md: 2, xl: 3 }}
                className="unit-audit-declared"
                items={[
                  { key: 'unitNo', label: '单位编号', children: declared.unitNo },
                  { key: 'name', label: '单位名称', children: declared.name },
                  { key: 'uscc', label: '统一社会信用代码', children: declared.uscc },
                  {
                    key: 'type',
                    label: '单位类型',
                    children: unitTypes.label(declared.unitType),
                  },
                  { key: 'year', label: '申报年度', children: `${declared.auditYear}年` },
                  {
                    key: 'heads',
                    label: '申报在职职工人数',
                    children: `${declared.declaredHeadcount}人`,
                  },
                  {
                    key: 'total',
                    label: '申报缴费基数总额',
                    children: yuanText(declared.declaredTotalFen),
                  },
                  {
                    key: 'retirees',
                    label: '申报退休人员人数',
                    children: `${declared.declaredRetirees}人`,
                  },
                ]}
              />
              <Alert
                type="info"
                showIcon
                style={{ marginTop: 12 }}
                className="unit-audit-records"
                title={`${optionLabel(BASE_AUDIT_CATEGORIES, declared.category)}需提供`}
                description={RECORDS[declared.category]}
              />
            </Card>
            {declared.existing ? (
              <Alert
                type="warning"
                showIcon
                className="window-form-section unit-audit-existing"
                title={`该单位${declared.auditYear}年度的缴费基数申报已书面稽核，不能重复办理`}
                description={`稽核结果：${auditResultLabel(declared.existing.result)}，办理时间：${formatDateTime(declared.existing.createdAt)}`}
              />
            ) : (
              <AuditForm key={lookup.found?.seq} declared={declared} intake={intake} />
            )}
          </>
        )}
      </UnitLookup>
    </div>
  );
}

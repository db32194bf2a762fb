import { useState } from 'react';
import { Button, Card, Col, Descriptions, Form, Input, Row, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  contributionBaseChangePayload,
  type ContributionBaseMember,
  type ContributionBaseUnitReply,
} from '@yibao/contracts';
import { contributionBaseRefusal } from '@yibao/domain';
import { api } from '../../../shared/api';
import { DictSelect, useDictionary } from '../../../shared/dictionaries';
import { yuanText } from '../../../shared/format';
import { ServerTable } from '../../../shared/ServerTable';
import { trimmed } from '../shared/form-rules';
import { upper, YuanInput } from './fields';
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

export const CONTRIBUTION_BASE_CHANGE = 'contribution-base-change';

const shape = contributionBaseChangePayload.shape;

/** 202612 → 2026年12月 */
export const periodText = (p: number | null | undefined) =>
  p ? `${String(p).slice(0, 4)}年${String(p).slice(4)}月` : '-';

const findUnit = (unitNo: string) =>
  api.get<ContributionBaseUnitReply>(
    `/api/registry/contribution-base/unit?unitNo=${encodeURIComponent(unitNo)}`,
  );

interface Filter {
  certType?: string;
  certNo?: string;
  name?: string;
}

/** 人员基本信息: 证件类型, 医保电子凭证/证件号码 and 姓名 narrow 个人信息列表; 重置 and 查询. */
function MemberFilter({ onChange }: { onChange: (f: Filter) => void }) {
  const [form] = Form.useForm<Filter>();
  return (
    <Card title="人员基本信息" size="small" className="window-form-section">
      <Form<Filter>
        form={form}
        layout="inline"
        className="base-member-filter"
        initialValues={{ certType: '01' }}
        onFinish={(v) =>
          onChange({
            certType: v.certType,
            certNo: trimmed(v.certNo).toUpperCase(),
            name: trimmed(v.name),
          })
        }
      >
        <Form.Item label="证件类型" name="certType">
          <DictSelect name="certificate-types" allowClear={false} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="医保电子凭证/证件号码" name="certNo" normalize={upper}>
          <Input placeholder="请输入" maxLength={30} style={{ width: 240 }} allowClear />
        </Form.Item>
        <Form.Item label="姓名" name="name">
          <Input placeholder="请输入姓名" maxLength={50} style={{ width: 160 }} allowClear />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button
              onClick={() => {
                form.resetFields();
                onChange({});
              }}
            >
              重置
            </Button>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}

interface FormValues {
  base?: string;
  paperItems?: string[];
}

/** 缴费基数变更 of the employee picked: the old base, the new one within the region's limit. */
function BaseEditor({
  unit,
  member,
  intake,
  onCancel,
}: {
  unit: ContributionBaseUnitReply;
  member: ContributionBaseMember;
  intake: WindowIntake;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const col = useFormColumn();
  const limit = unit.limit;
  return (
    <WindowForm<FormValues>
      intake={intake}
      form={form}
      className="base-change-form"
      toPayload={(v) => ({
        unitNo: unit.unitNo,
        enrolmentId: member.enrolmentId,
        beforeFen: member.contributionBaseFen,
        baseFen: fenOf(v.base),
      })}
      fieldOfPayload={{ baseFen: 'base' }}
      savedMessage="缴费基数变更成功"
      saveDisabled={!limit}
      confirmation={(v) => ({
        title: '确认变更该职工的缴费基数吗？',
        rows: [
          ['姓名', member.name],
          ['证件号码', member.certNo],
          ['原缴费基数', yuanText(member.contributionBaseFen)],
          ['变更后缴费基数', yuanText(fenOf(v.base) ?? 0)],
          ['生效年月', periodText(unit.effectivePeriod)],
        ],
        note: `保存后即时办结，新缴费基数自${periodText(unit.effectivePeriod)}起生效（之前月份仍按原缴费基数），并进入复核初审、复核复审；复核不通过将恢复原缴费基数。`,
      })}
    >
      <Card
        title="缴费基数变更"
        size="small"
        className="window-form-section"
        extra={<Button onClick={onCancel}>重新选择职工</Button>}
      >
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          className="base-change-facts"
          items={[
            { key: 'name', label: '姓名', children: member.name },
            { key: 'certNo', label: '证件号码', children: member.certNo },
            { key: 'startDate', label: '参保日期', children: member.startDate },
            {
              key: 'base',
              label: '原缴费基数',
              children: yuanText(member.contributionBaseFen),
            },
            {
              key: 'from',
              label: '原基数起始年月',
              children: periodText(member.contributionBaseFrom),
            },
            { key: 'effective', label: '生效年月', children: periodText(unit.effectivePeriod) },
          ]}
        />
        <Row gutter={24} style={{ marginTop: 16 }}>
          <Col {...col}>
            <Form.Item
              label="变更后缴费基数"
              name="base"
              required
              rules={[
                yuanRule('缴费基数', shape.baseFen),
                {
                  validator: async (_r, value: string | undefined) => {
                    const fen = fenOf(value);
                    if (!limit || fen === undefined) return;
                    const refusal = contributionBaseRefusal(limit, fen);
                    if (refusal) throw new Error(refusal);
                    if (fen === member.contributionBaseFen) {
                      throw new Error('变更后缴费基数与原缴费基数相同');
                    }
                  },
                },
              ]}
              extra={
                limit
                  ? `月缴费基数，下限${yuanText(limit.floorFen)}，上限${yuanText(limit.capFen)}（${limit.source}）`
                  : '该统筹区未配置缴费基数上下限，不能变更'
              }
            >
              <YuanInput placeholder="请输入变更后缴费基数" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </WindowForm>
  );
}

/**
 * W15 (三) 单位职工缴费基数变更 at 缴费工资变更核定 (002 十五): 单位编号+enter gives 单位基本信息,
 * 人员基本信息 narrows 个人信息列表, 操作 picks the employee; the new base, the 申办资料 received
 * on paper and 保存 — 即时办结, the base applying from the next month; then 复核初审 and 复核复审.
 */
export default function ContributionBaseChangePage() {
  const intake = useWindowIntake(CONTRIBUTION_BASE_CHANGE);
  const lookup = useUnitLookup(findUnit);
  const [filter, setFilter] = useState<Filter>({});
  const [picked, setPicked] = useState<ContributionBaseMember | null>(null);
  const unitTypes = useDictionary('unit-types');
  const certTypes = useDictionary('certificate-types');
  const sexes = useDictionary('sexes');
  const insuranceTypes = useDictionary('insurance-types');

  if (intake.done) {
    const r = intake.done.effectResult ?? {};
    return (
      <WindowSaved
        intake={intake}
        detail={intake.done}
        className="base-change-result"
        title="单位职工缴费基数变更成功"
        subTitle="缴费基数已变更，待复核初审、复核复审确认；复核不通过将恢复原缴费基数。"
        facts={[
          ['姓名', intake.done.subjectName],
          ['证件号码', intake.done.subjectCertNo],
          ['原缴费基数', yuanText(Number(r.beforeFen ?? 0))],
          ['变更后缴费基数', yuanText(Number(r.baseFen ?? 0))],
          ['生效年月', periodText(Number(r.effectivePeriod))],
        ]}
        again="继续变更"
        onAgain={() => {
          setPicked(null);
          lookup.refresh();
        }}
      />
    );
  }
  if (intake.loading) return <IntakeLoading />;

  const unit = lookup.found?.value;
  const columns: ColumnsType<ContributionBaseMember> = [
    { title: '姓名', dataIndex: 'name' },
    { title: '证件类型', dataIndex: 'certType', render: (v: string) => certTypes.label(v) },
    { title: '证件号码', dataIndex: 'certNo' },
    { title: '性别', dataIndex: 'sex', render: (v: string) => sexes.label(v) },
    {
      title: '险种类型',
      dataIndex: 'insuranceType',
      render: (v: string) => insuranceTypes.label(v),
    },
    { title: '参保状态', dataIndex: 'status' },
    { title: '参保日期', dataIndex: 'startDate' },
    {
      title: '缴费基数',
      dataIndex: 'contributionBaseFen',
      align: 'right',
      render: (v: number) => yuanText(v),
    },
    {
      title: '操作',
      key: 'action',
      render: (_v, m) =>
        m.status === '正常参保' ? (
          <Button type="link" size="small" onClick={() => setPicked(m)}>
            变更
          </Button>
        ) : (
          <Typography.Text type="secondary">-</Typography.Text>
        ),
    },
  ];

  return (
    <div className="base-change-window">
      <UnitLookup
        state={lookup}
        title="单位基本信息"
        idleHint="请输入单位编号，查询要变更缴费基数的单位"
      >
        {unit && (
          <>
            <Card size="small" className="window-form-section">
              <Descriptions
                bordered
                size="small"
                column={{ xs: 1, md: 3 }}
                className="base-change-unit"
                items={[
                  { key: 'unitNo', label: '单位编号', children: unit.unitNo },
                  { key: 'name', label: '单位名称', children: unit.name },
                  { key: 'type', label: '单位类型', children: unitTypes.label(unit.unitType) },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {unit.limit
                  ? `本统筹区职工医保缴费基数下限${yuanText(unit.limit.floorFen)}、上限${yuanText(unit.limit.capFen)}（${unit.limit.source}）。`
                  : '本统筹区未配置职工医保缴费基数上下限。'}
                当月申请，次月生效：本月变更的缴费基数自{periodText(unit.effectivePeriod)}起生效。
              </Typography.Paragraph>
            </Card>
            {picked ? (
              <BaseEditor
                key={picked.enrolmentId}
                unit={unit}
                member={picked}
                intake={intake}
                onCancel={() => setPicked(null)}
              />
            ) : (
              <>
                <MemberFilter onChange={setFilter} />
                <Card size="small" className="window-form-section">
                  <ServerTable<ContributionBaseMember>
                    key={lookup.found?.seq}
                    url="/api/registry/contribution-base/members"
                    filters={{ unitNo: unit.unitNo, ...filter }}
                    title="个人信息列表"
                    rowKey="enrolmentId"
                    columns={columns}
                    exportable={false}
                    indexTitle="序号"
                  />
                </Card>
              </>
            )}
          </>
        )}
      </UnitLookup>
    </div>
  );
}

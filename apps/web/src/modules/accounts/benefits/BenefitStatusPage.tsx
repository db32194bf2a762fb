import { useState } from 'react';
import {
  Alert,
  Card,
  Col,
  Descriptions,
  Empty,
  Progress,
  Row,
  Spin,
  Table,
  Typography,
} from 'antd';
import type { BenefitClassStatus, BenefitPolicyView } from '@yibao/contracts';
import { INSTITUTION_TIER_LABELS, INSTITUTION_TIERS } from '@yibao/contracts';
import { errorMessage } from '../../../shared/api';
import { yuanText } from '../../../shared/format';
import { RegionName } from '../../registry/window/person-query/display';
import { useBenefitStatus } from './benefitsApi';
import { ratioText, usedPercent } from './format';
import { thisYear, YearQuery } from './YearQuery';
import './benefits.css';

/** 报销比例 by institution level, one column each, as percentages. */
function RatioTable({ policy }: { policy: BenefitPolicyView }) {
  const row = Object.fromEntries(
    INSTITUTION_TIERS.map((t) => [t, ratioText(policy.ratiosBp[t])]),
  ) as Record<(typeof INSTITUTION_TIERS)[number], string>;
  return (
    <Table
      className="benefits-ratios"
      size="small"
      bordered
      pagination={false}
      rowKey={() => 'ratios'}
      title={() => '统筹基金报销比例（按定点医药机构等级）'}
      columns={INSTITUTION_TIERS.map((t) => ({
        title: INSTITUTION_TIER_LABELS[t],
        dataIndex: t,
        align: 'center' as const,
      }))}
      dataSource={[row]}
    />
  );
}

/** One visit class of the year: the policy's limits beside what the year has used of them. */
function ClassCard({ status }: { status: BenefitClassStatus }) {
  const { policy } = status;
  const title = `${status.visitClass}待遇`;
  if (!policy) {
    return (
      <Card title={title} className="benefits-class" data-visit-class={status.visitClass}>
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={`该年度未配置${status.visitClass}待遇政策`}
        />
      </Card>
    );
  }
  const capLeft = status.capLeftFen ?? 0;
  return (
    <Card title={title} className="benefits-class" data-visit-class={status.visitClass}>
      <Descriptions
        bordered
        size="small"
        column={1}
        className="benefits-figures"
        items={[
          { key: 'deductible', label: '起付标准', children: yuanText(policy.deductibleFen) },
          { key: 'used', label: '已累计起付金额', children: yuanText(status.deductibleUsedFen) },
          { key: 'fund', label: '统筹基金已支付', children: yuanText(status.fundPaidFen) },
          { key: 'cap', label: '年度最高支付限额', children: yuanText(policy.annualCapFen) },
          {
            key: 'left',
            label: '剩余可支付额度',
            children: <strong className="benefits-left">{yuanText(capLeft)}</strong>,
          },
        ]}
      />
      <div className="benefits-progress">
        <span>起付标准已累计</span>
        <Progress
          percent={usedPercent(status.deductibleUsedFen, policy.deductibleFen)}
          size="small"
          aria-label={`${status.visitClass}起付标准已累计`}
        />
        <span>年度限额已使用</span>
        <Progress
          percent={usedPercent(status.fundPaidFen, policy.annualCapFen)}
          size="small"
          status="normal"
          aria-label={`${status.visitClass}年度限额已使用`}
        />
      </div>
      <RatioTable policy={policy} />
      <Typography.Text type="secondary" className="benefits-source">
        政策来源：{policy.source}（{policy.validFrom} 起执行
        {policy.validTo ? `，至 ${policy.validTo}` : ''}）
      </Typography.Text>
    </Card>
  );
}

function BenefitResult({ year }: { year: number }) {
  const result = useBenefitStatus(year);
  const heading = `职工医疗保险待遇信息（${year}年度）`;
  if (result.isLoading) {
    return (
      <Card title={heading} className="applicant-section">
        <Spin />
      </Card>
    );
  }
  if (result.isError || !result.data) {
    return (
      <Card title={heading} className="applicant-section">
        <Alert type="error" showIcon title={errorMessage(result.error)} />
      </Card>
    );
  }
  const { scheme, classes, policyDate } = result.data;
  if (!scheme) {
    return (
      <Card title={heading} className="applicant-section">
        <Empty description="未查询到您的有效参保信息，暂无待遇信息" />
      </Card>
    );
  }
  if (classes.every((c) => !c.policy)) {
    return (
      <Card title={heading} className="applicant-section">
        <Empty description={`${year}年度暂无待遇政策信息`} />
      </Card>
    );
  }
  return (
    <Card title={heading} className="applicant-section benefits-result">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        className="benefits-scheme"
        items={[
          { key: 'region', label: '参保地', children: <RegionName code={scheme.regionCode} /> },
          { key: 'class', label: '人员类别', children: scheme.personClass },
          { key: 'date', label: '政策执行日期', children: policyDate },
        ]}
      />
      <Row gutter={[16, 16]}>
        {classes.map((c) => (
          <Col key={c.visitClass} xs={24} xl={12}>
            <ClassCard status={c} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/**
 * P50 职工医疗保险待遇查询 (000 §4 个人权益): choose 【查询年度】 and 【查询】 to see, for 门诊 and
 * 住院, the year's deductible used, what the fund paid and how much of the cap is left; 【重置】
 * goes back to this year.
 */
export default function BenefitStatusPage() {
  const [year, setYear] = useState(thisYear);
  return (
    <div className="benefits-page">
      <YearQuery title="职工医疗保险待遇查询条件" onQuery={setYear} />
      <BenefitResult year={year} />
    </div>
  );
}

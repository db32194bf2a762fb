import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Space, Spin, Typography } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { ApplicationDetail } from '@yibao/contracts';
import { errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { useElder } from '../../../shared/elder';
import { formatDateTime } from '../../../shared/format';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY } from '../../../shared/ServerTable';
import {
  MaterialsList,
  PayloadView,
  REVIEW_COUNTS_KEY,
  REVIEW_QUEUE_URL,
  StatusTag,
  StepsTimeline,
  applicationKey,
  subjectCertTypeLabel,
  useApplication,
  useBusinesses,
} from '../shared';
import { DueOn } from './DueOn';
import { ACTION_DONE, ReviewActions, type ReviewAction } from './ReviewActions';

const QUEUE_PATH = '/window/queue';

/** 申办渠道 */
const CHANNELS: Readonly<Record<string, string>> = {
  personal: '个人网厅',
  unit: '单位网厅',
  mobile: '智慧医保',
  window: '综窗经办',
};

/** The header: who applied for what, when, and by when it is due. */
function ApplicationFacts({ detail }: { detail: ApplicationDetail }) {
  const businesses = useBusinesses();
  const certTypes = useDictionary('certificate-types');
  const { elder } = useElder();
  const business = businesses.get(detail.businessCode);
  return (
    <Descriptions
      className="review-facts"
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, xl: elder ? 2 : 3, xxl: 3 }}
      items={[
        { key: 'no', label: '办件编号', children: detail.applicationNo },
        { key: 'business', label: '业务类型', children: detail.businessName },
        {
          key: 'status',
          label: '状态',
          children: <StatusTag status={detail.status} label={detail.statusLabel} />,
        },
        {
          key: 'subject',
          label: '申办对象',
          children: (
            <>
              {detail.subjectName}（{subjectCertTypeLabel(detail.subjectCertType, certTypes)}{' '}
              <span className="payload-nowrap">{detail.subjectCertNo}</span>）
            </>
          ),
        },
        { key: 'applicant', label: '申办人', children: detail.applicantName },
        { key: 'channel', label: '申办渠道', children: CHANNELS[detail.channel] ?? detail.channel },
        { key: 'at', label: '申办日期', children: formatDateTime(detail.submittedAt) },
        { key: 'due', label: '办理时限', children: <DueOn row={detail} /> },
        { key: 'level', label: '当前环节', children: detail.nextLevel ?? '-' },
        { key: 'policy', label: '审核方式', children: business?.reviewLabel ?? '-' },
        {
          key: 'claimed',
          label: '领取人',
          children: detail.claimedByName ?? (
            <Typography.Text type="secondary">未领取</Typography.Text>
          ),
        },
        ...(detail.decidedAt
          ? [{ key: 'decided', label: '办结时间', children: formatDateTime(detail.decidedAt) }]
          : []),
        ...(detail.decisionReason
          ? [{ key: 'reason', label: '原因', children: detail.decisionReason }]
          : []),
      ]}
    />
  );
}

/** The outcome of the clerk's last decision, shown above the application. */
function DecisionResult({ action, detail }: { action: ReviewAction; detail: ApplicationDetail }) {
  const refused = action === 'reject';
  return (
    <Alert
      className="review-result"
      type={refused ? 'warning' : action === 'return' ? 'info' : 'success'}
      showIcon
      title={`办件${detail.applicationNo}${ACTION_DONE[action]}`}
      description={
        <span>
          当前状态：
          <StatusTag status={detail.status} label={detail.statusLabel} />
          {detail.decisionReason && `原因：${detail.decisionReason}`}
        </span>
      }
      action={
        <LinkButton size="small" type="primary" to={QUEUE_PATH}>
          返回待办工作台
        </LinkButton>
      }
    />
  );
}

/** 办件审核: the application as submitted, its materials and steps, and the clerk's decision. */
export default function ReviewPage() {
  const params = useParams();
  const id = Number(params.id);
  const client = useQueryClient();
  const query = useApplication(Number.isInteger(id) && id > 0 ? id : undefined);
  const [last, setLast] = useState<ReviewAction | null>(null);

  const refreshLists = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: [LIST_KEY, REVIEW_QUEUE_URL] }),
      client.invalidateQueries({ queryKey: REVIEW_COUNTS_KEY }),
    ]);

  if (query.isPending && query.fetchStatus !== 'idle') {
    return (
      <div className="page-loading">
        <Spin size="large" />
      </div>
    );
  }
  if (!query.data) {
    return (
      <Result
        status={query.isError ? 'warning' : '404'}
        title={query.isError ? errorMessage(query.error) : '办件不存在'}
        extra={
          <LinkButton type="primary" to={QUEUE_PATH}>
            返回待办工作台
          </LinkButton>
        }
      />
    );
  }
  const detail = query.data;
  const decision = last === 'approve' || last === 'reject' || last === 'return';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} className="review-page">
      {decision && last && <DecisionResult action={last} detail={detail} />}
      <Card
        size="small"
        title={
          <Space wrap>
            <span>办件审核</span>
            <StatusTag status={detail.status} label={detail.statusLabel} />
          </Space>
        }
        extra={
          <Space>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void query.refetch()}
              loading={query.isFetching}
            >
              刷新
            </Button>
            <LinkButton icon={<ArrowLeftOutlined />} to={QUEUE_PATH}>
              返回
            </LinkButton>
          </Space>
        }
      >
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <ApplicationFacts detail={detail} />
          <ReviewActions
            detail={detail}
            onDone={(action, next) => {
              client.setQueryData(applicationKey(detail.id), next);
              setLast(action);
              void refreshLists();
            }}
            onConflict={() => {
              void query.refetch();
              void refreshLists();
            }}
          />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title="申办信息">
              <PayloadView
                businessCode={detail.businessCode}
                payload={detail.payload}
                regionCode={detail.regionCode}
                effect={detail.effectResult}
              />
            </Card>
            <Card size="small" title="申办资料">
              <MaterialsList rules={detail.materialRules} materials={detail.materials} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xxl={8}>
          <Card size="small" title="办理过程">
            <StepsTimeline steps={detail.steps} reviewPolicy={detail.reviewPolicy} showClaims />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

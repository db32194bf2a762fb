import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { Alert, App, Button, Descriptions, Popconfirm, Space, Spin, Typography } from 'antd';
import { errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { formatDateTime } from '../../../shared/format';
import { LinkButton } from '../../../shared/LinkButton';
import { LIST_KEY } from '../../../shared/ServerTable';
import {
  MaterialsList,
  PayloadView,
  StatusTag,
  StepsTimeline,
  applicationApi,
  applicationKey,
  subjectCertTypeLabel,
  useApplication,
  useBusinesses,
} from '../shared';

/** Where a returned application of each business is changed and sent again (修改后重新提交). */
export type ResubmitPaths = Readonly<Record<string, string>>;

/** The withdrawal of an application, with the lists and the detail refreshed after it. */
export function useWithdraw(onDone?: (detail: ApplicationDetail) => void) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (id: number) => applicationApi.withdraw(id),
    onSuccess: (detail) => {
      client.setQueryData(applicationKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      void message.success('办件已撤回');
      onDone?.(detail);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
}

/** 撤回 with its confirmation: only an application nobody has reviewed yet. */
export function WithdrawButton({
  id,
  size = 'middle',
  type = 'default',
}: {
  id: number;
  size?: 'small' | 'middle' | 'large';
  type?: 'default' | 'link';
}) {
  const withdraw = useWithdraw();
  return (
    <Popconfirm
      title="确定撤回该办件吗？"
      description="撤回后经办机构将不再办理，如需办理请重新申请。"
      okText="撤回"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: withdraw.isPending }}
      onConfirm={() => withdraw.mutateAsync(id).catch(() => undefined)}
    >
      <Button danger size={size} type={type}>
        撤回
      </Button>
    </Popconfirm>
  );
}

/** 原因 of a decision, named by what happened. */
const reasonLabel = (status: ApplicationDetail['status']) =>
  status === 'returned' ? '回退原因' : status === 'rejected' ? '不通过原因' : '原因';

/** The header of an application: what, when, its status and who it is about. */
function Facts({ detail }: { detail: ApplicationDetail }) {
  const certTypes = useDictionary('certificate-types');
  const insuranceTypes = useDictionary('insurance-types');
  const business = useBusinesses().get(detail.businessCode);
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      className="application-facts"
      items={[
        { key: 'no', label: '办件编号', children: detail.applicationNo },
        { key: 'business', label: '业务类型', children: detail.businessName },
        {
          key: 'insurance',
          label: '险种类型',
          children: insuranceTypes.label(detail.insuranceType) || '-',
        },
        {
          key: 'status',
          label: '审核状态',
          children: <StatusTag status={detail.status} label={detail.statusLabel} />,
        },
        { key: 'policy', label: '审核方式', children: business?.reviewLabel ?? '-' },
        { key: 'level', label: '当前环节', children: detail.nextLevel ?? '-' },
        { key: 'at', label: '申办日期', children: formatDateTime(detail.submittedAt) },
        { key: 'due', label: '办理时限', children: detail.dueOn ?? '-' },
        { key: 'name', label: '姓名/单位名称', children: detail.subjectName },
        {
          key: 'certType',
          label: '证件类型',
          children: subjectCertTypeLabel(detail.subjectCertType, certTypes),
        },
        { key: 'certNo', label: '证件号码', children: detail.subjectCertNo },
        {
          key: 'decided',
          label: '办结时间',
          children: detail.decidedAt ? formatDateTime(detail.decidedAt) : '-',
        },
        ...(detail.decisionReason
          ? [
              {
                key: 'reason',
                label: reasonLabel(detail.status),
                children: detail.decisionReason,
                span: 2,
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * One application as its applicant sees it (办件进度查询 › 查看): the facts, 撤回 while nobody has
 * reviewed it, 修改后重新提交 once sent back, what was filled in, the materials and 办理过程.
 */
export function ApplicationDetailView({
  id,
  resubmitPaths = {},
}: {
  id: number;
  resubmitPaths?: ResubmitPaths;
}) {
  const query = useApplication(id);
  if (query.isPending) return <Spin style={{ display: 'block', margin: '60px auto' }} />;
  if (query.isError) {
    return (
      <Alert type="error" showIcon title="办件加载失败" description={errorMessage(query.error)} />
    );
  }
  const detail = query.data;
  const resubmitPath = resubmitPaths[detail.businessCode];
  return (
    <Space
      orientation="vertical"
      size={20}
      style={{ width: '100%' }}
      className="application-detail"
    >
      {detail.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          title="该办件已回退，请按回退原因修改后重新提交"
          description={detail.decisionReason ?? undefined}
        />
      )}
      <Facts detail={detail} />
      {(detail.can.withdraw || (detail.can.resubmit && resubmitPath)) && (
        <Space size={12} className="application-detail-actions">
          {detail.can.withdraw && <WithdrawButton id={detail.id} />}
          {detail.can.resubmit && resubmitPath && (
            <LinkButton type="primary" to={`${resubmitPath}?resubmit=${detail.id}`}>
              修改后重新提交
            </LinkButton>
          )}
        </Space>
      )}
      <section>
        <Typography.Title level={5}>申报信息</Typography.Title>
        <PayloadView
          businessCode={detail.businessCode}
          payload={detail.payload}
          regionCode={detail.regionCode}
        />
      </section>
      <section>
        <Typography.Title level={5}>申办资料</Typography.Title>
        <MaterialsList rules={detail.materialRules} materials={detail.materials} />
      </section>
      <section>
        <Typography.Title level={5}>办理过程</Typography.Title>
        <StepsTimeline steps={detail.steps} reviewPolicy={detail.reviewPolicy} />
      </section>
    </Space>
  );
}

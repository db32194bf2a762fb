import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { ApplicationDetail } from '@yibao/contracts';
import { Button, Dialog, ErrorBlock, List, Steps, Toast } from 'antd-mobile';
import { errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { formatDateTime } from '../../../shared/format';
import { LIST_KEY } from '../../../shared/ServerTable';
import { PageLoading } from '../../auth/mobile/RequireMobileSignIn';
import {
  applicationApi,
  applicationKey,
  formatBytes,
  materialUrl,
  stepTitle,
  subjectCertTypeLabel,
  useApplication,
} from '../shared';
import { MobileStatusTag } from './MobileApplicationsPage';

/** The steps an applicant sees: the decisions, not the console's 领取 and 释放. */
const shownSteps = (d: ApplicationDetail) =>
  d.steps.filter((s) => s.action !== 'claim' && s.action !== 'release');

/**
 * 办件进度 of one application on the phone (M10): its facts, the steps so far, the materials,
 * and 撤回 while nobody has reviewed it.
 */
export default function MobileApplicationDetailPage() {
  const { id } = useParams();
  const appId = Number(id) || 0;
  const query = useApplication(appId);
  const client = useQueryClient();
  const certTypes = useDictionary('certificate-types');

  const withdraw = useMutation({
    mutationFn: () => applicationApi.withdraw(appId),
    onSuccess: (detail) => {
      client.setQueryData(applicationKey(appId), detail);
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
      Toast.show({ icon: 'success', content: '办件已撤回' });
    },
    onError: (error) => Toast.show({ icon: 'fail', content: errorMessage(error) }),
  });

  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    return (
      <ErrorBlock status="default" title="办件加载失败" description={errorMessage(query.error)} />
    );
  }
  const d = query.data;
  const steps = shownSteps(d);
  const reasonLabel = d.status === 'returned' ? '回退原因' : '不通过原因';

  const confirmWithdraw = () =>
    void Dialog.confirm({
      title: '确定撤回该办件吗？',
      content: '撤回后经办机构将不再办理，如需办理请重新申请。',
      confirmText: '撤回',
      cancelText: '取消',
      onConfirm: async () => {
        await withdraw.mutateAsync().catch(() => undefined);
      },
    });

  return (
    <div className="m-application">
      <section className="m-page-head">
        <h1 className="m-page-title">{d.businessName}</h1>
        <p className="m-page-sub m-application-status">
          <MobileStatusTag status={d.status} label={d.statusLabel} />
          <span>办件编号 {d.applicationNo}</span>
        </p>
      </section>
      {d.status === 'returned' && (
        <div className="m-notice" role="note">
          该办件已回退，请按回退原因修改后，登录个人网厅在【办件进度查询】中重新提交。
        </div>
      )}
      <List header="办件信息" className="m-list m-application-facts">
        <List.Item extra={d.subjectName}>姓名</List.Item>
        <List.Item extra={subjectCertTypeLabel(d.subjectCertType, certTypes)}>证件类型</List.Item>
        <List.Item extra={d.subjectCertNo}>证件号码</List.Item>
        <List.Item extra={formatDateTime(d.submittedAt)}>申办日期</List.Item>
        <List.Item extra={d.nextLevel ?? '-'}>当前环节</List.Item>
        <List.Item extra={d.dueOn ?? '-'}>办理时限</List.Item>
        {d.decidedAt && <List.Item extra={formatDateTime(d.decidedAt)}>办结时间</List.Item>}
        {d.decisionReason && <List.Item description={d.decisionReason}>{reasonLabel}</List.Item>}
      </List>
      <section className="m-application-steps" aria-label="办理进度">
        <h2 className="m-section-title">办理进度</h2>
        <Steps direction="vertical" current={steps.length - 1}>
          {steps.map((s, i) => (
            <Steps.Step
              key={`${s.at}-${i}`}
              title={stepTitle(s, d.reviewPolicy)}
              status={s.action === 'reject' ? 'error' : 'finish'}
              description={
                <>
                  <span className="m-step-at">{formatDateTime(s.at)}</span>
                  <span className="m-step-actor">{s.actorName}</span>
                  {s.comment && <span className="m-step-comment">{s.comment}</span>}
                </>
              }
            />
          ))}
        </Steps>
      </section>
      {d.materials.length > 0 && (
        <List header="申办资料" className="m-list">
          {d.materials.map((m) => {
            const rule = d.materialRules.find((r) => r.code === m.itemCode);
            return (
              <List.Item
                key={m.id}
                description={`${rule?.name ?? '其他材料'} · ${m.onPaper ? '纸质材料' : formatBytes(m.bytes)}`}
                onClick={m.onPaper ? undefined : () => window.open(materialUrl(m.id), '_blank')}
                arrowIcon={!m.onPaper}
              >
                {m.fileName}
              </List.Item>
            );
          })}
        </List>
      )}
      {d.can.withdraw && (
        <div className="m-actions">
          <Button
            block
            size="large"
            shape="rounded"
            color="danger"
            fill="outline"
            loading={withdraw.isPending}
            onClick={confirmWithdraw}
          >
            撤回
          </Button>
        </div>
      )}
    </div>
  );
}

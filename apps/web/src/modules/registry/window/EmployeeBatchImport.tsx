import { useEffect } from 'react';
import { Button, Card, Result, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../../shared/api';
import { JobProgress, isActive, useJob, type Job } from '../../../shared/JobProgress';
import { LinkButton } from '../../../shared/LinkButton';
import { useApplication } from '../../applications/shared';
import type { BatchFlow } from './batch-flow';
import type { BatchBase } from './employee-batch-api';
import { SavedResult } from './parts';

const waiting = <Spin style={{ display: 'block', margin: '80px auto' }} />;

interface Props<B extends BatchBase> {
  flow: BatchFlow<B>;
  batch: B;
  /** 继续导入: the next batch, from an empty step 1 */
  onAgain: () => void;
  /** 重新上传: for the same owner (unit, 医保区划) again */
  onReupload: () => void;
  /** 重新确认导入 of a failed import: its rows were not written, the check stands */
  onRetry?: () => void;
}

/**
 * Step 3 导入: the job's progress bar while it runs, then 导入成功N人 with 下载导入结果, 查看办件
 * (the 办件, 已办结待复核) and 继续导入 — or why it failed.
 */
export function EmployeeBatchImport<B extends BatchBase>(props: Props<B>) {
  const client = useQueryClient();
  const { batch, flow } = props;
  const jobId = batch.jobId;
  // 确认导入 names the job a moment after the batch is claimed: ask again until it has one
  useEffect(() => {
    if (jobId !== null) return;
    const timer = setInterval(
      () => void client.invalidateQueries({ queryKey: flow.api.key(batch.id) }),
      1000,
    );
    return () => clearInterval(timer);
  }, [client, flow.api, batch.id, jobId]);
  if (jobId === null) return waiting;
  return <ImportJob {...props} jobId={jobId} />;
}

function ImportJob<B extends BatchBase>({
  flow,
  batch,
  jobId,
  onAgain,
  onReupload,
  onRetry,
}: Props<B> & { jobId: number }) {
  const client = useQueryClient();
  const job = useJob(jobId);
  const status = job.data?.status;
  const ended = status !== undefined && !isActive(status);
  // the job's end moved the batch on (done with its 办件, or failed): read it again
  useEffect(() => {
    if (ended) void client.invalidateQueries({ queryKey: flow.api.key(batch.id) });
  }, [client, ended, flow.api, batch.id]);

  if (status === 'failed') {
    return (
      <Card className="employee-batch-result">
        <Result
          status="error"
          title="导入失败"
          subTitle={
            <>
              {job.data?.message || '导入未完成。'}
              <br />
              本批人员均未写入，可重新确认导入；或核对文件后重新上传。
            </>
          }
          extra={[
            onRetry && batch.status === 'failed' && (
              <Button key="retry" type="primary" onClick={onRetry}>
                重新确认导入
              </Button>
            ),
            <Button key="again" type={onRetry ? 'default' : 'primary'} onClick={onReupload}>
              重新上传
            </Button>,
            <LinkButton key="jobs" to="/window/jobs">
              查看后台任务
            </LinkButton>,
          ]}
        />
      </Card>
    );
  }
  if (status === 'succeeded' && batch.status === 'done' && batch.applicationId !== null) {
    return <ImportDone flow={flow} batch={batch} job={job.data} onAgain={onAgain} />;
  }
  return (
    <Card title="导入进度" size="small" className="window-form-section employee-batch-progress">
      {job.isError && !job.data ? (
        <Typography.Paragraph type="danger">{errorMessage(job.error)}</Typography.Paragraph>
      ) : (
        <JobProgress jobId={jobId} />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        {`正在后台导入校验成功的${batch.good}人，完成后本页显示导入结果；`}
        {'离开本页不影响导入，可在“系统管理 › 后台任务”中查看。'}
      </Typography.Paragraph>
    </Card>
  );
}

/** 导入成功N人: the 办件 as it now is, 下载导入结果, 查看办件, 继续导入. */
function ImportDone<B extends BatchBase>({
  flow,
  batch,
  job,
  onAgain,
}: {
  flow: BatchFlow<B>;
  batch: B;
  job: Job | undefined;
  onAgain: () => void;
}) {
  const detail = useApplication(batch.applicationId ?? undefined);
  const download = job?.resultUrl && (
    <Button key="result" icon={<DownloadOutlined />} href={job.resultUrl} download>
      下载导入结果
    </Button>
  );
  if (detail.isError) {
    // the import is done all the same: only the 办件's facts could not be read
    return (
      <Card className="employee-batch-result">
        <Result
          status="success"
          title={`导入成功${batch.good}人`}
          subTitle={job?.message}
          extra={[
            <LinkButton
              key="open"
              type="primary"
              to={`/window/applications/${batch.applicationId}`}
            >
              查看办件
            </LinkButton>,
            download,
            <Button key="again" onClick={onAgain}>
              继续导入
            </Button>,
          ]}
        />
      </Card>
    );
  }
  if (!detail.data) return waiting;
  return (
    <SavedResult
      className="employee-batch-result"
      title={`导入成功${batch.good}人`}
      subTitle={`${batch.bad ? `另有${batch.bad}行未导入，原因见导入结果。` : ''}${flow.doneNote}`}
      detail={detail.data}
      facts={[
        ...flow.owner(batch),
        { key: 'file', label: '导入文件', children: batch.fileName },
        { key: 'good', label: '导入成功', children: `${batch.good}人` },
        { key: 'bad', label: '未导入', children: `${batch.bad}行` },
      ]}
      actions={download}
      again="继续导入"
      onAgain={onAgain}
    />
  );
}

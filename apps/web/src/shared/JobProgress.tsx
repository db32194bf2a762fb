import { useEffect, useRef } from 'react';
import { Alert, App, Button, Progress, Space, Tag, Typography } from 'antd';
import type { ProgressProps } from 'antd';
import { DownloadOutlined, RedoOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from './api';
import { LIST_KEY } from './ServerTable';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** A background job (custom query, batch import, export, monthly assessment). */
export interface Job {
  id: string | number;
  kind: string;
  title: string;
  status: JobStatus;
  /** 0-100 */
  progress: number;
  done: number;
  total: number;
  message: string | null;
  resultUrl: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const jobStatusText: Record<JobStatus, string> = {
  queued: '排队中',
  running: '进行中',
  succeeded: '已完成',
  failed: '失败',
};

const statusColor: Record<JobStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

const progressStatus: Record<JobStatus, ProgressProps['status']> = {
  queued: 'normal',
  running: 'active',
  succeeded: 'success',
  failed: 'exception',
};

export function isActive(status: JobStatus): boolean {
  return status === 'queued' || status === 'running';
}

export const jobKey = (id: string | number) => ['job', String(id)] as const;

interface JobProgressProps {
  jobId: string | number;
  /** The job as a list already holds it: shown at once, then kept fresh */
  initial?: Job;
  /** A narrow layout for a table cell */
  compact?: boolean;
}

/**
 * One job, polled every second while it is queued or running. A page that acts on the job's end
 * reads it here; JobProgress shows the same query.
 */
export function useJob(jobId: string | number, initial?: Job) {
  return useQuery({
    queryKey: jobKey(jobId),
    queryFn: () => api.get<Job>(`/api/jobs/${encodeURIComponent(String(jobId))}`),
    initialData: initial,
    // A finished job changes only when it is retried, which refreshes it explicitly.
    staleTime: (q) => (q.state.data && !isActive(q.state.data.status) ? Infinity : 0),
    refetchInterval: (q) => (q.state.data && !isActive(q.state.data.status) ? false : 1000),
    retry: false,
  });
}

/**
 * The progress of one job: polled every second while it is queued or running, with
 * 下载结果 once it has a result and 重试 when it failed.
 */
export function JobProgress({ jobId, initial, compact = false }: JobProgressProps) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const query = useJob(jobId, initial);
  const retry = useMutation({
    mutationFn: () =>
      api.post<Job | undefined>(`/api/jobs/${encodeURIComponent(String(jobId))}/retry`),
    onSuccess: (job) => {
      if (job && typeof job === 'object' && 'status' in job)
        client.setQueryData(jobKey(jobId), job);
      void client.invalidateQueries({ queryKey: jobKey(jobId) });
      void message.success('已重新提交任务');
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  // When the job ends, the lists that show it (finish time, status) are out of date.
  const job = query.data;
  const lastStatus = useRef(job?.status);
  useEffect(() => {
    const previous = lastStatus.current;
    lastStatus.current = job?.status;
    if (previous && isActive(previous) && job && !isActive(job.status)) {
      void client.invalidateQueries({ queryKey: [LIST_KEY, '/api/jobs'] });
    }
  }, [client, job]);

  if (!job) {
    if (query.isError) {
      return (
        <Alert
          type="error"
          showIcon
          title="任务进度加载失败"
          description={errorMessage(query.error)}
        />
      );
    }
    return <Typography.Text type="secondary">正在加载任务进度…</Typography.Text>;
  }

  const counts = job.total > 0 ? `已处理 ${job.done} / ${job.total}` : null;
  return (
    <div className={compact ? 'job-progress job-progress-compact' : 'job-progress'}>
      <Space size={8} wrap>
        <Tag color={statusColor[job.status]}>{jobStatusText[job.status]}</Tag>
        {counts && <Typography.Text type="secondary">{counts}</Typography.Text>}
      </Space>
      <Progress
        percent={Math.max(0, Math.min(100, Math.round(job.progress)))}
        status={progressStatus[job.status]}
        size={compact ? 'small' : undefined}
        aria-label={`${job.title}：${jobStatusText[job.status]}`}
      />
      {job.message && (
        <Typography.Paragraph
          type={job.status === 'failed' ? 'danger' : 'secondary'}
          style={{ marginBottom: 4 }}
        >
          {job.message}
        </Typography.Paragraph>
      )}
      {query.isError && (
        <Typography.Paragraph type="warning" style={{ marginBottom: 4 }}>
          进度刷新失败：{errorMessage(query.error)}
        </Typography.Paragraph>
      )}
      <Space size={8} wrap>
        {job.resultUrl && (
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            href={job.resultUrl}
            download
          >
            下载结果
          </Button>
        )}
        {job.status === 'failed' && (
          <Button
            size="small"
            danger
            icon={<RedoOutlined />}
            loading={retry.isPending}
            onClick={() => retry.mutate()}
          >
            重试
          </Button>
        )}
      </Space>
    </div>
  );
}

import { Button, Card, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { JobProgress } from '../../shared/JobProgress';
import type { Job } from '../../shared/JobProgress';
import { LIST_KEY, ServerTable } from '../../shared/ServerTable';
import { formatDateTime } from '../../shared/format';

const JOBS_URL = '/api/jobs';

const columns: ColumnsType<Job> = [
  { title: '任务名称', dataIndex: 'title' },
  { title: '任务类型', dataIndex: 'kind', render: (kind: string) => <Tag>{kind}</Tag> },
  {
    title: '状态',
    dataIndex: 'status',
    width: 340,
    render: (_: Job['status'], job) => <JobProgress jobId={job.id} initial={job} compact />,
  },
  {
    title: '创建时间',
    dataIndex: 'createdAt',
    sorter: true,
    render: (at: string) => formatDateTime(at),
  },
  {
    title: '完成时间',
    dataIndex: 'finishedAt',
    render: (at: string | null) => formatDateTime(at),
  },
];

/** 后台任务: custom queries, imports, exports and assessments running in the background. */
export default function JobsPage() {
  const client = useQueryClient();
  return (
    <Card size="small">
      <ServerTable<Job>
        url={JOBS_URL}
        title="后台任务"
        rowKey="id"
        columns={columns}
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void client.invalidateQueries({ queryKey: [LIST_KEY, JOBS_URL] })}
          >
            刷新
          </Button>
        }
      />
    </Card>
  );
}

import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail } from '@yibao/contracts';
import { App, Alert, Button, Card, Empty, Space, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { ApiError, errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { LIST_KEY } from '../../../shared/ServerTable';
import { AddMemberDialog } from './AddMemberDialog';
import { Feedback, LoadFailed, NoticeDialog, PromiseDialog, Refused } from './MutualAidParts';
import {
  MUTUAL_AID_HOLDERS_KEY,
  MUTUAL_AID_MEMBERS_KEY,
  submitMaintenance,
  useMutualAidMembers,
} from './mutualAidApi';
import {
  EMPTY_DRAFT,
  draftPayload,
  draftRows,
  hasChanges,
  removeRow,
  type Draft,
  type DraftRow,
} from './mutualAidDraft';

const BUSINESS = '个人账户家庭共济关系维护';

/** 承诺书: what the holder promises before maintaining the 共济对象. */
function MemberPromise({ onConfirm }: { onConfirm: () => void }) {
  return (
    <PromiseDialog
      title="承诺书"
      agreeLabel="本人承诺添加的共济对象身份真实有效!"
      onConfirm={onConfirm}
    >
      <p>
        本人自愿将本人职工基本医疗保险个人账户资金用于家庭共济，供本人配偶、父母、子女等近亲属在定点医药机构就医购药时使用。
      </p>
      <p>
        本人承诺所添加的共济对象与本人的亲属关系真实，所填写的共济对象姓名、证件类型、证件号码真实有效。如有虚假，本人愿意承担由此产生的一切后果和法律责任。
      </p>
    </PromiseDialog>
  );
}

type Stage = 'promise' | 'notice' | 'list';

/**
 * P15 个人账户家庭共济关系维护 (000 §1 我要办): 承诺书, 操作提示, then the 共济对象 in force with
 * 【添加共济对象】 and 【删除】; the changes accumulate on the page and go with one 【提交】, decided at
 * once (系统自助审核), then 业务反馈结果. Only a holder of a personal account may use it.
 */
export default function MutualAidMembersPage() {
  const members = useMutualAidMembers();
  const relations = useDictionary('relations');
  const certTypes = useDictionary('certificate-types');
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [stage, setStage] = useState<Stage>('promise');
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<{ detail: ApplicationDetail; lines: string[] } | null>(null);

  const submit = useMutation({
    mutationFn: (sent: { draft: Draft; lines: string[] }) =>
      submitMaintenance(draftPayload(sent.draft)),
    onSuccess: (detail, sent) => {
      setDone({ detail, lines: sent.lines });
      setDraft(EMPTY_DRAFT);
      void client.invalidateQueries({ queryKey: MUTUAL_AID_MEMBERS_KEY });
      void client.invalidateQueries({ queryKey: MUTUAL_AID_HOLDERS_KEY });
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  if (members.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (members.isError) {
    const error = members.error;
    // 409: no open personal account (a resident, a closed or frozen account)
    if (error instanceof ApiError && [403, 409].includes(error.status)) {
      return <Refused title={error.message} />;
    }
    return <LoadFailed what="共济对象" error={error} retry={() => void members.refetch()} />;
  }
  const data = members.data;

  if (done) {
    return (
      <Feedback
        business={BUSINESS}
        detail={done.detail}
        lines={done.lines}
        againLabel="继续维护"
        onAgain={() => setDone(null)}
      />
    );
  }

  const rows = draftRows(data.items, draft);
  /** What the submission asks, in words, for 业务反馈结果 (taken before the list refreshes). */
  const summaryOf = (d: Draft) => {
    const names = new Map(data.items.map((i) => [i.id, i.name]));
    const lines: string[] = [];
    if (d.adds.length > 0) {
      const who = d.adds.map((a) => `${a.name}（${relations.label(a.relation)}）`).join('、');
      lines.push(`添加共济对象：${who}`);
      lines.push(`生效日期：${d.adds[0]?.effectiveFrom ?? data.effectiveFrom}`);
    }
    if (d.deletes.length > 0) {
      lines.push(`删除共济对象：${d.deletes.map((id) => names.get(id) ?? '').join('、')}`);
    }
    return lines;
  };
  const confirmDelete = (row: DraftRow) =>
    modal.confirm({
      title: '删除共济对象',
      content: `确定删除共济对象“${row.name}”吗？删除后需点击【提交】才会生效。`,
      okText: '确定',
      cancelText: '取消',
      onOk: () => setDraft((d) => removeRow(d, row)),
    });

  const columns: ColumnsType<DraftRow> = [
    { title: '序号', key: 'no', width: 64, render: (_: unknown, __, i) => i + 1 },
    {
      title: '与参保人关系',
      key: 'relation',
      render: (_: unknown, r) => relations.label(r.relation),
    },
    { title: '姓名', dataIndex: 'name' },
    { title: '证件类型', key: 'certType', render: (_: unknown, r) => certTypes.label(r.certType) },
    { title: '证件号码', dataIndex: 'certNo', className: 'nowrap' },
    {
      title: '生效日期',
      key: 'effectiveFrom',
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          <span className="nowrap">{r.effectiveFrom}</span>
          {r.added && <Tag color="blue">待提交</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 88,
      render: (_: unknown, r) => (
        <Button type="link" danger onClick={() => confirmDelete(r)}>
          删除
        </Button>
      ),
    },
  ];

  return (
    <div className="mutual-aid">
      {stage === 'promise' && <MemberPromise onConfirm={() => setStage('notice')} />}
      {stage === 'notice' && (
        <NoticeDialog effectiveFrom={data.effectiveFrom} onConfirm={() => setStage('list')} />
      )}
      <Card
        title="家庭共济对象"
        className="applicant-section"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={stage !== 'list'}
            onClick={() => setAdding(true)}
          >
            添加共济对象
          </Button>
        }
      >
        <Table<DraftRow>
          className="mutual-aid-members"
          rowKey="key"
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description="暂无共济对象，请点击【添加共济对象】" /> }}
          footer={() => `总共${rows.length}条`}
        />
        <Alert
          className="mutual-aid-tip"
          type="info"
          showIcon
          title="注：添加和删除共济对象可以同时操作统一提交。"
          description={
            hasChanges(draft)
              ? `本次待提交：添加${draft.adds.length}人，删除${draft.deletes.length}人。`
              : undefined
          }
        />
        <Space className="applicant-actions" size={16}>
          <Button size="large" disabled={!hasChanges(draft)} onClick={() => setDraft(EMPTY_DRAFT)}>
            重置
          </Button>
          <Button
            type="primary"
            size="large"
            disabled={stage !== 'list' || !hasChanges(draft)}
            loading={submit.isPending}
            onClick={() => submit.mutate({ draft, lines: summaryOf(draft) })}
          >
            提交
          </Button>
        </Space>
      </Card>
      {adding && (
        <AddMemberDialog
          draft={draft}
          relations={data.relations}
          onClose={() => setAdding(false)}
          onAdded={(add) => {
            setDraft((d) => ({ ...d, adds: [...d.adds, add] }));
            setAdding(false);
          }}
        />
      )}
    </div>
  );
}

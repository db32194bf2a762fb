import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationDetail, MutualAidHolderItem } from '@yibao/contracts';
import { moveInOrder, type OrderMove } from '@yibao/domain';
import { App, Alert, Button, Card, Empty, Space, Spin, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  VerticalAlignBottomOutlined,
  VerticalAlignTopOutlined,
} from '@ant-design/icons';
import { errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { LIST_KEY } from '../../../shared/ServerTable';
import { Feedback, LoadFailed, NoticeDialog, PromiseDialog } from './MutualAidParts';
import { MUTUAL_AID_HOLDERS_KEY, submitOrder, useMutualAidHolders } from './mutualAidApi';

const BUSINESS = '共济账户使用顺序维护';

const MOVES: { move: OrderMove; label: string; icon: ReactNode }[] = [
  { move: 'top', label: '置顶', icon: <VerticalAlignTopOutlined /> },
  { move: 'up', label: '升序', icon: <ArrowUpOutlined /> },
  { move: 'down', label: '降序', icon: <ArrowDownOutlined /> },
  { move: 'bottom', label: '置底', icon: <VerticalAlignBottomOutlined /> },
];

/** 亲属真实关系承诺告知: the member confirms the family relation with each holder is real. */
function RelationPromise({ onConfirm }: { onConfirm: () => void }) {
  return (
    <PromiseDialog title="亲属真实关系承诺告知" agreeLabel="同意" onConfirm={onConfirm}>
      <p>
        本人承诺与共济账户的参保人为真实的近亲属关系，本人使用参保人个人账户资金支付的医疗费用均为本人真实发生的费用。
      </p>
      <p>
        共济账户使用顺序设置成功后，本人就医购药时将按照设置的顺序使用各参保人的个人账户资金。如有虚假，本人愿意承担由此产生的一切后果和法律责任。
      </p>
    </PromiseDialog>
  );
}

type Stage = 'promise' | 'notice' | 'list';

/**
 * P16 共济账户使用顺序维护 (000 §1 我要办): 亲属真实关系承诺告知, 操作提示, then the accounts the
 * signed-in member may use, reordered with 【置顶】【升序】【降序】【置底】 and sent with 【提交】
 * (【重置】 goes back to the saved order); decided at once, then 业务反馈结果.
 */
export default function MutualAidOrderPage() {
  const holders = useMutualAidHolders();
  const relations = useDictionary('relations');
  const certTypes = useDictionary('certificate-types');
  const client = useQueryClient();
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>('promise');
  /** the page's order; null while it is the saved one */
  const [order, setOrder] = useState<MutualAidHolderItem[] | null>(null);
  const [done, setDone] = useState<{ detail: ApplicationDetail; lines: string[] } | null>(null);

  const submit = useMutation({
    mutationFn: (sent: { ids: number[]; lines: string[] }) => submitOrder(sent.ids),
    onSuccess: (detail, sent) => {
      setDone({ detail, lines: sent.lines });
      setOrder(null);
      void client.invalidateQueries({ queryKey: MUTUAL_AID_HOLDERS_KEY });
      void client.invalidateQueries({ queryKey: [LIST_KEY] });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  if (holders.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (holders.isError) {
    return (
      <LoadFailed what="共济账户" error={holders.error} retry={() => void holders.refetch()} />
    );
  }
  if (done) {
    return (
      <Feedback
        business={BUSINESS}
        detail={done.detail}
        lines={done.lines}
        againLabel="继续调整"
        onAgain={() => setDone(null)}
      />
    );
  }

  const saved = holders.data.items;
  const rows = order ?? saved;
  const changed = order !== null && order.some((r, i) => r.id !== saved[i]?.id);
  const move = (index: number, m: OrderMove) => setOrder(moveInOrder(rows, index, m));

  const columns: ColumnsType<MutualAidHolderItem> = [
    { title: '共济顺序', key: 'order', width: 96, render: (_: unknown, __, i) => i + 1 },
    {
      title: '与参保人关系',
      key: 'relation',
      render: (_: unknown, r) => relations.label(r.relation),
    },
    { title: '参保人姓名', dataIndex: 'holderName' },
    { title: '证件类型', key: 'certType', render: (_: unknown, r) => certTypes.label(r.certType) },
    { title: '证件号码', dataIndex: 'certNo', className: 'nowrap' },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, r, index) => (
        <Space size={0} wrap className="mutual-aid-moves">
          {MOVES.map(({ move: m, label, icon }) => (
            <Button
              key={m}
              type="link"
              size="small"
              icon={icon}
              aria-label={`${r.holderName} ${label}`}
              disabled={
                ((m === 'top' || m === 'up') && index === 0) ||
                ((m === 'down' || m === 'bottom') && index === rows.length - 1)
              }
              onClick={() => move(index, m)}
            >
              {label}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  const linesOf = (list: readonly MutualAidHolderItem[]) => [
    `共济账户使用顺序：${list.map((r, i) => `${i + 1}. ${r.holderName}`).join('；')}`,
  ];

  return (
    <div className="mutual-aid">
      {stage === 'promise' && <RelationPromise onConfirm={() => setStage('notice')} />}
      {stage === 'notice' && (
        <NoticeDialog
          effectiveFrom={holders.data.effectiveFrom}
          onConfirm={() => setStage('list')}
        />
      )}
      <Card title="共济账户使用顺序维护列表" className="applicant-section">
        <Table<MutualAidHolderItem>
          className="mutual-aid-order"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty description="暂无可使用的共济账户：参保人将您添加为共济对象后，可在此设置共济账户使用顺序" />
            ),
          }}
          footer={() => `总共${rows.length}条 显示${rows.length === 0 ? 0 : 1}-${rows.length}条`}
        />
        <Alert
          className="mutual-aid-tip"
          type="warning"
          showIcon
          title="温馨提示: 本功能用于提示使用共济顺序扣款的顺序,设置成功后,将按照你设置的共济账户使用顺序进行扣除"
        />
        <Space className="applicant-actions" size={16}>
          <Button size="large" disabled={!changed} onClick={() => setOrder(null)}>
            重置
          </Button>
          <Button
            type="primary"
            size="large"
            disabled={stage !== 'list' || rows.length === 0}
            loading={submit.isPending}
            onClick={() => submit.mutate({ ids: rows.map((r) => r.id), lines: linesOf(rows) })}
          >
            提交
          </Button>
        </Space>
      </Card>
    </div>
  );
}

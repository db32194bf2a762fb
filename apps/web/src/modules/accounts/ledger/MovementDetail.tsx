import { Descriptions, Drawer, Skeleton, Tag } from 'antd';
import type { LedgerMovementDetail, LedgerParty } from '@yibao/contracts';
import { ledgerTimeText } from '@yibao/domain';
import { useDictionary } from '../../../shared/dictionaries';
import { LoadFailed } from '../../registry/window/person-query/display';
import { useMovementDetail } from './ledgerApi';
import { plainAmount, signedAmount } from './ledger-view';

const dash = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '-' : v;

/** A person beside the movement: 姓名（证件类型 证件号码，关系）. */
function PartyText({ party }: { party: LedgerParty }) {
  const cert = useDictionary('certificate-types').label;
  const relation = useDictionary('relations').label;
  return (
    <>
      {party.name}
      <span className="ledger-party-cert">
        （{cert(party.certType)} {party.certNo}
        {party.relation ? `，${relation(party.relation)}` : ''}）
      </span>
    </>
  );
}

/** Every field of one movement, and the settlement's split when it belongs to one. */
export function MovementFacts({
  detail,
  hidden,
}: {
  detail: LedgerMovementDetail;
  hidden: boolean;
}) {
  const medType = useDictionary('medical-categories').label;
  const s = detail.settlement;
  const money = (fen: number) => plainAmount(fen, hidden);
  return (
    <div className="ledger-detail">
      <Descriptions size="small" bordered column={1} title="交易信息">
        <Descriptions.Item label="交易时间">{ledgerTimeText(detail.occurredAt)}</Descriptions.Item>
        <Descriptions.Item label="业务类型">{detail.kind}</Descriptions.Item>
        <Descriptions.Item label="摘要">{detail.summary}</Descriptions.Item>
        <Descriptions.Item label="交易类型">
          <Tag color={detail.direction === 'income' ? 'green' : 'orange'}>
            {detail.direction === 'income' ? '收入' : '支出'}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="交易金额(元)">
          <span className="ledger-amount">{signedAmount(detail.amountFen, hidden)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="交易后余额(元)">
          {detail.ownAccount ? money(detail.balanceAfterFen) : '-'}
        </Descriptions.Item>
        <Descriptions.Item label="费用支出类型">{dash(detail.expenseType)}</Descriptions.Item>
        <Descriptions.Item label="医院药店">
          {detail.institution ? `${detail.institution.name}（${detail.institution.code}）` : '-'}
        </Descriptions.Item>
        <Descriptions.Item label="账户所有人">
          {detail.ownAccount ? '本人' : <PartyText party={detail.holder} />}
        </Descriptions.Item>
        <Descriptions.Item label="使用人">
          {/* on one's own account a family member may have used it; on another's, oneself */}
          {detail.ownAccount && detail.user ? <PartyText party={detail.user} /> : '本人'}
        </Descriptions.Item>
        <Descriptions.Item label="所属期">{dash(detail.period)}</Descriptions.Item>
        <Descriptions.Item label="业务流水号">{dash(detail.reference)}</Descriptions.Item>
      </Descriptions>
      {s && (
        <Descriptions
          size="small"
          bordered
          column={1}
          title="结算信息"
          className="ledger-settlement"
        >
          <Descriptions.Item label="结算流水号">{s.txnNo}</Descriptions.Item>
          <Descriptions.Item label="就诊日期">{s.visitDate}</Descriptions.Item>
          <Descriptions.Item label="医疗类别">{medType(s.medType)}</Descriptions.Item>
          <Descriptions.Item label="就诊类别">{s.visitClass}</Descriptions.Item>
          <Descriptions.Item label="医疗费总额(元)">{money(s.totalFen)}</Descriptions.Item>
          <Descriptions.Item label="目录内金额(元)">{money(s.inCatalogueFen)}</Descriptions.Item>
          <Descriptions.Item label="目录外金额(元)">{money(s.outCatalogueFen)}</Descriptions.Item>
          <Descriptions.Item label="起付标准(元)">{money(s.deductibleFen)}</Descriptions.Item>
          <Descriptions.Item label="统筹基金支付(元)">{money(s.fundFen)}</Descriptions.Item>
          <Descriptions.Item label="个人账户支付(元)">{money(s.accountFen)}</Descriptions.Item>
          <Descriptions.Item label="个人现金支付(元)">{money(s.cashFen)}</Descriptions.Item>
          <Descriptions.Item label="结算状态">{s.status}</Descriptions.Item>
          <Descriptions.Item label="结算时间">{ledgerTimeText(s.settledAt)}</Descriptions.Item>
        </Descriptions>
      )}
    </div>
  );
}

/** 详情: a drawer with the movement's every field. */
export function MovementDetailDrawer({
  id,
  hidden,
  onClose,
}: {
  id: number | null;
  hidden: boolean;
  onClose: () => void;
}) {
  const detail = useMovementDetail(id);
  return (
    <Drawer
      title="个人账户明细详情"
      open={id !== null}
      onClose={onClose}
      size={560}
      destroyOnHidden
      className="ledger-detail-drawer"
    >
      {detail.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {detail.isError && <LoadFailed error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && <MovementFacts detail={detail.data} hidden={hidden} />}
    </Drawer>
  );
}

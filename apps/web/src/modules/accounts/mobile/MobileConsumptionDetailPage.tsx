import { List } from 'antd-mobile';
import { useParams } from 'react-router';
import { formatYuan, ledgerTimeText, signedYuan } from '@yibao/domain';
import { useDictionary } from '../../../shared/dictionaries';
import { PageLoading } from '../../auth/mobile/RequireMobileSignIn';
import { MobileLoadFailed } from '../../registry/mobile/MobileEnrolmentInfoPage';
import { useMovementDetail } from '../ledger/ledgerApi';
import '../../registry/mobile/mobile-registry.css';
import './mobile-consumption.css';

/**
 * 消费信息 › 详情 (M08): one 消费 or 退费 with the institution, who paid (one's own account or a
 * family member's) and, when it came from a settlement, how the bill was split.
 */
export default function MobileConsumptionDetailPage() {
  const { id } = useParams();
  const detail = useMovementDetail(Number(id) || 0);
  const medType = useDictionary('medical-categories').label;
  const relation = useDictionary('relations').label;

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return <MobileLoadFailed error={detail.error} retry={() => void detail.refetch()} />;
  }
  const d = detail.data;
  const s = d.settlement;
  const payer = d.ownAccount
    ? '本人个人账户'
    : `${d.holder.name}${d.holder.relation ? `（${relation(d.holder.relation)}）` : ''}的个人账户`;

  return (
    <div className="m-query">
      <section className="m-page-head">
        <h1 className="m-page-title">{d.summary}</h1>
        <p className="m-page-sub">
          <span className={d.amountFen > 0 ? 'm-amount-in' : 'm-amount-out'}>
            {signedYuan(d.amountFen)} 元
          </span>
        </p>
      </section>
      <List className="m-list m-facts" header="交易信息">
        <List.Item extra={ledgerTimeText(d.occurredAt)}>交易时间</List.Item>
        <List.Item extra={d.kind}>业务类型</List.Item>
        <List.Item extra={d.institution?.name ?? '-'}>医院药店</List.Item>
        <List.Item extra={d.expenseType || '-'}>费用支出类型</List.Item>
        <List.Item extra={payer}>支付账户</List.Item>
        {d.ownAccount && <List.Item extra={formatYuan(d.balanceAfterFen)}>交易后余额</List.Item>}
        <List.Item extra={d.reference ?? '-'}>业务流水号</List.Item>
      </List>
      {s && (
        <List className="m-list m-facts" header="结算信息">
          <List.Item extra={s.visitDate}>就诊日期</List.Item>
          <List.Item extra={medType(s.medType)}>医疗类别</List.Item>
          <List.Item extra={formatYuan(s.totalFen)}>医疗费总额</List.Item>
          <List.Item extra={formatYuan(s.fundFen)}>统筹基金支付</List.Item>
          <List.Item extra={formatYuan(s.accountFen)}>个人账户支付</List.Item>
          <List.Item extra={formatYuan(s.cashFen)}>个人现金支付</List.Item>
          <List.Item extra={s.status}>结算状态</List.Item>
        </List>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { DatePicker, ErrorBlock, InfiniteScroll, List } from 'antd-mobile';
import dayjs from 'dayjs';
import { api } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { listQueryString, withQuery } from '../../../shared/table-query';
import { PageLoading } from '../../auth/mobile/RequireMobileSignIn';
import { yearMonth, yuan } from '../window/person-query/display';
import {
  EMPLOYEE_INSURANCE,
  MY_CONTRIBUTIONS_URL,
  type MyContributionsPage,
} from '../personal/myRegistryApi';
import { MobileLoadFailed, MobileStatusWord } from './MobileEnrolmentInfoPage';
import './mobile-registry.css';
import { today } from '../../../shared/format';

const PAGE_SIZE = 12;

/** 查询起始年月 by default: the same month a year ago. */
const yearAgo = () => today().subtract(1, 'year').startOf('month').toDate();

/**
 * 查询服务 › 缴费信息 (003, M08): the 职工 contribution months from 查询起始年月 (a year back at
 * first), newest first, loaded as the list scrolls, with the totals of them all.
 */
export default function MobileContributionsPage() {
  const [start, setStart] = useState<Date>(yearAgo);
  const [picking, setPicking] = useState(false);
  const from = dayjs(start).format('YYYYMM');

  const list = useInfiniteQuery({
    queryKey: [LIST_KEY, MY_CONTRIBUTIONS_URL, 'infinite', from],
    queryFn: ({ pageParam }) =>
      api.get<MyContributionsPage>(
        withQuery(
          MY_CONTRIBUTIONS_URL,
          listQueryString({
            page: pageParam,
            pageSize: PAGE_SIZE,
            filters: { from, insuranceType: EMPLOYEE_INSURANCE },
          }),
        ),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
    retry: false,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const totals = list.data?.pages[0]?.totals;

  return (
    <div className="m-query">
      <section className="m-page-head">
        <h1 className="m-page-title">缴费信息</h1>
        <p className="m-page-sub">职工基本医疗保险缴费记录（金额单位：元）</p>
      </section>
      <List className="m-list m-facts">
        <List.Item
          extra={dayjs(start).format('YYYY-MM')}
          onClick={() => setPicking(true)}
          arrowIcon
        >
          查询起始年月
        </List.Item>
      </List>
      <DatePicker
        title="查询起始年月"
        precision="month"
        visible={picking}
        value={start}
        max={new Date()}
        min={new Date(1990, 0, 1)}
        onClose={() => setPicking(false)}
        onConfirm={(d) => setStart(d)}
        confirmText="确定"
        cancelText="取消"
      />
      {totals && (
        <dl className="m-contribution-totals" aria-label="缴费合计">
          <div>
            <dt>缴费月数</dt>
            <dd>{totals.months} 个月</dd>
          </div>
          <div>
            <dt>单位缴费合计</dt>
            <dd>{yuan(totals.unitAmountFen)}</dd>
          </div>
          <div>
            <dt>个人缴费合计</dt>
            <dd>{yuan(totals.personalAmountFen)}</dd>
          </div>
        </dl>
      )}
      {list.isPending && <PageLoading />}
      {list.isError && <MobileLoadFailed error={list.error} retry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && (
        <ErrorBlock
          status="empty"
          title="暂无缴费信息"
          description="查询起始年月以来没有缴费记录，可选择更早的年月"
        />
      )}
      {items.length > 0 && (
        <>
          <List className="m-list m-contributions">
            {items.map((row) => (
              <List.Item
                key={row.id}
                description={
                  <span className="m-contribution-amounts">
                    <span>单位 {yuan(row.unitAmountFen)}</span>
                    <span>个人 {yuan(row.personalAmountFen)}</span>
                    <span>划入账户 {yuan(row.accountAllocationFen)}</span>
                    <span>缴费基数 {yuan(row.baseFen)}</span>
                  </span>
                }
                extra={<MobileStatusWord status={row.status} />}
              >
                <span className="m-contribution-period">{yearMonth(row.period)}</span>
                <span className="m-contribution-kind">{row.kind}</span>
              </List.Item>
            ))}
          </List>
          <InfiniteScroll
            hasMore={list.hasNextPage}
            loadMore={async () => {
              await list.fetchNextPage();
            }}
          >
            {list.hasNextPage ? '加载中…' : '没有更多了'}
          </InfiniteScroll>
        </>
      )}
    </div>
  );
}

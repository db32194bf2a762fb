import { useState } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { ErrorBlock, InfiniteScroll, List, Tabs, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router';
import type { ConsumptionReply } from '@yibao/contracts';
import { formatYuan, ledgerTimeText, signedYuan } from '@yibao/domain';
import { api } from '../../../shared/api';
import { LIST_KEY } from '../../../shared/ServerTable';
import { listQueryString, withQuery } from '../../../shared/table-query';
import { PageLoading } from '../../auth/mobile/RequireMobileSignIn';
import { MobileLoadFailed } from '../../registry/mobile/MobileEnrolmentInfoPage';
import { todayText } from '../../../shared/format';
import { M_CONSUMPTION } from '../personal-paths';
import '../../registry/mobile/mobile-registry.css';
import './mobile-consumption.css';

const CONSUMPTION_URL = '/api/me/consumption';
const PAGE_SIZE = 12;

/**
 * The years to choose from: those with 消费 or 退费 and this year always (to show it has none
 * yet); the page opens on the newest year with any.
 */
function useYears() {
  const thisYear = Number(todayText().slice(0, 4));
  const years = useQuery({
    queryKey: ['consumption', 'years'],
    queryFn: () => api.get<{ years: number[] }>(`${CONSUMPTION_URL}/years`),
    retry: false,
  });
  const withData = years.data?.years ?? [];
  const list = [...new Set([thisYear, ...withData])].sort((a, b) => b - a);
  return { list, newest: withData[0] ?? thisYear, pending: years.isPending };
}

/**
 * 查询服务 › 消费信息 (003, M08): the person's own 消费 and 退费 of a year — at which hospital or
 * pharmacy, how much, and whether a family member's account paid (家庭共济) — newest first,
 * loaded as the list scrolls, with the year's totals; a row opens its 详情.
 */
export default function MobileConsumptionPage() {
  const years = useYears();
  if (years.pending) return <PageLoading />;
  return <ConsumptionOfYears years={years.list} initial={years.newest} />;
}

function ConsumptionOfYears({ years, initial }: { years: number[]; initial: number }) {
  const navigate = useNavigate();
  const [year, setYear] = useState(initial);

  const rows = useInfiniteQuery({
    queryKey: [LIST_KEY, CONSUMPTION_URL, 'infinite', year],
    queryFn: ({ pageParam }) =>
      api.get<ConsumptionReply>(
        withQuery(
          CONSUMPTION_URL,
          listQueryString({ page: pageParam, pageSize: PAGE_SIZE, filters: { year } }),
        ),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
    retry: false,
  });
  const items = rows.data?.pages.flatMap((p) => p.items) ?? [];
  const totals = rows.data?.pages[0]?.totals;

  return (
    <div className="m-query">
      <section className="m-page-head">
        <h1 className="m-page-title">消费信息</h1>
        <p className="m-page-sub">本人在定点医药机构的个人账户消费与退费（金额单位：元）</p>
      </section>
      <div className="m-consumption-years" role="group" aria-label="消费年度">
        <Tabs activeKey={String(year)} onChange={(key) => setYear(Number(key))}>
          {years.map((y) => (
            <Tabs.Tab key={y} title={`${y}年`} />
          ))}
        </Tabs>
      </div>
      {totals && (
        <dl className="m-contribution-totals" aria-label="消费合计">
          <div>
            <dt>消费笔数</dt>
            <dd>{totals.count} 笔</dd>
          </div>
          <div>
            <dt>消费合计</dt>
            <dd>{formatYuan(-totals.consumptionFen)}</dd>
          </div>
          <div>
            <dt>退费合计</dt>
            <dd>{formatYuan(totals.refundFen)}</dd>
          </div>
        </dl>
      )}
      {rows.isPending && <PageLoading />}
      {rows.isError && <MobileLoadFailed error={rows.error} retry={() => void rows.refetch()} />}
      {rows.isSuccess && items.length === 0 && (
        <ErrorBlock
          status="empty"
          title="暂无消费信息"
          description={`${year}年没有个人账户消费记录，可选择其他年度`}
        />
      )}
      {items.length > 0 && (
        <>
          <List className="m-list m-consumption">
            {items.map((row) => (
              <List.Item
                key={row.id}
                arrowIcon
                onClick={() => void navigate(`${M_CONSUMPTION}/${row.id}`)}
                description={
                  <span className="m-consumption-meta">
                    <span>{ledgerTimeText(row.occurredAt).slice(0, 16)}</span>
                    <span>{row.summary}</span>
                    {row.familyHolderName && (
                      <Tag color="primary" fill="outline">
                        家庭共济：{row.familyHolderName}
                      </Tag>
                    )}
                  </span>
                }
                extra={
                  <span className={row.amountFen > 0 ? 'm-amount-in' : 'm-amount-out'}>
                    {signedYuan(row.amountFen)}
                  </span>
                }
              >
                <span className="m-consumption-place">{row.institutionName ?? row.kind}</span>
              </List.Item>
            ))}
          </List>
          <InfiniteScroll
            hasMore={rows.hasNextPage}
            loadMore={async () => {
              await rows.fetchNextPage();
            }}
          >
            {rows.hasNextPage ? '加载中…' : '没有更多了'}
          </InfiniteScroll>
        </>
      )}
    </div>
  );
}

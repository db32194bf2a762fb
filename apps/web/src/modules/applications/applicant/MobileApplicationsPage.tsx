import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { ApplicationItem, Page } from '@yibao/contracts';
import type { ApplicationStatus } from '@yibao/domain';
import { Button, ErrorBlock, InfiniteScroll, List, Tag } from 'antd-mobile';
import { api, errorMessage } from '../../../shared/api';
import { formatDateTime } from '../../../shared/format';
import { LIST_KEY } from '../../../shared/ServerTable';
import { listQueryString, withQuery } from '../../../shared/table-query';
import { PageLoading } from '../../auth/mobile/RequireMobileSignIn';
import { APPLICATIONS_URL } from '../shared';
import { M_APPLICATIONS } from './paths';

const PAGE_SIZE = 10;

/** antd-mobile's colours of each status: waiting blue, passed green, refused red, sent back orange. */
const MOBILE_STATUS_COLORS: Readonly<Record<ApplicationStatus, string>> = {
  submitted: 'primary',
  'in-review': 'primary',
  approved: 'success',
  rejected: 'danger',
  withdrawn: 'default',
  returned: 'warning',
  applied: '#13a8a8',
  revoked: '#c41d7f',
};

/** 未审核, 审核通过 … as an antd-mobile tag. */
export function MobileStatusTag({ status, label }: { status: ApplicationStatus; label: string }) {
  return (
    <Tag
      color={MOBILE_STATUS_COLORS[status]}
      fill="outline"
      className="m-status-tag"
      data-status={status}
    >
      {label}
    </Tag>
  );
}

/**
 * 我办理的业务 (003, M10): the person's applications, newest first, loaded ten at a time as the
 * list scrolls; each opens its 办件进度.
 */
export default function MobileApplicationsPage() {
  const navigate = useNavigate();
  const list = useInfiniteQuery({
    queryKey: [LIST_KEY, APPLICATIONS_URL, 'infinite'],
    queryFn: ({ pageParam }) =>
      api.get<Page<ApplicationItem>>(
        withQuery(APPLICATIONS_URL, listQueryString({ page: pageParam, pageSize: PAGE_SIZE })),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
    retry: false,
  });

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <div className="m-applications">
      <section className="m-page-head">
        <h1 className="m-page-title">我办理的业务</h1>
        <p className="m-page-sub">查看已提交业务的办理进度</p>
      </section>
      {list.isPending && <PageLoading />}
      {list.isError && (
        <div className="m-applications-error">
          <ErrorBlock status="default" title="加载失败" description={errorMessage(list.error)} />
          <Button block color="primary" fill="outline" onClick={() => void list.refetch()}>
            重试
          </Button>
        </div>
      )}
      {list.isSuccess && total === 0 && (
        <ErrorBlock status="empty" title="暂无办理的业务" description="您还没有提交过业务申请" />
      )}
      {items.length > 0 && (
        <>
          <p className="m-applications-total">共 {total} 件</p>
          <List className="m-list m-applications-list">
            {items.map((item) => (
              <List.Item
                key={item.id}
                arrowIcon
                onClick={() => void navigate(`${M_APPLICATIONS}/${item.id}`)}
                description={
                  <span className="m-applications-meta">
                    <span>{item.subjectName}</span>
                    <span>{formatDateTime(item.submittedAt)}</span>
                  </span>
                }
                extra={<MobileStatusTag status={item.status} label={item.statusLabel} />}
              >
                {item.businessName}
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

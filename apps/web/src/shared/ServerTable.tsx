import { useState } from 'react';
import type { Key, ReactNode } from 'react';
import { Alert, Button, Empty, Space, Table, Typography } from 'antd';
import type { TablePaginationConfig, TableProps } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { DownloadOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@yibao/contracts';
import { api, errorMessage } from './api';
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZE_OPTIONS,
  exportUrl,
  listQueryString,
  sortParam,
  withQuery,
} from './table-query';
import type { ColumnLike, Filters } from './table-query';

export interface ServerTableProps<T extends object> {
  /** The list endpoint, answering `{items,total,page,pageSize}` */
  url: string;
  columns: ColumnsType<T>;
  /** Added to the query; a change goes back to page 1 */
  filters?: Filters;
  /** Heading of the printed and exported table */
  title: string;
  rowKey: string | ((row: T) => Key);
  /** More toolbar buttons, left of 打印 and 导出 */
  extra?: ReactNode;
  /** Whether the endpoint answers `format=pdf|xlsx`: 打印 and 导出 are shown only then */
  exportable?: boolean;
  /**
   * The columns 打印 and 导出 ask for when they differ from the table's: a cell that stacks two
   * fields (名称 over 证件号码) prints as two columns. The table's columns by default.
   */
  exportColumns?: readonly ColumnLike[];
  /** A class for a row (e.g. to mark overdue ones) */
  rowClassName?: (row: T) => string;
  /** A first column numbering the rows across pages, titled so (序号) */
  indexTitle?: string;
  /**
   * The columns share the card's width and their cells wrap, rather than the table scrolling
   * sideways (for lists that must fit elder mode's larger type).
   */
  fit?: boolean;
}

/** The first key of every list query, so a change can refresh all lists of one endpoint. */
export const LIST_KEY = 'list';

interface TableState {
  page: number;
  pageSize: number;
  sort: string | undefined;
  /** The filters the page number belongs to */
  filtersKey: string;
}

/** A table paged, sorted and filtered by the server, with 打印 (PDF) and 导出 (Excel). */
export function ServerTable<T extends object>(props: ServerTableProps<T>) {
  const { url, columns, filters, title, rowKey, extra, exportable = true, rowClassName } = props;
  const { indexTitle, fit = false } = props;
  const filtersKey = JSON.stringify(filters ?? {});
  const [state, setState] = useState<TableState>({
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: undefined,
    filtersKey,
  });
  // New filters start again on page 1.
  const page = state.filtersKey === filtersKey ? state.page : 1;
  const sort = state.sort;

  const query = listQueryString({ page, pageSize: state.pageSize, sort, filters });
  const result = useQuery({
    queryKey: [LIST_KEY, url, query],
    queryFn: () => api.get<Page<T>>(withQuery(url, query)),
    placeholderData: keepPreviousData,
    retry: false,
  });

  const onChange: TableProps<T>['onChange'] = (pagination: TablePaginationConfig, _f, sorter) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
    const field = typeof s?.field === 'string' ? s.field : s?.columnKey;
    const nextSort = sortParam(field, s?.order);
    const nextSize = pagination.pageSize ?? state.pageSize;
    const sortOrSizeChanged = nextSort !== state.sort || nextSize !== state.pageSize;
    setState({
      page: sortOrSizeChanged ? 1 : (pagination.current ?? 1),
      pageSize: nextSize,
      sort: nextSort,
      filtersKey,
    });
  };

  const exportOptions = { title, columns: props.exportColumns ?? columns, sort, filters };
  const pdfUrl = exportUrl(url, { ...exportOptions, format: 'pdf' });
  const xlsxUrl = exportUrl(url, { ...exportOptions, format: 'xlsx' });
  const data = result.data;
  const failed = result.isError;

  return (
    <div className="server-table">
      <div className="server-table-toolbar">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space wrap>
          {extra}
          {exportable && (
            <Button icon={<PrinterOutlined />} href={pdfUrl} target="_blank" rel="noopener">
              打印
            </Button>
          )}
          {exportable && (
            <Button icon={<DownloadOutlined />} href={xlsxUrl} download>
              导出
            </Button>
          )}
        </Space>
      </div>
      {failed && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="数据加载失败"
          description={errorMessage(result.error)}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void result.refetch()}>
              重试
            </Button>
          }
        />
      )}
      <Table<T>
        rowKey={rowKey}
        rowClassName={rowClassName}
        columns={[
          ...(indexTitle
            ? [
                {
                  title: indexTitle,
                  key: '__index',
                  width: 72,
                  render: (_: unknown, _row: T, i: number) => (page - 1) * state.pageSize + i + 1,
                },
              ]
            : []),
          ...columns.map((col) => withSortOrder(col, sort)),
        ]}
        dataSource={failed ? [] : (data?.items ?? [])}
        loading={result.isFetching}
        onChange={onChange}
        scroll={fit ? undefined : { x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={failed ? '数据加载失败，请稍后重试' : '暂无数据'}
            />
          ),
        }}
        pagination={{
          current: page,
          pageSize: state.pageSize,
          total: failed ? 0 : (data?.total ?? 0),
          showSizeChanger: true,
          showQuickJumper: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `总共 ${total} 条`,
        }}
      />
    </div>
  );
}

/** Shows the current sort (the server applies its own default when there is none). */
function withSortOrder<T>(col: ColumnsType<T>[number], sort: string | undefined) {
  if (!('sorter' in col) || !col.sorter) return col;
  const key = 'dataIndex' in col && typeof col.dataIndex === 'string' ? col.dataIndex : col.key;
  const [field, dir] = (sort ?? '').split(':');
  const sortOrder = key === field ? (dir === 'asc' ? 'ascend' : 'descend') : null;
  return { ...col, sortOrder } as ColumnsType<T>[number];
}

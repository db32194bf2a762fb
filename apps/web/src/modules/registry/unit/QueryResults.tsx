import { ConfigProvider, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ServerTable } from '../../../shared/ServerTable';
import type { Filters } from '../../../shared/table-query';

/** The guide's words for a list that waits for its first query. */
export const ASK_FIRST = '请填写相关条件查询';

/** Cells a little narrower than antd's 16 px either side, so eleven columns fit 1366 px. */
const LIST_THEME = { components: { Table: { cellPaddingInline: 10 } } };

/**
 * A 结果列表 of 业务查询: 请填写相关条件查询 until 查询 is pressed, then the rows paged by the server
 * with 序号 across pages.
 */
export function QueryResults<T extends { id: number }>({
  url,
  title,
  columns,
  filters,
}: {
  url: string;
  title: string;
  columns: ColumnsType<T>;
  /** null until the first 查询 */
  filters: Filters | null;
}) {
  return (
    <ConfigProvider theme={LIST_THEME}>
      {filters ? (
        <ServerTable<T>
          url={url}
          title={title}
          rowKey="id"
          indexTitle="序号"
          columns={columns}
          filters={filters}
          exportable={false}
        />
      ) : (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          <Table<T>
            rowKey="id"
            columns={[{ title: '序号', key: '__index' }, ...columns]}
            dataSource={[]}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ASK_FIRST} />,
            }}
          />
        </>
      )}
    </ConfigProvider>
  );
}

import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Card, Col, Empty, Form, Row, Skeleton, Space } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { Page } from '@yibao/contracts';
import { useElder } from '../../../../shared/elder';
import type { Filters } from '../../../../shared/table-query';
import { LoadFailed } from './display';
import { useFirstPage } from './queries';

/**
 * The search of a window query page (W25 人员综合查询, W24 单位综合查询): a card of boxes with
 * 查询 and 重置, then what it found — no one, one record (opened at once) or several to pick.
 */

export interface SearchField {
  name: string;
  label: string;
  input: ReactNode;
  required?: boolean;
}

/** The boxes in one row on a wide screen (two a row in elder mode); Enter in any box searches. */
export function QuerySearchForm<V extends object>({
  title,
  fields,
  initialValues,
  criteriaOf,
  noCriterion,
  labelWidth,
  searching,
  onSearch,
  onReset,
}: {
  title: string;
  fields: SearchField[];
  initialValues?: Partial<V>;
  /** the query of the boxes' values; null when there is nothing to search by */
  criteriaOf: (values: V) => Filters | null;
  /** the box that says `message` when there is nothing to search by */
  noCriterion: { field: string; message: string };
  /** the width of the labels, normal and in elder mode */
  labelWidth: { normal: number; elder: number };
  searching: boolean;
  onSearch: (criteria: Filters) => void;
  onReset: () => void;
}) {
  const [form] = Form.useForm<V>();
  const { elder } = useElder();
  const span = elder ? { xs: 24, md: 12 } : { xs: 24, md: 12, xl: 24 / fields.length };
  const setError = (errors: string[]) =>
    form.setFields([{ name: noCriterion.field as never, errors }]);
  const submit = (v: V) => {
    const criteria = criteriaOf(v);
    if (criteria) onSearch(criteria);
    else setError([noCriterion.message]);
  };
  return (
    <Card size="small" title={title} className="pq-search">
      <Form<V>
        form={form}
        layout="horizontal"
        labelCol={{ flex: `${elder ? labelWidth.elder : labelWidth.normal}px` }}
        initialValues={initialValues}
        onFinish={submit}
        onValuesChange={() => setError([])}
      >
        <Row gutter={16}>
          {fields.map((f) => (
            <Col key={f.name} {...span}>
              <Form.Item label={f.label} name={f.name} required={f.required}>
                {f.input}
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Space className="pq-search-actions">
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={searching}>
            查询
          </Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              form.resetFields();
              onReset();
            }}
          >
            重置
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/** A search, its first page (shared with the results table) and the record picked from several. */
export function useQuerySearch<T>(url: string, initial: Filters | null = null) {
  const [search, setSearch] = useState<{ criteria: Filters; seq: number } | null>(
    initial ? { criteria: initial, seq: 1 } : null,
  );
  const [picked, setPicked] = useState<T | null>(null);
  const found = useFirstPage<Page<T>>(url, search?.criteria ?? null);
  return {
    search,
    picked,
    found,
    pick: setPicked,
    onSearch: (criteria: Filters) => {
      setPicked(null);
      setSearch((s) => ({ criteria, seq: (s?.seq ?? 0) + 1 }));
      // 查询 again with the same words asks the server again
      if (JSON.stringify(criteria) === JSON.stringify(search?.criteria)) void found.refetch();
    },
    onReset: () => {
      setPicked(null);
      setSearch(null);
    },
  };
}
export type QuerySearch<T> = ReturnType<typeof useQuerySearch<T>>;

/** What the search found: nothing yet, none, one record (opened at once) or several to pick. */
export function SearchOutcome<T extends { id: number }>({
  state,
  none,
  view,
  results,
}: {
  state: QuerySearch<T>;
  /** what an empty search says: 未查询到符合条件的… and what to do */
  none: { title: string; hint: string };
  /** the record; `key` is new for each 查询, which opens the record afresh */
  view: (record: T, key: string, onBack: (() => void) | undefined) => ReactNode;
  results: (criteria: Filters, onOpen: (record: T) => void) => ReactNode;
}) {
  const { search, found, picked, pick } = state;
  if (!search) return null;
  if (found.isError) {
    return <LoadFailed error={found.error} onRetry={() => void found.refetch()} />;
  }
  const data = found.data;
  if (!data) {
    return (
      <Card size="small">
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }
  if (data.total === 0) {
    return (
      <Card size="small" className="pq-none">
        <Empty description={none.title}>{none.hint}</Empty>
      </Card>
    );
  }
  const only = data.total === 1 ? data.items[0] : undefined;
  const record = picked ?? only;
  if (record) {
    return view(record, `${search.seq}-${record.id}`, only ? undefined : () => pick(null));
  }
  return results(search.criteria, pick);
}

import { useState, type ReactNode } from 'react';
import { Alert, Card, Empty, Form, Input, Spin } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../../../shared/api';
import { trimmed } from '../shared/form-rules';
import { upper } from './fields';

/** A 单位编号+enter lookup and what it found; each lookup counts up `seq`. */
export interface UnitLookupState<T> {
  found: { value: T; seq: number } | null;
  /** 未找到该单位编号的单位, 该单位已注销 … as the server says it */
  refused: string | null;
  pending: boolean;
  idle: boolean;
  search: (unitNo: string) => void;
  /** looks the same unit up again (after 保存, its figures changed) */
  refresh: () => void;
}

export function useUnitLookup<T>(find: (unitNo: string) => Promise<T>): UnitLookupState<T> {
  const [found, setFound] = useState<{ value: T; seq: number } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [last, setLast] = useState('');
  const lookup = useMutation({
    mutationFn: find,
    onMutate: (unitNo) => {
      setLast(unitNo);
      setFound(null);
      setRefused(null);
    },
    onSuccess: (value) => setFound((f) => ({ value, seq: (f?.seq ?? 0) + 1 })),
    onError: (error) => setRefused(error instanceof ApiError ? error.message : errorMessage(error)),
  });
  return {
    found,
    refused,
    pending: lookup.isPending,
    idle: lookup.isIdle,
    search: (unitNo) => lookup.mutate(unitNo),
    refresh: () => {
      if (last) lookup.mutate(last);
    },
  };
}

/**
 * 单位信息: 单位编号 and Enter (or the search button), then — until a unit is found — the hint
 * what to look up or the server's refusal; `children` show the unit found.
 */
export function UnitLookup<T>({
  state,
  title = '单位信息',
  idleHint,
  children,
}: {
  state: UnitLookupState<T>;
  title?: string;
  idleHint: string;
  children?: ReactNode;
}) {
  const [form] = Form.useForm<{ unitNo: string }>();
  return (
    <>
      <Card title={title} size="small" className="window-form-section">
        <Form form={form} layout="inline" className="unit-lookup-form">
          <Form.Item
            label="单位编号"
            name="unitNo"
            required
            normalize={upper}
            rules={[{ required: true, whitespace: true, message: '请输入单位编号' }]}
          >
            <Input.Search
              placeholder="单位编号+enter或点击搜索查询"
              maxLength={30}
              enterButton
              loading={state.pending}
              style={{ width: 360 }}
              onSearch={() =>
                void form
                  .validateFields()
                  .then((v) => state.search(trimmed(v.unitNo)))
                  .catch(() => undefined)
              }
            />
          </Form.Item>
        </Form>
      </Card>
      {state.pending && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {state.idle && (
        <Card size="small" className="window-form-section">
          <Empty description={idleHint} />
        </Card>
      )}
      {state.refused && (
        <Alert
          type="warning"
          showIcon
          className="window-form-section unit-lookup-refused"
          title={state.refused}
          description="请核对单位编号后重新查询"
        />
      )}
      {state.found && children}
    </>
  );
}

import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Spin } from 'antd';
import type { FormInstance } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { ApiError, applyFieldError, errorMessage } from '../../../shared/api';
import { DictSelect } from '../../../shared/dictionaries';
import { certNoRule, trimmed } from '../shared/form-rules';

export interface CertValues {
  certType: string;
  certNo: string;
}

/** The query string of a lookup by 证件类型 and 证件号码, the number as the registry writes it. */
export const certQuery = (v: CertValues) =>
  `certType=${encodeURIComponent(v.certType)}&certNo=${encodeURIComponent(
    trimmed(v.certNo).toUpperCase(),
  )}`;

/** A 人员查询 by certificate and what it found; each lookup counts up `seq`. */
export interface CertLookupState<T> {
  form: FormInstance<CertValues>;
  found: { value: T; seq: number } | null;
  /** 未找到该证件号码的参保人员, as the server says it */
  missing: string | null;
  /** any other failure that no field of the query took */
  failure: string | null;
  pending: boolean;
  idle: boolean;
  search: (v: CertValues) => void;
  /** back to an empty 人员查询 */
  reset: () => void;
}

export function useCertLookup<T>(find: (v: CertValues) => Promise<T>): CertLookupState<T> {
  const [form] = Form.useForm<CertValues>();
  const [found, setFound] = useState<{ value: T; seq: number } | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const lookup = useMutation({
    mutationFn: find,
    onMutate: () => {
      setFound(null);
      setMissing(null);
      setFailure(null);
    },
    onSuccess: (value) => setFound((f) => ({ value, seq: (f?.seq ?? 0) + 1 })),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404) setMissing(error.message);
      else if (!applyFieldError(form, error)) setFailure(errorMessage(error));
    },
  });
  return {
    form,
    found,
    missing,
    failure,
    pending: lookup.isPending,
    idle: lookup.isIdle,
    search: (v) => lookup.mutate(v),
    reset: () => {
      setFound(null);
      setMissing(null);
      setFailure(null);
      lookup.reset();
      form.resetFields();
    },
  };
}

/**
 * 人员查询: 证件类型, 证件号码 and 查询 (or Enter), then — until something is found — the hint
 * what to look up, the server's 未找到 or the failure.
 */
export function CertLookup<T>({
  state,
  idleHint,
  loading = false,
  children,
}: {
  state: CertLookupState<T>;
  /** 请输入证件类型和证件号码，查询… */
  idleHint: string;
  /** the page is still loading something of its own */
  loading?: boolean;
  /** what the page shows of the person found */
  children?: ReactNode;
}) {
  return (
    <>
      <Card title="人员查询" size="small" className="window-form-section">
        <Form<CertValues>
          form={state.form}
          layout="inline"
          className="person-lookup-form"
          initialValues={{ certType: '01', certNo: '' }}
          onFinish={state.search}
        >
          <Form.Item label="证件类型" name="certType" required>
            <DictSelect
              name="certificate-types"
              allowClear={false}
              placeholder="请选择证件类型"
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item
            label="证件号码"
            name="certNo"
            required
            dependencies={['certType']}
            rules={[certNoRule]}
          >
            <Input placeholder="请输入证件号码" maxLength={30} style={{ width: 280 }} allowClear />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SearchOutlined />}
              loading={state.pending}
            >
              查询
            </Button>
          </Form.Item>
        </Form>
      </Card>

      {(state.pending || loading) && <Spin style={{ display: 'block', margin: '48px auto' }} />}
      {state.idle && (
        <Card size="small" className="window-form-section">
          <Empty description={idleHint} />
        </Card>
      )}
      {state.missing && (
        <Card size="small" className="window-form-section person-lookup-missing">
          <Empty
            description={
              <>
                <div>{state.missing}</div>
                <div className="person-lookup-hint">请核对证件类型和证件号码后重新查询</div>
              </>
            }
          />
        </Card>
      )}
      {state.failure && (
        <Alert
          type="error"
          showIcon
          className="window-form-section"
          title="人员查询失败"
          description={state.failure}
        />
      )}
      {state.found && !loading && children}
    </>
  );
}

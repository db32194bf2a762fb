import type { ReactNode } from 'react';
import { Button, Col, Descriptions, Form, Input, Row, Space } from 'antd';
import type { ColProps, FormInstance } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { DictSelect, useDictionary } from '../../../shared/dictionaries';
import { certNoRule } from '../shared/form-rules';
import type { Identity } from './flexibleApi';

const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);

/**
 * 姓名, 证件类型, 证件号码 of the query conditions, each in a column: * required (a business's
 * person, the number checked against the type) or optional (a query's filter).
 */
export function IdentityFields({ col, required = false }: { col: ColProps; required?: boolean }) {
  return (
    <>
      <Col {...col}>
        <Form.Item
          label="姓名"
          name="name"
          required={required}
          rules={required ? [{ required: true, whitespace: true, message: '请输入姓名' }] : []}
        >
          <Input placeholder="请输入姓名" allowClear maxLength={50} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item
          label="证件类型"
          name="certType"
          required={required}
          rules={required ? [{ required: true, message: '请选择证件类型' }] : []}
        >
          <DictSelect
            name="certificate-types"
            placeholder="请选择证件类型"
            allowClear={!required}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item
          label="证件号码"
          name="certNo"
          required={required}
          dependencies={required ? ['certType'] : undefined}
          rules={required ? [certNoRule] : []}
          normalize={upper}
        >
          <Input placeholder="请输入证件号码" allowClear maxLength={30} />
        </Form.Item>
      </Col>
    </>
  );
}

/** The column of a query form's field: three to a row at 1366 px. */
export const QUERY_COL: ColProps = { xs: 24, md: 12, lg: 8 };

/** A query form's 姓名, 证件类型, 证件号码 (and more), with 重置 and 查询 under them. */
export function IdentityQueryForm<T extends Partial<Identity>>({
  form,
  onFinish,
  onReset,
  required = false,
  loading = false,
  submitLabel = '查询',
  children,
}: {
  form: FormInstance<T>;
  onFinish: (v: T) => void;
  onReset?: () => void;
  required?: boolean;
  loading?: boolean;
  submitLabel?: string;
  /** more conditions after the three */
  children?: ReactNode;
}) {
  return (
    <Form<T>
      form={form}
      layout="vertical"
      className="flex-query-form"
      initialValues={{ certType: '01' } as T}
      onFinish={onFinish}
    >
      <Row gutter={24}>
        <IdentityFields col={QUERY_COL} required={required} />
        {children}
      </Row>
      <Space className="flex-query-actions" size={12}>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            onReset?.();
          }}
        >
          重置
        </Button>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={loading}>
          {submitLabel}
        </Button>
      </Space>
    </Form>
  );
}

/** 灵活就业人员基本信息: the person the business is for, as queried. */
export function IdentitySummary({ identity }: { identity: Identity }) {
  const certTypes = useDictionary('certificate-types');
  return (
    <Descriptions
      bordered
      size="small"
      className="flex-identity"
      column={{ xs: 1, md: 3 }}
      items={[
        { key: 'name', label: '姓名', children: identity.name },
        { key: 'certType', label: '证件类型', children: certTypes.label(identity.certType) },
        { key: 'certNo', label: '证件号码', children: identity.certNo },
      ]}
    />
  );
}

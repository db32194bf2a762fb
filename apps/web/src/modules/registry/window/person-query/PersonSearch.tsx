import { Button, Card, Col, Form, Input, Row, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import type { PersonSummary } from '@yibao/contracts';
import { DictSelect } from '../../../../shared/dictionaries';
import { useElder } from '../../../../shared/elder';
import { ServerTable } from '../../../../shared/ServerTable';
import type { Filters } from '../../../../shared/table-query';
import { RegionName, StatusTag, nowrap, useNames } from './display';
import { PERSONS_URL } from './queries';

interface SearchValues {
  certType: string;
  certNo?: string;
  personNo?: string;
  name?: string;
}

export const NO_CRITERION = '请输入证件号码、个人编号或姓名';
const DEFAULT_CERT_TYPE = '01';

/** The query of a search: 证件类型 counts only with a 证件号码; blanks are left out. */
function criteriaOf(v: SearchValues): Filters | null {
  const certNo = v.certNo?.trim().toUpperCase() ?? '';
  const personNo = v.personNo?.trim() ?? '';
  const name = v.name?.trim() ?? '';
  if (!certNo && !personNo && !name) return null;
  return {
    certType: certNo ? v.certType : undefined,
    certNo: certNo || undefined,
    personNo: personNo || undefined,
    name: name || undefined,
  };
}

/** 证件类型, 证件号码, 个人编号, 姓名 with 查询 and 重置; Enter in any box searches. */
export function PersonSearchForm({
  searching,
  onSearch,
  onReset,
}: {
  searching: boolean;
  onSearch: (criteria: Filters) => void;
  onReset: () => void;
}) {
  const [form] = Form.useForm<SearchValues>();
  const { elder } = useElder();
  const span = elder ? { xs: 24, md: 12 } : { xs: 24, md: 12, xl: 6 };
  const submit = (v: SearchValues) => {
    const criteria = criteriaOf(v);
    if (criteria) onSearch(criteria);
    else form.setFields([{ name: 'certNo', errors: [NO_CRITERION] }]);
  };
  return (
    <Card size="small" title="人员综合查询" className="pq-search">
      <Form<SearchValues>
        form={form}
        layout="horizontal"
        labelCol={{ flex: elder ? '96px' : '76px' }}
        initialValues={{ certType: DEFAULT_CERT_TYPE }}
        onFinish={submit}
        onValuesChange={() => form.setFields([{ name: 'certNo', errors: [] }])}
      >
        <Row gutter={16}>
          <Col {...span}>
            <Form.Item label="证件类型" name="certType" required>
              <DictSelect name="certificate-types" allowClear={false} />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item label="证件号码" name="certNo">
              <Input allowClear maxLength={30} placeholder="请输入证件号码" />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item label="个人编号" name="personNo">
              <Input allowClear maxLength={30} placeholder="请输入个人编号" />
            </Form.Item>
          </Col>
          <Col {...span}>
            <Form.Item label="姓名" name="name">
              <Input allowClear maxLength={50} placeholder="请输入姓名" />
            </Form.Item>
          </Col>
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

/** Several persons found: pick one (server-side paging). */
export function PersonResults({
  criteria,
  onOpen,
}: {
  criteria: Filters;
  onOpen: (person: PersonSummary) => void;
}) {
  const names = useNames();
  const openLink = (p: PersonSummary, text: string) => (
    <Button type="link" size="small" className="pq-link" onClick={() => onOpen(p)}>
      {text}
    </Button>
  );
  const columns: ColumnsType<PersonSummary> = [
    { title: '个人编号', dataIndex: 'personNo', render: (v: string) => nowrap(v) },
    { title: '姓名', dataIndex: 'name', render: (v: string, p) => openLink(p, v) },
    { title: '证件类型', dataIndex: 'certType', render: (v: string) => names.cert(v) },
    { title: '证件号码', dataIndex: 'certNo', render: (v: string) => nowrap(v) },
    { title: '性别', dataIndex: 'sex', render: (v: string) => names.sex(v) },
    { title: '出生日期', dataIndex: 'birthDate', render: (v: string) => nowrap(v) },
    { title: '人员类别', dataIndex: 'personCategory', render: (v: string) => names.category(v) },
    { title: '参保地', dataIndex: 'regionCode', render: (v: string) => <RegionName code={v} /> },
    { title: '人员状态', dataIndex: 'status', render: (v: string) => <StatusTag status={v} /> },
    { title: '操作', key: 'open', render: (_: unknown, p) => openLink(p, '查看') },
  ];
  return (
    <Card size="small" className="pq-results">
      <ServerTable<PersonSummary>
        url={PERSONS_URL}
        filters={criteria}
        title="查询结果：请选择人员"
        rowKey="id"
        columns={columns}
        exportable={false}
      />
    </Card>
  );
}

import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Card, Form, Modal } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useDictionary } from '../../../shared/dictionaries';
import type { Filters } from '../../../shared/table-query';
import { AgencyOnly } from './AgencyOnly';
import { FLEX_PERSONS_URL, identityOf, type FlexiblePerson, type Identity } from './flexibleApi';
import { FlexiblePersonDetailView } from './FlexiblePersonDetailView';
import { IdentityQueryForm } from './IdentityFields';
import { QueryResults } from './QueryResults';
import './flexible.css';

/**
 * U06 灵活就业人员信息查询 (001 §一 业务查询): 灵活就业人员信息查询条件 (姓名, 证件类型, 证件号码), the
 * 结果列表 paged by the server once 查询 is pressed, and 查看详情 (`?id=` opens it) with
 * 灵活就业人员信息详情.
 */
export default function FlexiblePersonsPage() {
  return (
    <AgencyOnly>
      <Persons />
    </AgencyOnly>
  );
}

function Persons() {
  const [form] = Form.useForm<Partial<Identity>>();
  const [filters, setFilters] = useState<Filters | null>(null);
  const [params, setParams] = useSearchParams();
  const openId = Number(params.get('id')) || null;
  const certTypes = useDictionary('certificate-types');
  const sexes = useDictionary('sexes');
  const categories = useDictionary('person-categories');

  const open = (id: number | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('id', String(id));
        else next.delete('id');
        return next;
      },
      { replace: id === null },
    );

  const columns: ColumnsType<FlexiblePerson> = [
    { title: '个人编号', dataIndex: 'personNo' },
    { title: '姓名', dataIndex: 'name' },
    { title: '证件类型名称', dataIndex: 'certType', render: (v: string) => certTypes.label(v) },
    { title: '证件号码', dataIndex: 'certNo' },
    { title: '性别名称', dataIndex: 'sex', render: (v: string) => sexes.label(v) },
    {
      title: '缴费人员类别名称',
      dataIndex: 'personCategory',
      render: (v: string) => categories.label(v),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, row) => (
        <Button type="link" size="small" onClick={() => open(row.id)}>
          查看详情
        </Button>
      ),
    },
  ];

  return (
    <>
      <Card title="灵活就业人员信息查询条件" className="applicant-section">
        <IdentityQueryForm
          form={form}
          onFinish={(v) => {
            const who = identityOf(v);
            setFilters({
              name: who.name || undefined,
              certType: who.certNo ? who.certType : undefined,
              certNo: who.certNo || undefined,
            });
          }}
          onReset={() => setFilters(null)}
        />
      </Card>
      <Card className="applicant-section">
        <QueryResults<FlexiblePerson>
          url={FLEX_PERSONS_URL}
          title="灵活就业人员信息结果列表"
          columns={columns}
          filters={filters}
        />
      </Card>
      <Modal
        title="灵活就业人员信息详情"
        open={openId !== null}
        onCancel={() => open(null)}
        footer={<Button onClick={() => open(null)}>关闭</Button>}
        width={960}
        destroyOnHidden
      >
        {openId !== null && <FlexiblePersonDetailView id={openId} />}
      </Modal>
    </>
  );
}

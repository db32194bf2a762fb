import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createStaffBody,
  resetStaffPasswordBody,
  updateStaffBody,
  type CreateStaffBody,
  type StaffItem,
  type UpdateStaffBody,
} from '@yibao/contracts';
import {
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, applyFieldError, errorMessage } from '../../shared/api';
import { formatDateTime } from '../../shared/format';
import { PasswordStrength } from '../../shared/PasswordStrength';
import { LIST_KEY, ServerTable } from '../../shared/ServerTable';
import { useSession } from '../../shared/session';
import type { Filters } from '../../shared/table-query';
import { zodRule } from '../../shared/zod-form';
import { REGIONS, regionName, useRoles } from './staff-data';

const URL = '/api/staff';
const STATUSES = ['正常', '停用'] as const;

interface FilterForm {
  keyword?: string;
  status?: string;
}

type StaffForm = CreateStaffBody;

/** 经办人员管理 (系统管理): the console's staff accounts, their roles and pooling regions. */
export default function StaffPage() {
  const [filterForm] = Form.useForm<FilterForm>();
  const [filters, setFilters] = useState<Filters>({});
  const [editing, setEditing] = useState<StaffItem | 'new' | null>(null);
  const [resetting, setResetting] = useState<StaffItem | null>(null);
  const client = useQueryClient();
  const { message } = App.useApp();
  const { session } = useSession();
  const { roleName } = useRoles();
  const refresh = () => client.invalidateQueries({ queryKey: [LIST_KEY, URL] });

  const setStatus = useMutation({
    mutationFn: ({ row, status }: { row: StaffItem; status: UpdateStaffBody['status'] }) =>
      api.put<StaffItem>(`${URL}/${row.id}`, {
        name: row.name,
        roles: row.roles,
        regionCodes: row.regionCodes,
        status,
      }),
    onSuccess: (row) => {
      void message.success(row.status === '停用' ? '已停用' : '已启用');
      void refresh();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const columns: ColumnsType<StaffItem> = [
    { title: '用户名', dataIndex: 'username' },
    { title: '姓名', dataIndex: 'name' },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: string[]) => (
        <Space size={[4, 4]} wrap>
          {roles.map((r) => (
            <Tag key={r} color="blue">
              {roleName(r)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '统筹区',
      dataIndex: 'regionCodes',
      render: (codes: string[]) => codes.map(regionName).join('、'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string) => <Tag color={status === '正常' ? 'green' : 'red'}>{status}</Tag>,
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      render: (at: string) => formatDateTime(at),
    },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, row) => {
        const self = session?.id === String(row.id);
        const disable = row.status === '正常';
        return (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(row)}>
              修改
            </Button>
            <Button type="link" size="small" onClick={() => setResetting(row)}>
              重置密码
            </Button>
            {!self && (
              <Popconfirm
                title={
                  disable
                    ? `确定停用经办人员 ${row.name}（${row.username}）吗？`
                    : `确定启用经办人员 ${row.name}（${row.username}）吗？`
                }
                description={disable ? '停用后该人员不能再登录，已登录的会话立即失效。' : undefined}
                okText={disable ? '停用' : '启用'}
                cancelText="取消"
                onConfirm={() => setStatus.mutate({ row, status: disable ? '停用' : '正常' })}
              >
                <Button type="link" size="small" danger={disable}>
                  {disable ? '停用' : '启用'}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="查询条件" size="small">
        <Form<FilterForm>
          form={filterForm}
          layout="vertical"
          onFinish={(v) =>
            setFilters({ keyword: v.keyword?.trim() || undefined, status: v.status })
          }
        >
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="关键字" name="keyword">
                <Input placeholder="用户名/姓名" allowClear maxLength={60} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label="状态" name="status">
                <Select
                  allowClear
                  placeholder="全部"
                  options={STATUSES.map((s) => ({ value: s, label: s }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button
              onClick={() => {
                filterForm.resetFields();
                setFilters({});
              }}
            >
              重置
            </Button>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
          </Space>
        </Form>
      </Card>
      <Card size="small">
        <ServerTable<StaffItem>
          url={URL}
          title="经办人员"
          rowKey="id"
          columns={columns}
          filters={filters}
          extra={
            <Button type="primary" onClick={() => setEditing('new')}>
              新增
            </Button>
          }
        />
      </Card>
      {editing !== null && (
        <StaffModal
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refresh();
          }}
        />
      )}
      {resetting && <ResetPasswordModal staff={resetting} onClose={() => setResetting(null)} />}
    </Space>
  );
}

/** 新增 and 修改: 用户名 (fixed once created), 姓名, 角色, 统筹区, and for a new account 初始密码. */
function StaffModal({
  editing,
  onClose,
  onSaved,
}: {
  editing: StaffItem | 'new';
  onClose: () => void;
  onSaved: () => void;
}) {
  const isNew = editing === 'new';
  const [form] = Form.useForm<StaffForm>();
  const password = Form.useWatch('password', form);
  const { message } = App.useApp();
  const { roles } = useRoles();
  const save = useMutation({
    mutationFn: (v: StaffForm) =>
      isNew
        ? api.post<StaffItem>(URL, v)
        : api.put<StaffItem>(`${URL}/${editing.id}`, {
            name: v.name,
            roles: v.roles,
            regionCodes: v.regionCodes,
            status: editing.status,
          }),
    onSuccess: () => {
      void message.success(isNew ? '新增成功' : '保存成功');
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldError(form, error)) void message.error(errorMessage(error));
    },
  });
  const initial: Partial<StaffForm> = isNew
    ? { username: '', name: '', roles: [], regionCodes: [], password: '' }
    : {
        username: editing.username,
        name: editing.name,
        roles: editing.roles,
        regionCodes: editing.regionCodes,
      };

  return (
    <Modal
      open
      title={isNew ? '新增经办人员' : '修改经办人员'}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        requiredMark
      >
        <Form.Item
          name="username"
          label="用户名"
          rules={isNew ? [zodRule(createStaffBody.shape.username)] : []}
          required={isNew}
          extra={isNew ? '4至30位字母、数字或下划线，以字母开头；创建后不能修改' : undefined}
        >
          <Input placeholder="请输入用户名" disabled={!isNew} maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="姓名" rules={[zodRule(updateStaffBody.shape.name)]} required>
          <Input placeholder="请输入姓名" maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="roles"
          label="角色"
          rules={[zodRule(updateStaffBody.shape.roles)]}
          required
        >
          <Select
            mode="multiple"
            placeholder="请选择角色"
            options={roles.map((r) => ({ value: r.code, label: r.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="regionCodes"
          label="统筹区"
          rules={[zodRule(updateStaffBody.shape.regionCodes)]}
          required
          extra="经办人员只能办理所选统筹区的业务"
        >
          <Select
            mode="multiple"
            placeholder="请选择统筹区"
            options={REGIONS.map((r) => ({ value: r.value, label: r.label }))}
          />
        </Form.Item>
        {isNew && (
          <>
            <Form.Item
              name="password"
              label="初始密码"
              rules={[zodRule(createStaffBody.shape.password)]}
              required
              extra="8-32位，须同时包含字母和数字；请线下告知本人"
            >
              <Input.Password placeholder="请输入初始密码" autoComplete="new-password" />
            </Form.Item>
            <Form.Item label="密码强度">
              <PasswordStrength password={password} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

interface ResetForm {
  password: string;
  confirmPassword: string;
}

/** 重置密码: a new password for a staff member; their open sessions end. */
function ResetPasswordModal({ staff, onClose }: { staff: StaffItem; onClose: () => void }) {
  const [form] = Form.useForm<ResetForm>();
  const password = Form.useWatch('password', form);
  const { message } = App.useApp();
  const reset = useMutation({
    mutationFn: (v: ResetForm) =>
      api.post<unknown>(`${URL}/${staff.id}/password`, { password: v.password }),
    onSuccess: () => {
      void message.success('密码已重置');
      onClose();
    },
    onError: (error) => {
      if (!applyFieldError(form, error)) void message.error(errorMessage(error));
    },
  });
  return (
    <Modal
      open
      title={`重置密码：${staff.name}（${staff.username}）`}
      okText="重置"
      cancelText="取消"
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v)} requiredMark>
        <Form.Item
          name="password"
          label="新密码"
          rules={[zodRule(resetStaffPasswordBody.shape.password)]}
          required
          extra="8-32位，须同时包含字母和数字；重置后该人员已登录的会话立即失效"
        >
          <Input.Password placeholder="请输入新密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="密码强度">
          <PasswordStrength password={password} />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认密码"
          dependencies={['password']}
          required
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (!value) throw new Error('请再次输入密码');
                if (value !== getFieldValue('password')) throw new Error('两次输入的密码不一致');
              },
            }),
          ]}
        >
          <Input.Password placeholder="请再次输入新密码" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

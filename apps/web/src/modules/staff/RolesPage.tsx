import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roleBody, type RightItem, type RoleBody, type RoleItem } from '@yibao/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { api, applyFieldError, errorMessage } from '../../shared/api';
import { zodRule } from '../../shared/zod-form';
import { moduleName, ROLES_KEY, useRights, useRoles } from './staff-data';

/** The built-in 管理员 role holds every right ('*') and is not edited. */
const ADMIN_ROLE = 'admin';

/** 角色管理 (系统管理): named sets of the rights the modules declare. */
export default function RolesPage() {
  const [editing, setEditing] = useState<RoleItem | 'new' | null>(null);
  const client = useQueryClient();
  const { message } = App.useApp();
  const { query, roles } = useRoles();
  const { rightName } = useRights();
  const refresh = () => client.invalidateQueries({ queryKey: ROLES_KEY });

  const remove = useMutation({
    mutationFn: (code: string) => api.delete<unknown>(`/api/roles/${encodeURIComponent(code)}`),
    onSuccess: () => {
      void message.success('删除成功');
      void refresh();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const columns: ColumnsType<RoleItem> = [
    { title: '代码', dataIndex: 'code', width: 160 },
    { title: '名称', dataIndex: 'name', width: 160 },
    {
      title: '权限',
      dataIndex: 'rights',
      render: (rights: string[]) =>
        rights.length === 0 ? (
          <span className="roles-none">（无）</span>
        ) : (
          <Space size={[4, 4]} wrap>
            {rights.map((r) => (
              <Tag key={r} color={r === '*' ? 'gold' : 'blue'}>
                {rightName(r)}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: '内置',
      dataIndex: 'builtin',
      width: 80,
      render: (builtin: boolean) => (builtin ? <Tag>内置</Tag> : '否'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_: unknown, role) => (
        <Space size={0}>
          {role.code !== ADMIN_ROLE && (
            <Button type="link" size="small" onClick={() => setEditing(role)}>
              修改
            </Button>
          )}
          {!role.builtin && (
            <Popconfirm
              title={`确定删除角色 ${role.name} 吗？`}
              description="仍有经办人员使用的角色不能删除。"
              okText="删除"
              cancelText="取消"
              onConfirm={() => remove.mutate(role.code)}
            >
              <Button type="link" size="small" danger>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="角色管理"
      extra={
        <Button type="primary" onClick={() => setEditing('new')}>
          新增
        </Button>
      }
    >
      {query.isError && (
        <Alert
          type="error"
          showIcon
          title="数据加载失败"
          description={errorMessage(query.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<RoleItem>
        rowKey="code"
        columns={columns}
        dataSource={roles}
        loading={query.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {editing !== null && (
        <RoleModal
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void refresh();
          }}
        />
      )}
    </Card>
  );
}

/** 新增 and 修改: 角色代码 (fixed once created), 角色名称 and the rights, by module. */
function RoleModal({
  editing,
  onClose,
  onSaved,
}: {
  editing: RoleItem | 'new';
  onClose: () => void;
  onSaved: () => void;
}) {
  const isNew = editing === 'new';
  const [form] = Form.useForm<RoleBody>();
  const { message } = App.useApp();
  const { query, rights } = useRights();
  const save = useMutation({
    mutationFn: (v: RoleBody) =>
      isNew
        ? api.post<RoleItem>('/api/roles', v)
        : api.put<RoleItem>(`/api/roles/${encodeURIComponent(editing.code)}`, {
            name: v.name,
            rights: v.rights,
          }),
    onSuccess: () => {
      void message.success(isNew ? '新增成功' : '保存成功');
      onSaved();
    },
    onError: (error) => {
      if (!applyFieldError(form, error)) void message.error(errorMessage(error));
    },
  });

  return (
    <Modal
      open
      title={isNew ? '新增角色' : '修改角色'}
      width={680}
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
        requiredMark
        initialValues={
          isNew ? { code: '', name: '', rights: [] } : { ...editing, rights: editing.rights }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="code"
          label="角色代码"
          rules={isNew ? [zodRule(roleBody.shape.code)] : []}
          required={isNew}
          extra={isNew ? '2至30位小写字母、数字或连字符，以字母开头；创建后不能修改' : undefined}
        >
          <Input placeholder="如：auditor" disabled={!isNew} maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="角色名称" rules={[zodRule(roleBody.shape.name)]} required>
          <Input placeholder="如：审计员" maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item name="rights" label="权限" rules={[zodRule(roleBody.shape.rights)]}>
          {query.isError ? (
            <Alert type="error" showIcon title={`权限目录加载失败：${errorMessage(query.error)}`} />
          ) : (
            <RightsChecklist rights={rights} loading={query.isPending} />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The rights as checkboxes grouped by the module that declares them; a module box ticks all. */
function RightsChecklist({
  rights,
  loading,
  id,
  value = [],
  onChange,
}: {
  rights: RightItem[];
  loading: boolean;
  /** set by Form.Item */
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}) {
  const modules = useMemo(() => {
    const byModule = new Map<string, RightItem[]>();
    for (const r of rights) byModule.set(r.module, [...(byModule.get(r.module) ?? []), r]);
    return [...byModule.entries()];
  }, [rights]);
  if (loading) return <span className="roles-none">正在加载权限目录…</span>;
  return (
    <div className="rights-checklist" id={id}>
      {modules.map(([module, items]) => {
        const codes = items.map((r) => r.code);
        const held = codes.filter((c) => value.includes(c));
        const others = value.filter((c) => !codes.includes(c));
        return (
          <fieldset key={module} className="rights-module">
            <legend>
              <Checkbox
                checked={held.length === codes.length}
                indeterminate={held.length > 0 && held.length < codes.length}
                onChange={(e) => onChange?.(e.target.checked ? [...others, ...codes] : others)}
              >
                {moduleName(module)}
              </Checkbox>
            </legend>
            <Checkbox.Group
              value={held}
              options={items.map((r) => ({ value: r.code, label: r.name }))}
              onChange={(checked) => onChange?.([...others, ...checked])}
            />
          </fieldset>
        );
      })}
    </div>
  );
}

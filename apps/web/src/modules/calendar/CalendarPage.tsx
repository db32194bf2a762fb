import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  calendarDayBody,
  calendarDayKinds,
  type CalendarDay,
  type CalendarDayBody,
} from '@yibao/contracts';
import {
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, applyFieldError, errorMessage } from '../../shared/api';
import { LIST_KEY, ServerTable } from '../../shared/ServerTable';
import { hasRight, useSession } from '../../shared/session';
import { zodRule } from '../../shared/zod-form';
import { today } from '../../shared/format';

const URL = '/api/calendar/days';
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

interface DayForm extends CalendarDayBody {
  day: Dayjs;
}

/** 节假日设置: the public holidays and make-up workdays that 办理时限 counts around. */
export default function CalendarPage() {
  const thisYear = today().year();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<CalendarDay | 'new' | null>(null);
  const [form] = Form.useForm<DayForm>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { session } = useSession();
  const isAdmin = hasRight(session, 'calendar.manage');
  const refresh = () => client.invalidateQueries({ queryKey: [LIST_KEY, URL] });

  const save = useMutation({
    mutationFn: ({ day, ...body }: DayForm) =>
      api.put<CalendarDay>(`${URL}/${day.format('YYYY-MM-DD')}`, body),
    onSuccess: () => {
      void message.success('保存成功');
      setEditing(null);
      void refresh();
    },
    onError: (error) => {
      if (!applyFieldError(form, error)) void message.error(errorMessage(error));
    },
  });
  const remove = useMutation({
    mutationFn: (day: string) => api.delete<unknown>(`${URL}/${day}`),
    onSuccess: () => {
      void message.success('删除成功');
      void refresh();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const open = (row: CalendarDay | 'new') => {
    setEditing(row);
    form.setFieldsValue(
      row === 'new'
        ? { day: undefined, kind: 'holiday', name: '', source: '' }
        : { ...row, day: dayjs(row.day) },
    );
  };

  const actionsColumn: ColumnsType<CalendarDay>[number] = {
    title: '操作',
    key: 'actions',
    width: 140,
    render: (_, r) => (
      <Space>
        <Button type="link" size="small" onClick={() => open(r)}>
          修改
        </Button>
        <Popconfirm
          title={`确定删除 ${r.day} 的设置吗？`}
          okText="删除"
          cancelText="取消"
          onConfirm={() => remove.mutate(r.day)}
        >
          <Button type="link" size="small" danger>
            删除
          </Button>
        </Popconfirm>
      </Space>
    ),
  };

  const columns: ColumnsType<CalendarDay> = [
    { title: '日期', dataIndex: 'day', width: 130 },
    { title: '星期', key: 'weekday', width: 90, render: (_, r) => WEEKDAYS[dayjs(r.day).day()] },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 120,
      render: (k: CalendarDay['kind']) => (
        <Tag color={k === 'holiday' ? 'red' : 'blue'}>{calendarDayKinds[k]}</Tag>
      ),
    },
    { title: '名称', dataIndex: 'name', width: 140 },
    { title: '依据', dataIndex: 'source' },
    ...(isAdmin ? [actionsColumn] : []),
  ];

  return (
    <Card title="节假日设置">
      <Space style={{ marginBottom: 16 }}>
        年度
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({
            value: y,
            label: `${y}年`,
          }))}
        />
      </Space>
      <ServerTable<CalendarDay>
        url={URL}
        columns={columns}
        filters={{ year }}
        title={`${year}年节假日安排`}
        rowKey="day"
        extra={
          isAdmin && (
            <Button type="primary" onClick={() => open('new')}>
              新增
            </Button>
          )
        }
      />
      <Modal
        title={editing === 'new' ? '新增节假日或调休上班日' : '修改节假日或调休上班日'}
        open={editing !== null}
        okText="保存"
        cancelText="取消"
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} preserve={false}>
          <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker disabled={editing !== 'new'} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="kind" label="类型" rules={[zodRule(calendarDayBody.shape.kind)]}>
            <Radio.Group
              options={Object.entries(calendarDayKinds).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[zodRule(calendarDayBody.shape.name)]}>
            <Input placeholder="如：春节" maxLength={30} />
          </Form.Item>
          <Form.Item name="source" label="依据" rules={[zodRule(calendarDayBody.shape.source)]}>
            <Input
              placeholder="文件名称，如：国务院办公厅关于2026年部分节假日安排的通知"
              maxLength={120}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

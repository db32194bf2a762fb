import { Space, Tag } from 'antd';
import type { ApplicationItem } from '@yibao/contracts';

/** 办理时限 with its warning: 已超期 in red, 今日到期 in orange (under the date in a table). */
export function DueOn({
  row,
  stacked = false,
}: {
  row: Pick<ApplicationItem, 'dueOn' | 'overdue' | 'dueToday'>;
  stacked?: boolean;
}) {
  if (!row.dueOn) return <>-</>;
  return (
    <Space size={4} orientation={stacked ? 'vertical' : 'horizontal'} className="due-on">
      <span>{row.dueOn}</span>
      {row.overdue && <Tag color="red">已超期</Tag>}
      {row.dueToday && <Tag color="orange">今日到期</Tag>}
    </Space>
  );
}

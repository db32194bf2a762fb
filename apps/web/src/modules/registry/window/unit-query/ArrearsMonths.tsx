import { Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';

/** 欠费月数: none owed plainly, months owed as a warning. */
export function ArrearsMonths({ months }: { months: number }) {
  if (months <= 0) return <span className="pq-nowrap">0 个月</span>;
  return (
    <Typography.Text type="danger" strong className="pq-nowrap">
      <WarningOutlined /> {months} 个月
    </Typography.Text>
  );
}

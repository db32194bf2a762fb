import type { ReactNode } from 'react';
import { Card } from 'antd';

/**
 * One page of 个人中心 inside the portal frame: the heading (修改密码, 账户信息修改 …) with
 * 「*为必填项」 beside it when the page asks for input.
 */
export function CentreCard({
  title,
  required = false,
  children,
}: {
  title: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <Card
      className="pauth-card centre-card"
      title={<h1 className="pauth-title">{title}</h1>}
      extra={
        required ? (
          <span className="pauth-required">
            <span className="pauth-star">*</span>为必填项
          </span>
        ) : undefined
      }
    >
      {children}
    </Card>
  );
}

import type { ReactNode } from 'react';
import { Alert, Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { greeting } from '../shared/format';
import { sessionName, useSession } from '../shared/session';

interface PortalWelcomeProps {
  /** 欢迎来到个人网厅 */
  welcome: string;
  /** Who the portal serves, shown to a visitor who has not signed in */
  audience: string;
  children?: ReactNode;
}

/** The greeting of a portal's home page, with the sign-in state as it is. */
export function PortalWelcome({ welcome, audience, children }: PortalWelcomeProps) {
  const { session, loading } = useSession();
  return (
    <Card className="portal-welcome">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {session ? `${sessionName(session)}，` : '您好，'}
        {greeting(dayjs())}！
      </Typography.Title>
      <Typography.Paragraph className="portal-welcome-text">{welcome}</Typography.Paragraph>
      {!loading && !session && (
        <Alert type="info" showIcon title="您尚未登录" description={audience} />
      )}
      {children}
    </Card>
  );
}

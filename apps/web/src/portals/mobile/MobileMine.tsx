import { List } from 'antd-mobile';
import { sessionName, useSession } from '../../shared/session';

/** 我的: who is signed in. */
export default function MobileMine() {
  const { session, loading } = useSession();
  return (
    <List header="我的">
      <List.Item extra={loading ? '' : session ? sessionName(session) : '未登录'}>账号</List.Item>
    </List>
  );
}

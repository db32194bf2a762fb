import { App, Avatar, Button, Space, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../shared/api';
import { sessionName, useLogout, useSession } from '../shared/session';

/** Where a signed-in person's avatar leads (004 §三.3: the avatar opens 个人中心). */
const PERSONAL_CENTRE = '/personal/centre';

/**
 * The header's user area: the signed-in name with 退出, or 未登录. A person's avatar and name
 * open 个人中心.
 */
export function UserArea({ loginPath }: { loginPath?: string | undefined }) {
  const { session, loading } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();

  if (loading) return null;
  if (!session) {
    if (loginPath) {
      return (
        <Button size="small" ghost icon={<UserOutlined />} onClick={() => void navigate(loginPath)}>
          登录
        </Button>
      );
    }
    return (
      <Typography.Text className="header-text">
        <UserOutlined /> 未登录
      </Typography.Text>
    );
  }
  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/'),
      onError: (error) => void message.error(errorMessage(error)),
    });
  return (
    <Space size={8}>
      {session.actorType === 'person' ? (
        <Link
          to={PERSONAL_CENTRE}
          className="header-link user-avatar-link"
          title="个人中心"
          aria-label={`${sessionName(session)}，个人中心`}
        >
          <Avatar size="small" icon={<UserOutlined />} className="user-avatar" alt="个人中心" />
          <span>{sessionName(session)}</span>
        </Link>
      ) : (
        <Typography.Text className="header-text">
          <UserOutlined /> {sessionName(session)}
        </Typography.Text>
      )}
      <Button
        size="small"
        ghost
        icon={<LogoutOutlined />}
        loading={logout.isPending}
        onClick={onLogout}
      >
        退出
      </Button>
    </Space>
  );
}

import { App, Button, Space, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { errorMessage } from '../shared/api';
import { sessionName, useLogout, useSession } from '../shared/session';

/** The header's user area: the signed-in name with 退出, or 未登录. */
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
      <Typography.Text className="header-text">
        <UserOutlined /> {sessionName(session)}
      </Typography.Text>
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

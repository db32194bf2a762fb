import { UserOutlined } from '@ant-design/icons';
import { Button, Dialog, List, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router';
import {
  M_EVOUCHER,
  M_HOME,
  M_LOGIN,
  M_REAL_NAME,
  M_REGISTER,
} from '../../modules/auth/mobile/forms';
import { LinkButtonMobile } from '../../modules/auth/mobile/LinkButtonMobile';
import { PageLoading } from '../../modules/auth/mobile/RequireMobileSignIn';
import { errorMessage } from '../../shared/api';
import { sessionName, useLogout, useSession } from '../../shared/session';

/** 我的: who is signed in, 实名认证 and 医保电子凭证, and 退出; 登录 / 注册 when signed out. */
export default function MobileMine() {
  const { session, loading } = useSession();
  const navigate = useNavigate();
  const logout = useLogout();
  const person = session?.actorType === 'person' ? session : null;

  if (loading) return <PageLoading />;

  if (!person) {
    return (
      <div className="m-mine">
        <section className="m-mine-head">
          <span className="m-avatar" aria-hidden="true">
            <UserOutlined />
          </span>
          <div>
            <div className="m-mine-name">未登录</div>
            <div className="m-mine-sub">登录后查看个人信息</div>
          </div>
        </section>
        <div className="m-actions">
          <LinkButtonMobile to={M_LOGIN} color="primary">
            登录
          </LinkButtonMobile>
          <LinkButtonMobile to={M_REGISTER}>注册</LinkButtonMobile>
        </div>
      </div>
    );
  }

  const signOut = () =>
    void Dialog.confirm({
      content: '确定退出登录吗？',
      confirmText: '退出',
      cancelText: '取消',
      onConfirm: async () => {
        try {
          await logout.mutateAsync();
          Toast.show({ icon: 'success', content: '已退出登录' });
          void navigate(M_HOME);
        } catch (error) {
          Toast.show({ icon: 'fail', content: errorMessage(error) });
        }
      },
    });

  return (
    <div className="m-mine">
      <section className="m-mine-head">
        <span className="m-avatar" aria-hidden="true">
          <UserOutlined />
        </span>
        <div>
          <div className="m-mine-name" data-testid="mine-name">
            {sessionName(person)}
          </div>
          <div className="m-mine-sub">手机号 {person.phone}</div>
        </div>
      </section>
      <List className="m-list">
        <List.Item
          extra={person.realNameVerified ? '已认证' : '未认证'}
          arrowIcon={!person.realNameVerified}
          onClick={person.realNameVerified ? undefined : () => void navigate(M_REAL_NAME)}
        >
          实名认证
        </List.Item>
        <List.Item onClick={() => void navigate(M_EVOUCHER)} arrowIcon>
          医保电子凭证
        </List.Item>
      </List>
      <div className="m-actions">
        <Button block size="large" shape="rounded" color="danger" fill="outline" onClick={signOut}>
          退出
        </Button>
      </div>
    </div>
  );
}

import type { ReactNode } from 'react';
import {
  AccountBookOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  MedicineBoxOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Grid, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { M_CONSUMPTION } from '../../modules/accounts/personal-paths';
import { M_APPLICATIONS } from '../../modules/applications/applicant/paths';
import { M_EVOUCHER, M_LOGIN, M_REAL_NAME, M_REGISTER } from '../../modules/auth/mobile/forms';
import { LinkButtonMobile } from '../../modules/auth/mobile/LinkButtonMobile';
import { M_CONTRIBUTIONS, M_ENROLMENT_INFO } from '../../modules/registry/personal/paths';
import { sessionName, useSession } from '../../shared/session';

interface Service {
  key: string;
  title: string;
  icon: ReactNode;
}

/** A block of services, three to a row, each opening its page. */
function ServiceGrid({ label, title, items }: { label: string; title?: string; items: Service[] }) {
  const navigate = useNavigate();
  return (
    <section className="m-services" aria-label={label}>
      {title && <h2 className="m-section-title">{title}</h2>}
      <Grid columns={3} gap={8}>
        {items.map((s) => (
          <Grid.Item key={s.key}>
            <button type="button" className="m-service" onClick={() => void navigate(s.key)}>
              <span className="m-service-icon">{s.icon}</span>
              <span className="m-service-title">{s.title}</span>
            </button>
          </Grid.Item>
        ))}
      </Grid>
    </section>
  );
}

/** 查询服务 (003 目录 03): the person's own 参保信息 and 缴费信息. */
const QUERY_SERVICES: Service[] = [
  { key: M_ENROLMENT_INFO, title: '参保信息', icon: <SolutionOutlined /> },
  { key: M_CONTRIBUTIONS, title: '缴费信息', icon: <AccountBookOutlined /> },
  { key: M_CONSUMPTION, title: '消费信息', icon: <MedicineBoxOutlined /> },
];

/**
 * 智慧医保 首页: the channel's name, who is signed in, the services that exist so far, and
 * 查询服务 once the person has completed 实名认证.
 */
export default function MobileHome() {
  const { session, loading } = useSession();
  const person = session?.actorType === 'person' ? session : null;
  const services = person
    ? [
        ...(person.realNameVerified
          ? []
          : [{ key: M_REAL_NAME, title: '实名认证', icon: <IdcardOutlined /> }]),
        { key: M_EVOUCHER, title: '医保电子凭证', icon: <SafetyCertificateOutlined /> },
        ...(person.realNameVerified
          ? [{ key: M_APPLICATIONS, title: '我办理的业务', icon: <FileSearchOutlined /> }]
          : []),
      ]
    : [];

  return (
    <>
      <section className="m-home">
        <h1 className="m-home-title">智慧医保</h1>
        <p className="m-home-sub">医保公共服务平台移动端</p>
      </section>
      {!loading && (
        <section className="m-home-account" aria-label="登录状态">
          {person ? (
            <>
              <p className="m-home-hello">
                您好，<strong>{sessionName(person)}</strong>
                {person.realNameVerified ? (
                  <Tag color="success">已实名认证</Tag>
                ) : (
                  <Tag color="warning">未实名认证</Tag>
                )}
              </p>
              {!person.realNameVerified && (
                <p className="m-weak">
                  为了账号信息安全，需进行实名认证，认证后方可办理本人医保业务。
                </p>
              )}
            </>
          ) : (
            <>
              <p className="m-home-hello">您尚未登录</p>
              <p className="m-weak">使用个人网厅账号登录后，办理个人医保事务。</p>
              <div className="m-actions m-actions-row">
                <LinkButtonMobile to={M_LOGIN} color="primary">
                  登录
                </LinkButtonMobile>
                <LinkButtonMobile to={M_REGISTER}>注册</LinkButtonMobile>
              </div>
            </>
          )}
        </section>
      )}
      {services.length > 0 && <ServiceGrid label="服务" items={services} />}
      {person?.realNameVerified && (
        <ServiceGrid label="查询服务" title="查询服务" items={QUERY_SERVICES} />
      )}
    </>
  );
}

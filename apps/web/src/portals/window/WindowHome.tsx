import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { PortalWelcome } from '../PortalWelcome';
import { menuLeaves } from '../menu';
import { useWindowPortal } from './menu';

/** The console's home: the pages this staff member may open, as cards. */
export default function WindowHome() {
  const portal = useWindowPortal();
  const pages = menuLeaves(portal.menu).filter(({ leaf }) => leaf.path !== portal.home);
  return (
    <PortalWelcome
      welcome="欢迎使用综窗经办"
      audience="综窗经办供医保经办机构工作人员受理和办理窗口业务，需使用经办人员账号登录。"
    >
      <Typography.Title level={4}>常用功能</Typography.Title>
      <Row gutter={[16, 16]}>
        {pages.map(({ leaf, group }) => (
          <Col key={leaf.path} xs={24} sm={12} lg={8}>
            <Link to={leaf.path}>
              <Card hoverable size="small">
                <Typography.Text strong>{leaf.label}</Typography.Text>
                {group && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {group.label}
                  </Typography.Paragraph>
                )}
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </PortalWelcome>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitHomeReply } from '@yibao/contracts';
import { Alert, Button, Card, Empty, Space, Spin, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { MyPendingApplications } from '../../modules/applications/applicant/MyPendingApplications';
import { U_APPLICATIONS } from '../../modules/applications/applicant/paths';
import { BindUnitCard, UNIT_HOME_KEY } from '../../modules/auth/unit/BindUnitCard';
import { FLEX_AGENCY_TYPE, FlexServices } from '../../modules/registry/unit/FlexServices';
import { api, errorMessage } from '../../shared/api';
import { greeting } from '../../shared/format';

/** 常用服务's tabs as guide 001 shows them; the one for the unit's kind opens first. */
const serviceTabs = [
  { key: 'insured', label: '参保单位服务' },
  { key: 'institution', label: '医疗机构服务' },
  { key: 'procurement', label: '招采企业服务' },
];

/**
 * 单位网厅 首页 (guide 001): 你好, 下午好! 欢迎来到单位网厅, 单位名称 and 管理人群; an operator not yet
 * bound to a unit binds one here first; 常用服务 links a flexible-employment agency's seven services;
 * 我的待办件 lists the unit's applications. 我的信用 comes with the business behind it.
 */
export default function UnitHome() {
  const client = useQueryClient();
  const home = useQuery({
    queryKey: UNIT_HOME_KEY,
    queryFn: () => api.get<UnitHomeReply>('/api/unit/home'),
  });

  if (home.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (home.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="首页信息加载失败"
        description={errorMessage(home.error)}
        action={
          <Button size="small" onClick={() => void home.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  const data = home.data;
  // unitType is the 单位类型 name: 医疗机构 and 零售药店 work under 医疗机构服务
  const institution = data.unitType === '医疗机构' || data.unitType === '零售药店';
  // a flexible-employment agency finds the guide's seven services under 参保单位服务
  const agency = data.unitType === FLEX_AGENCY_TYPE;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card className="unit-welcome">
        <Typography.Title level={3} className="unit-welcome-title">
          你好，{greeting(dayjs())}！
        </Typography.Title>
        <Typography.Paragraph className="unit-welcome-text">欢迎来到单位网厅</Typography.Paragraph>
        <dl className="unit-facts">
          <div>
            <dt>单位名称</dt>
            <dd>
              {data.bound ? (
                data.unitName
              ) : (
                <Typography.Text type="secondary">未绑定单位</Typography.Text>
              )}
            </dd>
          </div>
          <div>
            <dt>管理人群</dt>
            <dd>
              {data.bound ? (
                data.managedGroup
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              )}
            </dd>
          </div>
        </dl>
      </Card>
      {data.bound ? (
        <Card title="常用服务" className="unit-services">
          <Tabs
            defaultActiveKey={institution ? 'institution' : 'insured'}
            items={serviceTabs.map((tab) => ({
              ...tab,
              children:
                agency && tab.key === 'insured' ? (
                  <FlexServices />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="业务功能将陆续开通" />
                ),
            }))}
          />
        </Card>
      ) : (
        <BindUnitCard onBound={() => void client.invalidateQueries({ queryKey: UNIT_HOME_KEY })} />
      )}
      {data.bound && <MyPendingApplications progressPath={U_APPLICATIONS} />}
    </Space>
  );
}

import type { ReactNode } from 'react';
import { Alert, Button, Card, Result, Spin } from 'antd';
import { ApiError, errorMessage } from '../../../shared/api';
import { LinkButton } from '../../../shared/LinkButton';
import { useAgencyCheck } from './flexibleApi';

/**
 * The flexible-employment pages open only for an operator bound to a 灵活就业代管机构; anyone else
 * sees the server's reason (本单位不是灵活就业代管机构) and the way back to 首页.
 */
export function AgencyOnly({ children }: { children: ReactNode }) {
  const check = useAgencyCheck();
  if (check.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (check.error instanceof ApiError && check.error.status === 403) {
    return (
      <Card>
        <Result
          status="403"
          title={check.error.message}
          subTitle="灵活就业人员的参保登记、增减员、定点医疗机构变更、信息维护与查询，仅限灵活就业代管机构的单位经办人办理。"
          extra={
            <LinkButton to="/unit" type="primary" size="large">
              返回门户首页
            </LinkButton>
          }
        />
      </Card>
    );
  }
  if (check.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="页面加载失败"
        description={errorMessage(check.error)}
        action={
          <Button size="small" onClick={() => void check.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  return <>{children}</>;
}

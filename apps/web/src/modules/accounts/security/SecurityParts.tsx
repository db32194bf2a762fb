import type { ReactNode } from 'react';
import type { AccountSecurityReply } from '@yibao/contracts';
import { Alert, Button, Card, Descriptions, Result, Spin, type FormProps } from 'antd';
import { ApiError, errorMessage } from '../../../shared/api';
import { useDictionary } from '../../../shared/dictionaries';
import { labelledFormLayout } from '../../../shared/labelled-form';
import { LinkButton } from '../../../shared/LinkButton';
import { useAccountSecurity } from './securityApi';
import './account-security.css';

/** The page's state when it cannot be used (no personal account): why, and the way back. */
function Refused({ title }: { title: string }) {
  return (
    <Card>
      <Result
        status="warning"
        title={title}
        extra={
          <LinkButton to="/personal" type="primary" size="large">
            返回服务大厅
          </LinkButton>
        }
      />
    </Card>
  );
}

/**
 * Loads the account's settings and shows the page with them; while loading a spinner, a person
 * without a personal account (a resident) the refusal, any other failure a retry.
 */
export function WithAccountSecurity({
  what,
  children,
}: {
  /** what failed to load, for the retry message */
  what: string;
  children: (data: AccountSecurityReply) => ReactNode;
}) {
  const security = useAccountSecurity();
  if (security.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (security.isError) {
    const error = security.error;
    // 404: no personal account (a resident); 409: the account is closed or frozen
    if (error instanceof ApiError && (error.status === 404 || error.status === 409))
      return <Refused title={error.message} />;
    return (
      <Alert
        type="error"
        showIcon
        title={`${what}加载失败`}
        description={errorMessage(error)}
        action={
          <Button size="small" onClick={() => void security.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  return <>{children(security.data)}</>;
}

/** 参保人员申报信息: 姓名, 证件类型 and the masked 证件号码. */
export function InsuredCard({ data }: { data: AccountSecurityReply }) {
  const certTypes = useDictionary('certificate-types');
  return (
    <Card title="参保人员申报信息" className="applicant-section">
      <Descriptions
        className="account-insured"
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'name', label: '姓名', children: data.name },
          { key: 'certType', label: '证件类型', children: certTypes.label(data.certType) },
          { key: 'certNo', label: '证件号码', children: data.certNo },
        ]}
      />
    </Card>
  );
}

/** The result the guide's last step shows, with the ways on. */
export function Done({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Card className="applicant-section">
      <Result
        status="success"
        title={title}
        extra={
          <div className="account-done-actions">
            {children}
            <LinkButton to="/personal" type="primary" size="large">
              返回服务大厅
            </LinkButton>
          </div>
        }
      />
    </Card>
  );
}

/**
 * The labelled forms of these pages. The field column may shrink, so a long hint or warning
 * under a field wraps inside it instead of pushing the field below its label.
 */
export const accountFormLayout = (
  elder: boolean,
  labelWidth: { normal: number; elder: number },
): Partial<FormProps> => ({
  ...labelledFormLayout(elder, labelWidth),
  wrapperCol: { flex: '1 1 0' },
});

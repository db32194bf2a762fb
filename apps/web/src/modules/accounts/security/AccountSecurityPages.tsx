import { RequireVerifiedPerson } from '../../applications/applicant/PersonalPages';
import AccountPasswordPage from './AccountPasswordPage';
import PaymentSettingsPage from './PaymentSettingsPage';

/** 我要办 › 个人账户密码设置 (P17). */
export function PersonalAccountPassword() {
  return (
    <RequireVerifiedPerson>
      <AccountPasswordPage />
    </RequireVerifiedPerson>
  );
}

/** 我要办 › 个人账户支付权限设置 (P18). */
export function PersonalAccountPayment() {
  return (
    <RequireVerifiedPerson>
      <PaymentSettingsPage />
    </RequireVerifiedPerson>
  );
}

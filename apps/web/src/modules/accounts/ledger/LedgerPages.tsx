import { RequireVerifiedPerson } from '../../applications/applicant/PersonalPages';
import AccountUsePage from './AccountUsePage';
import LedgerPage from './LedgerPage';

/** 我要查 › 个人账户明细查询 (P35). */
export function PersonalAccountLedger() {
  return (
    <RequireVerifiedPerson>
      <LedgerPage />
    </RequireVerifiedPerson>
  );
}

/** 我要查 › 使用本人账户情况查询 (P36). */
export function PersonalAccountUsedByOthers() {
  return (
    <RequireVerifiedPerson>
      <AccountUsePage mode="usedByOthers" />
    </RequireVerifiedPerson>
  );
}

/** 我要查 › 使用他人账户情况查询 (P37). */
export function PersonalAccountUseOfOthers() {
  return (
    <RequireVerifiedPerson>
      <AccountUsePage mode="useOfOthers" />
    </RequireVerifiedPerson>
  );
}

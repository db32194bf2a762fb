import { RequireVerifiedPerson } from '../../applications/applicant/PersonalPages';
import MutualAidMembersPage from './MutualAidMembersPage';
import MutualAidOrderPage from './MutualAidOrderPage';

/** 我要办 › 个人账户家庭共济关系维护 (P15). */
export function PersonalMutualAidMembers() {
  return (
    <RequireVerifiedPerson>
      <MutualAidMembersPage />
    </RequireVerifiedPerson>
  );
}

/** 我要办 › 共济账户使用顺序维护 (P16). */
export function PersonalMutualAidOrder() {
  return (
    <RequireVerifiedPerson>
      <MutualAidOrderPage />
    </RequireVerifiedPerson>
  );
}

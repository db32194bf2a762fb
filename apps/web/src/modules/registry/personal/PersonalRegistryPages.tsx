import { RequireVerifiedPerson } from '../../applications/applicant/PersonalPages';
import ContributionsQueryPage from './ContributionsQueryPage';
import DesignatedHospitalChangePage from './DesignatedHospitalChangePage';
import PersonInfoQueryPage from './PersonInfoQueryPage';
import RegistrationRightsPage from './RegistrationRightsPage';

/** 我要办 › 职工个人定点医疗机构变更 (P13). */
export function PersonalDesignatedHospitalChange() {
  return (
    <RequireVerifiedPerson>
      <DesignatedHospitalChangePage />
    </RequireVerifiedPerson>
  );
}

/** 我要查 › 职工个人基本信息查询 (P30). */
export function PersonalPersonInfo() {
  return (
    <RequireVerifiedPerson>
      <PersonInfoQueryPage />
    </RequireVerifiedPerson>
  );
}

/** 我要查 › 职工参保缴费信息查询 (P31). */
export function PersonalContributions() {
  return (
    <RequireVerifiedPerson>
      <ContributionsQueryPage />
    </RequireVerifiedPerson>
  );
}

/** 个人权益 › 职工登记信息权益 (P51). */
export function PersonalRegistrationRights() {
  return (
    <RequireVerifiedPerson>
      <RegistrationRightsPage />
    </RequireVerifiedPerson>
  );
}

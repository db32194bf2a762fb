import { RequireVerifiedPerson } from '../../applications/applicant/PersonalPages';
import BenefitStatusPage from './BenefitStatusPage';
import MedicalConsumptionPage from './MedicalConsumptionPage';

/** 个人权益 › 职工医疗保险待遇查询 (P50). */
export function PersonalMedicalBenefits() {
  return (
    <RequireVerifiedPerson>
      <BenefitStatusPage />
    </RequireVerifiedPerson>
  );
}

/** 个人权益 › 个人医疗消费信息查询 (P55). */
export function PersonalMedicalConsumption() {
  return (
    <RequireVerifiedPerson>
      <MedicalConsumptionPage />
    </RequireVerifiedPerson>
  );
}

import type { ReactNode } from 'react';
import AccountLedgerWindowPage from '../../modules/accounts/window/AccountLedgerWindowPage';
import WithdrawalRegisterPage from '../../modules/accounts/window/withdrawal/WithdrawalRegisterPage';
import WithdrawalReviewPage from '../../modules/accounts/window/withdrawal/WithdrawalReviewPage';
import WithdrawalRevokePage from '../../modules/accounts/window/withdrawal/WithdrawalRevokePage';
import { Result } from 'antd';
import { Route, Routes } from 'react-router';
import ReviewPage from '../../modules/applications/window/ReviewPage';
import ReviewQueuePage from '../../modules/applications/window/ReviewQueuePage';
import AuditLogPage from '../../modules/audit/AuditLogPage';
import StaffLoginPage from '../../modules/auth/StaffLoginPage';
import CalendarPage from '../../modules/calendar/CalendarPage';
import JobsPage from '../../modules/jobs/JobsPage';
import ServiceGuideDetailPage from '../../modules/service-guide/ServiceGuideDetailPage';
import ServiceGuideListPage from '../../modules/service-guide/ServiceGuideListPage';
import PersonInfoWindowPage from '../../modules/registry/window/PersonInfoWindowPage';
import EmployeePostChangePage from '../../modules/registry/window/EmployeePostChangePage';
import ContributionBaseChangePage from '../../modules/registry/window/ContributionBaseChangePage';
import UnitBaseAuditPage from '../../modules/registry/window/UnitBaseAuditPage';
import UnitInfoChangePage from '../../modules/registry/window/UnitInfoChangePage';
import ResidentInfoChangePage from '../../modules/registry/window/ResidentInfoChangePage';
import ResidentInfoChangeReviewPage from '../../modules/registry/window/ResidentInfoChangeReviewPage';
import PersonQueryPage from '../../modules/registry/window/PersonQueryPage';
import UnitQueryPage from '../../modules/registry/window/UnitQueryPage';
import CertificatePage from '../../modules/registry/window/CertificatePage';
import DuplicateEnrolmentsPage from '../../modules/registry/window/DuplicateEnrolmentsPage';
import EmployeeBatchPage from '../../modules/registry/window/EmployeeBatchPage';
import EmployeeEnrolmentPage from '../../modules/registry/window/EmployeeEnrolmentPage';
import EmployeeReductionPage from '../../modules/registry/window/EmployeeReductionPage';
import EmployeeRetirementPage from '../../modules/registry/window/EmployeeRetirementPage';
import ResidentSuspensionPage from '../../modules/registry/window/ResidentSuspensionPage';
import FlexibleEnrolmentWindowPage from '../../modules/registry/window/FlexibleEnrolmentWindowPage';
import FlexibleBatchPage from '../../modules/registry/window/FlexibleBatchPage';
import FlexibleRetirementPage from '../../modules/registry/window/FlexibleRetirementPage';
import FlexibleSuspensionPage from '../../modules/registry/window/FlexibleSuspensionPage';
import SpecialIdentityPage from '../../modules/registry/window/SpecialIdentityPage';
import CardlessSettlementPage from '../../modules/registry/window/CardlessSettlementPage';
import ResidentBatchPage from '../../modules/registry/window/ResidentBatchPage';
import AssistanceSubsidyPage from '../../modules/registry/window/AssistanceSubsidyPage';
import UnitDeregistrationPage from '../../modules/registry/window/UnitDeregistrationPage';
import ResidentEnrolmentWindowPage from '../../modules/registry/window/ResidentEnrolmentWindowPage';
import UnitRegistrationPage from '../../modules/registry/window/UnitRegistrationPage';
import RolesPage from '../../modules/staff/RolesPage';
import StaffPage from '../../modules/staff/StaffPage';
import { RequireSignIn } from '../../shared/RequireSignIn';
import { hasRight, useSession } from '../../shared/session';
import NotFoundPage from '../NotFoundPage';
import { PortalLayout } from '../PortalLayout';
import { pageRights, useWindowPortal, windowPortal } from './menu';
import WindowHome from './WindowHome';

/** A page for staff holding its right; others are told so rather than shown a failing page. */
function RequireRight({ right, children }: { right: string | undefined; children: ReactNode }) {
  const { session } = useSession();
  if (right !== undefined && !hasRight(session, right)) {
    return (
      <Result status="403" title="无权访问" subTitle="您没有权限访问此页面，请联系系统管理员。" />
    );
  }
  return children;
}

const staffOnly = (path: string, page: ReactNode) => (
  <RequireSignIn actorType="staff" loginPath="/window/login">
    <RequireRight right={pageRights[`/window/${path}`]}>{page}</RequireRight>
  </RequireSignIn>
);

/** 综窗经办 under /window; every page but the home and sign-in needs a staff session. */
export default function WindowPortal() {
  const portal = useWindowPortal();
  return (
    <Routes>
      <Route path="login" element={<StaffLoginPage />} />
      <Route
        path="*"
        element={
          <PortalLayout portal={portal}>
            <Routes>
              <Route index element={<WindowHome />} />
              <Route path="guide" element={staffOnly('guide', <ServiceGuideListPage />)} />
              <Route path="guide/:no" element={staffOnly('guide', <ServiceGuideDetailPage />)} />
              <Route
                path="unit-registration"
                element={staffOnly('unit-registration', <UnitRegistrationPage />)}
              />
              <Route
                path="resident-enrolment"
                element={staffOnly('resident-enrolment', <ResidentEnrolmentWindowPage />)}
              />
              <Route
                path="person-info"
                element={staffOnly('person-info', <PersonInfoWindowPage />)}
              />
              <Route
                path="employee-post"
                element={staffOnly('employee-post', <EmployeePostChangePage />)}
              />
              <Route
                path="contribution-base"
                element={staffOnly('contribution-base', <ContributionBaseChangePage />)}
              />
              <Route
                path="unit-base-audit"
                element={staffOnly('unit-base-audit', <UnitBaseAuditPage />)}
              />
              <Route
                path="unit-info-change"
                element={staffOnly('unit-info-change', <UnitInfoChangePage />)}
              />
              <Route
                path="resident-info-change"
                element={staffOnly('resident-info-change', <ResidentInfoChangePage />)}
              />
              <Route
                path="resident-info-change/review"
                element={staffOnly('resident-info-change/review', <ResidentInfoChangeReviewPage />)}
              />
              <Route path="unit-query" element={staffOnly('unit-query', <UnitQueryPage />)} />
              <Route path="person-query" element={staffOnly('person-query', <PersonQueryPage />)} />
              <Route path="certificate" element={staffOnly('certificate', <CertificatePage />)} />
              <Route
                path="account-ledger"
                element={staffOnly('account-ledger', <AccountLedgerWindowPage />)}
              />
              <Route
                path="account-withdrawal/register"
                element={staffOnly('account-withdrawal/register', <WithdrawalRegisterPage />)}
              />
              <Route
                path="account-withdrawal/register/:kind"
                element={staffOnly('account-withdrawal/register', <WithdrawalRegisterPage />)}
              />
              <Route
                path="account-withdrawal/review"
                element={staffOnly('account-withdrawal/review', <WithdrawalReviewPage />)}
              />
              <Route
                path="account-withdrawal/revoke"
                element={staffOnly('account-withdrawal/revoke', <WithdrawalRevokePage />)}
              />
              <Route
                path="duplicate-enrolments"
                element={staffOnly('duplicate-enrolments', <DuplicateEnrolmentsPage />)}
              />
              <Route
                path="unit-deregistration"
                element={staffOnly('unit-deregistration', <UnitDeregistrationPage />)}
              />
              <Route
                path="employee-enrolment"
                element={staffOnly('employee-enrolment', <EmployeeEnrolmentPage />)}
              />
              <Route
                path="employee-enrolment/batch"
                element={staffOnly('employee-enrolment/batch', <EmployeeBatchPage />)}
              />
              <Route
                path="employee-reduction"
                element={staffOnly('employee-reduction', <EmployeeReductionPage />)}
              />
              <Route
                path="employee-retirement"
                element={staffOnly('employee-retirement', <EmployeeRetirementPage />)}
              />
              <Route
                path="resident-suspension"
                element={staffOnly('resident-suspension', <ResidentSuspensionPage />)}
              />
              <Route
                path="flexible-enrolment"
                element={staffOnly('flexible-enrolment', <FlexibleEnrolmentWindowPage />)}
              />
              <Route
                path="flexible-enrolment/batch"
                element={staffOnly('flexible-enrolment/batch', <FlexibleBatchPage />)}
              />
              <Route
                path="flexible-suspension"
                element={staffOnly('flexible-suspension', <FlexibleSuspensionPage />)}
              />
              <Route
                path="flexible-retirement"
                element={staffOnly('flexible-retirement', <FlexibleRetirementPage />)}
              />
              <Route
                path="special-identity"
                element={staffOnly('special-identity', <SpecialIdentityPage />)}
              />
              <Route
                path="special-identity/batch"
                element={staffOnly(
                  'special-identity/batch',
                  <ResidentBatchPage kind="special-identity-batch" />,
                )}
              />
              <Route
                path="resident-enrolment/batch"
                element={staffOnly(
                  'resident-enrolment/batch',
                  <ResidentBatchPage kind="resident-enrolment-batch" />,
                )}
              />
              <Route
                path="cardless-settlement"
                element={staffOnly('cardless-settlement', <CardlessSettlementPage />)}
              />
              <Route
                path="assistance-subsidy"
                element={staffOnly('assistance-subsidy', <AssistanceSubsidyPage />)}
              />
              <Route path="queue" element={staffOnly('queue', <ReviewQueuePage />)} />
              <Route path="applications/:id" element={staffOnly('applications', <ReviewPage />)} />
              <Route path="audit" element={staffOnly('audit', <AuditLogPage />)} />
              <Route path="jobs" element={staffOnly('jobs', <JobsPage />)} />
              <Route path="calendar" element={staffOnly('calendar', <CalendarPage />)} />
              <Route path="staff" element={staffOnly('staff', <StaffPage />)} />
              <Route path="roles" element={staffOnly('roles', <RolesPage />)} />
              <Route path="*" element={<NotFoundPage home={windowPortal.home} />} />
            </Routes>
          </PortalLayout>
        }
      />
    </Routes>
  );
}

/** The applicant's pages in each channel. */
export const P_PERSON_INFO_CHANGE = '/personal/person-info-change';
export const P_RESIDENT_ENROLMENT = '/personal/resident-enrolment';
export const P_APPLICATIONS = '/personal/applications';
export const U_APPLICATIONS = '/unit/applications';
export const M_APPLICATIONS = '/m/applications';

/** 修改后重新提交 of a returned application in the personal portal, per business. */
export const PERSONAL_RESUBMIT_PATHS: Readonly<Record<string, string>> = {
  'resident-enrolment': P_RESIDENT_ENROLMENT,
};

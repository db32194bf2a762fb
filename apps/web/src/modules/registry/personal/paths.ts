/** The insured person's own registry pages in the personal portal (我要办, 我要查) and on the phone. */
export const P_DESIGNATED_HOSPITAL_CHANGE = '/personal/designated-hospital-change';
export const P_PERSON_INFO = '/personal/person-info';
export const P_CONTRIBUTIONS = '/personal/contributions';
export const P_REGISTRATION_RIGHTS = '/personal/registration-rights';
export const M_ENROLMENT_INFO = '/m/enrolment-info';
export const M_CONTRIBUTIONS = '/m/contributions';

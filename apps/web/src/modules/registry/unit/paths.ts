/** The flexible-employment agency's pages of the unit portal (001 §一). */
export const U_FLEX_ENROLMENT = '/unit/flexible/enrolment';
export const U_FLEX_ADDITION = '/unit/flexible/addition';
export const U_FLEX_REDUCTION = '/unit/flexible/reduction';
export const U_FLEX_HOSPITAL = '/unit/flexible/hospital-change';
export const U_FLEX_INFO = '/unit/flexible/info-change';
export const U_FLEX_PERSONS = '/unit/flexible/persons';
export const U_FLEX_CONTRIBUTIONS = '/unit/flexible/contributions';

/** 网上经办 of the guide's left menu. */
export const FLEX_HANDLING = [
  { path: U_FLEX_ENROLMENT, label: '灵活就业人员参保登记' },
  { path: U_FLEX_ADDITION, label: '灵活就业人员增员申报' },
  { path: U_FLEX_REDUCTION, label: '灵活就业人员减员申报' },
  { path: U_FLEX_HOSPITAL, label: '灵活就业人员定点医疗机构变更' },
  { path: U_FLEX_INFO, label: '灵活就业人员信息维护' },
] as const;

/** 业务查询 of the guide's left menu (办件进度查询 follows them). */
export const FLEX_QUERIES = [
  { path: U_FLEX_PERSONS, label: '灵活就业人员信息查询' },
  { path: U_FLEX_CONTRIBUTIONS, label: '灵活就业人员缴费明细查询' },
] as const;

/** 常用服务 of the home, in the guide's order. */
export const FLEX_SERVICES = [
  FLEX_HANDLING[0],
  FLEX_HANDLING[1],
  FLEX_HANDLING[2],
  FLEX_HANDLING[4],
  FLEX_HANDLING[3],
  ...FLEX_QUERIES,
] as const;

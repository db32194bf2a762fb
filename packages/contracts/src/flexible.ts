import { z } from 'zod';
import { pageOf, pageQuery } from './common';

/**
 * The flexible-employment agency's queries in the unit portal (001 §一): 灵活就业人员信息查询
 * (U06) and 灵活就业人员缴费明细查询 (U07). Amounts are integer fen.
 */
const personFilter = {
  name: z.string().trim().max(50).optional(),
  certType: z.string().max(2).optional(),
  certNo: z.string().trim().max(30).optional(),
};

export const flexiblePersonsQuery = pageQuery.extend(personFilter);
export const flexiblePersonItem = z.object({
  id: z.number().int(),
  personNo: z.string(),
  name: z.string(),
  certType: z.string(),
  certNo: z.string(),
  sex: z.string(),
  personCategory: z.string(),
});
export const flexiblePersonsReply = pageOf(flexiblePersonItem);

/** 灵活就业人员信息详情: every field of the guide's detail. */
export const flexiblePersonDetail = flexiblePersonItem.extend({
  unitName: z.string(),
  birthDate: z.string(),
  ethnicity: z.string(),
  nationality: z.string(),
  identity: z.string(),
  workStartDate: z.string().nullable(),
  householdType: z.string(),
  retiredOn: z.string().nullable(),
  householdDivisionCode: z.string(),
  householdAddress: z.string(),
  householdPostcode: z.string(),
  residenceDivisionCode: z.string(),
  residenceAddress: z.string(),
  residencePostcode: z.string(),
  email: z.string(),
  education: z.string(),
  /** 缴费工资基数: the agency enrolment's base, fen */
  contributionBaseFen: z.number().int().nullable(),
  phone: z.string(),
  bankCode: z.string(),
  bankAccount: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  /** 定点医疗机构1–5: the hospital's name per slot, null when none */
  designatedHospitals: z.array(z.object({ slot: z.number().int(), name: z.string().nullable() })),
});
export type FlexiblePersonDetail = z.infer<typeof flexiblePersonDetail>;

const yearMonth = (label: string) =>
  z.coerce
    .number({ message: `请选择${label}` })
    .int()
    .refine((v) => v >= 199001 && v <= 299912 && v % 100 >= 1 && v % 100 <= 12, `请选择${label}`);

/** * 起止缴费月份 is required. */
export const flexibleContributionsQuery = pageQuery
  .extend({ ...personFilter, from: yearMonth('开始月份'), to: yearMonth('结束月份') })
  .refine((q) => q.from <= q.to, { message: '开始月份不能晚于结束月份', path: ['to'] });
export const flexibleContributionItem = z.object({
  id: z.number().int(),
  name: z.string(),
  certNo: z.string(),
  insuranceType: z.string(),
  baseFen: z.number().int(),
  period: z.number().int(),
  unitAmountFen: z.number().int(),
  personalAmountFen: z.number().int(),
  status: z.string(),
  /** 业务类型: 正常应缴, 补缴 … */
  kind: z.string(),
  unitName: z.string(),
});
export const flexibleContributionsReply = pageOf(flexibleContributionItem);

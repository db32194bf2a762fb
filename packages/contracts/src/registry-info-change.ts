import { z } from 'zod';
import { identityFields, phoneField } from './auth';
import { pageOf, pageQuery } from './common';
import { division, isoDate, picked, politicalStatus, required, studentNo } from './fields';
import { RESIDENT_ADMISSION_CATEGORIES, unitRegistrationPayload } from './registry';

/**
 * W14 单位参保信息变更登记 and W16 城乡居民参保信息变更登记 (002 十四, 十六): the window changes a
 * unit's or a resident's registered information 即时办结, then 复核初审 and 复核复审; a failed
 * 复核 restores the values from before. Key information needs its supporting material.
 */

/**
 * The unit's fields whose change is 关键信息变更: its identity and who answers for it. The
 * 关键信息变更辅助材料 must then have been received.
 */
export const UNIT_KEY_FIELDS = [
  'name',
  'uscc',
  'unitType',
  'legalRepName',
  'legalRepCertType',
  'legalRepCertNo',
] as const;

/**
 * W14 单位信息维护: 单位编号 names the unit, then every field of 单位参保登记 as it is to be. The
 * 医保区划 is the unit's own and cannot change here (a move is a transfer, not a correction).
 */
export const unitInfoChangePayload = unitRegistrationPayload.safeExtend({
  unitNo: required('单位编号', 30),
});
export type UnitInfoChangePayload = z.infer<typeof unitInfoChangePayload>;

/** The resident's fields whose change is 关键信息变更 (they identify the person). */
export const RESIDENT_KEY_FIELDS = ['name', 'sex', 'birthDate'] as const;

/**
 * W16 城乡居民参保维护: the resident found by 证件类型 and 证件号码, then 人员基本信息 as it is to
 * be — 参保身份 is the 准入人员类别 of 居民参保登记.
 */
export const residentInfoChangePayload = z.object({
  certType: identityFields.certType,
  certNo: identityFields.certNo,
  name: identityFields.name,
  sex: z.enum(['1', '2'], { message: '请选择性别' }),
  birthDate: isoDate('出生日期'),
  ethnicity: picked('民族'),
  householdType: picked('户口性质'),
  politicalStatus,
  admissionCategory: z.enum(RESIDENT_ADMISSION_CATEGORIES, { message: '请选择参保身份' }),
  studentNo,
  phone: phoneField,
  residenceDivisionCode: division('居住地'),
  residenceAddress: required('居住地地址', 200),
});
export type ResidentInfoChangePayload = z.infer<typeof residentInfoChangePayload>;
export type ResidentInfoField = Exclude<keyof ResidentInfoChangePayload, 'certType' | 'certNo'>;

/** One field a change set: its value before and after (codes as stored). */
export const infoChange = z.object({
  field: z.string(),
  before: z.string(),
  after: z.string(),
});
export type InfoChange = z.infer<typeof infoChange>;

/** 单位编号+enter: the unit to maintain, as W24 answers it. */
export const unitInfoLookupQuery = z.object({ unitNo: required('单位编号', 30) });

/**
 * 城乡居民参保维护审核's 查询条件: 证件号码 (optional), the 办件 waiting for 复核 of this business
 * in the staff member's regions.
 */
export const infoChangeReviewQuery = pageQuery.extend({
  certNo: z.string().trim().max(30).optional(),
});
export const infoChangeReviewItem = z.object({
  id: z.number().int(),
  applicationNo: z.string(),
  /** 业务类型 */
  businessName: z.string(),
  /** 申办对象类型: 个人 or 单位 */
  subjectKind: z.string(),
  /** 申办对象名称 */
  subjectName: z.string(),
  /** masked */
  subjectCertNo: z.string(),
  /** 复核初审 or 复核复审 */
  nextLevel: z.string().nullable(),
  applicantName: z.string(),
  submittedAt: z.string(),
});
export type InfoChangeReviewItem = z.infer<typeof infoChangeReviewItem>;
export const infoChangeReviewReply = pageOf(infoChangeReviewItem);

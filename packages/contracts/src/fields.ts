import { isIsoDate } from '@yibao/domain';
import { z } from 'zod';

/** The form fields the registry's payloads share, with the guides' messages. */
export const required = (label: string, max = 100) =>
  z
    .string({ message: `请输入${label}` })
    .trim()
    .min(1, `请输入${label}`)
    .max(max, `${label}过长`);
export const picked = (label: string) =>
  z
    .string({ message: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`);
export const postcode = (label: string) =>
  z
    .string({ message: `请输入${label}` })
    .trim()
    .regex(/^\d{6}$/, `${label}应为6位数字`);
/** 区县街乡: a county (6 digits) or a township (9 digits) */
export const division = (label: string) =>
  z.string({ message: `请选择${label}` }).regex(/^\d{6}(\d{3})?$/, `请选择${label}`);
export const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * 政治面貌 and 婚姻状态 (002's person forms): optional dictionary codes, '' when not given; the
 * server checks them against political-statuses and marital-statuses.
 */
export const politicalStatus = optionalText(2);
export const maritalStatus = optionalText(2);
/** 学籍编号 of a student (全国学籍号 is G or J and 18–19 characters; 30 leaves room). */
export const studentNo = z
  .string()
  .trim()
  .max(30, '学籍编号不能超过30个字符')
  .regex(/^[A-Za-z0-9-]*$/, '学籍编号只能包含字母、数字和-')
  .default('');

export const codesOf = <T extends readonly { value: string }[]>(list: T) =>
  list.map((o) => o.value) as unknown as [T[number]['value'], ...T[number]['value'][]];

/** A required date (YYYY-MM-DD). */
export const isoDate = (label: string) =>
  z.string({ message: `请选择${label}` }).refine(isIsoDate, `请选择正确的${label}`);

/** An optional date: '' when not given. */
export const optionalIsoDate = (label: string) =>
  z
    .string()
    .refine((v) => v === '' || isIsoDate(v), `请选择正确的${label}`)
    .default('');

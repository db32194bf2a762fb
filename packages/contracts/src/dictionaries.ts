import { z } from 'zod';

/** One entry of a code list: the stored code and the name shown. */
export const dictionaryItem = z.object({ code: z.string(), name: z.string() });
export type DictionaryItem = z.infer<typeof dictionaryItem>;

export const dictionarySummary = z.object({ name: z.string(), title: z.string() });
export type DictionarySummary = z.infer<typeof dictionarySummary>;

/** `GET /api/dictionaries` */
export const dictionaryListReply = z.object({ items: z.array(dictionarySummary) });
export type DictionaryListReply = z.infer<typeof dictionaryListReply>;

/** `GET /api/dictionaries/:name` (certificate-types, insurance-types, ethnicities …) */
export const dictionaryParams = z.object({
  name: z.string().min(1, '请指定字典名称').max(60, '字典不存在'),
});
export const dictionaryReply = z.object({
  name: z.string(),
  title: z.string(),
  items: z.array(dictionaryItem),
});
export type DictionaryReply = z.infer<typeof dictionaryReply>;

const divisionCodeMessage = '行政区划代码应为6位或9位数字';
/** A GB/T 2260 code (6 digits, down to county) or a township code (9 digits). */
export const divisionCode = z
  .string({ error: divisionCodeMessage })
  .regex(/^\d{6}(\d{3})?$/, divisionCodeMessage);

/** `GET /api/divisions?parent=` — no parent: provinces. */
export const divisionsQuery = z.object({ parent: divisionCode.optional() });
export type DivisionsQuery = z.infer<typeof divisionsQuery>;

export const divisionNode = z.object({
  code: z.string(),
  name: z.string(),
  /** nothing below it to choose */
  leaf: z.boolean(),
});
export type DivisionNode = z.infer<typeof divisionNode>;

export const divisionListReply = z.object({ items: z.array(divisionNode) });
export type DivisionListReply = z.infer<typeof divisionListReply>;

/** The regions with a 区县街乡 tree: 北京市, 玉溪市, 唐山市. */
export const divisionTreeRoots = ['110000', '530400', '130200'] as const;

/** `GET /api/divisions/tree?root=` */
export const divisionTreeQuery = z.object({ root: divisionCode });
export type DivisionTreeQuery = z.infer<typeof divisionTreeQuery>;

/** antd Cascader options: township (街乡) leaves under counties (区县) under the region. */
export const divisionTownshipOption = z.object({ value: z.string(), label: z.string() });
export const divisionCountyOption = divisionTownshipOption.extend({
  children: z.array(divisionTownshipOption),
});
export const divisionTreeReply = divisionTownshipOption.extend({
  children: z.array(divisionCountyOption),
});
export type DivisionTreeReply = z.infer<typeof divisionTreeReply>;
export type DivisionCascaderOption = z.infer<typeof divisionCountyOption>;

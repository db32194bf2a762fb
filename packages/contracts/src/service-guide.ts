import { z } from 'zod';
import { businessItem } from './applications';

/** 办事指南: the 41 service items (服务事项) of guide 002 as the window console shows them. */

export const serviceItemKind = z.enum(['business', 'query', 'info']);
export type ServiceItemKindValue = z.infer<typeof serviceItemKind>;

export const serviceTimeLimit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({ kind: z.literal('workingDays'), days: z.number().int() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);

export const serviceMaterialItem = z.object({
  name: z.string(),
  /** needed whenever the item (or, with a group, the group's case) applies */
  required: z.boolean(),
  /** the guide's heading the material is listed under */
  group: z.string().optional(),
  /** any one of these will do */
  alternatives: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type ServiceMaterialItem = z.infer<typeof serviceMaterialItem>;

export const serviceOperationGroupItem = z.object({
  heading: z.string().optional(),
  operations: z.array(z.string()),
});

/** 1、服务对象 2、办理流程 3、申办资料 4、办理时限 5、经办操作 of an item or of one of its parts. */
export const serviceHandlingItem = z.object({
  audience: z.string().optional(),
  processText: z.string().optional(),
  materials: z.array(serviceMaterialItem),
  materialsNote: z.string().optional(),
  timeLimit: serviceTimeLimit.optional(),
  timeLimitText: z.string().optional(),
  operations: z.array(z.string()),
  operationGroups: z.array(serviceOperationGroupItem).optional(),
  handlingText: z.string().optional(),
});
export type ServiceHandlingItem = z.infer<typeof serviceHandlingItem>;

/** a sub-section (一)(二)… of an item */
export const serviceItemPartItem = serviceHandlingItem.extend({
  no: z.number().int(),
  name: z.string(),
});
export type ServiceItemPartItem = z.infer<typeof serviceItemPartItem>;

/** A business type built for the item; `windowIntake` when a clerk may file it at the window. */
export const serviceItemBusiness = businessItem.extend({ windowIntake: z.boolean() });
export type ServiceItemBusiness = z.infer<typeof serviceItemBusiness>;

/** One row of 办事指南's list. */
export const serviceItemSummary = z.object({
  no: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: serviceItemKind,
  /** 业务, 查询 or 信息 */
  kindLabel: z.string(),
  /** the item's 办理时限 in the guide's words, summarised over its parts; null when none */
  timeLimitText: z.string().nullable(),
  /** the titles of the parts (一)(二)…, for searching */
  partNames: z.array(z.string()),
  featureIds: z.array(z.string()),
  /** the business types built for the item (code and name) */
  businesses: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type ServiceItemSummary = z.infer<typeof serviceItemSummary>;

export const serviceItemListReply = z.object({ items: z.array(serviceItemSummary) });
export type ServiceItemListReply = z.infer<typeof serviceItemListReply>;

export const phoneDirectoryItem = z.object({
  area: z.string(),
  office: z.array(z.string()),
  enrolment: z.array(z.string()),
  medicalBenefit: z.array(z.string()),
});

export const serviceAnnexItem = z.object({
  no: z.string(),
  title: z.string(),
  text: z.string().optional(),
});

/** A form the item's text cites (e.g. 附件5), with the words that cite it. */
export const annexReference = z.object({
  ref: z.string(),
  /** the material or text that names it */
  context: z.string(),
  /** the form of item 41 with the same title, where there is one (the numbers differ) */
  annexNo: z.string().optional(),
});

/** GET /api/service-items/:no: the whole guide of one item. */
export const serviceItemDetail = serviceHandlingItem.extend({
  no: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: serviceItemKind,
  kindLabel: z.string(),
  featureIds: z.array(z.string()),
  relatedFeatureIds: z.array(z.string()),
  parts: z.array(serviceItemPartItem),
  phoneDirectory: z.array(phoneDirectoryItem).optional(),
  phoneDirectoryColumns: z
    .object({
      area: z.string(),
      office: z.string(),
      enrolment: z.string(),
      medicalBenefit: z.string(),
    })
    .optional(),
  annexes: z.array(serviceAnnexItem).optional(),
  annexReferences: z.array(annexReference),
  businesses: z.array(serviceItemBusiness),
});
export type ServiceItemDetail = z.infer<typeof serviceItemDetail>;

export const serviceItemNoParam = z.object({
  no: z.coerce
    .number({ message: '事项序号应为 1 到 41 的数字' })
    .int('事项序号应为 1 到 41 的数字')
    .min(1, '事项序号应为 1 到 41 的数字')
    .max(41, '事项序号应为 1 到 41 的数字'),
});

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** A part's number as the guide writes it: 1 → （一）, 12 → （十二）, 20 → （二十）. */
export function partLabel(no: number): string {
  const tens = Math.floor(no / 10);
  const ones = no % 10;
  const words =
    no < 10 ? DIGITS[no] : `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[ones] ?? ''}`;
  return `（${words}）`;
}

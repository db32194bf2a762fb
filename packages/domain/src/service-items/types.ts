/**
 * The 41 service items (服务事项) of the Yuxi window-console guide (002): who may apply
 * (服务对象), the materials (申办资料), the time limit (办理时限) and the operation pages
 * (经办操作页面). All Chinese text is the guide's own wording; where the guide is silent, the
 * field is absent or empty.
 */

/** business: an application is handled; query: 查询 items; info: the phone list and the annex */
export type ServiceItemKind = 'business' | 'query' | 'info';

export type ServiceTimeLimit =
  { kind: 'immediate' } | { kind: 'workingDays'; days: number } | { kind: 'text'; text: string };

export interface ServiceMaterial {
  /** the guide's wording of the material, without its numbering and closing punctuation */
  name: string;
  /**
   * Needed whenever the item applies — or, with a `group`, whenever the group's case applies
   * (e.g. '在职' or '退休'). False where the guide makes the material conditional: '非本人办理需提供',
   * '特殊人群还需提供', '…时提供' and the like.
   */
  required: boolean;
  /** the guide's heading the material is listed under, e.g. '非本人办理需提供' */
  group?: string;
  /** any one of these will do (the guide's 任选其一, 以下其中一项即可) */
  alternatives?: readonly string[];
  /** the guide's condition or remark, e.g. '意外伤害就医报销时提供' */
  note?: string;
}

/** Operation pages the guide shows under one step heading, e.g. '(1) 省内转入'. */
export interface ServiceOperationGroup {
  /** absent where the guide shows pages before its first heading */
  heading?: string;
  operations: readonly string[];
}

/** The numbered parts of one section: 1、服务对象 2、办理流程 3、申办资料 4、办理时限 5、经办操作. */
export interface ServiceHandling {
  /** 服务对象 */
  audience?: string;
  /** 办理流程, where the guide writes text rather than only a chart */
  processText?: string;
  /** 申办资料, one entry per material */
  materials: readonly ServiceMaterial[];
  /** text of 申办资料 that is not a material: '无', a 注, what a term covers */
  materialsNote?: string;
  /** 办理时限 */
  timeLimit?: ServiceTimeLimit;
  /** the guide's words for the time limit */
  timeLimitText?: string;
  /** titles of the operation pages the section walks through, in order, each once */
  operations: readonly string[];
  /** the same pages under the guide's step headings, where it has such headings */
  operationGroups?: readonly ServiceOperationGroup[];
  /** the guide's prose for the window's work (窗口经办操作, 窗口业务办理, 经办操作) */
  handlingText?: string;
}

/** A numbered sub-section of an item: (一), (二), … */
export interface ServiceItemPart extends ServiceHandling {
  /** 1 for (一), 2 for (二), … */
  no: number;
  /** the guide's title, e.g. '单位新参保' */
  name: string;
}

/** One row of item 40: a county's (市、区) phone numbers, as printed (no area code). */
export interface PhoneDirectoryEntry {
  /** 县市 */
  area: string;
  /** 办公室电话 */
  office: readonly string[];
  /** 参保 */
  enrolment: readonly string[];
  /** 医疗待遇 */
  medicalBenefit: readonly string[];
}

/** One form of item 41. */
export interface ServiceAnnex {
  /** '1', '1-1', … as numbered in item 41's list */
  no: string;
  /** the title as item 41's list gives it */
  title: string;
  /** the form's prose, for the annexes that are prose rather than a table */
  text?: string;
}

/**
 * A service item. An item with `parts` carries its handling on the parts: its own `materials`
 * and `operations` are then empty and `audience` and `timeLimit` absent.
 */
export interface ServiceItem extends ServiceHandling {
  /** 1..41 as numbered in the guide */
  no: number;
  /** stable kebab-case English id */
  code: string;
  /** the guide's title */
  name: string;
  kind: ServiceItemKind;
  /** the W rows of FEATURES.md */
  featureIds: readonly string[];
  /** features of other channels (P, U, M) that are the same business */
  relatedFeatureIds?: readonly string[];
  parts?: readonly ServiceItemPart[];
  /** item 40 */
  phoneDirectory?: readonly PhoneDirectoryEntry[];
  /** item 41 */
  annexes?: readonly ServiceAnnex[];
}

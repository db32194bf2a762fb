import type { ReactNode } from 'react';
import type { BatchApi, BatchBase } from './employee-batch-api';

/**
 * One 批量模式 as its three steps show it (上传, 校验结果, 导入): whom the batch is for (a unit,
 * a 医保区划), the template's columns, what 确认导入 does for each good row, and the API.
 */
export interface BatchFlow<B extends BatchBase> {
  api: BatchApi<B>;
  /** the business the batch is filed as: its 申办资料 checklist */
  business: string;
  /** 登记信息 单个模式 / 批量模式 */
  modeSwitch: ReactNode;
  /** step 1's title: 选择单位并上传 … */
  firstStep: string;
  /** step 1's first card: its title and the fields that say whom the batch is for */
  ownerTitle: string;
  ownerFields: ReactNode;
  /** the fields sent before the file, from the form's values */
  fieldsOf: (values: Record<string, unknown>) => Record<string, string>;
  /** 重新上传 offers the batch's owner again */
  initialOf: (batch: B) => Record<string, unknown>;
  columns: readonly { title: string }[];
  /** what a template row holds: 一名职工 … */
  rowNoun: string;
  /** how to fill the template in, under its columns */
  hint: string;
  /** whom the batch is for, as 校验结果 and 导入成功 state it */
  owner: (batch: B) => { key: string; label: string; children: string }[];
  /** what 确认导入 does for each good row: 办理参保 … */
  action: string;
  /** the result's note: in force now, 复核 to come, a failed 复核 undoes all */
  doneNote: string;
}

/**
 * Rules of a business's materials checklist (申办资料) and the check of one uploaded file
 * against them. The content type is the sniffed one (from the bytes), never the file name's.
 */

import { DOC_TYPE, DOCX_TYPE } from './word-documents';

export type MaterialContentType =
  'image/jpeg' | 'image/png' | 'application/pdf' | typeof DOC_TYPE | typeof DOCX_TYPE;

export const MATERIAL_TYPE_LABELS: Readonly<Record<MaterialContentType, string>> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
  [DOC_TYPE]: 'DOC',
  [DOCX_TYPE]: 'DOCX',
};

/** The file name endings a file picker offers for each type. */
export const MATERIAL_TYPE_EXTENSIONS: Readonly<Record<MaterialContentType, readonly string[]>> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/pdf': ['.pdf'],
  [DOC_TYPE]: ['.doc'],
  [DOCX_TYPE]: ['.docx'],
};

export interface MaterialRule {
  /** stable code within the business */
  code: string;
  /** the guide's name of the material */
  name: string;
  required: boolean;
  types: readonly MaterialContentType[];
  /** bytes per file */
  minBytes?: number;
  maxBytes: number;
  /** exact picture size in pixels (U01's photo: 358×441) */
  picture?: { width: number; height: number };
  /** files per item (default 5) */
  maxFiles?: number;
  /** bytes of all files of the item together */
  maxTotalBytes?: number;
}

export interface MaterialFileFacts {
  contentType: string | null;
  bytes: number;
  width?: number | null;
  height?: number | null;
}

const kb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.round(bytes / 1024)}KB`;

/** Why a file may not be attached to the item (with the files it already has), or null. */
export function checkMaterialFile(
  rule: MaterialRule,
  file: MaterialFileFacts,
  existing: readonly { bytes: number }[] = [],
): string | null {
  const types = rule.types.map((t) => MATERIAL_TYPE_LABELS[t]).join('、');
  if (!file.contentType || !(rule.types as readonly string[]).includes(file.contentType)) {
    return `${rule.name}只能上传${types}格式的文件`;
  }
  if (file.bytes <= 0) return `${rule.name}的文件为空`;
  if (file.bytes > rule.maxBytes) return `${rule.name}的文件不能超过${kb(rule.maxBytes)}`;
  if (rule.minBytes !== undefined && file.bytes < rule.minBytes) {
    return `${rule.name}的文件不能小于${kb(rule.minBytes)}`;
  }
  if (rule.picture) {
    const { width, height } = rule.picture;
    if (file.width !== width || file.height !== height) {
      return `${rule.name}的尺寸应为${width}×${height}像素`;
    }
  }
  if (existing.length + 1 > (rule.maxFiles ?? 5)) {
    return `${rule.name}最多上传${rule.maxFiles ?? 5}个文件`;
  }
  if (rule.maxTotalBytes !== undefined) {
    const total = existing.reduce((sum, f) => sum + f.bytes, 0) + file.bytes;
    if (total > rule.maxTotalBytes)
      return `${rule.name}的文件合计不能超过${kb(rule.maxTotalBytes)}`;
  }
  return null;
}

/** The required items of a checklist that have no file (and were not received on paper). */
export function missingMaterials(
  rules: readonly MaterialRule[],
  provided: ReadonlySet<string>,
): MaterialRule[] {
  return rules.filter((r) => r.required && !provided.has(r.code));
}

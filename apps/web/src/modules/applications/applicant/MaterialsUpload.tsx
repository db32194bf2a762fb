import { useEffect, useRef, useState } from 'react';
import { Button, Space, Tag, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { DeleteOutlined, FileOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { MaterialItem } from '@yibao/contracts';
import {
  checkMaterialFile,
  MATERIAL_TYPE_EXTENSIONS,
  MATERIAL_TYPE_LABELS,
  missingMaterials,
  sniffWordDocument,
  type MaterialContentType,
  type MaterialRule,
} from '@yibao/domain';
import { errorMessage } from '../../../shared/api';
import { applicationApi, materialUrl } from '../shared/applicationApi';
import { formatBytes, type MaterialRuleItem } from '../shared/MaterialsList';

/** The checklist's default number of files per item (the domain's rule). */
const DEFAULT_MAX_FILES = 5;

/** The type a file's bytes say it is, as the server sniffs it (JPG, PNG, PDF, DOC, DOCX). */
async function sniffType(file: Blob): Promise<string | null> {
  const b = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'application/pdf';
  // an OLE2 or zip container: only its parts tell a Word document, so the whole file is read
  const container = (b[0] === 0xd0 && b[1] === 0xcf) || (b[0] === 0x50 && b[1] === 0x4b);
  return container ? sniffWordDocument(new Uint8Array(await file.arrayBuffer())) : null;
}

/** The file picker's accept list: the types and their file name endings (.doc for Word). */
export const acceptOf = (rule: MaterialRuleItem) =>
  rule.types
    .flatMap((t) => [t, ...(MATERIAL_TYPE_EXTENSIONS[t as MaterialContentType] ?? [])])
    .join(',');

/** A picture's size in pixels, or nulls when the browser cannot read it. */
async function pictureSize(file: Blob): Promise<{ width: number | null; height: number | null }> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return { width: null, height: null };
  }
}

/** Why the file cannot go to the item (the same rule the server applies), or null. */
export async function precheckMaterial(
  rule: MaterialRuleItem,
  file: Blob,
  existing: readonly { bytes: number }[],
): Promise<string | null> {
  const contentType = await sniffType(file);
  const size =
    rule.picture && contentType?.startsWith('image/')
      ? await pictureSize(file)
      : { width: null, height: null };
  return checkMaterialFile(
    rule as MaterialRule,
    { contentType, bytes: file.size, ...size },
    existing,
  );
}

/** 格式：JPG、PNG、PDF — the types an item accepts. */
export const typesOf = (rule: MaterialRuleItem) =>
  rule.types.map((t) => MATERIAL_TYPE_LABELS[t as MaterialContentType] ?? t).join('、');

/** 大小：单个文件不超过2MB, with the lower bound, the picture size and the count when there are. */
export function sizeOf(rule: MaterialRuleItem): string {
  const parts = [
    rule.minBytes
      ? `单个文件${formatBytes(rule.minBytes)}至${formatBytes(rule.maxBytes)}`
      : `单个文件不超过${formatBytes(rule.maxBytes)}`,
  ];
  if (rule.maxTotalBytes) parts.push(`合计不超过${formatBytes(rule.maxTotalBytes)}`);
  if (rule.picture) parts.push(`尺寸${rule.picture.width}×${rule.picture.height}像素`);
  parts.push(`最多${rule.maxFiles ?? DEFAULT_MAX_FILES}个文件`);
  return parts.join('，');
}

/** 请上传户口簿或居住证明 when a required item has no file, else null. */
export function missingMessage(
  rules: readonly MaterialRuleItem[],
  files: readonly MaterialItem[],
): string | null {
  const missing = missingMaterials(
    rules as readonly MaterialRule[],
    new Set(files.map((f) => f.itemCode)),
  );
  return missing.length ? `请上传${missing.map((m) => m.name).join('、')}` : null;
}

export interface MaterialsUploadProps {
  businessCode: string;
  rules: readonly MaterialRuleItem[];
  /** the files of the application so far (set by Form.Item) */
  value?: MaterialItem[];
  onChange?: (files: MaterialItem[]) => void;
  /** files already attached to the application (修改后重新提交): taken off, never deleted */
  attachedIds?: ReadonlySet<number>;
  disabled?: boolean;
}

const NO_FILES: MaterialItem[] = [];

/**
 * 申请材料 of a business: per checklist item its rules (格式, 大小), an upload that checks the file
 * before sending it, the server's refusal next to the item, and the files so far (several per
 * item when the item allows), each with 删除 while the application is not submitted.
 */
export function MaterialsUpload({
  businessCode,
  rules,
  value = NO_FILES,
  onChange,
  attachedIds,
  disabled = false,
}: MaterialsUploadProps) {
  // uploads finish one by one: each adds to the newest list, not to the one it started with
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState<Record<string, number>>({});
  const setError = (code: string, message: string | undefined) =>
    setErrors((e) => ({ ...e, [code]: message }));
  const addBusy = (code: string, n: number) =>
    setBusy((b) => ({ ...b, [code]: Math.max(0, (b[code] ?? 0) + n) }));
  const update = (next: MaterialItem[]) => {
    latest.current = next;
    onChange?.(next);
  };

  const remove = async (file: MaterialItem) => {
    setError(file.itemCode, undefined);
    if (!attachedIds?.has(file.id)) {
      try {
        await applicationApi.removeMaterial(file.id);
      } catch (error) {
        setError(file.itemCode, errorMessage(error));
        return;
      }
    }
    update(latest.current.filter((f) => f.id !== file.id));
  };

  return (
    <ol className="materials-upload">
      {rules.map((rule) => {
        const files = value.filter((f) => f.itemCode === rule.code);
        const max = rule.maxFiles ?? DEFAULT_MAX_FILES;
        const error = errors[rule.code];
        const props: UploadProps = {
          accept: acceptOf(rule),
          multiple: max > 1,
          showUploadList: false,
          disabled: disabled || files.length >= max,
          beforeUpload: async (file) => {
            const existing = latest.current.filter((f) => f.itemCode === rule.code);
            const problem = await precheckMaterial(rule, file, existing);
            if (problem) {
              setError(rule.code, problem);
              return Upload.LIST_IGNORE;
            }
            return true;
          },
          customRequest: ({ file, onSuccess, onError }) => {
            const blob = file as File;
            setError(rule.code, undefined);
            addBusy(rule.code, 1);
            applicationApi
              .uploadMaterial(businessCode, rule.code, blob, blob.name)
              .then((item) => {
                update([...latest.current, item]);
                onSuccess?.(item);
              })
              .catch((err: unknown) => {
                setError(rule.code, errorMessage(err));
                onError?.(err instanceof Error ? err : new Error(errorMessage(err)));
              })
              .finally(() => addBusy(rule.code, -1));
          },
        };
        return (
          <li
            key={rule.code}
            className={error ? 'materials-upload-item has-error' : 'materials-upload-item'}
            data-item={rule.code}
          >
            <div className="materials-upload-head">
              <div className="materials-upload-title">
                {rule.required && (
                  <span className="materials-upload-required" aria-hidden="true">
                    *
                  </span>
                )}
                <Typography.Text strong>{rule.name}</Typography.Text>
                {rule.required ? <Tag color="red">必须</Tag> : <Tag>可选</Tag>}
              </div>
              <Upload {...props}>
                <Button
                  icon={<UploadOutlined />}
                  loading={(busy[rule.code] ?? 0) > 0}
                  disabled={props.disabled}
                  aria-label={`上传${rule.name}`}
                >
                  上传
                </Button>
              </Upload>
            </div>
            <div className="materials-upload-rules">
              <span>格式：{typesOf(rule)}</span>
              <span>大小：{sizeOf(rule)}</span>
            </div>
            {files.length > 0 && (
              <ul className="materials-upload-files" aria-label={`${rule.name}已上传的文件`}>
                {files.map((file) => (
                  <li key={file.id} className="materials-upload-file">
                    <Space size={8} wrap>
                      {file.contentType.startsWith('image/') ? (
                        <PaperClipOutlined />
                      ) : (
                        <FileOutlined />
                      )}
                      <a href={materialUrl(file.id)} target="_blank" rel="noopener">
                        {file.fileName}
                      </a>
                      <Typography.Text type="secondary">{formatBytes(file.bytes)}</Typography.Text>
                    </Space>
                    {!disabled && (
                      <Button
                        type="link"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`删除${file.fileName}`}
                        onClick={() => void remove(file)}
                      >
                        删除
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {error && (
              <div className="materials-upload-error" role="alert">
                {error}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

import type { ReactNode } from 'react';
import { Empty, Image, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { BusinessItem, MaterialItem } from '@yibao/contracts';
import { MATERIAL_TYPE_LABELS, type MaterialContentType } from '@yibao/domain';
import { useElder } from '../../../shared/elder';
import { formatDateTime } from '../../../shared/format';
import { materialUrl } from './applicationApi';

export type MaterialRuleItem = BusinessItem['materials'][number];

/** 200KB, 2MB: a size as the checklist states it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)}MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)}KB`;
  return `${bytes}B`;
}

/** 支持JPG、PNG、PDF格式，单个文件不超过2MB */
export function ruleHint(rule: MaterialRuleItem): string {
  const types = rule.types
    .map((t) => MATERIAL_TYPE_LABELS[t as MaterialContentType] ?? t)
    .join('、');
  const size = `单个文件不超过${formatBytes(rule.maxBytes)}`;
  const picture = rule.picture ? `，尺寸${rule.picture.width}×${rule.picture.height}像素` : '';
  return `支持${types}格式，${size}${picture}`;
}

const isImage = (m: MaterialItem) => m.contentType.startsWith('image/');
const isPdf = (m: MaterialItem) => m.contentType === 'application/pdf';

/** One uploaded file: a thumbnail that enlarges, or a PDF that opens in a new tab. */
function MaterialFile({ file }: { file: MaterialItem }) {
  const { elder } = useElder();
  const thumb = elder ? 136 : 112;
  const meta = `${formatBytes(file.bytes)} · ${formatDateTime(file.uploadedAt)}`;
  if (file.onPaper) {
    return (
      <div className="materials-file materials-file-paper" title={file.fileName}>
        <Tag color="green">已收纸质材料</Tag>
        <span className="materials-file-name">{file.fileName}</span>
      </div>
    );
  }
  if (isImage(file)) {
    return (
      <figure className="materials-file materials-file-image" title={`${file.fileName} ${meta}`}>
        <Image
          src={materialUrl(file.id)}
          alt={file.fileName}
          width={thumb}
          height={thumb}
          style={{ objectFit: 'cover' }}
          preview={{ cover: '点击放大' }}
        />
        <figcaption className="materials-file-name">{file.fileName}</figcaption>
      </figure>
    );
  }
  return (
    <div className="materials-file materials-file-doc" title={meta}>
      {isPdf(file) ? <FilePdfOutlined className="materials-file-icon" /> : <FileOutlined />}
      <a href={materialUrl(file.id)} target="_blank" rel="noopener" className="materials-file-name">
        {file.fileName}
      </a>
      <a href={materialUrl(file.id, true)} aria-label={`下载${file.fileName}`} download>
        <DownloadOutlined /> 下载
      </a>
    </div>
  );
}

export interface MaterialsListProps {
  /** the business's checklist (materialRules of the detail, or materials of the business) */
  rules: readonly MaterialRuleItem[];
  materials: readonly MaterialItem[];
  /** something to show at an item, e.g. an upload button on the applicant's form */
  extra?: (rule: MaterialRuleItem) => ReactNode;
}

/** 申办资料: each checklist item with 必须/可选 and its files, pictures previewed in place. */
export function MaterialsList({ rules, materials, extra }: MaterialsListProps) {
  const known = new Set(rules.map((r) => r.code));
  const others = materials.filter((m) => !known.has(m.itemCode));
  const groups: { rule: MaterialRuleItem | null; files: MaterialItem[] }[] = [
    ...rules.map((rule) => ({ rule, files: materials.filter((m) => m.itemCode === rule.code) })),
    ...(others.length ? [{ rule: null, files: others }] : []),
  ];
  if (groups.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该业务无需提交申办资料" />;
  }
  return (
    <Image.PreviewGroup>
      <ol className="materials-list">
        {groups.map(({ rule, files }) => (
          <li key={rule?.code ?? '_other'} className="materials-item" data-item={rule?.code}>
            <div className="materials-item-head">
              <Space wrap size={8}>
                <Typography.Text strong>{rule?.name ?? '其他材料'}</Typography.Text>
                {rule &&
                  (rule.required ? <Tag color="red">必须</Tag> : <Tag color="default">可选</Tag>)}
                {rule && (
                  <Typography.Text type="secondary" className="materials-item-hint">
                    {ruleHint(rule)}
                  </Typography.Text>
                )}
              </Space>
              {rule && extra?.(rule)}
            </div>
            {files.length > 0 ? (
              <div className="materials-files">
                {files.map((file) => (
                  <MaterialFile key={file.id} file={file} />
                ))}
              </div>
            ) : (
              <Typography.Text type={rule?.required ? 'danger' : 'secondary'}>
                未上传
              </Typography.Text>
            )}
          </li>
        ))}
      </ol>
    </Image.PreviewGroup>
  );
}

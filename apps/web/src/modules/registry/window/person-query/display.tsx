import type { ReactNode } from 'react';
import { Alert, Button, Empty, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { formatYuan } from '@yibao/domain';
import { errorMessage } from '../../../../shared/api';
import { useDictionary } from '../../../../shared/dictionaries';
import { useDivisionTree } from '../../../../shared/DivisionCascader';

/** '-' for nothing, the value otherwise. */
export const orDash = (v: ReactNode): ReactNode =>
  v === null || v === undefined || v === '' ? '-' : v;

/** Integer fen as yuan with two decimals and thousands separators: 1692497 → '16,924.97'. */
export const yuan = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '-' : formatYuan(fen, { grouping: true });

/** A 年月 (YYYYMM) as YYYY-MM. */
export function yearMonth(period: number | null | undefined): string {
  if (!period) return '-';
  const s = String(period);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}`;
}

/** A number or code that must not break across lines. */
export const nowrap = (v: ReactNode) => <span className="pq-nowrap">{orDash(v)}</span>;

/** A long text (a unit's name) that wraps in a narrow column instead of widening the table. */
export const wrapped = (v: ReactNode) => <span className="pq-wrap">{orDash(v)}</span>;

/** A pooling region (参保地) by its name: 110000 → 北京市. */
export function RegionName({ code }: { code: string | null | undefined }) {
  const tree = useDivisionTree(code ?? undefined);
  if (!code) return <>-</>;
  return <>{tree.data?.label ?? code}</>;
}

/** The code names the tabs show. */
export function useNames() {
  return {
    cert: useDictionary('certificate-types').label,
    sex: useDictionary('sexes').label,
    ethnicity: useDictionary('ethnicities').label,
    nationality: useDictionary('nationalities').label,
    household: useDictionary('household-types').label,
    category: useDictionary('person-categories').label,
    personType: useDictionary('person-types').label,
    insurance: useDictionary('insurance-types').label,
    education: useDictionary('education-levels').label,
    political: useDictionary('political-statuses').label,
    marital: useDictionary('marital-statuses').label,
    bank: useDictionary('banks').label,
    specialIdentity: useDictionary('special-identity-types').label,
  };
}
export type Names = ReturnType<typeof useNames>;

const STATUS_COLORS: Record<string, string> = {
  正常: 'green',
  正常参保: 'green',
  有效: 'green',
  已到账: 'green',
  暂停参保: 'orange',
  欠费: 'red',
  终止参保: 'default',
  无效: 'default',
  死亡: 'default',
  注销: 'default',
};

/** A status word (正常参保, 已到账 …) as a coloured tag. */
export const StatusTag = ({ status }: { status: string }) => (
  <Tag color={STATUS_COLORS[status] ?? 'blue'}>{status}</Tag>
);

/** What an empty tab or table says. */
export const NO_DATA = '暂无数据';
export const emptyLocale = {
  emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={NO_DATA} />,
};

/** A tab whose data did not load, with 重试. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title="数据加载失败"
      description={errorMessage(error)}
      action={
        <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}

import { useMemo } from 'react';
import { Checkbox, Select, Space, Tag, Typography } from 'antd';
import type { SelectProps } from 'antd';
import { useQueries } from '@tanstack/react-query';
import {
  UNIT_BANK_USAGES,
  divisionTreeRoots,
  type BusinessItem,
  type DivisionTreeReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { DIVISION_TREE_KEY } from '../../../shared/DivisionCascader';
import { useSession } from '../../../shared/session';

/**
 * 医保区划: the pooling regions the staff member works in (every region with a 区县街乡 tree for
 * staff of all regions), named as the division tree names them.
 */
export function useStaffRegions(): { value: string; label: string }[] {
  const { session } = useSession();
  const codes = useMemo(() => {
    const mine = session?.regions ?? [];
    return mine.includes('*')
      ? [...divisionTreeRoots]
      : divisionTreeRoots.filter((c) => mine.includes(c));
  }, [session]);
  const trees = useQueries({
    queries: codes.map((code) => ({
      queryKey: [DIVISION_TREE_KEY, code],
      queryFn: () =>
        api.get<DivisionTreeReply>(`/api/divisions/tree?root=${encodeURIComponent(code)}`),
      staleTime: Infinity,
      gcTime: Infinity,
    })),
  });
  return codes.map((code, i) => ({ value: code, label: trees[i]?.data?.label ?? code }));
}

export function RegionSelect(props: Omit<SelectProps<string>, 'options'>) {
  const regions = useStaffRegions();
  return <Select<string> placeholder="请选择医保区划" {...props} options={regions} />;
}

const USAGE_CODES: string[] = UNIT_BANK_USAGES.map((u) => u.value);

/** 银行用途: 全部选中, then one box per usage (征缴费号, 待遇拨付/发放账号). */
export function BankUsagesInput({
  value = [],
  onChange,
  id,
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}) {
  const all = USAGE_CODES.every((c) => value.includes(c));
  const some = value.length > 0 && !all;
  return (
    <Space wrap size={[16, 8]} className="unit-reg-usages" id={id}>
      <Checkbox
        checked={all}
        indeterminate={some}
        onChange={(e) => onChange?.(e.target.checked ? [...USAGE_CODES] : [])}
      >
        全部选中
      </Checkbox>
      <Checkbox.Group
        value={value}
        onChange={(v) => onChange?.(USAGE_CODES.filter((c) => v.includes(c)))}
        options={UNIT_BANK_USAGES.map((u) => ({ value: u.value, label: u.label }))}
      />
    </Space>
  );
}

/** 申办资料 received at the window: each checklist item with 必须/可选 and the box 已收取纸质原件. */
export function PaperMaterialsInput({
  rules,
  value = [],
  onChange,
  id,
}: {
  rules: readonly BusinessItem['materials'][number][];
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}) {
  const toggle = (code: string, on: boolean) =>
    onChange?.(on ? [...value.filter((c) => c !== code), code] : value.filter((c) => c !== code));
  return (
    <ol className="unit-reg-materials" id={id}>
      {rules.map((rule) => (
        <li key={rule.code} className="unit-reg-material" data-item={rule.code}>
          <div className="unit-reg-material-name">
            <Typography.Text strong>{rule.name}</Typography.Text>
            {rule.required ? <Tag color="red">必须</Tag> : <Tag>可选</Tag>}
          </div>
          <Checkbox
            checked={value.includes(rule.code)}
            onChange={(e) => toggle(rule.code, e.target.checked)}
            aria-label={`${rule.name}：已收取纸质原件`}
          >
            已收取纸质原件
          </Checkbox>
        </li>
      ))}
    </ol>
  );
}

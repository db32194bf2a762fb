import { Fragment, useMemo, type ReactNode } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Result,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { DescriptionsProps, SelectProps } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  UNIT_BANK_USAGES,
  divisionTreeRoots,
  type ApplicationDetail,
  type BusinessItem,
  type DivisionTreeReply,
} from '@yibao/contracts';
import { api } from '../../../shared/api';
import { DIVISION_TREE_KEY } from '../../../shared/DivisionCascader';
import { LinkButton } from '../../../shared/LinkButton';
import { useSession } from '../../../shared/session';
import { StatusTag } from '../../applications/shared';
import { paperRule, receivedOnPaper } from './paper-materials';

/** A business's 申办资料 checklist, as GET /api/businesses states it. */
export type MaterialRules = readonly BusinessItem['materials'][number][];

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
  rules: MaterialRules;
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
}) {
  const toggle = (code: string, on: boolean) =>
    onChange?.(on ? [...value.filter((c) => c !== code), code] : value.filter((c) => c !== code));
  return (
    <ol className="window-paper-materials" id={id}>
      {rules.map((rule) => (
        <li key={rule.code} className="window-paper-material" data-item={rule.code}>
          <div className="window-paper-material-name">
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

/** The materials the 办事指南's 窗口受理 link says were received already (`?paper=`). */
export function useReceivedOnPaper(materials: MaterialRules): string[] {
  const [params] = useSearchParams();
  const query = params.get('paper');
  return useMemo(() => receivedOnPaper(query, materials), [query, materials]);
}

/** 申办资料: the checklist of the business, the originals received ticked; `paperItems` on the form. */
export function PaperMaterialsSection({ materials }: { materials: MaterialRules }) {
  const required = materials.filter((m) => m.required);
  return (
    <Card title="申办资料" size="small" className="window-form-section">
      <Form.Item
        name="paperItems"
        rules={[paperRule(required)]}
        extra="窗口当面核验原件，勾选已收取的纸质材料；必须材料未收齐不能保存。"
      >
        <PaperMaterialsInput rules={materials} />
      </Form.Item>
    </Card>
  );
}

/** 重置 and 保存 under a window form; 保存 submits the form. */
export function SaveActions({
  onReset,
  saving,
  disabled = false,
}: {
  onReset: () => void;
  saving: boolean;
  disabled?: boolean;
}) {
  return (
    <Space className="window-form-actions" size={16}>
      <Button size="large" onClick={onReset}>
        重置
      </Button>
      <Button type="primary" size="large" htmlType="submit" loading={saving} disabled={disabled}>
        保存
      </Button>
    </Space>
  );
}

/**
 * The result of a 即时办结 window business: 办件编号, the facts of the business, 办件状态 and
 * 当前环节; 查看办件 opens it, `again` starts the next one.
 */
export function SavedResult({
  className,
  title,
  subTitle,
  detail,
  facts,
  again,
  onAgain,
  actions,
}: {
  className: string;
  title: string;
  subTitle: string;
  detail: ApplicationDetail;
  /** the business's own rows, between 办件编号 and 办件状态 */
  facts: { key: string; label: string; children: ReactNode }[];
  again: string;
  onAgain: () => void;
  /** more buttons, between 查看办件 and `again` (下载导入结果 …) */
  actions?: ReactNode;
}) {
  const items: DescriptionsProps['items'] = [
    { key: 'no', label: '办件编号', children: detail.applicationNo },
    ...facts,
    {
      key: 'status',
      label: '办件状态',
      children: <StatusTag status={detail.status} label={detail.statusLabel} />,
    },
    { key: 'level', label: '当前环节', children: detail.nextLevel ?? '-' },
  ];
  return (
    <Card className={className}>
      <Result
        status="success"
        title={title}
        subTitle={subTitle}
        extra={[
          <LinkButton key="open" type="primary" to={`/window/applications/${detail.id}`}>
            查看办件
          </LinkButton>,
          <Fragment key="actions">{actions}</Fragment>,
          <Button key="again" onClick={onAgain}>
            {again}
          </Button>,
        ]}
      >
        <Descriptions
          bordered
          size="small"
          column={1}
          className="window-result-facts"
          items={items}
        />
      </Result>
    </Card>
  );
}

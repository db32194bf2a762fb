import { useEffect, useState } from 'react';
import { Cascader } from 'antd';
import type { CascaderProps } from 'antd';
import type { DivisionListReply, DivisionNode } from '@yibao/contracts';
import { api, errorMessage } from '../../../shared/api';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const optionOf = (n: DivisionNode): Option => ({ value: n.code, label: n.name, isLeaf: n.leaf });

const fetchLevel = async (parent?: string) =>
  (
    await api.get<DivisionListReply>(
      parent ? `/api/divisions?parent=${encodeURIComponent(parent)}` : '/api/divisions',
    )
  ).items.map(optionOf);

/** The codes from province down to the code: 410105 → 410000, 410100, 410105. */
export function nationalPath(code: string | null | undefined): string[] | undefined {
  if (!code || !/^\d{6}(\d{3})?$/.test(code)) return undefined;
  const province = `${code.slice(0, 2)}0000`;
  const prefecture = `${code.slice(0, 4)}00`;
  const county = code.slice(0, 6);
  const path = [province];
  if (prefecture !== province) path.push(prefecture);
  if (county !== path.at(-1)) path.push(county);
  if (code.length === 9) path.push(code);
  return path;
}

/** Puts `children` under the option at `path` in a copy of the tree. */
function withChildren(options: Option[], path: readonly string[], children: Option[]): Option[] {
  const [head, ...rest] = path;
  return options.map((o) => {
    if (o.value !== head) return o;
    if (rest.length === 0) return { ...o, children };
    return { ...o, children: withChildren(o.children ?? [], rest, children) };
  });
}

export interface NationalDivisionCascaderProps extends Omit<
  CascaderProps<Option, 'value', false>,
  'options' | 'loadData' | 'value' | 'onChange' | 'multiple'
> {
  value?: string[];
  onChange?: (value: string[] | undefined) => void;
}

/**
 * 户籍所在地 anywhere in the country (a 外埠 household): province, city, county (and 街乡 where
 * the data has them), each level loaded from `GET /api/divisions` when it is opened.
 */
export function NationalDivisionCascader({
  value,
  onChange,
  placeholder = '请选择省 / 市 / 区县',
  ...rest
}: NationalDivisionCascaderProps) {
  const [options, setOptions] = useState<Option[]>([]);
  const [failed, setFailed] = useState<string | null>(null);
  const initial = value?.join(',');

  // the provinces, then the levels along a value set before the options were there
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        let tree = await fetchLevel();
        const path = initial ? initial.split(',') : [];
        for (let i = 0; i < path.length - 1; i++) {
          tree = withChildren(tree, path.slice(0, i + 1), await fetchLevel(path[i]));
        }
        if (live) setOptions(tree);
      } catch (error) {
        if (live) setFailed(errorMessage(error));
      }
    })();
    return () => {
      live = false;
    };
    // only once: later values come from the options themselves
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loadData: CascaderProps<Option>['loadData'] = (selected) => {
    const path = selected.map((o) => o.value);
    const parent = path.at(-1);
    void fetchLevel(parent)
      .then((children) => setOptions((tree) => withChildren(tree, path, children)))
      .catch((error: unknown) => setFailed(errorMessage(error)));
  };

  return (
    <Cascader<Option, 'value'>
      allowClear
      changeOnSelect={false}
      {...rest}
      options={options}
      loadData={loadData}
      value={value}
      onChange={(next) => onChange?.(next && next.length ? next : undefined)}
      status={failed ? 'error' : rest.status}
      placeholder={failed ?? placeholder}
    />
  );
}

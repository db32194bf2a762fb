import type { ReactNode } from 'react';
import { Descriptions } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useDictionary } from '../../../shared/dictionaries';
import { DivisionName } from './DivisionName';

/** An application's payload as the API answers it. */
export type Payload = Record<string, unknown>;

export const text = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '-' : typeof v === 'string' ? v : String(v);
/** A code of a fixed list (`{ value, label }`) by its name. */
export const optionLabel = (list: readonly { value: string; label: string }[], v: unknown) =>
  list.find((o) => o.value === v)?.label ?? text(v);
export const yesNo = (v: unknown) => (v === true ? '是' : v === false ? '否' : '-');
/** A number or code that must not break across lines. */
export const nowrap = (v: unknown) => <span className="payload-nowrap">{text(v)}</span>;

/** A 区县街乡 code by its names, inside the region first. */
export const divisionOf = (code: unknown, regionCode: string) => (
  <DivisionName code={typeof code === 'string' ? code : null} regionCode={regionCode} />
);

/** Two label–value pairs a row (one on a phone), bordered, as the guides' 申办单 show them. */
export function Section({
  title,
  items,
  column = 2,
}: {
  title: string;
  items: { label: string; value: ReactNode; span?: number }[];
  column?: number;
}) {
  const rows: DescriptionsProps['items'] = items.map((i) => ({
    key: i.label,
    label: i.label,
    children: i.value,
    span: i.span,
  }));
  return (
    <Descriptions
      className={`payload-section payload-section-${column}`}
      title={title}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: Math.min(column, 2), lg: column }}
      items={rows}
    />
  );
}

/** The code names every payload view needs. */
export function useNames() {
  return {
    cert: useDictionary('certificate-types').label,
    sex: useDictionary('sexes').label,
    ethnicity: useDictionary('ethnicities').label,
    household: useDictionary('household-types').label,
    category: useDictionary('person-categories').label,
    education: useDictionary('education-levels').label,
    political: useDictionary('political-statuses').label,
    marital: useDictionary('marital-statuses').label,
    bank: useDictionary('banks').label,
  };
}

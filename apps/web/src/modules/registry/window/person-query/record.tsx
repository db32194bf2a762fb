import type { ReactNode } from 'react';
import { Button, Descriptions, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { formatDateTime } from '../../../../shared/format';
import { orDash } from './display';

/**
 * The parts of a record read at the window (W25 人员综合查询, W24 单位综合查询): the header of
 * facts above the tabs, the bordered sections of a 基本信息 tab and its 打印.
 */

export interface Fact {
  label: string;
  value: ReactNode;
}

/** The label–value pairs of the record being read, wrapping on a narrow screen or in elder mode. */
export function RecordHeader({
  label,
  facts,
  onBack,
}: {
  /** what the header is, for assistive technology: 人员信息, 单位信息 */
  label: string;
  facts: Fact[];
  /** 返回查询结果, when the record was picked from several */
  onBack?: (() => void) | undefined;
}) {
  return (
    <div className="pq-person-header" aria-label={label}>
      <dl className="pq-person-facts">
        {facts.map((f) => (
          <div key={f.label} className="pq-person-fact">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {onBack && (
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} className="pq-no-print">
          返回查询结果
        </Button>
      )}
    </div>
  );
}

export interface SectionItem {
  label: string;
  value: ReactNode;
  /** 'filled': the rest of the row */
  span?: 'filled';
}

/** A titled, bordered block of label–value pairs, `column` pairs a row on a wide screen. */
export function RecordSection({
  title,
  items,
  column,
}: {
  title: string;
  items: SectionItem[];
  column: number;
}) {
  return (
    <Descriptions
      className="pq-section"
      title={title}
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: column }}
      items={items.map((i) => ({
        key: i.label,
        label: i.label,
        children: orDash(i.value),
        ...(i.span ? { span: i.span } : {}),
      }))}
    />
  );
}

/** The class on <body> while a 基本信息 tab prints: the print CSS hides all but the record. */
const PRINTING_CLASS = 'pq-printing';

/** 打印: the browser's print of the 基本信息 tab alone, without the console around it. */
function printRecord() {
  const done = () => {
    document.body.classList.remove(PRINTING_CLASS);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  document.body.classList.add(PRINTING_CLASS);
  window.print();
}

/**
 * The 打印 button of a 基本信息 tab (not printed) and the title the printout carries instead:
 * the record's title and the time it was printed. The record's card has the class `pq-record`.
 */
export function PrintHeading({ title }: { title: string }) {
  return (
    <>
      <div className="pq-tab-toolbar pq-no-print">
        <Button icon={<PrinterOutlined />} onClick={printRecord}>
          打印
        </Button>
      </div>
      <div className="pq-print-title">
        <Typography.Title level={4}>{title}</Typography.Title>
        <Typography.Text type="secondary">
          打印时间：{formatDateTime(new Date().toISOString())}
        </Typography.Text>
      </div>
    </>
  );
}

import { Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Dayjs } from 'dayjs';
import type { ApplicationDetail, RetirementFiguresReply } from '@yibao/contracts';
import type { ZodNumber, ZodType } from 'zod';
import { yuanText } from '../../../shared/format';
import { optionLabel } from '../../applications/shared/payload-parts';
import type { CertValues } from './CertLookup';
import { isoDay } from './fields';
import { fenOf } from './registry-rules';
import { RetirementSection } from './RetirementSection';
import { WindowForm, type WindowIntake } from './WindowForm';

interface RetirementFormValues {
  retirementType?: string;
  retiredOn?: Dayjs | null;
  /** 离退休工资 in 元 */
  pension?: string;
  paperItems?: string[];
}

type RetirementTypes = readonly { value: string; label: string }[];

/**
 * The form of an employee's or a flexible worker's 在职转退休 (002 十二 (三), (六)): the person's
 * facts, 退休信息, what else the page shows, and 保存 — refused while anything stands in the way,
 * confirmed with the figures that will be recorded.
 */
export function RetirementForm({
  intake,
  cert,
  name,
  figures,
  refusals,
  types,
  shape,
  className,
  savedMessage,
  footnote,
  confirmTitle,
  note,
  facts,
  children,
}: {
  intake: WindowIntake;
  cert: CertValues;
  name: string;
  figures: RetirementFiguresReply;
  refusals: readonly string[];
  types: RetirementTypes;
  shape: { retirementType: ZodType; pensionFen: ZodNumber };
  className: string;
  savedMessage: string;
  /** under 保存 while it is refused */
  footnote: string;
  confirmTitle: string;
  /** what 保存 will do */
  note: string;
  /** the person's facts, above 退休信息 */
  facts: ReactNode;
  /** below 退休信息 */
  children?: ReactNode;
}) {
  const [form] = Form.useForm<RetirementFormValues>();
  return (
    <WindowForm<RetirementFormValues>
      intake={intake}
      form={form}
      className={className}
      toPayload={(v) => ({
        ...cert,
        retirementType: v.retirementType,
        retiredOn: isoDay(v.retiredOn),
        pensionFen: fenOf(v.pension),
      })}
      fieldOfPayload={{ pensionFen: 'pension' }}
      savedMessage={savedMessage}
      saveDisabled={refusals.length > 0}
      footer={
        refusals.length > 0 && (
          <Typography.Paragraph type="danger" className="window-form-footnote">
            {footnote}
          </Typography.Paragraph>
        )
      }
      confirmation={(v) => ({
        title: confirmTitle,
        rows: [
          ['姓名', name],
          ['证件号码', cert.certNo],
          ['社保离退类型', optionLabel(types, v.retirementType)],
          ['社保离退时间', isoDay(v.retiredOn)],
          ['离退休工资', yuanText(fenOf(v.pension) ?? 0)],
        ],
        note,
      })}
    >
      {facts}
      <RetirementSection figures={figures} refusals={refusals} types={types} shape={shape} />
      {children}
    </WindowForm>
  );
}

/** What the result of an 在职转退休 shows: who, the retirement recorded, and from when. */
export function retirementSavedFacts(
  detail: ApplicationDetail,
  types: RetirementTypes,
): [label: string, value: ReactNode][] {
  const p = detail.payload;
  return [
    ['姓名', detail.subjectName],
    ['证件号码', detail.subjectCertNo],
    ['社保离退类型', optionLabel(types, p.retirementType)],
    ['社保离退时间', String(p.retiredOn)],
    ['离退休工资', typeof p.pensionFen === 'number' ? yuanText(p.pensionFen) : '-'],
    ['生效日期', `${String(detail.effectResult?.effectiveFrom ?? '-')}（次月生效）`],
  ];
}

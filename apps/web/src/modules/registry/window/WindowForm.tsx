import { useState, type ReactNode } from 'react';
import { Alert, App, Form, Spin } from 'antd';
import type { ColProps, FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { ApplicationDetail } from '@yibao/contracts';
import { ApiError, errorMessage } from '../../../shared/api';
import { useElder } from '../../../shared/elder';
import { LIST_KEY } from '../../../shared/ServerTable';
import { applyPayloadError } from '../../applications/applicant/form-errors';
import {
  REVIEW_COUNTS_KEY,
  REVIEW_QUEUE_URL,
  applicationApi,
  useBusinesses,
} from '../../applications/shared';
import {
  PaperMaterialsSection,
  SaveActions,
  SavedResult,
  useReceivedOnPaper,
  type MaterialRules,
} from './parts';

const NO_MATERIALS: readonly never[] = [];

/** One field a row on a phone, two in elder mode's larger type, three otherwise. */
export function useFormColumn(): ColProps {
  const { elder } = useElder();
  return elder ? { xs: 24, lg: 12 } : { xs: 24, md: 12, xl: 8 };
}

/** A 即时办结 window business being filed: its checklist, and the 办件 once saved. */
export interface WindowIntake {
  businessCode: string;
  materials: MaterialRules;
  /** the originals the 办事指南 ticked already (`?paper=`) */
  received: string[];
  loading: boolean;
  done: ApplicationDetail | null;
  setDone: (detail: ApplicationDetail) => void;
  /** 继续办理: back to an empty page; `reset` empties the page's own forms */
  again: (reset?: () => void) => void;
}

export function useWindowIntake(businessCode: string): WindowIntake {
  const [, setParams] = useSearchParams();
  const businesses = useBusinesses();
  const materials = businesses.get(businessCode)?.materials ?? NO_MATERIALS;
  const received = useReceivedOnPaper(materials);
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  return {
    businessCode,
    materials,
    received,
    loading: businesses.isLoading,
    done,
    setDone,
    again: (reset) => {
      // the next one's originals are not received yet: the guide's ticks were for this one
      setParams({}, { replace: true });
      setDone(null);
      reset?.();
    },
  };
}

/** The spinner while the business's checklist loads. */
export const IntakeLoading = () => <Spin style={{ display: 'block', margin: '80px auto' }} />;

/** The facts shown before 保存: label and value, then what 保存 will do. */
export interface Confirmation {
  title: string;
  rows: readonly (readonly [label: string, value: ReactNode])[];
  /** anything more to show before the note (a list of changes …) */
  extra?: ReactNode;
  note: string;
  width?: number;
}

export interface WindowFormProps<V> {
  intake: WindowIntake;
  form: FormInstance<V>;
  className: string;
  initialValues?: Partial<V>;
  toPayload: (values: V) => object;
  /** where the server's `payload.x` lands when the form names it otherwise */
  fieldOfPayload?: Readonly<Record<string, string>>;
  confirmation: (values: V) => Confirmation;
  /** the message after 保存, after the 办件编号 */
  savedMessage: string;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  /** 保存 is refused already (nothing changed, the figures do not allow it …) */
  saveDisabled?: boolean;
  /** what the page shows under 保存 */
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * The form of a 即时办结 window business: the page's sections, 申办资料 received on paper, then
 * 重置 and 保存 — after a confirmation, POST /api/applications (channel window); a refusal naming
 * a field shows next to it, any other above the form.
 */
export function WindowForm<V extends { paperItems?: string[] }>({
  intake,
  form,
  className,
  initialValues,
  toPayload,
  fieldOfPayload = {},
  confirmation,
  savedMessage,
  onValuesChange,
  saveDisabled = false,
  footer,
  children,
}: WindowFormProps<V>) {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [refused, setRefused] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (v: V) =>
      applicationApi.submit({
        businessCode: intake.businessCode,
        channel: 'window',
        payload: toPayload(v) as Record<string, unknown>,
        materialIds: [],
        paperItems: v.paperItems ?? [],
      }),
    onSuccess: (detail) => {
      setRefused(null);
      void message.success(`${detail.applicationNo} ${savedMessage}`);
      void client.invalidateQueries({ queryKey: [LIST_KEY, REVIEW_QUEUE_URL] });
      void client.invalidateQueries({ queryKey: REVIEW_COUNTS_KEY });
      intake.setDone(detail);
    },
    onError: (error) => {
      if (applyPayloadError(form, error, fieldOfPayload)) {
        const bare = (error instanceof ApiError ? (error.field ?? '') : '').replace(
          /^payload\./,
          '',
        );
        form.scrollToField(fieldOfPayload[bare] ?? bare);
        return;
      }
      const text = errorMessage(error);
      setRefused(text);
      void message.error(text);
    },
  });

  const confirm = (v: V) => {
    const c = confirmation(v);
    modal.confirm({
      title: c.title,
      width: c.width,
      content: (
        <div className="window-form-confirm">
          {c.rows.map(([label, value]) => (
            <div key={label}>
              {label}：{value}
            </div>
          ))}
          {c.extra}
          <p>{c.note}</p>
        </div>
      ),
      okText: '确认保存',
      cancelText: '取消',
      onOk: () => save.mutateAsync(v).catch(() => undefined),
    });
  };

  return (
    <Form<V>
      form={form}
      layout="vertical"
      className={className}
      initialValues={{ ...initialValues, paperItems: intake.received } as V}
      onFinish={confirm}
      onValuesChange={onValuesChange}
      scrollToFirstError
    >
      {refused && (
        <Alert
          className="window-form-refused"
          type="error"
          showIcon
          title={refused}
          closable={{ onClose: () => setRefused(null) }}
          style={{ marginBottom: 16 }}
        />
      )}
      {children}
      <PaperMaterialsSection materials={intake.materials} />
      <SaveActions
        saving={save.isPending}
        disabled={saveDisabled}
        onReset={() => {
          form.resetFields();
          setRefused(null);
        }}
      />
      {footer}
    </Form>
  );
}

/** The 办件 saved (已办结待复核): what was done, 查看办件 and 继续办理. */
export function WindowSaved({
  intake,
  detail,
  className,
  title,
  subTitle,
  facts,
  again = '继续办理',
  form,
  onAgain,
}: {
  intake: WindowIntake;
  detail: ApplicationDetail;
  className: string;
  title: string;
  subTitle: string;
  facts: readonly (readonly [label: string, value: ReactNode])[];
  /** the button that starts the next one */
  again?: string;
  /** the page's form, emptied for the next one, none of its originals received yet */
  form?: FormInstance;
  /** anything else of the page to empty */
  onAgain?: () => void;
}) {
  return (
    <SavedResult
      className={className}
      title={title}
      subTitle={subTitle}
      detail={detail}
      facts={facts.map(([label, children]) => ({ key: label, label, children }))}
      again={again}
      onAgain={() =>
        intake.again(() => {
          form?.resetFields();
          form?.setFieldsValue({ paperItems: [] });
          onAgain?.();
        })
      }
    />
  );
}

import type { FormInstance } from 'antd';
import { ApiError, applyFieldError } from '../../../shared/api';

/**
 * Shows a refusal of the payload (`payload.certNo`) next to the form's field (`certNo`, or the
 * field `rename` maps it to). Answers true when a field took the message.
 */
export function applyPayloadError(
  form: FormInstance,
  error: unknown,
  rename: Readonly<Record<string, string>> = {},
): boolean {
  if (!(error instanceof ApiError) || error.field === undefined) return false;
  const bare = error.field.replace(/^payload\./, '');
  const field = rename[bare] ?? bare;
  const moved = new ApiError(error.status, {
    code: error.code,
    message: error.message,
    field,
    requestId: error.requestId,
  });
  return applyFieldError(form, moved);
}

/** The code a 区县街乡 cascader value stands for: its last (deepest) entry. */
export const lastCode = (value: readonly string[] | undefined): string => value?.at(-1) ?? '';

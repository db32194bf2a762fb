import type { Rule } from 'antd/es/form';
import type { z } from 'zod';

/**
 * An antd Form rule from the same zod schema the server validates with, so the page and the
 * API give the same Chinese message for the same mistake.
 */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '输入不正确');
    },
  };
}

import type { Rule } from 'antd/es/form';

/** 申办资料: the required originals must have been received before 保存. */
export const paperRule = (required: readonly { code: string; name: string }[]): Rule => ({
  validator: async (_r, value: string[] | undefined) => {
    const missing = required.filter((m) => !(value ?? []).includes(m.code));
    if (missing.length) {
      throw new Error(`请确认已收取纸质原件：${missing.map((m) => m.name).join('、')}`);
    }
  },
});

/**
 * The materials already ticked as received in the 办事指南's 窗口受理 (`?paper=code1,code2`), so
 * the clerk does not tick them twice: only codes of this business's checklist, each once, in the
 * checklist's order.
 */
export function receivedOnPaper(
  query: string | null,
  materials: readonly { code: string }[],
): string[] {
  const ticked = new Set((query ?? '').split(',').map((code) => code.trim()));
  return materials.map((m) => m.code).filter((code) => ticked.has(code));
}

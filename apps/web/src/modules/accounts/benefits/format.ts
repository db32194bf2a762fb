/** Display helpers of 个人权益: what the server answers in fen and basis points, as read. */

/** 报销比例 in basis points as a percentage: 7000 → '70%', 9610 → '96.1%', 8725 → '87.25%'. */
export function ratioText(bp: number): string {
  if (!Number.isInteger(bp) || bp < 0)
    throw new RangeError(`ratio must be whole basis points: ${bp}`);
  const whole = Math.floor(bp / 100);
  const cents = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return cents ? `${whole}.${cents}%` : `${whole}%`;
}

/** How much of a limit is used, as a whole percentage for a progress bar (0–100). */
export function usedPercent(usedFen: number, limitFen: number): number {
  if (limitFen <= 0) return usedFen > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, Math.floor((usedFen * 100) / limitFen)));
}

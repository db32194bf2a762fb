/**
 * A timestamptz as PostgreSQL writes it in the ISO date style ('2026-11-30 08:15:00.123456+00')
 * turned into the API's instant text (`Date#toISOString`, milliseconds, 'Z'). A list reads one
 * per row: the common case, a UTC session, is rewritten as text without building a Date; any
 * other offset goes through one.
 */
export function instantText(pgText: string): string {
  const n = pgText.length;
  if (n >= 22 && pgText[10] === ' ' && pgText.endsWith('+00')) {
    const seconds = pgText.slice(0, 19);
    if (n === 22) return `${seconds.slice(0, 10)}T${seconds.slice(11)}.000Z`;
    if (pgText[19] === '.') {
      const ms = `${pgText.slice(20, Math.min(23, n - 3))}00`.slice(0, 3);
      return `${seconds.slice(0, 10)}T${seconds.slice(11)}.${ms}Z`;
    }
  }
  return new Date(pgText).toISOString();
}

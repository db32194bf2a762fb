import { createSettableClock } from '@yibao/domain';

/**
 * The one clock every time rule reads (locks, code expiry, idle timeout, working days, "last
 * three months"). Tests and demo mode set or move it; production never does.
 */
export type ServerClock = ReturnType<typeof createSettableClock>;

export const createServerClock = (): ServerClock => createSettableClock();

/** Today in Asia/Shanghai as YYYY-MM-DD, the calendar day every date rule means. */
export function shanghaiDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

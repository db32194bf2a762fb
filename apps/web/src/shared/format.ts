import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { formatYuan } from '@yibao/domain';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every time is shown in the time zone of the pooling regions. */
export const ZONE = 'Asia/Shanghai';

/** Today in the pooling regions' time zone: `2026-11-30` from 16:00 UTC on the 29th. */
export const todayText = () => dayjs().tz(ZONE).format('YYYY-MM-DD');

/**
 * Today in the pooling regions as a date of the browser's own zone: what date pickers compare
 * with and start from, so that a browser set to another zone still means Beijing's day.
 */
export const today = () => dayjs(todayText());

/** `2026-01-31 08:05:09` in Asia/Shanghai, or an empty string for no time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.tz(ZONE).format('YYYY-MM-DD HH:mm:ss') : iso;
}

/** 上午好 / 下午好 / 晚上好 by the hour in Asia/Shanghai. */
export function greeting(now: Dayjs): string {
  const hour = now.tz(ZONE).hour();
  if (hour < 5) return '晚上好';
  if (hour < 12) return '上午好';
  if (hour < 18) return '下午好';
  return '晚上好';
}

/** An amount of fen as the pages show it in 元: `8,500.00 元`. */
export const yuanText = (fen: number): string => `${formatYuan(fen, { grouping: true })} 元`;

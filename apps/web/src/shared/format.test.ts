import { afterEach, describe, it, expect, vi } from 'vitest';
import dayjs from 'dayjs';
import { formatDateTime, greeting, today, todayText } from './format';

describe('formatDateTime', () => {
  it('shows an instant in Asia/Shanghai', () => {
    expect(formatDateTime('2026-01-31T00:05:09Z')).toBe('2026-01-31 08:05:09');
    expect(formatDateTime('2026-01-31T20:00:00.000Z')).toBe('2026-02-01 04:00:00');
  });

  it('shows nothing for no time', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
  });
});

describe('greeting', () => {
  it('follows the hour in Shanghai', () => {
    expect(greeting(dayjs('2026-03-01T01:00:00Z'))).toBe('上午好');
    expect(greeting(dayjs('2026-03-01T06:00:00Z'))).toBe('下午好');
    expect(greeting(dayjs('2026-03-01T12:00:00Z'))).toBe('晚上好');
  });
});

describe('today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is Beijing’s day, whatever the machine’s zone: the 30th from 16:00 UTC on the 29th', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-29T15:59:59Z'));
    expect(todayText()).toBe('2026-11-29');
    vi.setSystemTime(new Date('2026-11-29T16:00:00Z'));
    expect(todayText()).toBe('2026-11-30');
    // a picker's date of the browser's own zone, at its midnight
    expect(today().format('YYYY-MM-DD HH:mm')).toBe('2026-11-30 00:00');
    expect(dayjs('2026-11-30').isAfter(today(), 'day')).toBe(false);
    expect(dayjs('2026-12-01').isAfter(today(), 'day')).toBe(true);
  });
});

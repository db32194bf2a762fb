import { describe, it, expect } from 'vitest';
import dayjs from 'dayjs';
import { formatDateTime, greeting } from './format';

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

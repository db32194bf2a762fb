import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, createStaff, staffCookie, type TestApp } from '../../../test/helpers';

describe('working-day calendar', () => {
  let app: TestApp;
  let admin: string;
  let clerk: string;
  beforeAll(async () => {
    app = await buildTestApp();
    await createStaff(app, 'admin01', { roles: ['admin'], regions: ['*'] });
    await createStaff(app, 'clerk01');
    admin = await staffCookie(app, 'admin01');
    clerk = await staffCookie(app, 'clerk01');
  });
  afterAll(async () => {
    await app.close();
  });

  const due = async (from: string, days: number) =>
    (await app.inject(`/api/calendar/due-date?from=${from}&days=${days}`)).json().dueDate;

  it('ships the 2025 and 2026 arrangements with their source', async () => {
    const res = await app.inject({
      url: '/api/calendar/days?year=2026&pageSize=100',
      headers: { cookie: clerk },
    });
    const days = res.json().items as { day: string; kind: string; name: string; source: string }[];
    expect(days.find((d) => d.day === '2026-02-17')).toMatchObject({
      kind: 'holiday',
      name: '春节',
    });
    expect(days.find((d) => d.day === '2026-10-10')).toMatchObject({ kind: 'workday' });
    expect(new Set(days.map((d) => d.source))).toEqual(
      new Set(['国务院办公厅关于2026年部分节假日安排的通知']),
    );
  });

  it('counts 办理时限 in working days across the National Day holiday and its make-up Saturday', async () => {
    expect(await due('2026-09-30', 0)).toBe('2026-09-30');
    expect(await due('2026-09-30', 1)).toBe('2026-10-08');
    expect(await due('2026-09-30', 3)).toBe('2026-10-10');
    expect(await due('2026-11-20', 5)).toBe('2026-11-27');
  });

  it('lets an administrator add a local holiday, which moves due dates at once', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: '/api/calendar/days/2026-11-23',
      headers: { cookie: admin },
      payload: { kind: 'holiday', name: '临时停办', source: '示例参数' },
    });
    expect(put.statusCode).toBe(200);
    expect(await due('2026-11-20', 1)).toBe('2026-11-24');
    const del = await app.inject({
      method: 'DELETE',
      url: '/api/calendar/days/2026-11-23',
      headers: { cookie: admin },
    });
    expect(del.statusCode).toBe(200);
    expect(await due('2026-11-20', 1)).toBe('2026-11-23');
    const trail = await app.inject({
      url: '/api/audit?entity=calendar-day',
      headers: { cookie: admin },
    });
    expect(trail.json().items.map((i: { action: string }) => i.action)).toEqual([
      'calendar.delete',
      'calendar.create',
    ]);
  });

  it('refuses clerks, make-up workdays on weekdays and bad dates', async () => {
    const body = { kind: 'holiday', source: '示例参数' };
    expect(
      (
        await app.inject({
          method: 'PUT',
          url: '/api/calendar/days/2026-12-01',
          headers: { cookie: clerk },
          payload: body,
        })
      ).statusCode,
    ).toBe(403);
    const weekday = await app.inject({
      method: 'PUT',
      url: '/api/calendar/days/2026-12-01',
      headers: { cookie: admin },
      payload: { kind: 'workday', source: '示例参数' },
    });
    expect(weekday.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'kind',
      message: '调休上班日应为周六或周日',
    });
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/calendar/days/2026-02-30',
      headers: { cookie: admin },
      payload: body,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: '/api/calendar/days/2026-12-02',
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(404);
  });
});

import { and, applications, count, desc, eq, inArray, type Executor } from '@yibao/db';
import type { PageWindow } from '@yibao/domain';

/** The 办件 of one business waiting for 复核 in the regions (null: all), newest first. */
export async function awaitingReview(
  db: Executor,
  f: { businessCode: string; regions: string[] | null; certNo?: string | undefined },
  window: PageWindow,
) {
  const where = and(
    eq(applications.businessCode, f.businessCode),
    // 即时办结 items wait for their 复核 as 已办结待复核
    eq(applications.status, 'applied'),
    f.regions === null ? undefined : inArray(applications.regionCode, f.regions),
    f.certNo ? eq(applications.subjectCertNo, f.certNo) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(applications)
      .where(where)
      .orderBy(desc(applications.submittedAt), desc(applications.id))
      .limit(window.limit)
      .offset(window.offset),
    db.select({ n: count() }).from(applications).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

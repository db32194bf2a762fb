import { dataLoads, sql } from '@yibao/db';
import { DEMO_VERSION, generateDemoData } from '@yibao/db/demo';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from './lib/passwords';

/**
 * Loads the demo data on first start, once: a marker row in data_loads and an advisory lock
 * keep a restart, or two servers starting together, from loading it twice.
 */
export async function loadDemoDataOnce(app: FastifyInstance, size: string): Promise<boolean> {
  const client = await app.database.pool.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', ['yibao.demo-data']);
    const done = await app.db.execute(
      sql`select 1 from ${dataLoads} where ${dataLoads.name} = 'demo' and ${dataLoads.version} = ${DEMO_VERSION}`,
    );
    if (done.rows.length > 0) return false;
    const started = Date.now();
    const persons = size === 'small' ? 'small' : Number(size);
    if (persons !== 'small' && !(Number.isInteger(persons) && persons > 0)) {
      throw new Error(`DEMO_SIZE 应为 small 或正整数: ${size}`);
    }
    app.log.info({ size }, 'loading demo data');
    await generateDemoData(app.db, { size: persons, now: app.clock.now(), hashPassword });
    await app.db
      .insert(dataLoads)
      .values({ name: 'demo', version: DEMO_VERSION, detail: { size } });
    app.log.info({ ms: Date.now() - started }, 'demo data loaded');
    return true;
  } finally {
    await client
      .query('select pg_advisory_unlock(hashtext($1))', ['yibao.demo-data'])
      .catch(() => undefined);
    client.release();
  }
}

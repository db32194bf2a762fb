/**
 * Floors under P35 on this machine, through fastify and node-postgres alone — no validation, no
 * query builder, no audit, no error mapping. `/p35` runs the session's statement and then the
 * page's, as every signed-in request did before sessions were remembered (ADR 0008); `/p35/page`
 * runs the page's statement alone, as the API does while the session is remembered. What the
 * API adds above the latter is the platform's own cost.
 */
import { ledgerPageStatement } from '../apps/server/src/modules/accounts/ledger-page.repository';
import { SESSION_ACTOR } from '../apps/server/src/plugins/session.repository';
import Fastify from 'fastify';
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
const pool = new pg.Pool({ connectionString: (workerData as { url: string }).url, max: 10 });
const app = Fastify();
/** The page and its totals as P35 answers them, for the person given. */
async function firstPage(personId: number) {
  const { statement, values } = ledgerPageStatement(personId, {}, { limit: 10, offset: 0 });
  const { rows } = await pool.query({ name: statement.name, text: statement.text, values });
  const first = rows[0];
  return {
    items: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id,
        occurredAt: new Date(r.occurred_at).toISOString(),
        kind: r.kind,
        summary: `${r.kind}-${r.description}`,
        amountFen: r.amount_fen,
        balanceAfterFen: r.balance_after_fen,
      })),
    total: first.count,
    page: 1,
    pageSize: 10,
    totals: { count: first.count, incomeFen: first.income_fen, expenseFen: first.expense_fen },
  };
}

app.get('/p35', async (request, reply) => {
  const token = /(?:^|;\s*)yb_sid=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? '';
  const id = createHash('sha256').update(token).digest('hex');
  const session = await pool.query({ ...SESSION_ACTOR, values: [id] });
  const personId = session.rows[0]?.person_id as number | undefined;
  if (!personId) return reply.code(401).send();
  return firstPage(personId);
});

// The page statement alone, for the person named in the URL.
app.get<{ Querystring: { person: string } }>('/p35/page', async (request) =>
  firstPage(Number(request.query.person)),
);
parentPort?.postMessage({ address: await app.listen({ port: 0, host: '127.0.0.1' }) });
parentPort?.on('message', (m: string) => {
  if (m !== 'close') return;
  void app
    .close()
    .then(() => pool.end())
    .then(() => parentPort?.postMessage({ closed: true }));
});

/**
 * What writing a reply costs the server: the zod serializer (parse the reply against its schema,
 * then JSON.stringify) beside the serializer compiled from the same schema, on P35's page of
 * 10 movements and a page of 100. CPU-bound and on one thread, so it is steadier than the
 * load benchmarks: the table is microseconds per reply, the median of several rounds.
 *
 *   npm run bench:reply-serializer
 */
import { ledgerPageReply } from '@yibao/contracts';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { cpus } from 'node:os';
import { replySerializerCompiler } from '../apps/server/src/lib/reply-serializer';

const page = (size: number) => ({
  items: Array.from({ length: size }, (_, i) => ({
    id: 100_000 + i,
    occurredAt: new Date(Date.UTC(2026, 10, 1, 2) - i * 86_400_000).toISOString(),
    kind: i % 3 === 0 ? '消费' : '账户分配',
    description: i % 3 === 0 ? '医疗消费(门诊)' : '个人账户划入',
    summary: i % 3 === 0 ? '消费-医疗消费(门诊)' : '账户分配-个人账户划入',
    amountFen: i % 3 === 0 ? -5000 : 10000,
    balanceAfterFen: 1_234_500 - i * 1000,
  })),
  total: 200,
  page: 1,
  pageSize: size,
  totals: { count: 200, incomeFen: 1_340_000, expenseFen: -330_000 },
});

const route = { schema: ledgerPageReply, method: 'GET', url: '/p35', httpStatus: '200' };
const writers = {
  zod: serializerCompiler(route as never) as (data: unknown) => string,
  compiled: replySerializerCompiler(false)(route as never) as (data: unknown) => string,
};

/** Microseconds per call: the median of seven rounds after a warm-up. */
function time(write: (data: unknown) => string, data: unknown, calls: number) {
  for (let i = 0; i < calls; i++) write(data);
  const rounds = Array.from({ length: 7 }, () => {
    const started = performance.now();
    for (let i = 0; i < calls; i++) write(data);
    return ((performance.now() - started) * 1000) / calls;
  });
  return rounds.sort((a, b) => a - b)[3] ?? Number.NaN;
}

console.log(`machine: ${cpus().length} cores; node ${process.version}\n`);
console.log('| reply | zod µs | compiled µs | compiled / zod |');
console.log('|---|---|---|---|');
for (const [name, size, calls] of [
  ['P35 page, 10 movements', 10, 50_000],
  ['P35 page, 100 movements', 100, 5_000],
] as const) {
  const data = page(size);
  const zod = time(writers.zod, data, calls);
  const compiled = time(writers.compiled, data, calls);
  console.log(
    `| ${name} | ${zod.toFixed(1)} | ${compiled.toFixed(1)} | ${(compiled / zod).toFixed(2)} |`,
  );
}

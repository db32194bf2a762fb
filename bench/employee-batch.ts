/**
 * 单位职工新参保/续保 · 批量模式 at scale: a unit's template with 10,000 employees, filled by
 * this script, uploaded and checked row by row, then confirmed and written by the import job —
 * timed through the HTTP API on PostgreSQL.
 *
 *   npm run bench:employee-batch                     10,000 rows, 3 runs
 *   npm run bench:employee-batch -- --rows 2000 --runs 1
 */
import { EMPLOYEE_BATCH_COLUMNS } from '@yibao/contracts';
import { makeCertNo18, makeUscc } from '@yibao/domain';
import { parseArgs } from 'node:util';
import { hashPassword } from '../apps/server/src/lib/passwords';
import { writeTableXlsx } from '../apps/server/src/modules/documents';
import { startBench } from './harness';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
  },
});
const rowCount = Number(values.rows);
const runs = Number(values.runs);
/** every 50th row is wrong on purpose: the check must report it and import the rest */
const BAD_EVERY = 50;

const { sql, cookieFor, describeMachine, serve } = await startBench('batch');
await sql(`insert into regions (code, name, province_code) values ('110000', '北京市', '110000')
  on conflict do nothing`);
const staff = await sql(
  `insert into staff (username, name, password_hash, roles, region_codes)
   values ('bench01', '压测经办员', $1, '{clerk}', '{110000}') returning id`,
  [await hashPassword('Bench@2026')],
);
const clerk = await cookieFor('staff', String(staff.rows[0].id));
const machine = await describeMachine();
const { address, close } = await serve();

/** The filled template of run `run`: distinct people each run, born on one of 20,000 days. */
async function template(run: number) {
  const DAY = 86_400_000;
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const n = run * rowCount + i;
    const birth = new Date(Date.UTC(1960, 0, 1) + (n % 20_000) * DAY).toISOString().slice(0, 10);
    const certNo = makeCertNo18(
      '110105',
      birth.replaceAll('-', ''),
      String(Math.floor(n / 20_000) % 1000).padStart(3, '0'),
    );
    return {
      certType: '居民身份证(户口簿)',
      certNo: i % BAD_EVERY === BAD_EVERY - 1 ? certNo.slice(0, 17) + 'Y' : certNo,
      name: `职工${n}`,
      sex: n % 2 ? '男' : '女',
      ethnicity: '汉族',
      birthDate: birth,
      workStartDate: '',
      phone: `137${String(n).padStart(8, '0')}`,
      startDate: '2026-11-01',
      wage: '8500.00',
    };
  });
  const columns = EMPLOYEE_BATCH_COLUMNS.map((c) => ({ key: c.key, title: c.title }));
  return writeTableXlsx({ title: '单位职工新参保', columns, rows });
}

const api = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const res = await fetch(address + path, { ...init, headers: { cookie: clerk, ...init.headers } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

console.log(`# 单位职工批量新参保 benchmark ${new Date().toISOString().slice(0, 10)}`);
console.log(machine);
console.log(
  `rows per file: ${rowCount.toLocaleString('en')} (one in ${BAD_EVERY} with a wrong check digit)\n`,
);
console.log(
  '| run | file KB | upload + check s | confirm → job done s | total s | imported | refused |',
);
console.log('|---|---|---|---|---|---|---|');
try {
  for (let run = 0; run < runs; run++) {
    const unit = await sql(
      `insert into units (unit_no, uscc, name, unit_type, region_code, division_code)
       values ($1, $2, '压测单位', 'enterprise', '110000', '110105') returning unit_no`,
      [`BU${run}`, makeUscc(`91110105MA0000${String(run).padStart(3, '0')}`)],
    );
    const file = await template(run);
    const started = performance.now();
    const form = new FormData();
    form.append('unitNo', unit.rows[0].unit_no);
    form.append('file', new Blob([file]), '职工.xlsx');
    const batch = await api<{ id: number }>('/api/registry/employee-batches', {
      method: 'POST',
      body: form,
    });
    const checked = performance.now();
    const job = await api<{ id: number }>(`/api/registry/employee-batches/${batch.id}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ paperItems: ['change-form', 'employment-proof', 'wage-proof'] }),
    });
    for (;;) {
      const state = await api<{ status: string; message: string }>(`/api/jobs/${job.id}`);
      if (state.status === 'failed') throw new Error(state.message);
      if (state.status === 'succeeded') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const done = performance.now();
    const view = await api<{ good: number; bad: number }>(
      `/api/registry/employee-batches/${batch.id}`,
    );
    const s = (ms: number) => (ms / 1000).toFixed(2);
    console.log(
      `| ${run + 1} | ${Math.round(file.length / 1024)} | ${s(checked - started)} | ${s(done - checked)} | ${s(done - started)} | ${view.good} | ${view.bad} |`,
    );
  }
} finally {
  await close();
}

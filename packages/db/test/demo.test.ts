import { hash, verify } from '@node-rs/argon2';
import { validateCertNo, validateUscc } from '@yibao/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect, runMigrations, startEmbeddedPostgres, type DatabaseHandle } from '../src/index';
import { unitTypes } from '../src/dictionaries/index';
import {
  DEMO_CARD_PASSWORD,
  DEMO_EVOUCHER_PASSWORD,
  DEMO_PASSWORD,
  DEMO_PERSON_PHONES,
  DEMO_UNIT_NOS,
  DEMO_UNIT_OPERATOR_PHONES,
  demoUnitsByRole,
  generateDemoData,
  planDemoData,
  type DemoLoadSummary,
} from '../src/demo/index';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDb: string;
  }
}

// The demo clock: contributions run to October 2026.
const NOW = new Date('2026-11-23T10:00:00+08:00');
const LAST_PERIOD = 202610;

let stopServer: (() => Promise<void>) | undefined;
let serverUrl: string;
let templateDb: string | undefined;
let counter = 0;

/** A fresh database: a copy of the api project's migrated template, or a migrated new one. */
async function freshDatabase(): Promise<DatabaseHandle> {
  const url = new URL(serverUrl);
  const name = `yibao_demo${counter++}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${templateDb ? ` template ${templateDb}` : ''}`);
  await admin.end();
  url.pathname = `/${name}`;
  const handle = connect(url.toString(), { max: 2 });
  if (!templateDb) await runMigrations(handle.db);
  return handle;
}

let small: DatabaseHandle;
let summary: DemoLoadSummary;
let loadMs: number;

const rows = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
  (await small.pool.query(text, params)).rows as T[];
const count = async (text: string, params: unknown[] = []): Promise<number> =>
  Number((await rows<{ n: string }>(text, params))[0]?.n);

beforeAll(async () => {
  try {
    serverUrl = inject('serverUrl');
    templateDb = inject('templateDb');
  } catch {
    // Outside the api project: a server of our own.
  }
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'yibao-demo-test-'));
    const server = await startEmbeddedPostgres(dir);
    serverUrl = new URL('/postgres', server.url).toString();
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  small = await freshDatabase();
  const started = performance.now();
  summary = await generateDemoData(small.db, {
    size: 'small',
    now: NOW,
    hashPassword: (pw) => hash(pw),
  });
  loadMs = performance.now() - started;
});

afterAll(async () => {
  await small?.close();
  await stopServer?.();
});

describe('demo data (small)', () => {
  it('loads in well under 30 s, argon2 hashing included', () => {
    expect(loadMs).toBeLessThan(30_000);
    expect(summary.persons).toBeGreaterThan(250);
    expect(summary.contributions).toBeGreaterThan(5_000);
    expect(summary.deemedContributions).toBeGreaterThan(0);
    expect(summary.specialIdentities).toBeGreaterThan(0);
    expect(summary.designatedHospitals).toBeGreaterThan(0);
  });

  it('holds the demo persons in their regions, with a social-security card and its password', async () => {
    const demo = await rows<{
      phone: string;
      region_code: string;
      person_category: string;
      unit_no: string | null;
      ss_card_no: string;
      ss_card_password_hash: string;
    }>(
      `select p.phone, p.region_code, p.person_category, u.unit_no, p.ss_card_no, p.ss_card_password_hash
       from persons p left join units u on u.id = p.unit_id where p.phone like '138000000%' order by p.phone`,
    );
    expect(demo.map((p) => [p.phone, p.region_code, p.person_category])).toEqual([
      ['13800000001', '110000', '11'],
      ['13800000002', '110000', '12'],
      ['13800000003', '110000', '21'],
      ['13800000004', '110000', '14'],
      ['13800000011', '530400', '11'],
      ['13800000021', '130200', '11'],
    ]);
    expect(demo[0]?.unit_no).toBe(DEMO_UNIT_NOS.employer);
    expect(demo[3]?.unit_no).toBe(DEMO_UNIT_NOS.flexibleAgency);
    for (const person of demo) {
      expect(person.ss_card_no).toMatch(/^[A-Z]\d{8}$/);
      expect(await verify(person.ss_card_password_hash, DEMO_CARD_PASSWORD)).toBe(true);
    }
  });

  it('gives every person a valid, unique certificate number, person number and phone', async () => {
    const persons = await rows<{ cert_type: string; cert_no: string }>(
      `select cert_type, cert_no from persons`,
    );
    for (const p of persons)
      expect(validateCertNo(p.cert_type, p.cert_no, NOW), p.cert_no).toMatchObject({ ok: true });
    expect(await count(`select count(*) - count(distinct person_no) as n from persons`)).toBe(0);
    expect(
      await count(`select count(*) - count(distinct phone) as n from persons where phone <> ''`),
    ).toBe(0);
    const units = await rows<{ uscc: string; legal_rep_cert_no: string }>(
      `select uscc, legal_rep_cert_no from units`,
    );
    for (const u of units) {
      expect(validateUscc(u.uscc), u.uscc).toMatchObject({ ok: true });
      expect(validateCertNo('01', u.legal_rep_cert_no, NOW)).toMatchObject({ ok: true });
    }
  });

  it('keeps every account balance equal to the sum of its movements and the last balance after', async () => {
    expect(await count(`select count(*) as n from personal_accounts`)).toBeGreaterThan(100);
    const wrongBalances = await count(`
      select count(*) as n from personal_accounts a
      left join lateral (select coalesce(sum(amount_fen), 0) as total from account_movements where account_id = a.id) s on true
      left join lateral (select balance_after_fen from account_movements where account_id = a.id
                         order by occurred_at desc, id desc limit 1) l on true
      where a.balance_fen <> s.total or a.balance_fen <> coalesce(l.balance_after_fen, 0)`);
    expect(wrongBalances).toBe(0);
    // the totals the ledger's trigger keeps, written by the load with its trigger off
    const wrongTotals = await count(`
      select count(*) as n from personal_accounts a
      cross join lateral (
        select coalesce(sum(amount_fen) filter (where amount_fen > 0), 0) as income,
               coalesce(sum(amount_fen) filter (where amount_fen < 0), 0) as expense, count(*) as n
        from account_movements where account_id = a.id) m
      where a.income_fen <> m.income or a.expense_fen <> m.expense or a.movement_count <> m.n`);
    expect(wrongTotals).toBe(0);
    expect(
      await count(`select count(*) as n from pg_trigger
        where tgname = 'account_movements_totals' and tgenabled = 'O'`),
    ).toBe(1);
    const wrongRunningBalances = await count(`
      select count(*) as n from (
        select balance_after_fen, sum(amount_fen) over (partition by account_id order by occurred_at, id) as running
        from account_movements) m
      where balance_after_fen <> running`);
    expect(wrongRunningBalances).toBe(0);
    expect(
      await count(`select count(*) as n from account_movements where kind = '消费'`),
    ).toBeGreaterThan(50);
    expect(
      await count(`select count(*) as n from account_movements where occurred_at >= $1`, [NOW]),
    ).toBe(0);
  });

  it('has monthly contributions without gaps up to last month for every employee, none in the future', async () => {
    const employees = await rows<{ id: string; first: number; last: number; months: string }>(`
      select p.id, min(c.period) as first, max(c.period) as last, count(*) as months
      from persons p left join contributions c on c.person_id = p.id and c.insurance_type = '310'
      where p.person_category = '11' group by p.id`);
    expect(employees.length).toBeGreaterThan(50);
    for (const e of employees) {
      expect(e.last).toBe(LAST_PERIOD);
      const span =
        (Math.floor(e.last / 100) - Math.floor(e.first / 100)) * 12 +
        (e.last % 100) -
        (e.first % 100) +
        1;
      expect(Number(e.months)).toBe(span);
    }
    expect(
      await count(`select count(*) as n from contributions where period > $1`, [LAST_PERIOD]),
    ).toBe(0);
    expect(
      await count(`select count(*) as n from contributions where status = '欠费'`),
    ).toBeGreaterThanOrEqual(2);
    const residents = await count(`
      select count(*) as n from persons p where p.person_category in ('21', '22', '23')
      and not exists (select 1 from contributions c where c.person_id = p.id and c.insurance_type = '390')`);
    expect(residents).toBeLessThan(20);
  });

  it('counts 视同缴费 from the month work began to December 2000, for those who began before', async () => {
    const wrong = await count(`
      select count(*) as n from deemed_contributions d join persons p on p.id = d.person_id
      where d.end_period <> 200012
         or d.start_period <> extract(year from p.work_start_date) * 100 + extract(month from p.work_start_date)
         or d.months <> (200012 / 100 - d.start_period / 100) * 12 + (12 - d.start_period % 100) + 1`);
    expect(wrong).toBe(0);
    const missed = await count(`
      select count(*) as n from persons p where p.work_start_date < '2001-01-01'
      and not exists (select 1 from deemed_contributions d where d.person_id = p.id)`);
    expect(missed).toBe(0);
    const residentsOnly = await count(`
      select count(*) as n from special_identities s where not exists (
        select 1 from enrolments e where e.person_id = s.person_id and e.insurance_type = '390')`);
    expect(residentsOnly).toBe(0);
  });

  it('gives every employee two different hospitals of their region as 定点医疗机构1 and 2', async () => {
    const wrong = await count(`
      select count(*) as n from enrolments e
      where e.insurance_type = '310' and e.status = '正常参保' and 2 <> (
        select count(distinct d.institution_id) from designated_hospitals d
        join institutions i on i.id = d.institution_id and i.region_code = e.region_code
        where d.person_id = e.person_id and d.slot in (1, 2))`);
    expect(wrong).toBe(0);
  });

  it('gives 13800000001 a wife, a daughter and a father who use his account', async () => {
    const family = await rows<{ relation: string; category: string }>(`
      select r.relation, q.person_category as category from family_relations r
      join persons p on p.id = r.person_id join persons q on q.id = r.relative_id
      where p.phone = '13800000001' order by r.relation`);
    expect(family).toEqual([
      { relation: '10', category: '11' },
      { relation: '20', category: '23' },
      { relation: '51', category: '22' },
    ]);
    const users = await count(`
      select count(distinct m.user_person_id) as n from account_movements m
      join personal_accounts a on a.id = m.account_id join persons p on p.id = a.person_id
      join family_relations r on r.person_id = p.id and r.relative_id = m.user_person_id
      where p.phone = '13800000001'`);
    expect(users).toBe(2);
    const enrolments = await rows<{ status: string }>(`
      select e.status from enrolments e join persons p on p.id = e.person_id
      where p.phone = '13800000001' order by e.start_date`);
    expect(enrolments.map((e) => e.status)).toEqual(['终止参保', '正常参保']);
  });

  it('gives every region agencies, units of every type and designated institutions', async () => {
    const types = [...unitTypes.items.map((t) => t.code), 'school-dept'].sort();
    for (const region of ['110000', '530400', '130200']) {
      expect(
        await count(
          `select count(*) as n from agencies where region_code = $1 and level = 'city'`,
          [region],
        ),
      ).toBe(1);
      expect(
        await count(
          `select count(*) as n from agencies where region_code = $1 and level = 'county'`,
          [region],
        ),
      ).toBeGreaterThan(1);
      const present = await rows<{ unit_type: string }>(
        `select distinct unit_type from units where region_code = $1 order by unit_type`,
        [region],
      );
      expect(present.map((u) => u.unit_type).sort()).toEqual(types);
      const levels = await rows<{ kind: string; level: string }>(
        `select distinct kind, level from institutions where region_code = $1 order by kind, level`,
        [region],
      );
      expect(levels.filter((l) => l.kind === 'hospital').map((l) => l.level)).toEqual([
        '10',
        '20',
        '31',
      ]);
      expect(levels.some((l) => l.kind === 'pharmacy')).toBe(true);
    }
    expect(
      await count(`select count(*) as n from institutions where code !~ '^[HP][0-9]{11}$'`),
    ).toBe(0);
  });

  it('places pupils in the classes of the school tree', async () => {
    const units = await demoUnitsByRole(small.db);
    expect(units.school.unitType).toBe('school');
    expect(units.flexibleAgency.unitType).toBe('agency-flex');
    const tree = await rows<{ department: string; grade: string; class: string; pupils: string }>(
      `
      select d.name as department, g.name as grade, c.name as class, count(p.id) as pupils
      from units d join units g on g.parent_id = d.id join units c on c.parent_id = g.id
      left join persons p on p.unit_id = c.id
      where d.parent_id = $1 group by 1, 2, 3 order by 2, 3`,
      [units.school.id],
    );
    expect(tree).toHaveLength(12);
    expect(tree[0]).toMatchObject({ department: '学生儿童医保', grade: '2021级', class: '一班' });
    expect(tree.reduce((n, c) => n + Number(c.pupils), 0)).toBeGreaterThan(3);
    const operators = await rows<{ contact_phone: string }>(
      `select contact_phone from units where unit_no = any($1) order by unit_no`,
      [Object.values(DEMO_UNIT_NOS)],
    );
    expect(operators.map((u) => u.contact_phone)).toEqual([
      '13900000001',
      '13900000002',
      '13900000003',
      '13900000004',
      '13900000005',
    ]);
  });

  it('creates the staff accounts with the demo password', async () => {
    const staff = await rows<{
      username: string;
      roles: string[];
      region_codes: string[];
      password_hash: string;
    }>(`select username, roles, region_codes, password_hash from staff order by username`);
    expect(staff.map((s) => [s.username, s.roles, s.region_codes])).toEqual([
      ['admin01', ['admin'], ['*']],
      ['clerk01', ['clerk'], ['110000']],
      ['clerk02', ['clerk'], ['530400']],
      ['reviewer01', ['reviewer'], ['110000']],
      ['reviewer02', ['reviewer'], ['530400']],
    ]);
    expect(await verify(staff[1]?.password_hash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('opens the demo logins: verified person accounts with an active e-voucher, bound unit operators', async () => {
    const accounts = await rows<{
      phone: string;
      verified: boolean;
      evoucher: string;
      hash: string;
    }>(
      `select a.phone, a.real_name_at is not null as verified, e.password_hash as evoucher,
              a.password_hash as hash
         from person_accounts a join persons p on p.id = a.person_id and p.phone = a.phone
         join evouchers e on e.person_id = p.id and e.activated_at is not null
        order by a.phone`,
    );
    expect(accounts.map((a) => [a.phone, a.verified])).toEqual(
      Object.values(DEMO_PERSON_PHONES)
        .sort()
        .map((phone) => [phone, true]),
    );
    expect(await verify(accounts[0]?.hash ?? '', DEMO_PASSWORD)).toBe(true);
    expect(await verify(accounts[0]?.evoucher ?? '', DEMO_EVOUCHER_PASSWORD)).toBe(true);

    const operators = await rows<{ phone: string; unit_no: string }>(
      `select o.phone, u.unit_no from unit_operators o join units u on u.id = o.unit_id order by o.phone`,
    );
    expect(operators.map((o) => [o.phone, o.unit_no])).toEqual(
      (Object.keys(DEMO_UNIT_NOS) as (keyof typeof DEMO_UNIT_NOS)[]).map((role) => [
        DEMO_UNIT_OPERATOR_PHONES[role],
        DEMO_UNIT_NOS[role],
      ]),
    );
  });

  it('gives about half the cards the demo card password', async () => {
    const share = await count(
      `select round(100.0 * count(*) filter (where ss_card_password_hash is not null) / count(*)) as n
         from persons where ss_card_no <> ''`,
    );
    expect(share).toBeGreaterThan(35);
    expect(share).toBeLessThan(65);
  });

  it('writes a create history row for everything it creates, and the later changes', async () => {
    for (const [table, history] of [
      ['persons', 'person_history'],
      ['units', 'unit_history'],
      ['agencies', 'agency_history'],
      ['enrolments', 'enrolment_history'],
      ['family_relations', 'family_relation_history'],
      ['personal_accounts', 'personal_account_history'],
      ['institutions', 'institution_history'],
      ['staff', 'staff_history'],
    ]) {
      const missing = await count(
        `select count(*) as n from ${table} t where not exists
         (select 1 from ${history} h where h.entity_id = t.id and h.action = 'create' and h.actor_type = 'system')`,
      );
      expect(missing, table).toBe(0);
    }
    const [created] = await rows<{ after: Record<string, unknown> }>(
      `select after from person_history where action = 'create' and entity_id = (select id from persons where phone = '13800000002')`,
    );
    expect(created?.after).toMatchObject({ personCategory: '11', phone: '13800000002' });
    expect(created?.after).not.toHaveProperty('ssCardPasswordHash');
    expect(
      await count(`select count(*) as n from enrolment_history where action = 'update'`),
    ).toBeGreaterThan(5);
  });
});

describe('demo data planning', () => {
  const personsOf = (seed: number) =>
    [...planDemoData({ size: 'small', seed, now: NOW }).peopleBatches()].flatMap((b) => b.persons);

  it('is deterministic for a seed and differs between seeds', () => {
    const first = personsOf(7);
    expect(personsOf(7)).toEqual(first);
    expect(personsOf(8).map((p) => p.certNo)).not.toEqual(first.map((p) => p.certNo));
  });

  it('writes exactly the planned persons', async () => {
    const planned = [...planDemoData({ size: 'small', now: NOW }).peopleBatches()].flatMap(
      (b) => b.persons,
    );
    const written = await rows<{ person_no: string; name: string; cert_no: string }>(
      `select person_no, name, cert_no from persons order by id`,
    );
    expect(written).toEqual(
      planned.map((p) => ({ person_no: p.personNo, name: p.name, cert_no: p.certNo })),
    );
  });
});

describe('demo data (bulk mode)', () => {
  it('loads a population of a given size with consistent ledgers', async () => {
    const bulk = await freshDatabase();
    try {
      const stages: string[] = [];
      const result = await generateDemoData(bulk.db, {
        size: 3000,
        seed: 11,
        now: NOW,
        batchSize: 1000,
        hashPassword: async (pw) => `plain:${pw}`,
        onProgress: (_done, _total, stage) => {
          if (!stages.includes(stage)) stages.push(stage);
        },
      });
      expect(stages).toEqual([
        'organisations',
        'persons',
        'contributions',
        'account-movements',
        'balances',
        'indexes',
      ]);
      expect(result.foreignKeyChecks).toBe('skipped');
      expect(result.persons).toBeGreaterThanOrEqual(3000);
      expect(result.persons).toBeLessThan(3015);
      const { rows: check } = await bulk.pool.query(`
        select (select count(*) from persons) as persons,
               (select count(*) from personal_accounts a where a.balance_fen <>
                  (select coalesce(sum(amount_fen), 0) from account_movements where account_id = a.id)) as wrong,
               (select count(*) from contributions where period > ${LAST_PERIOD}) as future`);
      expect(check[0]).toEqual({ persons: result.persons, wrong: 0, future: 0 });
      // A bulk load skips the row-by-row foreign-key checks: the references must hold anyway.
      const { rows: dangling } = await bulk.pool.query(`
        select (select count(*) from contributions c left join persons p on p.id = c.person_id
                 left join units u on u.id = c.unit_id
                 where p.id is null or (c.unit_id is not null and u.id is null)) as contributions,
               (select count(*) from account_movements m left join personal_accounts a on a.id = m.account_id
                 left join persons p on p.id = m.user_person_id
                 where a.id is null or (m.user_person_id is not null and p.id is null)) as movements,
               (select count(*) from enrolments e left join persons p on p.id = e.person_id
                 left join units u on u.id = e.unit_id
                 where p.id is null or (e.unit_id is not null and u.id is null)) as enrolments,
               (select count(*) from family_relations r left join persons p on p.id = r.relative_id
                 where p.id is null) as relations`);
      expect(dangling[0]).toEqual({ contributions: 0, movements: 0, enrolments: 0, relations: 0 });
    } finally {
      await bulk.close();
    }
  });
});

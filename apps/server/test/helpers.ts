import { makeCertNo18, makeUscc, sexFromCertNo } from '@yibao/domain';
import { connect, persons, regions, staff, unitOperators, units } from '@yibao/db';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { hashPassword } from '../src/lib/passwords';
import { createServerClock } from '../src/plugins/clock';

let counter = 0;

/** A fresh database copied from the migrated template: each test file starts from nothing. */
export async function freshDatabaseUrl(): Promise<string> {
  const server = new URL(inject('serverUrl'));
  const name = `yibao_t${counter++}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDb')}`);
  await admin.end();
  server.pathname = `/${name}`;
  return server.toString();
}

export type TestApp = FastifyInstance & { databaseUrl: string };

/** The real app on a real, fresh database, with a clock the test can move. */
export async function buildTestApp(
  env: Record<string, string> = {},
  extend?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const databaseUrl = await freshDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'yibao-app-')),
    ...env,
  });
  const database = connect(databaseUrl, { max: 5 });
  const app = await buildApp({ config, database, databaseUrl, clock: createServerClock() });
  app.addHook('onClose', async () => database.close());
  extend?.(app);
  await app.ready();
  return Object.assign(app, { databaseUrl });
}

export const TEST_PASSWORD = 'Test@2026pass';

export async function createStaff(
  app: FastifyInstance,
  username: string,
  opts: { roles?: string[]; regions?: string[]; name?: string } = {},
) {
  const [row] = await app.db
    .insert(staff)
    .values({
      username,
      name: opts.name ?? username,
      passwordHash: await hashPassword(TEST_PASSWORD),
      roles: opts.roles ?? ['clerk'],
      regionCodes: opts.regions ?? ['110000'],
    })
    .returning();
  return row!;
}

/** Signs a staff member in and returns the cookie header to send. */
export async function staffCookie(app: FastifyInstance, username: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/staff/login',
    payload: { username, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'yb_sid');
  return `yb_sid=${c!.value}`;
}

/** A captcha as a person would solve it: the demo outbox reveals the answer. */
export async function solveCaptcha(
  app: FastifyInstance,
): Promise<{ captchaId: string; captcha: string }> {
  const { id } = (await app.inject('/api/captcha')).json() as { id: string };
  const outbox = (await app.inject('/api/dev/outbox')).json() as {
    captcha: { id: string; answer: string }[];
  };
  const found = outbox.captcha.find((c) => c.id === id);
  if (!found) throw new Error('captcha not in outbox');
  return { captchaId: id, captcha: found.answer };
}

/** The newest SMS code sent to a phone, from the demo outbox. */
export async function lastSmsCode(app: FastifyInstance, phone: string): Promise<string> {
  const outbox = (await app.inject('/api/dev/outbox')).json() as {
    sms: { phone: string; code: string }[];
  };
  const found = outbox.sms.find((m) => m.phone === phone && m.code);
  if (!found) throw new Error(`no sms to ${phone}`);
  return found.code;
}

let personSeq = 1;

/** An insured person in the registry (北京市 unless told otherwise). */
export async function createPerson(
  app: FastifyInstance,
  fields: {
    name: string;
    phone?: string;
    birth?: string;
    regionCode?: string;
    ssCardNo?: string;
    cardPassword?: string;
  },
) {
  const regionCode = fields.regionCode ?? '110000';
  await app.db
    .insert(regions)
    .values({ code: regionCode, name: regionCode, provinceCode: regionCode.slice(0, 2) + '0000' })
    .onConflictDoNothing();
  const seq = personSeq++;
  const birth = fields.birth ?? '19850315';
  const certNo = makeCertNo18('110105', birth, String(100 + seq).padStart(3, '0'));
  const [row] = await app.db
    .insert(persons)
    .values({
      personNo: `T${process.pid}${seq}`,
      name: fields.name,
      certType: '01',
      certNo,
      sex: sexFromCertNo(certNo),
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
      personCategory: '11',
      phone: fields.phone ?? '',
      regionCode,
      ssCardNo: fields.ssCardNo ?? null,
      ssCardPasswordHash: fields.cardPassword ? await hashPassword(fields.cardPassword) : null,
    })
    .returning();
  return row!;
}

let unitSeq = 1;

/** A unit in the registry, with a valid unified social credit code. */
export async function createUnit(
  app: FastifyInstance,
  fields: { name: string; unitType?: string; regionCode?: string },
) {
  const regionCode = fields.regionCode ?? '110000';
  await app.db
    .insert(regions)
    .values({ code: regionCode, name: regionCode, provinceCode: regionCode.slice(0, 2) + '0000' })
    .onConflictDoNothing();
  const seq = unitSeq++;
  const uscc = makeUscc(
    `91${regionCode}MA${String(1000000 + seq * 7919 + process.pid).slice(-7)}`.slice(0, 17),
  );
  const [row] = await app.db
    .insert(units)
    .values({
      unitNo: `U${process.pid}${seq}`,
      uscc,
      name: fields.name,
      unitType: fields.unitType ?? 'enterprise',
      regionCode,
      divisionCode: regionCode,
    })
    .returning();
  return row!;
}

let operatorSeq = 1;

/**
 * An operator bound to the unit, signed in through the unit login (the captcha solved as a
 * person would): the cookie header to send.
 */
export async function boundOperatorCookie(app: FastifyInstance, unitId: number): Promise<string> {
  const phone = `1391${String(process.pid % 1000).padStart(3, '0')}${String(operatorSeq++).padStart(4, '0')}`;
  await app.db.insert(unitOperators).values({
    phone,
    name: '单位经办人',
    passwordHash: await hashPassword(TEST_PASSWORD),
    unitId,
    boundAt: new Date(),
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/unit/login',
    payload: { phone, password: TEST_PASSWORD, ...(await solveCaptcha(app)) },
  });
  if (res.statusCode !== 200) throw new Error(`unit login failed: ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'yb_sid');
  return `yb_sid=${c?.value ?? ''}`;
}

/** The pooling regions most tests act in: 北京市 and 玉溪市. */
export async function seedRegions(app: FastifyInstance) {
  await app.db
    .insert(regions)
    .values([
      { code: '110000', name: '北京市', provinceCode: '110000' },
      { code: '530400', name: '玉溪市', provinceCode: '530000' },
    ])
    .onConflictDoNothing();
}

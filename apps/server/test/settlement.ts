import {
  accountMovements,
  enrolments,
  institutions,
  mutualAidLinks,
  personalAccounts,
} from '@yibao/db';
import type { FastifyInstance } from 'fastify';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { verifiedPerson } from './applications';
import { boundOperatorCookie, createPerson, createUnit } from './helpers';

let seq = 1;

/** An employee (or retiree) enrolled in 职工医保 with an account holding `balanceFen`. */
export async function insuredWithAccount(
  app: FastifyInstance,
  name: string,
  opts: { balanceFen?: number; personType?: string; regionCode?: string } = {},
) {
  const regionCode = opts.regionCode ?? '110000';
  const person = await createPerson(app, { name, regionCode });
  await app.db.insert(enrolments).values({
    personId: person.id,
    regionCode,
    insuranceType: '310',
    personType: opts.personType ?? '11',
    status: '正常参保',
    startDate: '2020-01-01',
  });
  const balanceFen = opts.balanceFen ?? 0;
  const [account] = await app.db
    .insert(personalAccounts)
    .values({ personId: person.id, regionCode, balanceFen })
    .returning();
  if (balanceFen > 0) {
    await app.db.insert(accountMovements).values({
      accountId: account!.id,
      kind: '账户分配',
      amountFen: balanceFen,
      balanceAfterFen: balanceFen,
      idempotencyKey: `test:${account!.id}:opening`,
      description: '个人账户划入',
      occurredAt: new Date('2026-01-15T02:00:00Z'),
    });
  }
  return { person, account: account! };
}

/** A resident (城乡居民) without an account. */
export async function insuredResident(app: FastifyInstance, name: string, regionCode = '110000') {
  const person = await createPerson(app, { name, regionCode });
  await app.db.insert(enrolments).values({
    personId: person.id,
    regionCode,
    insuranceType: '390',
    personType: '21',
    status: '正常参保',
    startDate: '2020-01-01',
  });
  return person;
}

export async function linkMutualAid(
  app: FastifyInstance,
  holderPersonId: number,
  memberPersonId: number,
  opts: { relation?: string; effectiveFrom?: string; drawOrder?: number } = {},
) {
  await app.db.insert(mutualAidLinks).values({
    holderPersonId,
    memberPersonId,
    relation: opts.relation ?? '20',
    effectiveFrom: opts.effectiveFrom ?? '2023-01-01',
    drawOrder: opts.drawOrder ?? 1,
  });
}

/** A designated hospital or pharmacy run by its own unit, with that unit's operator cookie. */
export async function designatedInstitution(
  app: FastifyInstance,
  opts: { kind?: 'hospital' | 'pharmacy'; level?: string; regionCode?: string } = {},
) {
  const regionCode = opts.regionCode ?? '110000';
  const kind = opts.kind ?? 'hospital';
  const unit = await createUnit(app, { name: `定点机构${seq}`, regionCode });
  const n = seq++;
  const [institution] = await app.db
    .insert(institutions)
    .values({
      code: `${kind === 'pharmacy' ? 'P' : 'H'}${regionCode}${String(process.pid).slice(-3)}${String(n).padStart(3, '0')}`,
      name: `${kind === 'pharmacy' ? '测试大药房' : '测试医院'}${n}`,
      kind,
      level: kind === 'pharmacy' ? '' : (opts.level ?? '31'),
      unitId: unit.id,
      regionCode,
      divisionCode: regionCode,
    })
    .returning();
  const cookie = await boundOperatorCookie(app, unit.id);
  return { institution: institution!, unit, cookie };
}

export interface ApiKey {
  keyId: string;
  secret: string;
}

export async function issueKey(app: FastifyInstance, cookie: string, institutionCode: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/unit/api-keys',
    headers: { cookie },
    payload: { institutionCode, name: 'HIS' },
  });
  if (res.statusCode !== 200) throw new Error(`issue failed: ${res.body}`);
  return res.json() as ApiKey & { id: number };
}

/**
 * A request signed as an institution's system would sign it — written from the published
 * description, not with the server's own code, so the test checks the contract.
 */
export function signedHeaders(
  key: ApiKey,
  method: string,
  url: string,
  body: string,
  opts: { timestamp?: number; nonce?: string } = {},
) {
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = opts.nonce ?? randomBytes(12).toString('hex');
  const bodyHash = createHash('sha256').update(body).digest('hex');
  const text = [method, url, timestamp, nonce, bodyHash].join('\n');
  return {
    'content-type': 'application/json',
    'x-yibao-key': key.keyId,
    'x-yibao-timestamp': timestamp,
    'x-yibao-nonce': nonce,
    'x-yibao-signature': createHmac('sha256', key.secret).update(text).digest('hex'),
  };
}

export function signedCall(
  app: FastifyInstance,
  key: ApiKey,
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
) {
  const body = payload === undefined ? '' : JSON.stringify(payload);
  return app.inject({
    method,
    url,
    headers: signedHeaders(key, method, url, body),
    ...(payload === undefined ? {} : { payload: body }),
  });
}

/** A bill as a hospital sends it. */
export function bill(
  certNo: string,
  txnNo: string,
  inCatalogueFen: number,
  outCatalogueFen = 0,
  extra: Record<string, unknown> = {},
) {
  return {
    txnNo,
    certNo,
    medType: '11',
    visitDate: '2026-11-20',
    totalFen: inCatalogueFen + outCatalogueFen,
    inCatalogueFen,
    outCatalogueFen,
    ...extra,
  };
}

/** A person signed in to the portal, enrolled, with a password-free account when one is asked for. */
export async function insuredSignedIn(
  app: FastifyInstance,
  name: string,
  opts: { insuranceType?: '310' | '390'; personType?: string; balanceFen?: number } = {},
) {
  const { person, cookie } = await verifiedPerson(app, name);
  const insuranceType = opts.insuranceType ?? '310';
  await app.db.insert(enrolments).values({
    personId: person.id,
    regionCode: '110000',
    insuranceType,
    personType: opts.personType ?? (insuranceType === '310' ? '11' : '21'),
    status: '正常参保',
    startDate: '2020-01-01',
  });
  if (opts.balanceFen !== undefined) {
    await app.db.insert(personalAccounts).values({
      personId: person.id,
      regionCode: '110000',
      balanceFen: opts.balanceFen,
      passwordFreeLocal: true,
    });
  }
  return { person, cookie };
}

/**
 * The accounts whose kept totals (income, expense, number of movements) differ from their
 * movements; none when the ledger's trigger did its work.
 */
export async function accountsWithDriftingTotals(app: FastifyInstance, ids: readonly number[]) {
  const { rows } = await app.database.pool.query<{ id: string }>(
    `select a.id from personal_accounts a
     cross join lateral (
       select coalesce(sum(amount_fen) filter (where amount_fen > 0), 0) as income,
              coalesce(sum(amount_fen) filter (where amount_fen < 0), 0) as expense,
              count(*) as n
       from account_movements where account_id = a.id) m
     where a.id = any($1::bigint[])
       and (a.income_fen <> m.income or a.expense_fen <> m.expense or a.movement_count <> m.n)`,
    [ids],
  );
  return rows.map((r) => Number(r.id));
}

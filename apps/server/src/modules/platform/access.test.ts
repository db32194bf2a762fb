import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createPerson,
  createStaff,
  boundOperatorCookie,
  createUnit,
  solveCaptcha,
  staffCookie,
  type TestApp,
} from '../../../test/helpers';
import { personFlows } from '../../../test/person';

/**
 * Who may call each API route. The table is checked against the app's own route list: a new
 * route without a rule here fails this test.
 */
type Rule =
  | 'public'
  | 'demo'
  | 'signed-in'
  | 'person'
  | 'person-unverified'
  | 'person-verified'
  | 'unit-operator'
  | 'unit-operator-unbound'
  /** bound to a unit (a flexible-employment agency, for the agency's pages) */
  | 'unit-operator-bound'
  | 'staff'
  /** a designated institution's system: HMAC-signed with its API credential, no cookie */
  | 'institution-signed'
  | `right:${string}`;

const rules: Record<string, Rule> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/dev/clock': 'demo',
  'PUT /api/dev/clock': 'demo',
  'GET /api/dev/outbox': 'demo',
  'GET /api/captcha': 'public',
  'POST /api/sms/codes': 'public',
  'POST /api/sms/unit-codes': 'public',
  'POST /api/auth/staff/login': 'public',
  'POST /api/auth/person/register': 'public',
  'POST /api/auth/person/login': 'public',
  'POST /api/auth/person/password-reset/account': 'public',
  'POST /api/auth/person/password-reset': 'public',
  'POST /api/auth/unit/register': 'public',
  'POST /api/auth/unit/login': 'public',
  'GET /api/session': 'signed-in',
  'POST /api/session/logout': 'public',
  'POST /api/auth/person/real-name/match': 'person-unverified',
  'POST /api/auth/person/real-name/sms': 'person-unverified',
  'POST /api/auth/person/real-name/confirm': 'person-unverified',
  'GET /api/me/security': 'person',
  'POST /api/me/password': 'person',
  'POST /api/me/phone': 'person',
  'GET /api/me/messages': 'person',
  'POST /api/me/cancel/sms': 'person-verified',
  'POST /api/me/cancel': 'person-verified',
  'POST /api/unit/bind': 'unit-operator-unbound',
  'GET /api/unit/home': 'unit-operator',
  'GET /api/unit/api-keys': 'unit-operator-bound',
  'POST /api/unit/api-keys': 'unit-operator-bound',
  'POST /api/unit/api-keys/:id/revoke': 'unit-operator-bound',
  'POST /api/me/voucher-code': 'person-verified',
  'POST /api/settlement/v1/settlements': 'institution-signed',
  'GET /api/settlement/v1/settlements/:txnNo': 'institution-signed',
  'POST /api/settlement/v1/settlements/:txnNo/refund': 'institution-signed',
  'POST /api/accounts/allocations': 'right:account.allocate',
  'GET /api/me/account-security': 'person-verified',
  'POST /api/me/account-security/sms': 'person-verified',
  'POST /api/me/account-security/password': 'person-verified',
  'POST /api/me/account-security/payment': 'person-verified',
  'GET /api/me/mutual-aid/members': 'person-verified',
  'POST /api/me/mutual-aid/members/check': 'person-verified',
  'GET /api/me/mutual-aid/holders': 'person-verified',
  'GET /api/me/account-ledger': 'person-verified',
  'GET /api/me/account-ledger/movements': 'person-verified',
  'GET /api/me/account-ledger/movements/:id': 'person-verified',
  'GET /api/me/account-ledger/used-by-others/persons': 'person-verified',
  'GET /api/me/account-ledger/used-by-others': 'person-verified',
  'GET /api/me/account-ledger/use-of-others/persons': 'person-verified',
  'GET /api/me/account-ledger/use-of-others': 'person-verified',
  'GET /api/me/consumption': 'person-verified',
  'GET /api/me/consumption/years': 'person-verified',
  'GET /api/accounts/ledger-person': 'right:person.read',
  'GET /api/accounts/persons/:id/ledger-months': 'right:person.read',
  'GET /api/accounts/persons/:id/ledger-movements': 'right:person.read',
  'GET /api/me/benefits': 'person-verified',
  'GET /api/me/medical-consumption': 'person-verified',
  'GET /api/me/medical-consumption/:id': 'person-verified',
  'GET /api/accounts/withdrawal-person': 'right:account.withdraw',
  'GET /api/accounts/withdrawals': 'right:account.withdraw|application.review',
  'GET /api/accounts/withdrawals/:id': 'right:account.withdraw|application.review',
  'GET /api/accounts/withdrawals/:id/pdf': 'right:account.withdraw|application.review',
  'GET /api/unit/flexible-persons': 'unit-operator-bound',
  'GET /api/unit/flexible-persons/:id': 'unit-operator-bound',
  'GET /api/unit/flexible-contributions': 'unit-operator-bound',
  'POST /api/units/:id/binding-codes': 'right:unit.binding-code',
  'POST /api/unit-operators': 'right:unit-operator.create',
  'GET /api/evoucher': 'person-verified',
  'POST /api/evoucher/activate': 'person-verified',
  'POST /api/evoucher/password': 'person-verified',
  'POST /api/auth/mobile/real-name': 'person-unverified',
  'POST /api/auth/person/password-reset/mobile': 'public',
  'POST /api/auth/qr': 'public',
  'GET /api/auth/qr/:ticket': 'public',
  'POST /api/auth/qr/:ticket/confirm': 'person-verified',
  'POST /api/auth/qr/:ticket/login': 'public',
  'POST /api/auth/person/real-name/qr': 'person-unverified',
  'GET /api/auth/qr/:ticket/real-name': 'person-verified',
  'POST /api/auth/qr/:ticket/real-name/confirm': 'person-verified',
  'GET /api/auth/sso': 'public',
  'GET /api/auth/sso/login': 'public',
  'GET /api/auth/sso/callback': 'public',
  'GET /api/dictionaries': 'public',
  'GET /api/dictionaries/:name': 'public',
  'GET /api/divisions': 'public',
  'GET /api/divisions/tree': 'public',
  'GET /api/audit': 'right:audit.read',
  'POST /api/audit/exports': 'right:audit.read',
  'GET /api/jobs': 'signed-in',
  'GET /api/jobs/:id': 'signed-in',
  'POST /api/jobs/:id/retry': 'signed-in',
  'GET /api/jobs/:id/result': 'signed-in',
  'GET /api/calendar/days': 'signed-in',
  'PUT /api/calendar/days/:day': 'right:calendar.manage',
  'DELETE /api/calendar/days/:day': 'right:calendar.manage',
  'GET /api/calendar/due-date': 'public',
  'GET /api/staff': 'right:staff.manage',
  'POST /api/staff': 'right:staff.manage',
  'PUT /api/staff/:id': 'right:staff.manage',
  'POST /api/staff/:id/password': 'right:staff.manage',
  'GET /api/rights': 'right:role.manage',
  'GET /api/roles': 'right:staff.manage|role.manage',
  'POST /api/roles': 'right:role.manage',
  'PUT /api/roles/:code': 'right:role.manage',
  'DELETE /api/roles/:code': 'right:role.manage',
  'GET /api/businesses': 'public',
  'POST /api/applications': 'signed-in',
  'GET /api/applications': 'signed-in',
  'GET /api/applications/:id': 'signed-in',
  'POST /api/applications/:id/withdraw': 'signed-in',
  'POST /api/applications/:id/resubmit': 'signed-in',
  'POST /api/materials': 'signed-in',
  'GET /api/materials/:id/content': 'signed-in',
  'DELETE /api/materials/:id': 'signed-in',
  'GET /api/me/person': 'person-verified',
  'GET /api/me/designated-hospitals': 'person-verified',
  'GET /api/me/enrolments': 'person-verified',
  'GET /api/me/contributions': 'person-verified',
  'GET /api/designated-hospitals/candidates': 'signed-in',
  'GET /api/registry/person': 'right:person.maintain',
  'POST /api/registry/certificates': 'right:certificate.issue',
  'GET /api/registry/certificates/:id': 'right:certificate.issue',
  'GET /api/registry/certificates/:id/pdf': 'right:certificate.issue',
  'GET /api/public/certificates/verify': 'public',
  'GET /api/registry/retirement-figures': 'right:person.register',
  'GET /api/registry/flexible-window/person': 'right:person.register',
  'GET /api/registry/employee-posts': 'right:person.maintain',
  'GET /api/registry/contribution-base/unit': 'right:person.maintain',
  'GET /api/registry/contribution-base/members': 'right:person.maintain',
  'GET /api/registry/unit-base-audit': 'right:unit.register',
  'GET /api/registry/unit-info-change/unit': 'right:unit.register',
  'GET /api/registry/resident-info-change/reviews': 'right:application.review',
  'GET /api/registry/employee-batches/template.xlsx': 'right:person.register',
  'POST /api/registry/employee-batches': 'right:person.register',
  'GET /api/registry/employee-batches/:id': 'right:person.register',
  'GET /api/registry/employee-batches/:id/rows': 'right:person.register',
  'POST /api/registry/employee-batches/:id/confirm': 'right:person.register',
  'GET /api/registry/cardless-settlements': 'right:person.register',
  'GET /api/registry/flexible-batches/template.xlsx': 'right:person.register',
  'POST /api/registry/flexible-batches': 'right:person.register',
  'GET /api/registry/flexible-batches/:id': 'right:person.register',
  'GET /api/registry/flexible-batches/:id/rows': 'right:person.register',
  'POST /api/registry/flexible-batches/:id/confirm': 'right:person.register',
  'GET /api/registry/resident-batches/template.xlsx': 'right:person.register',
  'POST /api/registry/resident-batches': 'right:person.register',
  'GET /api/registry/resident-batches/:id': 'right:person.register',
  'GET /api/registry/resident-batches/:id/rows': 'right:person.register',
  'POST /api/registry/resident-batches/:id/confirm': 'right:person.register',
  'GET /api/registry/assistance-subsidies/quote': 'right:person.register',
  'GET /api/registry/assistance-subsidies': 'right:person.register',
  'GET /api/registry/persons': 'right:person.read',
  'GET /api/registry/duplicate-enrolments': 'right:person.read',
  'GET /api/registry/units': 'right:unit.read',
  'GET /api/registry/units/:id': 'right:unit.read',
  'GET /api/registry/units/:id/contributions': 'right:unit.read',
  'GET /api/registry/units/:id/members': 'right:unit.read',
  'GET /api/registry/persons/:id': 'right:person.read',
  'GET /api/registry/persons/:id/enrolments': 'right:person.read',
  'GET /api/registry/persons/:id/changes': 'right:person.read',
  'GET /api/registry/persons/:id/contributions': 'right:person.read',
  'GET /api/registry/persons/:id/deemed-contributions': 'right:person.read',
  'GET /api/registry/persons/:id/special-identities': 'right:person.read',
  'POST /api/resident-enrolment/check': 'person-verified',
  'GET /api/review/queue': 'right:application.review',
  'GET /api/review/counts': 'right:application.review',
  'POST /api/review/:id/claim': 'right:application.review',
  'POST /api/review/:id/release': 'right:application.review',
  'POST /api/review/:id/approve': 'right:application.review',
  'POST /api/review/:id/reject': 'right:application.review',
  'POST /api/review/:id/return': 'right:application.review',
  'GET /api/service-items': 'staff',
  'GET /api/service-items/:no': 'staff',
  'GET /api/service-items/:no/checklist.pdf': 'staff',
};

/** Route documentation pages of @fastify/swagger-ui are public by nature. */
const isDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

const sample = (url: string) =>
  url
    .replace(':id', '1')
    .replace(':name', 'ethnicities')
    .replace(':day', '2026-12-01')
    .replace(':code', 'clerk')
    .replace(':ticket', 'abcdefghijklmnopqrstuvwxyz')
    .replace(':no', '13');

describe('access rules of every API route', () => {
  let app: TestApp;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    app = await buildTestApp();
    const flows = personFlows(app);
    await flows.register('13720000001');
    cookies.unverified = flows.cookieOf(await flows.login('13720000001'));
    const p = await createPerson(app, { name: '权限测', phone: '13720000002' });
    cookies.verified = await flows.verifiedSession({ ...p, phone: '13720000002' });
    await createUnit(app, { name: '测试单位' });
    const agency = await createUnit(app, { name: '测试代管机构', unitType: 'agency-flex' });
    cookies.boundAgency = await boundOperatorCookie(app, agency.id);
    const sms = await app.inject({
      method: 'POST',
      url: '/api/sms/unit-codes',
      payload: { phone: '13920000001', purpose: 'unit-register', ...(await solveCaptcha(app)) },
    });
    expect(sms.statusCode).toBe(200);
    const outbox = (await app.inject('/api/dev/outbox')).json() as {
      sms: { phone: string; code: string }[];
    };
    const smsCode = outbox.sms.find((m) => m.phone === '13920000001')!.code;
    await app.inject({
      method: 'POST',
      url: '/api/auth/unit/register',
      payload: {
        phone: '13920000001',
        name: '经办',
        password: 'unit1234',
        confirmPassword: 'unit1234',
        smsCode,
        agree: true,
      },
    });
    const unitLogin = await app.inject({
      method: 'POST',
      url: '/api/auth/unit/login',
      payload: { phone: '13920000001', password: 'unit1234', ...(await solveCaptcha(app)) },
    });
    cookies.unit = flows.cookieOf(unitLogin);
    await createStaff(app, 'norights01', { roles: [] });
    cookies.norights = await staffCookie(app, 'norights01');
  });
  afterAll(async () => {
    await app.close();
  });

  it('has a rule for every route', () => {
    const missing = app
      .apiRoutes()
      .filter((r) => !isDocs(r.url))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in rules));
    expect(missing, 'routes without an access rule').toEqual([]);
    const stale = Object.keys(rules).filter(
      (key) => !app.apiRoutes().some((r) => `${r.method} ${r.url}` === key),
    );
    expect(stale, 'rules for routes that no longer exist').toEqual([]);
  });

  const call = (key: string, cookie?: string) => {
    const [method, url] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
    return app.inject({
      method,
      url: sample(url),
      payload: method === 'GET' ? undefined : {},
      headers: cookie ? { cookie } : {},
    });
  };

  it('refuses anonymous callers on every protected route', async () => {
    for (const [key, rule] of Object.entries(rules)) {
      if (rule === 'public' || rule === 'demo') continue;
      expect((await call(key)).statusCode, key).toBe(401);
    }
  });

  it('refuses the wrong kind of actor and staff without the right', async () => {
    for (const [key, rule] of Object.entries(rules)) {
      const refused: string[] = [];
      if (rule.startsWith('person')) refused.push(cookies.unit!, cookies.norights!);
      if (rule === 'person-unverified') refused.push(cookies.verified!);
      if (rule === 'person-verified') refused.push(cookies.unverified!);
      if (rule.startsWith('unit-operator')) refused.push(cookies.verified!, cookies.norights!);
      if (rule === 'unit-operator-bound') refused.push(cookies.unit!);
      if (rule === 'staff' || rule.startsWith('right:'))
        refused.push(cookies.verified!, cookies.unit!);
      if (rule.startsWith('right:')) refused.push(cookies.norights!);
      // a cookie never stands in for a signature
      if (rule === 'institution-signed')
        refused.push(cookies.verified!, cookies.unit!, cookies.norights!, cookies.boundAgency!);
      for (const cookie of refused) {
        const status = (await call(key, cookie)).statusCode;
        expect([401, 403], `${key} as ${cookie.slice(0, 14)}`).toContain(status);
      }
    }
  });

  it('lets the right actor through the guard (the answer is not 401 or 403)', async () => {
    const admin = await createStaff(app, 'admin01', { roles: ['admin'], regions: ['*'] });
    expect(admin.id).toBeGreaterThan(0);
    cookies.admin = await staffCookie(app, 'admin01');
    const allowed: Partial<Record<Rule, string>> = {
      'signed-in': cookies.verified,
      person: cookies.verified,
      'person-unverified': cookies.unverified,
      'person-verified': cookies.verified,
      'unit-operator': cookies.unit,
      'unit-operator-unbound': cookies.unit,
      'unit-operator-bound': cookies.boundAgency,
      staff: cookies.admin,
    };
    for (const [key, rule] of Object.entries(rules)) {
      const cookie = rule.startsWith('right:') ? cookies.admin : allowed[rule];
      if (!cookie || key.includes('/logout') || key.startsWith('POST /api/me/cancel')) continue;
      const status = (await call(key, cookie)).statusCode;
      expect([401, 403], key).not.toContain(status);
    }
  });

  it('lets each of the alternative rights of a route through on its own', async () => {
    const admin = cookies.admin!;
    // one role and one staff member per right, however many routes accept it
    const holders = new Map<string, string>();
    const holderOf = async (right: string) => {
      const code = `only-${right.replace(/\W/g, '-')}`;
      if (!holders.has(code)) {
        const role = await app.inject({
          method: 'POST',
          url: '/api/roles',
          headers: { cookie: admin },
          payload: { code, name: code, rights: [right] },
        });
        expect(role.statusCode, role.body).toBe(200);
        await createStaff(app, code, { roles: [code] });
        holders.set(code, await staffCookie(app, code));
      }
      return holders.get(code) as string;
    };
    for (const [key, rule] of Object.entries(rules)) {
      if (!rule.startsWith('right:') || !rule.includes('|')) continue;
      for (const right of rule.slice('right:'.length).split('|')) {
        const status = (await call(key, await holderOf(right))).statusCode;
        expect([401, 403], `${key} with ${right} only`).not.toContain(status);
      }
    }
  });
});

import {
  SSO_ERROR_PARAM,
  ssoClaims,
  ssoIdentityClaims,
  ssoScopes,
  type SsoIdentityClaims,
} from '@yibao/contracts';
import { maskPhone } from '@yibao/domain';
import { isUniqueViolation } from '@yibao/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, randomInt } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Config } from '../../config';
import { hashPassword } from '../../lib/passwords';
import { createSealer } from '../../lib/sealer';
import type { WriteContext } from '../../plugins/audit';
import { hit } from '../../plugins/rate-limit';
import {
  findActiveAccountByPerson,
  findActiveAccountByPhone,
  findPersonByCert,
  insertAccount,
  updateAccount,
  type PersonAccountRow,
  type PersonRow,
} from './person-accounts.repository';

/** Carries the login flow from the redirect to the provider back to the callback. */
export const SSO_COOKIE = 'yb_sso';
export const SSO_COOKIE_PATH = '/api/auth/sso';
export const SSO_FLOW_TTL_MS = 10 * 60_000;
const LOGIN_PAGE = '/personal/login';
const DEFAULT_NEXT = '/personal';

export const ssoMessages = {
  notInsured: '参保信息不存在，暂时无法登录',
  failed: '统一身份认证登录失败，请重试',
  disabled: '北京市统一身份认证平台登录暂未开通',
  noPhone: '参保人手机号码不存在，暂时无法登录。请参考“变更参保人手机号说明”，补充参保人手机号。',
  phoneTaken: '您的手机号已被其他个人用户注册，暂时无法通过统一身份认证平台登录',
};

/** 004 §三 注意事项: the automatically registered account's password goes out by SMS. */
export const initialPasswordSms = (password: string) =>
  `您已通过北京市统一身份认证平台登录医保公共服务平台，个人网厅初始登录密码为${password}，请登录后及时修改。`;

/** A refusal the login page shows as it is; every other error reads as a failed login. */
class SsoRefusal extends Error {}

/** What the browser holds between the two redirects. */
interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  expiresAt: number;
}

/**
 * AES-256-GCM under a key derived from SESSION_SECRET: the flow lives in the browser without a
 * table, yet the browser can neither read the PKCE verifier nor change any field unnoticed.
 */
function flowSealer(secret: string) {
  const sealer = createSealer(secret, 'sso-flow-cookie');
  return {
    seal: (flow: Flow): string => sealer.seal(JSON.stringify(flow)),
    open(sealed: string): Flow | null {
      const json = sealer.open(sealed);
      return json === null ? null : (JSON.parse(json) as Flow);
    },
  };
}

/** Only our own person pages: anything else (another site, `//host`) falls back to /personal. */
export function safeNext(next: string | undefined): string {
  const ours = /^\/(personal(?=$|[/?#])|m\/)/.test(next ?? '') && !/[\\\s]/.test(next ?? '');
  return ours && next ? next : DEFAULT_NEXT;
}

/** OpenID phone numbers are E.164 ("+86 138…"); accounts hold the 11-digit mainland number. */
function mainlandMobile(phone: string | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

// no 0/O or 1/l/I: the person types the password from an SMS
const PASSWORD_CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Ten letters and digits, both present, as the password rule wants. */
export function initialPassword(): string {
  for (;;) {
    let p = '';
    for (let i = 0; i < 10; i++) p += PASSWORD_CHARS.charAt(randomInt(PASSWORD_CHARS.length));
    if (/[A-Za-z]/.test(p) && /\d/.test(p)) return p;
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** openid-client refuses plain http; a provider on this machine (tests, development) may use it. */
function discover(sso: NonNullable<Config['sso']>): Promise<oidc.Configuration> {
  const issuer = new URL(sso.issuer);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
  return oidc.discovery(
    issuer,
    sso.clientId,
    sso.clientSecret,
    // client_secret_basic: the OpenID default, which a provider supports when it names none
    oidc.ClientSecretBasic(sso.clientSecret),
    loopback ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
}

/**
 * 北京市统一身份认证平台登录 (004 §三) as an OpenID Connect client: the platform's verified
 * identity counts as 实名认证; a person without an account gets one, its password by SMS.
 */
export function createSsoService(app: FastifyInstance) {
  const now = () => app.clock.now();
  const { seal, open } = flowSealer(app.config.sessionSecret);
  const redirectUri = `${app.config.publicUrl}/api/auth/sso/callback`;
  const loginPage = (message: string) =>
    `${LOGIN_PAGE}?${SSO_ERROR_PARAM}=${encodeURIComponent(message)}`;

  // discovered on first use; a failure is not kept, so the next login tries again
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = (sso: NonNullable<Config['sso']>) =>
    (discovered ??= discover(sso).catch((err: unknown) => {
      discovered = null;
      throw err;
    }));

  /** A state completes one login: the shared counters remember it for as long as a flow lives. */
  const firstUse = async (state: string) =>
    (await hit(
      app.db,
      { key: `sso:state:${sha256(state)}`, limit: 1, windowSeconds: SSO_FLOW_TTL_MS / 1000 },
      now(),
    )) === 1;

  const asActor = (request: FastifyRequest, account: PersonAccountRow): WriteContext => ({
    actor: { type: 'person', id: String(account.id), name: maskPhone(account.phone) },
    requestId: request.id,
    ip: request.ip,
  });

  /** Token exchange with PKCE, state and nonce checks; then the person's claims. */
  async function identify(
    config: oidc.Configuration,
    request: FastifyRequest,
    flow: Flow,
  ): Promise<SsoIdentityClaims> {
    const at = request.url.indexOf('?');
    const callbackUrl = new URL(redirectUri + (at >= 0 ? request.url.slice(at) : ''));
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('no ID token');
    // scope claims may be in the ID token or, as OpenID does by default, only in userinfo
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
    return ssoIdentityClaims.parse({ ...idToken, ...userinfo });
  }

  /** A phone of an unverified account now proved to be the person's: that account is theirs. */
  async function link(request: FastifyRequest, account: PersonAccountRow, personId: number) {
    await app.write(asActor(request, account), async (tx, audit) => {
      await updateAccount(tx, account.id, { personId, realNameMethod: 'sso', realNameAt: now() });
      await audit({
        action: 'person-account.real-name',
        entity: 'person-account',
        entityId: account.id,
        after: { personId, method: 'sso' },
      });
    });
    return account;
  }

  /** 系统会自动完成个人用户注册: a verified account, its initial password by SMS. */
  async function register(request: FastifyRequest, person: PersonRow, claimed: string | null) {
    const insuredPhone = mainlandMobile(person.phone);
    const candidates = [...new Set([claimed, insuredPhone])].filter((p) => p !== null);
    if (!candidates.length) throw new SsoRefusal(ssoMessages.noPhone);
    // the claimed phone, or the registry's when another account holds the claimed one
    let phone: string | null = null;
    for (const p of candidates) {
      if (!(await findActiveAccountByPhone(app.db, p))) {
        phone = p;
        break;
      }
    }
    if (!phone) throw new SsoRefusal(ssoMessages.phoneTaken);
    const password = initialPassword();
    const passwordHash = await hashPassword(password);
    return app.write(request, async (tx, audit) => {
      const account = await insertAccount(tx, {
        phone,
        passwordHash,
        personId: person.id,
        realNameMethod: 'sso',
        realNameAt: now(),
        createdAt: now(),
      });
      // to the 参保人手机号, as the guide says; the account's phone when the registry has none
      await app.notifications.sendSms(tx, {
        phone: insuredPhone ?? phone,
        text: initialPasswordSms(password),
        personId: person.id,
      });
      await audit({
        action: 'person-account.register',
        entity: 'person-account',
        entityId: account.id,
        after: { phone: maskPhone(phone), personId: person.id, method: 'sso' },
      });
      return account;
    });
  }

  /** The insured person's account: theirs, an unverified one on their phone, or a new one. */
  async function accountFor(request: FastifyRequest, identity: SsoIdentityClaims) {
    const certNo = identity[ssoClaims.certNo].toUpperCase();
    const person = await findPersonByCert(app.db, identity[ssoClaims.certType], certNo);
    // the platform vouches for this name and certificate: both must be the registry's
    if (!person || person.status !== '正常' || person.name !== identity[ssoClaims.name])
      throw new SsoRefusal(ssoMessages.notInsured);
    const own = await findActiveAccountByPerson(app.db, person.id);
    if (own) return own;
    const claimed = mainlandMobile(identity[ssoClaims.phone]);
    const onPhone = claimed ? await findActiveAccountByPhone(app.db, claimed) : null;
    if (onPhone && !onPhone.personId) return link(request, onPhone, person.id);
    return register(request, person, claimed);
  }

  return {
    enabled: () => app.config.sso !== null,

    /** Where the browser goes to sign in, and the sealed flow it carries there and back. */
    async begin(
      request: FastifyRequest,
      next: string | undefined,
    ): Promise<{ location: string; cookie?: { value: string; expires: Date } }> {
      const sso = app.config.sso;
      if (!sso) return { location: loginPage(ssoMessages.disabled) };
      try {
        const config = await configuration(sso);
        const flow: Flow = {
          state: oidc.randomState(),
          nonce: oidc.randomNonce(),
          verifier: oidc.randomPKCECodeVerifier(),
          next: safeNext(next),
          expiresAt: now().getTime() + SSO_FLOW_TTL_MS,
        };
        const url = oidc.buildAuthorizationUrl(config, {
          redirect_uri: redirectUri,
          scope: ssoScopes.join(' '),
          state: flow.state,
          nonce: flow.nonce,
          code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
          code_challenge_method: 'S256',
        });
        return {
          location: url.href,
          cookie: { value: seal(flow), expires: new Date(flow.expiresAt) },
        };
      } catch (err) {
        // the platform unreachable or misconfigured: the login page says so, not a bare 500
        request.log.warn({ err }, 'SSO discovery failed');
        return { location: loginPage(ssoMessages.failed) };
      }
    },

    /** The callback: checks the flow, validates the answer, finds or makes the account. */
    async complete(
      request: FastifyRequest,
      sealed: string | undefined,
    ): Promise<{ location: string; accountId?: number }> {
      const sso = app.config.sso;
      if (!sso) return { location: loginPage(ssoMessages.disabled) };
      try {
        const flow = sealed ? open(sealed) : null;
        if (!flow || flow.expiresAt <= now().getTime()) throw new Error('no valid SSO flow cookie');
        if (!(await firstUse(flow.state))) throw new Error('SSO state used before');
        const identity = await identify(await configuration(sso), request, flow);
        let account: PersonAccountRow;
        try {
          account = await accountFor(request, identity);
        } catch (err) {
          // two callbacks for one person at once: a unique index lets one create, the other reads
          if (!isUniqueViolation(err)) throw err;
          account = await accountFor(request, identity);
        }
        await app.write(asActor(request, account), (_tx, audit) =>
          audit({
            action: 'auth.login',
            entity: 'person-account',
            entityId: account.id,
            after: { method: 'sso' },
          }),
        );
        return { location: flow.next, accountId: account.id };
      } catch (err) {
        if (err instanceof SsoRefusal) {
          await app.write(request, (_tx, audit) =>
            audit({
              action: 'auth.login-failed',
              entity: 'person-account',
              after: { method: 'sso', reason: err.message },
            }),
          );
          return { location: loginPage(err.message) };
        }
        request.log.warn({ err }, 'SSO login failed');
        return { location: loginPage(ssoMessages.failed) };
      }
    },
  };
}
export type SsoService = ReturnType<typeof createSsoService>;

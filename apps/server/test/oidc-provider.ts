import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error oidc-provider ships no type declarations; the few calls used are typed below
import OidcProvider from 'oidc-provider';

/**
 * A real OpenID Connect provider (panva's oidc-provider) standing in for the
 * 北京市统一身份认证平台 in API tests: one confidential client, PKCE required, and the claims the
 * platform issues about a person. Instead of login pages, `authorize` plays the browser and the
 * person: it follows the redirects, signs in as a chosen user and consents.
 */

/** A person known to the identity platform, as its claims. */
export interface SsoTestUser {
  sub: string;
  name: string;
  phone_number?: string;
  cert_type: string;
  cert_no: string;
}

/** The test app is driven by `app.inject`, so its public URL only has to match the client's. */
export const SSO_TEST_PUBLIC_URL = 'http://127.0.0.1:18080';
export const SSO_TEST_CLIENT = { id: 'yibao-test', secret: 'yibao-test-secret-0123456789abcdef' };

interface Interaction {
  prompt: { name: string; details: Record<string, string[] | undefined> };
  params: Record<string, string>;
  session?: { accountId: string };
  grantId?: string;
}
interface Grant {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: object,
    opts?: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: {
    new (opts: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  };
}
const Provider = OidcProvider as new (issuer: string, configuration: object) => Provider;

export interface TestOidcProvider {
  issuer: string;
  /** SSO_* and PUBLIC_URL for `buildTestApp` */
  env: Record<string, string>;
  /** Plays the browser from the authorization URL on; returns the redirect back to the client. */
  authorize(authorizationUrl: string, sub: string): Promise<URL>;
  close(): Promise<void>;
}

/** `users` is read on every login, so a test may add to it after the provider starts. */
export async function startOidcProvider(users: SsoTestUser[]): Promise<TestOidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: SSO_TEST_CLIENT.id,
        client_secret: SSO_TEST_CLIENT.secret,
        redirect_uris: [`${SSO_TEST_PUBLIC_URL}/api/auth/sso/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig' }] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    scopes: ['openid', 'profile', 'phone', 'identity'],
    claims: {
      openid: ['sub'],
      profile: ['name'],
      phone: ['phone_number'],
      identity: ['cert_type', 'cert_no'],
    },
    pkce: { required: () => true },
    // fixed lifetimes, in seconds (the defaults work but print a notice each)
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx: unknown, sub: string) => {
      const user = users.find((u) => u.sub === sub);
      return user && { accountId: sub, claims: () => ({ ...user }) };
    },
  });

  /** Login as the `sub` the driver names, then consent to everything the client asked for. */
  async function interact(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      const sub = new URL(req.url ?? '/', issuer).searchParams.get('sub') ?? '';
      if (!users.some((u) => u.sub === sub)) {
        res.writeHead(400).end(`unknown test user ${sub}`);
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: sub } });
      return;
    }
    const grant =
      (details.grantId && (await provider.Grant.find(details.grantId))) ||
      new provider.Grant({
        accountId: details.session?.accountId ?? '',
        clientId: details.params.client_id ?? '',
      });
    const { missingOIDCScope, missingOIDCClaims } = details.prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
  }

  const handle = provider.callback();
  server.on('request', (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    interact(req, res).catch((err: unknown) => res.writeHead(500).end(String(err)));
  });

  return {
    issuer,
    env: {
      SSO_ISSUER: issuer,
      SSO_CLIENT_ID: SSO_TEST_CLIENT.id,
      SSO_CLIENT_SECRET: SSO_TEST_CLIENT.secret,
      PUBLIC_URL: SSO_TEST_PUBLIC_URL,
    },

    async authorize(authorizationUrl, sub) {
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 12; hop++) {
        if (url.origin !== issuer) return url;
        if (url.pathname.startsWith('/interaction/')) url.searchParams.set('sub', sub);
        const res = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        // a tiny cookie jar: paths are ignored, which the provider's distinct names allow
        for (const setCookie of res.headers.getSetCookie()) {
          const pair = setCookie.split(';')[0] ?? '';
          const name = pair.slice(0, pair.indexOf('='));
          const value = pair.slice(pair.indexOf('=') + 1);
          if (!value || /expires=Thu, 01 Jan 1970/i.test(setCookie)) jar.delete(name);
          else jar.set(name, value);
        }
        const location = res.headers.get('location');
        if (!location) throw new Error(`provider answered ${res.status}: ${await res.text()}`);
        url = new URL(location, url);
      }
      throw new Error('too many redirects at the provider');
    },

    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 应以 postgres:// 开头')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** demo data size: small (default) or a number of persons */
  DEMO_SIZE: z.string().default('small'),
  /** the built web app; defaults to apps/web/dist */
  WEB_DIST: z.string().optional(),
  /** 北京市统一身份认证平台 (OpenID Connect issuer URL); single sign-on is off when unset */
  SSO_ISSUER: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SSO_CLIENT_ID: z.string().default(''),
  SSO_CLIENT_SECRET: z.string().default(''),
  /** the platform's external base URL, e.g. for the SSO redirect URI; default http://localhost:PORT */
  PUBLIC_URL: z.url().optional(),
  /** seals short-lived browser state (the SSO login); random per start when unset: one node only */
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET 至少32个字符').optional(),
  /**
   * seals stored secrets (institutions' API secrets) and signs e-voucher codes; must stay the
   * same across restarts and nodes. Unset: a key file in DATA_DIR (one node only)
   */
  SECRET_KEY: z.string().min(32, 'SECRET_KEY 至少32个字符').optional(),
  /**
   * Which proxies' X-Forwarded-For to believe: unset trusts none (the client's own address
   * counts, so nobody can dodge a per-IP limit by sending the header); a hop count, or
   * addresses/ranges such as `loopback` or `10.0.0.0/8,127.0.0.1`.
   */
  TRUST_PROXY: z.string().trim().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  env: 'development' | 'production' | 'test';
  /** Demo mode (outbox, settable clock, demo data) is on unless NODE_ENV=production. */
  demo: boolean;
  logLevel: string;
  demoSize: string;
  webDist: string;
  /** 北京市统一身份认证平台 single sign-on, when SSO_ISSUER is set */
  sso: { issuer: string; clientId: string; clientSecret: string } | null;
  publicUrl: string;
  sessionSecret: string;
  /** SECRET_KEY when set; otherwise the key file in the data folder is used */
  secretKey: string | undefined;
  trustProxy: boolean | string[] | ((address: string, hop: number) => boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`配置错误 ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  if (e.SSO_ISSUER && !e.SSO_CLIENT_ID)
    throw new Error('配置错误 SSO_CLIENT_ID: 设置 SSO_ISSUER 时必填');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    env: e.NODE_ENV,
    demo: e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    demoSize: e.DEMO_SIZE,
    webDist: e.WEB_DIST ? path.resolve(e.WEB_DIST) : path.join(repoRoot, 'apps/web/dist'),
    sso: e.SSO_ISSUER
      ? { issuer: e.SSO_ISSUER, clientId: e.SSO_CLIENT_ID, clientSecret: e.SSO_CLIENT_SECRET }
      : null,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    sessionSecret: e.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
    secretKey: e.SECRET_KEY,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
  };
}

function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  if (!value || value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

import { SIGNATURE_HEADERS, SIGNATURE_MAX_SKEW_SECONDS } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Sealer } from '../../lib/sealer';
import { unauthenticated } from '../../plugins/errors';
import { forgetStaleNonces, keyForRequest, touchKey } from './api-keys.repository';

declare module 'fastify' {
  interface FastifyRequest {
    /** the body exactly as sent, for signed requests */
    rawBody?: string;
    /** the designated institution a signed request acts for */
    institutionId?: number;
  }
}

/**
 * The string an institution signs: method, path with query, timestamp, nonce and the body's
 * SHA-256, one per line. HMAC-SHA256 under the credential's secret, hex.
 */
export function signingString(
  method: string,
  pathWithQuery: string,
  timestamp: string,
  nonce: string,
  body: string,
): string {
  const bodyHash = createHash('sha256').update(body, 'utf8').digest('hex');
  return [method.toUpperCase(), pathWithQuery, timestamp, nonce, bodyHash].join('\n');
}

export const sign = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text, 'utf8').digest('hex');

const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const NONCE_RETENTION_MS = 2 * SIGNATURE_MAX_SKEW_SECONDS * 1000;
const TOUCH_INTERVAL_MS = 60_000;

/**
 * preValidation of the settlement interface: a known, unrevoked credential, a fresh timestamp,
 * a nonce never seen before (replays are refused) and a signature that matches. The request
 * then acts as the institution.
 */
export function requireSignedInstitution(app: FastifyInstance, sealer: Sealer) {
  let lastSweep = 0;
  const touched = new Map<string, number>();
  const header = (request: FastifyRequest, name: string) => {
    const v = request.headers[name];
    return typeof v === 'string' ? v : '';
  };
  return async (request: FastifyRequest): Promise<void> => {
    const keyId = header(request, SIGNATURE_HEADERS.key);
    const timestamp = header(request, SIGNATURE_HEADERS.timestamp);
    const nonce = header(request, SIGNATURE_HEADERS.nonce);
    const signature = header(request, SIGNATURE_HEADERS.signature);
    if (!keyId || !timestamp || !nonce || !signature) throw unauthenticated('请求未签名');
    const now = app.clock.now();
    const seconds = /^\d{9,11}$/.test(timestamp) ? Number(timestamp) : NaN;
    if (!(Math.abs(now.getTime() / 1000 - seconds) <= SIGNATURE_MAX_SKEW_SECONDS))
      throw unauthenticated('请求时间戳已过期或无效');
    if (!NONCE.test(nonce)) throw unauthenticated('请求随机串格式不正确');

    const key = await keyForRequest(app.db, keyId, nonce, now);
    if (!key) throw unauthenticated('接口凭证无效或已吊销');
    const secret = sealer.open(key.secretSealed);
    const expected = secret
      ? sign(
          secret,
          signingString(request.method, request.url, timestamp, nonce, request.rawBody ?? ''),
        )
      : '';
    const given = Buffer.from(signature.toLowerCase(), 'utf8');
    const want = Buffer.from(expected, 'utf8');
    if (want.length === 0 || given.length !== want.length || !timingSafeEqual(given, want))
      throw unauthenticated('请求签名不正确');
    if (!key.freshNonce) throw unauthenticated('请求已被使用，请勿重放');

    request.institutionId = key.institutionId;
    request.actor = {
      type: 'institution',
      id: String(key.institutionId),
      name: key.institutionName,
    };
    if (now.getTime() - (touched.get(keyId) ?? 0) > TOUCH_INTERVAL_MS) {
      touched.set(keyId, now.getTime());
      await touchKey(app.db, key.id, now);
    }
    if (now.getTime() - lastSweep > TOUCH_INTERVAL_MS) {
      lastSweep = now.getTime();
      await forgetStaleNonces(app.db, new Date(now.getTime() - NONCE_RETENTION_MS));
    }
  };
}

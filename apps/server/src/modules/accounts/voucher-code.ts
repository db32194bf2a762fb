import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** How long a 医保码 shown on the phone stays good. */
export const VOUCHER_CODE_TTL_MS = 2 * 60_000;

/**
 * 医保码: a short-lived code naming the person, signed with the server's secret so an
 * institution that scans it can settle without the certificate number — and nobody can make one
 * up or stretch its time. `v1.<person id>.<expiry seconds>.<mac>`, short enough for a QR code.
 */
export function voucherCodes(secret: string) {
  const key = Buffer.from(hkdfSync('sha256', secret, 'yibao', 'evoucher-code', 32));
  const macOf = (body: string) =>
    createHmac('sha256', key).update(body).digest().subarray(0, 16).toString('base64url');
  return {
    issue(personId: number, now: Date): { token: string; expiresAt: Date } {
      const expiresAt = new Date(now.getTime() + VOUCHER_CODE_TTL_MS);
      const body = `v1.${personId.toString(36)}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
      return { token: `${body}.${macOf(body)}`, expiresAt };
    },
    /** The person the code names, or null when it is forged, malformed or expired. */
    read(token: string, now: Date): number | null {
      const [version, person, expiry, mac, ...rest] = token.split('.');
      if (version !== 'v1' || !person || !expiry || !mac || rest.length > 0) return null;
      const body = `${version}.${person}.${expiry}`;
      const given = Buffer.from(mac, 'base64url');
      const want = Buffer.from(macOf(body), 'base64url');
      if (given.length !== want.length || !timingSafeEqual(given, want)) return null;
      const expiresAt = parseInt(expiry, 36) * 1000;
      if (!Number.isFinite(expiresAt) || expiresAt <= now.getTime()) return null;
      const personId = parseInt(person, 36);
      return Number.isSafeInteger(personId) && personId > 0 ? personId : null;
    },
  };
}
export type VoucherCodes = ReturnType<typeof voucherCodes>;

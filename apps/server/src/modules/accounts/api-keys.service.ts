import type { ApiKeyItem, IssueApiKeyBody } from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { Sealer } from '../../lib/sealer';
import { conflict, forbidden, invalid, notFound } from '../../plugins/errors';
import { hasEvoucher } from './accounts.repository';
import {
  insertKey,
  institutionsOfUnit,
  keysOfUnit,
  revokeKey,
  type ApiKeyRow,
} from './api-keys.repository';
import type { VoucherCodes } from './voucher-code';

const item = (r: ApiKeyRow): ApiKeyItem => ({
  id: r.id,
  keyId: r.keyId,
  name: r.name,
  institutionCode: r.institutionCode,
  institutionName: r.institutionName,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  revokedAt: r.revokedAt ? r.revokedAt.toISOString() : null,
  lastUsedAt: r.lastUsedAt ? r.lastUsedAt.toISOString() : null,
});

/**
 * 接口凭证: a hospital's or pharmacy's operator issues and revokes the credentials its systems
 * sign settlement requests with. The secret is shown once, at issue, and stored sealed. The
 * person's side of the same interface is the 医保码 that names them to the institution.
 */
export function createApiKeysService(app: FastifyInstance, sealer: Sealer, codes: VoucherCodes) {
  async function unitOf(request: FastifyRequest) {
    const unitId = request.actor.unitId;
    if (!unitId) throw forbidden('请先绑定单位');
    const own = await institutionsOfUnit(app.db, unitId);
    return { unitId, own };
  }

  async function keyOfUnit(unitId: number, id: number) {
    const row = (await keysOfUnit(app.db, unitId)).find((r) => r.id === id);
    if (!row) throw notFound('接口凭证不存在');
    return row;
  }

  return {
    async list(request: FastifyRequest) {
      const { unitId, own } = await unitOf(request);
      const rows = await keysOfUnit(app.db, unitId);
      return {
        institutions: own.map((i) => ({ code: i.code, name: i.name })),
        items: rows.map(item),
      };
    },

    async issue(request: FastifyRequest, body: IssueApiKeyBody) {
      const { unitId, own } = await unitOf(request);
      const institution = own.find((i) => i.code === body.institutionCode);
      if (!institution)
        throw invalid(
          own.length === 0
            ? '本单位不是定点医药机构，不能申请接口凭证'
            : '请选择本单位的定点医药机构',
          'institutionCode',
        );
      const keyId = `ak_${randomBytes(12).toString('hex')}`;
      const secret = randomBytes(32).toString('base64url');
      const row = await app.write(request, async (tx, audit) => {
        const inserted = await insertKey(tx, {
          institutionId: institution.id,
          keyId,
          secretSealed: sealer.seal(secret),
          name: body.name,
          issuedBy: Number(request.actor.id),
          createdAt: app.clock.now(),
        });
        await audit({
          action: 'api-key.issue',
          entity: 'institution-api-key',
          entityId: inserted.id,
          after: { keyId, institutionCode: institution.code, name: body.name },
        });
        return inserted;
      });
      const listed = await keyOfUnit(unitId, row.id);
      return { ...item(listed), secret };
    },

    /** 医保码 of the signed-in person, once their 医保电子凭证 is activated. */
    async voucherCode(request: FastifyRequest) {
      const personId = request.actor.personId;
      if (!personId) throw forbidden('请先完成实名认证');
      if (!(await hasEvoucher(app.db, personId))) throw conflict('请先激活医保电子凭证');
      const { token, expiresAt } = codes.issue(personId, app.clock.now());
      return { token, expiresAt: expiresAt.toISOString() };
    },

    async revoke(request: FastifyRequest, id: number) {
      const { unitId } = await unitOf(request);
      await keyOfUnit(unitId, id);
      await app.write(request, async (tx, audit) => {
        const revoked = await revokeKey(tx, id, app.clock.now());
        if (!revoked) return;
        await audit({
          action: 'api-key.revoke',
          entity: 'institution-api-key',
          entityId: id,
          before: { status: '有效' },
          after: { status: '已吊销' },
        });
      });
      return item(await keyOfUnit(unitId, id));
    },
  };
}
export type ApiKeysService = ReturnType<typeof createApiKeysService>;

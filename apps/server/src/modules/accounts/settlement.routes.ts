import {
  refundRequest,
  settlementReply,
  settlementRequest,
  settlementTxnParams,
} from '@yibao/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { SettlementService } from './settlement.service';

const tags = ['settlement'];

export const SIGNING_DESCRIPTION = `定点医药机构接口：请求须签名。
请求头 X-Yibao-Key（接口凭证编号）、X-Yibao-Timestamp（Unix 秒）、X-Yibao-Nonce（16–64位字母数字，每次不同）、
X-Yibao-Signature = hex(HMAC-SHA256(凭证密钥, 方法\\n路径含查询串\\n时间戳\\n随机串\\nhex(SHA-256(请求体))))。
时间戳与服务器相差超过300秒或随机串重复的请求被拒绝。金额均为整数分。`;

/**
 * X08 定点医药机构结算接口. An encapsulated plugin: its JSON parser keeps the body as sent, which
 * the signature covers; the rest of the API parses as usual.
 */
export function settlementRoutes(
  service: SettlementService,
  requireSigned: (request: FastifyRequest) => Promise<void>,
) {
  return async (fastify: FastifyInstance) => {
    fastify.addContentTypeParser(
      'application/json',
      { parseAs: 'string' },
      (request, body, done) => {
        const text = typeof body === 'string' ? body : body.toString('utf8');
        request.rawBody = text;
        try {
          done(null, text === '' ? {} : JSON.parse(text));
        } catch {
          const err = Object.assign(new Error('请求体不是有效的 JSON'), { statusCode: 400 });
          done(err, undefined);
        }
      },
    );
    const app = fastify.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/settlement/v1/settlements',
      {
        preValidation: requireSigned,
        schema: {
          tags,
          summary: '结算：按待遇政策拆分为统筹支付、个人账户支付和现金支付',
          description: `${SIGNING_DESCRIPTION}\n同一交易流水号重复提交时返回原结算结果（replayed=true），不重复记账。`,
          body: settlementRequest,
          response: { 200: settlementReply },
        },
      },
      async (request) => service.settle(request, request.body),
    );

    app.get(
      '/api/settlement/v1/settlements/:txnNo',
      {
        preValidation: requireSigned,
        schema: {
          tags,
          summary: '按交易流水号查询结算结果',
          description: SIGNING_DESCRIPTION,
          params: settlementTxnParams,
          response: { 200: settlementReply },
        },
      },
      async (request) => service.get(request, request.params.txnNo),
    );

    app.post(
      '/api/settlement/v1/settlements/:txnNo/refund',
      {
        preValidation: requireSigned,
        schema: {
          tags,
          summary: '退费：整笔冲销一笔结算，个人账户原路退回',
          description: `${SIGNING_DESCRIPTION}\n一笔结算只能退费一次；同一退费流水号重复提交返回原结果。`,
          params: settlementTxnParams,
          body: refundRequest,
          response: { 200: settlementReply },
        },
      },
      async (request) => service.refund(request, request.params.txnNo, request.body),
    );
  };
}

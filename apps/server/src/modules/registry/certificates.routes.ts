import {
  certificateIssueBody,
  certificateIssued,
  certificateVerifyQuery,
  certificateVerifyReply,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRight } from '../../plugins/session';
import { drawCertificate } from './certificate-pdf';
import type { CertificatesService } from './certificates.service';

const tags = ['registry'];
const params = z.object({ id: z.coerce.number().int().positive() });

/** The right to issue 参保证明 (窗口经办员 hold it). */
export const CERTIFICATE_ISSUE_RIGHT = { code: 'certificate.issue', name: '参保证明开具' };
/** The public page where a certificate is checked. */
export const VERIFY_PATH = '/verify-certificate';

/** W02 参保证明开具 and the public 参保证明查验. */
export function certificatesRoutes(service: CertificatesService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const preValidation = requireRight(CERTIFICATE_ISSUE_RIGHT.code);

    app.post(
      '/api/registry/certificates',
      {
        preValidation,
        schema: {
          tags,
          summary: '开具参保证明（职工/居民参保证明、无户籍人员参保证明）',
          body: certificateIssueBody,
          response: { 200: certificateIssued },
        },
      },
      async (request) => service.issue(request, request.body),
    );

    app.get(
      '/api/registry/certificates/:id',
      {
        preValidation,
        schema: { tags, summary: '参保证明', params, response: { 200: certificateIssued } },
      },
      async (request) => service.get(request, request.params.id),
    );

    app.get(
      '/api/registry/certificates/:id/pdf',
      { preValidation, schema: { tags, summary: '打印参保证明（PDF）', params } },
      async (request, reply) => {
        const cert = await service.get(request, request.params.id);
        const pdf = await drawCertificate(cert, `${fastify.config.publicUrl}${VERIFY_PATH}`);
        return reply
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            `inline; filename*=UTF-8''${encodeURIComponent(`参保证明-${cert.serialNo}.pdf`)}`,
          )
          .send(pdf);
      },
    );

    app.get(
      '/api/public/certificates/verify',
      {
        schema: {
          tags,
          summary: '参保证明查验（公开：证明编号与验证码）',
          querystring: certificateVerifyQuery,
          response: { 200: certificateVerifyReply },
        },
      },
      async (request) => service.verify(request, request.query),
    );
  };
}

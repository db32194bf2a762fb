import { serviceItemDetail, serviceItemListReply, serviceItemNoParam } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireStaff } from '../../plugins/session';
import type { ServiceGuideService } from './service-guide.service';

const tags = ['service-guide'];

/** 办事指南 of the window console: the 41 items, one item's guide, its printable checklist. */
export function serviceGuideRoutes(service: ServiceGuideService) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const staff = requireStaff();

    app.get(
      '/api/service-items',
      {
        preValidation: staff,
        schema: {
          tags,
          summary: '办事指南：服务事项列表（办理时限、可受理的业务）',
          response: { 200: serviceItemListReply },
        },
      },
      async () => ({ items: service.list() }),
    );

    app.get(
      '/api/service-items/:no',
      {
        preValidation: staff,
        schema: {
          tags,
          summary: '办事指南：服务对象、申办资料、办理时限、经办操作页面',
          params: serviceItemNoParam,
          response: { 200: serviceItemDetail },
        },
      },
      async (request) => service.detail(request.params.no),
    );

    app.get(
      '/api/service-items/:no/checklist.pdf',
      {
        preValidation: staff,
        schema: {
          tags,
          summary: '打印申办资料清单（PDF）',
          params: serviceItemNoParam,
        },
      },
      async (request, reply) => {
        const pdf = await service.checklistPdf(request.params.no);
        const filename = encodeURIComponent(`申办资料清单-${request.params.no}.pdf`);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename*=UTF-8''${filename}`)
          .send(pdf);
      },
    );
  };
}

import {
  applicationDetail,
  applicationItem,
  applicationQuery,
  businessItem,
  commentBody,
  exportQuery,
  idParam,
  materialItem,
  okReply,
  pageOf,
  pageQuery,
  queueCountsReply,
  queueQuery,
  reasonBody,
  resubmitApplicationBody,
  submitApplicationBody,
} from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid } from '../../plugins/errors';
import { replyList } from '../documents';
import { requireRight, requireSignedIn } from '../../plugins/session';
import type { ApplicationsService } from './applications.service';
import {
  APPLICATION_EXPORT_KEYS,
  QUEUE_EXPORT_KEYS,
  applicationExportRow,
  queueExportRow,
} from './export';
import type { createMaterialsService } from './materials.service';
import type { createReviewService } from './review.service';

const tags = ['applications'];
const applicantSide = async (request: Parameters<typeof requireSignedIn>[0]) => {
  await requireSignedIn(request);
};

interface Services {
  applications: ApplicationsService;
  review: ReturnType<typeof createReviewService>;
  materials: ReturnType<typeof createMaterialsService>;
}

/** 办件: business types, submission and progress, materials, and the console's review. */
export const applicationsRoutes =
  ({ applications, review, materials }: Services) =>
  async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.rights.declare('applications', [
      { code: 'application.review', name: '办件审核（初审、复审、复核）' },
    ]);
    const reviewer = requireRight('application.review');

    app.get(
      '/api/businesses',
      {
        schema: {
          tags,
          summary: '业务类型（审核方式、申办资料、办理时限）',
          response: { 200: z.object({ items: z.array(businessItem) }) },
        },
      },
      async () => ({ items: applications.businesses() }),
    );

    app.post(
      '/api/applications',
      {
        preValidation: applicantSide,
        schema: {
          tags,
          summary: '提交办件',
          body: submitApplicationBody,
          response: { 200: applicationDetail },
        },
      },
      async (request) => applications.submit(request, request.body),
    );

    app.get(
      '/api/applications',
      {
        preValidation: applicantSide,
        schema: {
          tags,
          summary: '我的待办件 / 办件进度查询（format=pdf|xlsx：打印、导出）',
          querystring: pageQuery.extend(applicationQuery.shape).extend(exportQuery.shape),
          response: { 200: pageOf(applicationItem) },
        },
      },
      async (request, reply) =>
        replyList(reply, request.query, {
          title: '办件信息查询列表',
          exportKeys: APPLICATION_EXPORT_KEYS,
          printedAt: fastify.clock.now().toISOString(),
          fetch: ({ page, pageSize }) => applications.mine(request, request.query, page, pageSize),
          toRow: applicationExportRow,
        }),
    );

    app.get(
      '/api/applications/:id',
      {
        preValidation: applicantSide,
        schema: {
          tags,
          summary: '办件详情',
          params: idParam,
          response: { 200: applicationDetail },
        },
      },
      async (request) => applications.detail(request, request.params.id),
    );

    app.post(
      '/api/applications/:id/withdraw',
      {
        preValidation: applicantSide,
        schema: {
          tags,
          summary: '撤回办件',
          params: idParam,
          response: { 200: applicationDetail },
        },
      },
      async (request) => applications.withdraw(request, request.params.id),
    );

    app.post(
      '/api/applications/:id/resubmit',
      {
        preValidation: applicantSide,
        schema: {
          tags,
          summary: '修改后重新提交（已回退的办件）',
          params: idParam,
          body: resubmitApplicationBody,
          response: { 200: applicationDetail },
        },
      },
      async (request) => applications.resubmit(request, request.params.id, request.body),
    );

    app.post(
      '/api/materials',
      {
        preValidation: applicantSide,
        schema: {
          tags,
          summary: '上传材料（multipart：businessCode、itemCode 在 file 之前）',
          consumes: ['multipart/form-data'],
          response: { 200: materialItem },
        },
      },
      async (request) => {
        const file = await request.file();
        if (!file) throw invalid('请选择要上传的文件', 'file');
        const field = (name: string) => {
          const f = file.fields[name];
          const one = Array.isArray(f) ? f[0] : f;
          return one && one.type === 'field' ? String(one.value) : '';
        };
        const bytes = await file.toBuffer();
        return materials.upload(request, {
          businessCode: field('businessCode'),
          itemCode: field('itemCode'),
          fileName: file.filename,
          bytes,
        });
      },
    );

    app.get(
      '/api/materials/:id/content',
      {
        preValidation: applicantSide,
        schema: { tags, summary: '查看或下载材料', params: idParam },
      },
      async (request, reply) => {
        const { material, bytes } = await materials.content(request, request.params.id);
        const download = (request.query as { download?: string }).download === '1';
        return reply
          .header('content-type', material.contentType)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .header(
            'content-disposition',
            `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(material.fileName)}`,
          )
          .send(bytes);
      },
    );

    app.delete(
      '/api/materials/:id',
      {
        preValidation: applicantSide,
        schema: { tags, summary: '删除未提交的材料', params: idParam, response: { 200: okReply } },
      },
      async (request) => {
        await materials.remove(request, request.params.id);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/review/queue',
      {
        preValidation: reviewer,
        schema: {
          tags,
          summary: '待审核办件（工作队列；format=pdf|xlsx：打印、导出）',
          querystring: pageQuery.extend(queueQuery.shape).extend(exportQuery.shape),
          response: { 200: pageOf(applicationItem) },
        },
      },
      async (request, reply) =>
        replyList(reply, request.query, {
          title: '待审核信息',
          exportKeys: QUEUE_EXPORT_KEYS,
          printedAt: fastify.clock.now().toISOString(),
          fetch: ({ page, pageSize }) => review.queue(request, request.query, page, pageSize),
          toRow: queueExportRow,
        }),
    );

    app.get(
      '/api/review/counts',
      {
        preValidation: reviewer,
        schema: { tags, summary: '待审核办件数量', response: { 200: queueCountsReply } },
      },
      async (request) => ({ items: await review.counts(request) }),
    );

    const decision = (
      path: string,
      summary: string,
      body: typeof commentBody | typeof reasonBody | null,
      run: (request: Parameters<typeof reviewer>[0], id: number) => ReturnType<typeof review.claim>,
    ) =>
      app.post(
        path,
        {
          preValidation: reviewer,
          schema: {
            tags,
            summary,
            params: idParam,
            ...(body ? { body } : {}),
            response: { 200: applicationDetail },
          },
        },
        async (request) => run(request, (request.params as { id: number }).id),
      );

    decision('/api/review/:id/claim', '领取办件', null, (r, id) => review.claim(r, id));
    decision('/api/review/:id/release', '释放办件', null, (r, id) => review.release(r, id));
    decision('/api/review/:id/approve', '审核通过', commentBody, (r, id) =>
      review.approve(r, id, (r.body as { comment?: string }).comment ?? null),
    );
    decision('/api/review/:id/reject', '审核不通过', reasonBody, (r, id) =>
      review.reject(r, id, (r.body as { reason: string }).reason),
    );
    decision('/api/review/:id/return', '回退', reasonBody, (r, id) =>
      review.return(r, id, (r.body as { reason: string }).reason),
    );
  };

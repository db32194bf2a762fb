import {
  dictionaryListReply,
  dictionaryParams,
  dictionaryReply,
  divisionListReply,
  divisionsQuery,
  divisionTreeQuery,
  divisionTreeReply,
} from '@yibao/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type CachedAnswer, dictionariesService as service } from './dictionaries.service';

const tags = ['dictionaries'];
/** The answers never change while the server runs: a day in any cache, revalidated by ETag. */
const CACHE_CONTROL = 'public, max-age=86400';

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** Sets the cache headers; answers 304 (no body) when the client already has this version. */
function sendCached<T>(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer<T>) {
  reply.header('cache-control', CACHE_CONTROL).header('etag', answer.etag);
  if (etagMatches(request.headers['if-none-match'], answer.etag)) return reply.code(304).send();
  return answer.body;
}

export async function dictionariesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/dictionaries',
    { schema: { tags, summary: '字典列表', response: { 200: dictionaryListReply } } },
    async (request, reply) => sendCached(request, reply, service.list()),
  );

  app.get(
    '/api/dictionaries/:name',
    {
      schema: {
        tags,
        summary: '字典项（证件类型、险种类型、民族等）',
        params: dictionaryParams,
        response: { 200: dictionaryReply },
      },
    },
    async (request, reply) => sendCached(request, reply, service.get(request.params.name)),
  );

  app.get(
    '/api/divisions',
    {
      schema: {
        tags,
        summary: '行政区划下级列表（不传 parent 为省级）',
        querystring: divisionsQuery,
        response: { 200: divisionListReply },
      },
    },
    async (request, reply) => sendCached(request, reply, service.divisions(request.query.parent)),
  );

  app.get(
    '/api/divisions/tree',
    {
      schema: {
        tags,
        summary: '区县街乡级联数据（北京市、玉溪市、唐山市）',
        querystring: divisionTreeQuery,
        response: { 200: divisionTreeReply },
      },
    },
    async (request, reply) => sendCached(request, reply, service.tree(request.query.root)),
  );
}

import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document at /api/openapi.json, built from the routes' zod schemas; docs at /api/docs. */
export const openapiPlugin = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yibao 医保公共服务平台 API',
        description:
          'Errors answer {"code","message","field"}; lists answer {"items","total","page","pageSize"}.',
        version: '0.1.0',
      },
      tags: [
        { name: 'platform', description: '健康检查、审计、后台任务' },
        { name: 'auth', description: '注册、登录、实名认证、个人中心、单位经办人' },
        { name: 'staff', description: '经办人员、角色与权限' },
        { name: 'dictionaries', description: '字典与行政区划' },
        { name: 'dev', description: '演示模式工具' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});

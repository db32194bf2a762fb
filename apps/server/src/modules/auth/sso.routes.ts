import { ssoCallbackQuery, ssoLoginQuery, ssoStatusReply } from '@yibao/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { startSession } from '../../plugins/session';
import { createSsoService, SSO_COOKIE, SSO_COOKIE_PATH } from './sso.service';

const tags = ['auth'];

/**
 * 北京市统一身份认证平台登录 (004 §三). Both redirects are browser navigations, so they answer
 * 302s (to the platform, to the page asked for, or to the login page with `sso_error`).
 */
export async function ssoRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const sso = createSsoService(fastify);

  app.get(
    '/api/auth/sso',
    {
      schema: {
        tags,
        summary: '北京市统一身份认证平台登录是否开通',
        response: { 200: ssoStatusReply },
      },
    },
    async () => ({ enabled: sso.enabled() }),
  );

  app.get(
    '/api/auth/sso/login',
    {
      schema: {
        tags,
        summary: '北京市统一身份认证平台登录：跳转至认证平台',
        querystring: ssoLoginQuery,
      },
    },
    async (request, reply) => {
      const { location, cookie } = await sso.begin(request, request.query.next);
      if (cookie) {
        // Lax: the provider's redirect back is a top-level GET, which still carries it
        reply.setCookie(SSO_COOKIE, cookie.value, {
          path: SSO_COOKIE_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure: fastify.config.env === 'production',
          expires: cookie.expires,
        });
      }
      reply.header('cache-control', 'no-store');
      return reply.redirect(location);
    },
  );

  app.get(
    '/api/auth/sso/callback',
    {
      schema: {
        tags,
        summary: '北京市统一身份认证平台登录：认证平台回调',
        querystring: ssoCallbackQuery,
      },
    },
    async (request, reply) => {
      const { location, accountId } = await sso.complete(request, request.cookies[SSO_COOKIE]);
      reply.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PATH });
      if (accountId) {
        await startSession(
          fastify,
          request,
          reply,
          { type: 'person', id: String(accountId) },
          'sso',
        );
      }
      reply.header('cache-control', 'no-store');
      return reply.redirect(location);
    },
  );
}

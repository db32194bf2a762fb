import type { ErrorBody, ErrorCode } from '@yibao/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** A 4xx the caller can act on: a machine code, a Chinese message and, for input, the field. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (message = '记录不存在') => new AppError(404, 'NOT_FOUND', message);
export const invalid = (message: string, field?: string) =>
  new AppError(400, 'VALIDATION_FAILED', message, field);
export const conflict = (message: string, field?: string) =>
  new AppError(409, 'CONFLICT', message, field);
export const forbidden = (message = '无权办理此业务') => new AppError(403, 'FORBIDDEN', message);
export const unauthenticated = (message = '请先登录') =>
  new AppError(401, 'UNAUTHENTICATED', message);

const codeForStatus = (status: number): ErrorCode =>
  status === 401
    ? 'UNAUTHENTICATED'
    : status === 403
      ? 'FORBIDDEN'
      : status === 404
        ? 'NOT_FOUND'
        : status === 409
          ? 'CONFLICT'
          : status === 413
            ? 'PAYLOAD_TOO_LARGE'
            : status === 429
              ? 'RATE_LIMITED'
              : 'VALIDATION_FAILED';

const messageForStatus: Record<number, string> = {
  404: '请求的资源不存在',
  413: '提交的内容过大',
  415: '不支持的内容类型',
  429: '操作过于频繁，请稍后再试',
};

/** The one error handler: 4xx say what and where; 5xx say only a code and the request id. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let status: number;
    let body: ErrorBody;
    if (error instanceof AppError) {
      status = error.statusCode;
      body = {
        code: error.code,
        message: error.message,
        ...(error.field ? { field: error.field } : {}),
      };
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
      status = 400;
      body = {
        code: 'VALIDATION_FAILED',
        message: first?.message ?? '请求参数不正确',
        ...(field ? { field } : {}),
      };
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      status = error.statusCode;
      const validation = (error as FastifyError).validation;
      body = {
        code: codeForStatus(status),
        message: validation ? '请求参数不正确' : (messageForStatus[status] ?? '请求不正确'),
      };
    } else {
      request.log.error({ err: error }, 'unhandled error');
      status = 500;
      body = { code: 'INTERNAL_ERROR', message: '系统繁忙，请稍后再试', requestId: request.id };
    }
    if (status >= 400 && status < 500)
      request.log.info({ code: body.code, field: body.field }, body.message);
    return reply.status(status).send(body);
  });
});

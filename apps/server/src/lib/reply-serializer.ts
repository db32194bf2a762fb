import fastJson from 'fast-json-stringify';
import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import {
  ResponseSerializationError,
  serializerCompiler as zodSerializerCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * Replies are written by a serializer compiled from the route's zod schema (its JSON Schema, by
 * fast-json-stringify): it writes the declared fields only, so a row's undeclared column never
 * leaves the server, at half the cost of parsing every reply with zod first.
 *
 * With `check` (every environment but production) each reply is also parsed by its zod schema,
 * and the compiled text must be exactly what zod's output would give: a reply that breaks its
 * contract, or a schema the compiled writer reads differently, fails the tests that reach it.
 */
export function replySerializerCompiler(check: boolean): FastifySerializerCompiler<z.ZodType> {
  return (route) => {
    const schema = replySchema(route.schema);
    // compiled on the first reply: some 250 routes would otherwise add a fifth to every start
    let write: ((data: unknown) => string) | undefined;
    const compiled = (data: unknown) =>
      (write ??= writerOf(schema) ?? zodSerializerCompiler(route))(data);
    if (!check) return compiled;
    return (data) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success)
        throw new ResponseSerializationError(route.method, route.url, { cause: parsed.error });
      const text = compiled(data);
      // the same fields and values; the order of keys is not part of JSON's meaning
      const expected = JSON.stringify(parsed.data);
      if (!isDeepStrictEqual(JSON.parse(text), JSON.parse(expected)))
        throw new Error(
          `${route.method} ${route.url}: 编译的应答与其 zod 约定不一致\n${text}\n${expected}`,
        );
      return text;
    };
  };
}

function replySchema(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  const wrapped = (schema as { properties?: unknown } | undefined)?.properties;
  if (wrapped instanceof z.ZodType) return wrapped;
  throw new Error(`应答约定不是 zod 模式: ${JSON.stringify(schema)}`);
}

/**
 * The reply's compiled writer, or undefined when its schema has no JSON Schema (transforms,
 * dates) or one fast-json-stringify does not take: the zod serializer writes those.
 */
function writerOf(schema: z.ZodType): ((data: unknown) => string) | undefined {
  try {
    const json = z.toJSONSchema(schema, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'throw',
    }) as JsonSchema;
    delete json.$schema;
    return fastJson(withNullable(json) as JsonSchema) as (data: unknown) => string;
  } catch {
    return undefined;
  }
}

/**
 * zod writes `.nullable()` as anyOf [T, null], which fast-json-stringify can only settle by
 * validating each branch per value; `nullable: true` on T says the same and compiles to a check.
 */
function withNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNullable);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = withNullable(value);
  const anyOf = out.anyOf as JsonSchema[] | undefined;
  if (anyOf?.length === 2) {
    const other = anyOf.find((s) => s.type !== 'null');
    if (other && anyOf.some((s) => s.type === 'null') && typeof other.type === 'string') {
      const { anyOf: _, ...rest } = out;
      return { ...rest, ...other, nullable: true };
    }
  }
  return out;
}

import { ledgerPageReply } from '@yibao/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { replySerializerCompiler } from './reply-serializer';

const compile = (schema: z.ZodType, check: boolean) =>
  replySerializerCompiler(check)({
    schema,
    method: 'GET',
    url: '/api/example',
    httpStatus: '200',
  }) as (data: unknown) => string;

const person = z.object({
  id: z.number().int(),
  name: z.string(),
  relation: z.string().nullable(),
  phone: z.string().optional(),
  tags: z.array(z.string()).default([]),
});

describe('the compiled reply serializer', () => {
  it('writes the declared fields only: an undeclared column never leaves the server', () => {
    for (const check of [false, true]) {
      const text = compile(
        person,
        check,
      )({
        id: 7,
        name: '王志强',
        relation: null,
        certNo: '110105197001010011',
        passwordHash: 'x',
      });
      expect(JSON.parse(text)).toEqual({ id: 7, name: '王志强', relation: null, tags: [] });
      expect(text).not.toContain('110105197001010011');
    }
  });

  it('writes a nullable field as null or as its value', () => {
    const write = compile(person, true);
    expect(JSON.parse(write({ id: 1, name: 'a', relation: '配偶', tags: ['x'] }))).toEqual({
      id: 1,
      name: 'a',
      relation: '配偶',
      tags: ['x'],
    });
    expect(JSON.parse(write({ id: 1, name: 'a', relation: null, phone: '138' }))).toMatchObject({
      relation: null,
      phone: '138',
    });
  });

  it('checks each reply against its contract outside production', () => {
    const reply = { id: 1.5, name: 'a', relation: null };
    expect(() => compile(person, true)(reply)).toThrow();
    expect(() => compile(person, true)({ id: 1, name: 'a' })).toThrow();
    // production writes what it is given, truncated to the declared type
    expect(JSON.parse(compile(person, false)(reply))).toMatchObject({ id: 1 });
  });

  it('keeps the zod serializer for a schema JSON Schema cannot express', () => {
    const labelled = z.object({ fen: z.number().transform((n) => `${n}分`) });
    expect(JSON.parse(compile(labelled, false)({ fen: 5 }))).toEqual({ fen: '5分' });
  });

  it('writes P35 page replies exactly as their zod output', () => {
    const reply = {
      items: [
        {
          id: 9,
          occurredAt: '2026-11-01T02:00:00.000Z',
          kind: '消费',
          description: '医疗消费(门诊)',
          summary: '消费-医疗消费(门诊)',
          amountFen: -5000,
          balanceAfterFen: 120000,
          userPersonId: 3,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 10,
      totals: { count: 1, incomeFen: 0, expenseFen: -5000 },
    };
    const text = compile(ledgerPageReply, true)(reply);
    expect(JSON.parse(text)).toEqual(ledgerPageReply.parse(reply));
  });
});

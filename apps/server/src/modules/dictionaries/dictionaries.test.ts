import type {
  DictionaryListReply,
  DictionaryReply,
  DivisionListReply,
  DivisionTreeReply,
} from '@yibao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import { dictionariesService } from './dictionaries.service';

let app: TestApp;

beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('GET /api/dictionaries', () => {
  it('lists every dictionary with its title, cacheable for a day', async () => {
    const res = await get('/api/dictionaries');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    const body = res.json<DictionaryListReply>();
    expect(body.items).toEqual(
      expect.arrayContaining([
        { name: 'certificate-types', title: '证件类型' },
        { name: 'insurance-types', title: '险种类型' },
        { name: 'ethnicities', title: '民族' },
        { name: 'banks', title: '开户银行' },
      ]),
    );
  });

  it('answers one dictionary with its items', async () => {
    const res = await get('/api/dictionaries/certificate-types');
    expect(res.statusCode).toBe(200);
    const body = res.json<DictionaryReply>();
    expect(body.name).toBe('certificate-types');
    expect(body.title).toBe('证件类型');
    expect(body.items).toHaveLength(19);
    expect(body.items[0]).toEqual({ code: '01', name: '居民身份证(户口簿)' });

    const ethnicities = (await get('/api/dictionaries/ethnicities')).json<DictionaryReply>();
    expect(ethnicities.items.filter((i) => Number(i.code) <= 56)).toHaveLength(56);
  });

  it('answers 404 NOT_FOUND for an unknown dictionary', async () => {
    const res = await get('/api/dictionaries/no-such-list');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', message: '字典不存在' });
  });

  it('answers 304 to a matching If-None-Match, the same ETag every time', async () => {
    const first = await get('/api/dictionaries/insurance-types');
    const etag = String(first.headers.etag);
    const again = await get('/api/dictionaries/insurance-types');
    expect(again.headers.etag).toBe(etag);

    const cached = await get('/api/dictionaries/insurance-types', { 'if-none-match': etag });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    expect(cached.headers.etag).toBe(etag);

    const weak = await get('/api/dictionaries/insurance-types', {
      'if-none-match': `"other", W/${etag}`,
    });
    expect(weak.statusCode).toBe(304);

    const stale = await get('/api/dictionaries/insurance-types', { 'if-none-match': '"stale"' });
    expect(stale.statusCode).toBe(200);

    const other = await get('/api/dictionaries/medical-categories');
    expect(other.headers.etag).not.toBe(etag);
  });
});

describe('GET /api/divisions', () => {
  it('answers the 34 provinces without a parent', async () => {
    const res = await get('/api/divisions');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const { items } = res.json<DivisionListReply>();
    expect(items).toHaveLength(34);
    expect(items[0]).toEqual({ code: '110000', name: '北京市', leaf: false });
  });

  it('answers prefectures of a province, counties and townships of a full tree', async () => {
    const hebei = (await get('/api/divisions?parent=130000')).json<DivisionListReply>();
    expect(hebei.items).toContainEqual({ code: '130200', name: '唐山市', leaf: false });

    const beijing = (await get('/api/divisions?parent=110000')).json<DivisionListReply>();
    expect(beijing.items).toHaveLength(16);
    expect(beijing.items[0]).toEqual({ code: '110101', name: '东城区', leaf: false });

    const dongcheng = (await get('/api/divisions?parent=110101')).json<DivisionListReply>();
    expect(dongcheng.items[0]).toEqual({ code: '110101001', name: '东华门街道', leaf: true });

    const yuxi = (await get('/api/divisions?parent=530400')).json<DivisionListReply>();
    expect(yuxi.items.map((i) => i.name)).toContain('红塔区');
  });

  it('answers 400 VALIDATION_FAILED with the field for a malformed code', async () => {
    for (const bad of ['11', '1100000', 'abcdef', '']) {
      const res = await get(`/api/divisions?parent=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: '行政区划代码应为6位或9位数字',
        field: 'parent',
      });
    }
  });

  it('answers 404 for a well-formed code that is no known division', async () => {
    const res = await get('/api/divisions?parent=000000');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('GET /api/divisions/tree', () => {
  it.each([
    ['110000', '北京市', 16],
    ['530400', '玉溪市', 9],
    ['130200', '唐山市', 18],
  ])('answers the 区县街乡 tree of %s %s', async (root, label, counties) => {
    const res = await get(`/api/divisions/tree?root=${root}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeTruthy();
    const tree = res.json<DivisionTreeReply>();
    expect(tree.value).toBe(root);
    expect(tree.label).toBe(label);
    expect(tree.children).toHaveLength(counties);
    for (const county of tree.children) {
      expect(county.children.length).toBeGreaterThan(0);
      for (const t of county.children) expect(t.value.startsWith(county.value)).toBe(true);
    }
  });

  it('answers 304 when the client has the tree', async () => {
    const first = await get('/api/divisions/tree?root=110000');
    const res = await get('/api/divisions/tree?root=110000', {
      'if-none-match': String(first.headers.etag),
    });
    expect(res.statusCode).toBe(304);
  });

  it('answers 400 for a bad or missing root, 404 for a region without a tree', async () => {
    const bad = await get('/api/divisions/tree?root=11');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '行政区划代码应为6位或9位数字',
      field: 'root',
    });
    const missing = await get('/api/divisions/tree');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'root' });

    const none = await get('/api/divisions/tree?root=130100');
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the routes under the dictionaries tag of the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json<{
      paths: Record<string, { get?: { tags?: string[]; summary?: string } }>;
    }>();
    for (const path of [
      '/api/dictionaries',
      '/api/dictionaries/{name}',
      '/api/divisions',
      '/api/divisions/tree',
    ]) {
      expect(doc.paths[path]?.get?.tags).toEqual(['dictionaries']);
      expect(doc.paths[path]?.get?.summary).toBeTruthy();
    }
  });
});

describe('dictionariesService', () => {
  it('computes each answer once', () => {
    expect(dictionariesService.get('banks')).toBe(dictionariesService.get('banks'));
    expect(dictionariesService.tree('530400')).toBe(dictionariesService.tree('530400'));
    expect(dictionariesService.divisions(undefined).body.items).toHaveLength(34);
  });

  it('throws NOT_FOUND for unknown names and regions', () => {
    expect(() => dictionariesService.get('nope')).toThrow('字典不存在');
    expect(() => dictionariesService.divisions('999999')).toThrow('行政区划不存在');
    expect(() => dictionariesService.tree('130100')).toThrow();
  });
});

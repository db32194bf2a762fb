import { describe, it, expect } from 'vitest';
import { columnsParam, exportUrl, listQueryString, sortParam, withQuery } from './table-query';

describe('sortParam', () => {
  it('turns antd sorter state into field:asc|desc', () => {
    expect(sortParam('at', 'ascend')).toBe('at:asc');
    expect(sortParam('at', 'descend')).toBe('at:desc');
  });

  it('is undefined when nothing is sorted', () => {
    expect(sortParam('at', null)).toBeUndefined();
    expect(sortParam('at', undefined)).toBeUndefined();
    expect(sortParam(undefined, 'ascend')).toBeUndefined();
    expect(sortParam(['a', 'b'], 'ascend')).toBeUndefined();
  });
});

describe('listQueryString', () => {
  it('sends page, pageSize, sort and the filters in order', () => {
    const qs = listQueryString({
      page: 2,
      pageSize: 20,
      sort: 'at:desc',
      filters: { actor: '张三', entityId: 42 },
    });
    expect(qs).toBe('page=2&pageSize=20&sort=at%3Adesc&actor=%E5%BC%A0%E4%B8%89&entityId=42');
  });

  it('leaves out empty filters and a missing sort', () => {
    const qs = listQueryString({
      page: 1,
      pageSize: 10,
      filters: { a: '', b: undefined, c: null, d: '  ', e: false, f: 0 },
    });
    expect(qs).toBe('page=1&pageSize=10&e=false&f=0');
  });

  it('trims filter values', () => {
    expect(listQueryString({ page: 1, pageSize: 10, filters: { q: ' x ' } })).toBe(
      'page=1&pageSize=10&q=x',
    );
  });
});

describe('withQuery', () => {
  it('joins with ? or &', () => {
    expect(withQuery('/api/audit', 'a=1')).toBe('/api/audit?a=1');
    expect(withQuery('/api/audit?kind=x', 'a=1')).toBe('/api/audit?kind=x&a=1');
    expect(withQuery('/api/audit', '')).toBe('/api/audit');
  });
});

describe('columnsParam', () => {
  it('lists key:标题 of the columns with a string dataIndex', () => {
    const columns = [
      { dataIndex: 'at', title: '时间' },
      { dataIndex: 'actorName', title: '操作人' },
      { key: 'op', title: '操作' },
      { dataIndex: ['nested', 'path'], title: '嵌套' },
    ];
    expect(columnsParam(columns)).toBe('at:时间,actorName:操作人');
  });

  it('skips hidden columns and titles a column without a text title by its key', () => {
    const columns = [
      { dataIndex: 'a', title: 'A', hidden: true },
      { dataIndex: 'b', title: undefined },
      { dataIndex: 'c', title: { type: 'span' } },
    ];
    expect(columnsParam(columns)).toBe('b:b,c:c');
  });

  it('keeps the separators out of titles', () => {
    expect(columnsParam([{ dataIndex: 'x', title: '金额,元:合计' }])).toBe('x:金额，元：合计');
  });
});

describe('exportUrl', () => {
  const columns = [
    { dataIndex: 'at', title: '时间' },
    { dataIndex: 'action', title: '操作类型' },
    { key: 'op', title: '操作' },
  ];

  it('builds the PDF URL with filters and sort but no page', () => {
    const url = exportUrl('/api/audit', {
      format: 'pdf',
      title: '审计日志',
      columns,
      sort: 'at:desc',
      filters: { action: 'create', entity: '' },
    });
    const [path, query] = url.split('?');
    expect(path).toBe('/api/audit');
    const params = new URLSearchParams(query);
    expect(params.get('sort')).toBe('at:desc');
    expect(params.get('action')).toBe('create');
    expect(params.has('entity')).toBe(false);
    expect(params.has('page')).toBe(false);
    expect(params.has('pageSize')).toBe(false);
    expect(params.get('format')).toBe('pdf');
    expect(params.get('title')).toBe('审计日志');
    expect(params.get('columns')).toBe('at:时间,action:操作类型');
  });

  it('builds the Excel URL', () => {
    const url = exportUrl('/api/jobs', { format: 'xlsx', title: '后台任务', columns });
    expect(url).toBe(
      '/api/jobs?format=xlsx&title=%E5%90%8E%E5%8F%B0%E4%BB%BB%E5%8A%A1&columns=at%3A%E6%97%B6%E9%97%B4%2Caction%3A%E6%93%8D%E4%BD%9C%E7%B1%BB%E5%9E%8B',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { findLeaf, findParentLeaf, type MenuEntry } from './menu';

const menu: MenuEntry[] = [
  { path: '/window', label: '首页' },
  {
    key: 'review',
    label: '办件审核',
    children: [
      { path: '/window/queue', label: '待办工作台' },
      { path: '/window/guide', label: '办事指南' },
      { path: '/window/guide-extra', label: '其他' },
    ],
  },
];

describe('menu lookups', () => {
  it('finds a page by its exact path, with or without a trailing slash', () => {
    expect(findLeaf(menu, '/window/queue/')?.leaf.label).toBe('待办工作台');
    expect(findLeaf(menu, '/window/guide/13')).toBeUndefined();
  });

  it('finds the menu page a deeper page belongs to, never the home or a lookalike prefix', () => {
    const parent = findParentLeaf(menu, '/window/guide/13', '/window');
    expect(parent?.leaf.label).toBe('办事指南');
    expect(parent?.group?.label).toBe('办件审核');
    expect(findParentLeaf(menu, '/window/applications/7', '/window')).toBeUndefined();
    expect(findParentLeaf(menu, '/window/guide-extra/1', '/window')?.leaf.label).toBe('其他');
  });
});

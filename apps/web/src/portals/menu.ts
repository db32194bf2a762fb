import type { ReactNode } from 'react';

/** One page of a portal's left menu. */
export interface MenuLeaf {
  path: string;
  label: string;
  icon?: ReactNode;
}

/** A group of the left menu, such as 我要办 or 系统管理. */
export interface MenuGroup {
  key: string;
  label: string;
  icon?: ReactNode;
  children: MenuLeaf[];
}

export type MenuEntry = MenuLeaf | MenuGroup;

/** A desktop portal: its name in the header, its home page and its left menu. */
export interface PortalDef {
  key: 'personal' | 'unit' | 'window';
  /** 个人网厅, 单位网厅, 综窗经办 */
  name: string;
  home: string;
  /** where this portal's users sign in, once that page exists */
  loginPath?: string;
  menu: MenuEntry[];
}

export function isGroup(entry: MenuEntry): entry is MenuGroup {
  return 'children' in entry;
}

/** A path without its trailing slash (`/window/` → `/window`). */
export function normalizePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The menu's pages with the group each belongs to, in menu order. */
export function menuLeaves(menu: MenuEntry[]): { leaf: MenuLeaf; group?: MenuGroup }[] {
  return menu.flatMap((entry) =>
    isGroup(entry) ? entry.children.map((leaf) => ({ leaf, group: entry })) : [{ leaf: entry }],
  );
}

export function findLeaf(menu: MenuEntry[], path: string) {
  const p = normalizePath(path);
  return menuLeaves(menu).find(({ leaf }) => leaf.path === p);
}

/**
 * The menu page a deeper page belongs to (/window/guide/13 → 办事指南): the leaf whose path is
 * the longest prefix of it, other than the portal's home.
 */
export function findParentLeaf(menu: MenuEntry[], path: string, home: string) {
  const p = normalizePath(path);
  return menuLeaves(menu)
    .filter(({ leaf }) => leaf.path !== home && p.startsWith(`${leaf.path}/`))
    .sort((a, b) => b.leaf.path.length - a.leaf.path.length)[0];
}

import type {
  DictionaryListReply,
  DictionaryReply,
  DivisionListReply,
  DivisionTreeReply,
} from '@yibao/contracts';
import {
  dictionaryList,
  divisionChildren,
  divisionTree,
  getDictionary,
} from '@yibao/db/dictionaries';
import { createHash } from 'node:crypto';
import { AppError } from '../../plugins/errors';

/** An answer that never changes while the server runs, with the ETag of its JSON. */
export interface CachedAnswer<T> {
  body: T;
  etag: string;
}

const answers = new Map<string, CachedAnswer<unknown>>();

/** Computes an answer once; later calls get the same body and ETag. Failures are not kept. */
function once<T>(key: string, compute: () => T): CachedAnswer<T> {
  const hit = answers.get(key) as CachedAnswer<T> | undefined;
  if (hit) return hit;
  const body = compute();
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('base64url');
  const answer = { body, etag: `"${hash.slice(0, 32)}"` };
  answers.set(key, answer);
  return answer;
}

/** 字典 and 行政区划: read-only code lists, the same for every caller. */
export const dictionariesService = {
  /** Every dictionary's name and title. */
  list(): CachedAnswer<DictionaryListReply> {
    return once('dictionaries', () => ({
      items: dictionaryList.map(({ name, title }) => ({ name, title })),
    }));
  },

  /** One dictionary with its items; 404 for an unknown name. */
  get(name: string): CachedAnswer<DictionaryReply> {
    const dictionary = getDictionary(name);
    if (!dictionary) throw new AppError(404, 'NOT_FOUND', '字典不存在');
    return once(`dictionary:${name}`, () => ({
      name: dictionary.name,
      title: dictionary.title,
      items: dictionary.items.map(({ code, name }) => ({ code, name })),
    }));
  },

  /** The divisions under `parent` (provinces without it); 404 for an unknown code. */
  divisions(parent: string | undefined): CachedAnswer<DivisionListReply> {
    const items = divisionChildren(parent);
    if (!items) throw new AppError(404, 'NOT_FOUND', '行政区划不存在', 'parent');
    return once(`divisions:${parent ?? ''}`, () => ({ items }));
  },

  /** The 区县街乡 cascader tree of 北京市, 玉溪市 or 唐山市; 404 for any other region. */
  tree(root: string): CachedAnswer<DivisionTreeReply> {
    const tree = divisionTree(root);
    if (!tree) throw new AppError(404, 'NOT_FOUND', '该地区暂无区县街乡数据', 'root');
    return once(`tree:${root}`, () => tree);
  },
};

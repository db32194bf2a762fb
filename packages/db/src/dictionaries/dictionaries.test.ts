import { CERT_TYPES } from '@yibao/domain';
import { describe, expect, it } from 'vitest';
import {
  certificateTypes,
  dictionaries,
  dictionaryLabel,
  dictionaryList,
  dictionaryNames,
  divisionChildren,
  divisionName,
  divisionPath,
  divisionTree,
  ethnicities,
  getDictionary,
  isDictionaryCode,
  isKnownDivision,
  personCategories,
  personTypeOfCategory,
  personTypes,
  prefectures,
  provinces,
  studentCertificateTypes,
  unitTypes,
} from './index';

describe('dictionaries', () => {
  it('lists every dictionary once, by name', () => {
    expect(new Set(dictionaryNames).size).toBe(dictionaryList.length);
    expect(dictionaries.size).toBe(dictionaryList.length);
    for (const name of dictionaryNames) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(getDictionary(name)?.name).toBe(name);
    }
    expect(getDictionary('no-such-dictionary')).toBeUndefined();
  });

  it.each(dictionaryList.map((d) => [d.name, d] as const))(
    '%s has a title and unique, non-empty codes and names',
    (_name, dictionary) => {
      expect(dictionary.title).not.toBe('');
      expect(dictionary.items.length).toBeGreaterThan(0);
      const codes = dictionary.items.map((i) => i.code);
      expect(new Set(codes).size).toBe(codes.length);
      const names = dictionary.items.map((i) => i.name);
      expect(new Set(names).size).toBe(names.length);
      for (const item of dictionary.items) {
        expect(item.code).toMatch(/^[A-Za-z0-9-]+$/);
        expect(item.name.trim()).toBe(item.name);
        expect(item.name).not.toBe('');
      }
    },
  );

  it('has the 56 ethnic groups of GB 3304, plus 97 and 98', () => {
    const groups = ethnicities.items.filter((i) => Number(i.code) <= 56);
    expect(groups).toHaveLength(56);
    expect(groups.map((i) => i.code)).toEqual(
      Array.from({ length: 56 }, (_, n) => String(n + 1).padStart(2, '0')),
    );
    expect(dictionaryLabel('ethnicities', '01')).toBe('汉族');
    expect(dictionaryLabel('ethnicities', '56')).toBe('基诺族');
    expect(dictionaryLabel('ethnicities', '98')).toBe('外国血统中国籍人士');
  });

  it('has 政治面貌 of GB/T 4762 (01–13) and 婚姻状态 of GB/T 2261.2', () => {
    expect(getDictionary('political-statuses')?.items.map((i) => i.code)).toEqual(
      Array.from({ length: 13 }, (_, n) => String(n + 1).padStart(2, '0')),
    );
    expect(dictionaryLabel('political-statuses', '01')).toBe('中共党员');
    expect(dictionaryLabel('political-statuses', '13')).toBe('群众');
    expect(getDictionary('marital-statuses')?.items.map((i) => i.code)).toEqual([
      '10',
      '20',
      '21',
      '22',
      '23',
      '30',
      '40',
      '90',
    ]);
    expect(dictionaryLabel('marital-statuses', '10')).toBe('未婚');
    expect(dictionaryLabel('marital-statuses', '20')).toBe('已婚');
    expect(isDictionaryCode('marital-statuses', '50')).toBe(false);
  });

  it('has the complete national certificate-type list, the same codes as domain', () => {
    expect(certificateTypes.items.map((i) => i.code)).toEqual([
      ...Array.from({ length: 17 }, (_, n) => String(n + 1).padStart(2, '0')),
      '90',
      '99',
    ]);
    expect(certificateTypes.items.map((i) => i.code).sort()).toEqual(
      Object.keys(CERT_TYPES).sort(),
    );
    expect(dictionaryLabel('certificate-types', '01')).toBe('居民身份证(户口簿)');
    expect(dictionaryLabel('certificate-types', '17')).toBe('港澳台居民居住证');
  });

  it('has the student template codes the Beijing guide names', () => {
    expect(studentCertificateTypes.items).toEqual([
      { code: '01', name: '居民身份证' },
      { code: '17', name: '港澳台居民居住证' },
      { code: '08', name: '护照' },
      { code: '07', name: '外国人永久居留证' },
      { code: '18', name: '港澳居民来往内地通行证' },
    ]);
  });

  it('maps every person category to a person type', () => {
    const types = new Set(personTypes.items.map((i) => i.code));
    for (const category of personCategories.items) {
      expect(types.has(personTypeOfCategory(category.code) ?? '')).toBe(true);
    }
    expect(personTypeOfCategory('99')).toBeUndefined();
    expect(personTypeOfCategory('toString')).toBeUndefined();
  });

  it('keys unit types by the English kinds the code uses', () => {
    expect(unitTypes.items.map((i) => i.code)).toEqual(
      expect.arrayContaining(['enterprise', 'agency-flex', 'school', 'hospital', 'pharmacy']),
    );
  });

  it('answers code checks and labels', () => {
    expect(isDictionaryCode('insurance-types', '310')).toBe(true);
    expect(isDictionaryCode('insurance-types', '311')).toBe(false);
    expect(isDictionaryCode('nope', '310')).toBe(false);
    expect(dictionaryLabel('medical-categories', '9901')).toBe('其他门诊');
    expect(dictionaryLabel('medical-categories', '77')).toBe('77');
  });
});

describe('administrative divisions', () => {
  it('has all 34 province-level divisions with 6-digit codes', () => {
    const all = provinces();
    expect(all).toHaveLength(34);
    for (const p of all) expect(p.code).toMatch(/^\d{2}0000$/);
    const codes = all.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['110000', '710000', '810000', '820000']));
    expect(all.find((p) => p.code === '810000')).toEqual({
      code: '810000',
      name: '香港特别行政区',
      leaf: true,
    });
    expect(divisionChildren()).toEqual(all);
  });

  it('gives prefectures 6-digit codes under their province', () => {
    const hebei = prefectures('130000');
    expect(hebei.map((p) => p.name)).toContain('唐山市');
    for (const p of hebei) expect(p.code).toMatch(/^13\d{2}00$/);
    expect(hebei.find((p) => p.code === '130200')?.leaf).toBe(false);
    expect(hebei.find((p) => p.code === '130100')?.leaf).toBe(true);
    expect(prefectures('530000').find((p) => p.code === '530400')?.name).toBe('玉溪市');
    expect(prefectures('110000')).toEqual([{ code: '110100', name: '北京市', leaf: false }]);
    expect(prefectures('999999')).toEqual([]);
    for (const province of provinces()) {
      for (const p of prefectures(province.code)) expect(p.name).not.toBe('市辖区');
    }
  });

  it('presents Beijing as its 16 counties, each with 9-digit townships', () => {
    const tree = divisionTree('110000');
    expect(tree?.label).toBe('北京市');
    expect(tree?.children).toHaveLength(16);
    expect(tree?.children[0]).toMatchObject({ value: '110101', label: '东城区' });
    for (const county of tree?.children ?? []) {
      expect(county.value).toMatch(/^11\d{4}$/);
      expect(county.children.length).toBeGreaterThan(0);
      for (const township of county.children) {
        expect(township.value).toMatch(/^\d{9}$/);
        expect(township.value.startsWith(county.value)).toBe(true);
      }
    }
    expect(divisionChildren('110000')?.map((c) => c.code)).toEqual(
      tree?.children.map((c) => c.value),
    );
    expect(divisionChildren('110101')?.[0]).toEqual({
      code: '110101001',
      name: '东华门街道',
      leaf: true,
    });
  });

  it.each([
    ['530400', '玉溪市', '530402'],
    ['130200', '唐山市', '130202'],
  ])('has the full tree of %s %s', (root, name, firstCounty) => {
    const tree = divisionTree(root);
    expect(tree?.label).toBe(name);
    expect(tree?.children[0]?.value).toBe(firstCounty);
    for (const county of tree?.children ?? []) {
      expect(county.value.startsWith(root.slice(0, 4))).toBe(true);
      expect(county.children.length).toBeGreaterThan(0);
      for (const township of county.children) {
        expect(township.value).toMatch(new RegExp(`^${county.value}\\d{3}$`));
      }
    }
    expect(divisionChildren(root)?.length).toBe(tree?.children.length);
    expect(divisionTree(root)).toBe(tree);
  });

  it('has no tree for other regions', () => {
    expect(divisionTree('130100')).toBeUndefined();
    expect(divisionTree('110101')).toBeUndefined();
  });

  it('names divisions by their full path', () => {
    expect(divisionName('110000')).toBe('北京市');
    expect(divisionName('110100')).toBe('北京市');
    expect(divisionName('110101')).toBe('北京市东城区');
    expect(divisionName('110101001')).toBe('北京市东城区东华门街道');
    expect(divisionName('530402')).toBe('云南省玉溪市红塔区');
    expect(divisionName('130200')).toBe('河北省唐山市');
    expect(divisionName('810000')).toBe('香港特别行政区');
    expect(divisionName('123456')).toBeUndefined();
    expect(divisionPath('110101001')).toEqual(['110000', '110100', '110101', '110101001']);
  });

  it('knows provinces, prefectures and the three trees, not other counties', () => {
    expect(isKnownDivision('110000')).toBe(true);
    expect(isKnownDivision('130100')).toBe(true);
    expect(isKnownDivision('130202')).toBe(true);
    expect(isKnownDivision('530402001')).toBe(true);
    expect(isKnownDivision('130102')).toBe(false);
    expect(isKnownDivision('000000')).toBe(false);
    expect(divisionChildren('000000')).toBeUndefined();
    expect(divisionChildren('130100')).toEqual([]);
  });
});

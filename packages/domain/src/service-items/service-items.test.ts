import { describe, expect, it } from 'vitest';
import {
  ANNEXES,
  PHONE_DIRECTORY,
  SERVICE_ITEMS,
  serviceItemByNo,
  serviceItemSections,
  type ServiceHandling,
} from './index';

/** The table of contents of guide 002 (its lines 9–103), without the numbering. */
const TOC: readonly string[] = [
  '对举报欺诈骗取医疗保障基金行为的奖励',
  '基本医疗保险参保证明开具',
  '全国跨省异地就医联网定点医院查询',
  '云南省医疗服务项目信息查询',
  '医保参保人个人权益信息查询',
  '全省协议定点医院药店信息查询',
  '云南省医保医用耗材信息查询',
  '全省医保经办机构查询',
  '云南省医保药品目录信息查询',
  '低保、特困等困难群众医疗救助',
  '单位参保登记',
  '职工参保登记',
  '城乡居民参保登记',
  '单位参保信息变更登记',
  '职工参保信息变更登记',
  '城乡居民参保信息变更登记',
  '转移接续手续办理',
  '出具《参保凭证》',
  '常驻异地工作人员备案',
  '异地安置退休人员备案',
  '异地长期居住人员备案',
  '异地转诊人员备案',
  '基本医疗保险参保人员享受门诊慢特病病种待遇认定',
  '参保单位参保信息查询',
  '参保人员参保信息查询',
  '参保人员个人账户一次性支取',
  '住院费用报销',
  '门（急）诊费用报销',
  '产前检查费支付',
  '计划生育医疗费支付',
  '生育医疗费支付',
  '生育津贴支付',
  '符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴',
  '医疗救助对象手工（零星）报销',
  '医疗机构申请定点协议管理',
  '零售药店申请定点协议管理',
  '医疗保障定点医疗机构费用结算',
  '医疗保障定点零售药店费用结算',
  '医保定点医疗机构基础信息变更',
  '玉溪市各县（市、区）医保电话',
  '附件',
];

/** The table of contents' sub-sections (一)、(二)… by item number. */
const TOC_PARTS: Readonly<Record<number, readonly string[]>> = {
  2: ['职工/居民 参保证明开具', '无户籍人员参保证明开具'],
  11: ['单位新参保', '单位注销', '单位缴费基数申报书面稽核', '单位欠费核对补缴'],
  12: [
    '单位职工新参保/续保',
    '单位职工减少',
    '单位职工在职转退休',
    '灵活就业人员新参保/续保',
    '灵活就业人员停保',
    '灵活就业人员在职转退休',
    '灵活就业人员在职缴费',
    '灵活就业退休人员缴纳大病保险',
    '个人欠款补缴',
    '退休年限补缴',
    '个人账户超刷补缴',
    '补收',
    '退收',
    '差额补收',
    '差额退收',
    '退休退划',
    '缴费基数申报',
    '错误封锁信息恢复',
  ],
  13: [
    '城乡居民新参保/续保',
    '城乡居民停保',
    '城乡居民特殊身份登记',
    '开通无卡结算',
    '居民基本医疗保险参保缴费',
    '居民错误封锁信息恢复',
  ],
  15: ['职工基本信息变更', '单位职工职务职级职称变更', '单位职工缴费基数变更'],
  17: ['跨统筹区转入', '参保关系跨统筹区转出'],
  22: [
    '省内正常转诊转院备案',
    '省外正常转诊转院备案',
    '省外非正常转诊转院备案',
    '特慢病门诊转诊备案',
  ],
  23: ['特慢病门诊待遇审批备案', '特慢病就诊证病种添加', '特慢病待遇复审'],
  26: ['死亡人员清退账户', '转移人员清退账户'],
  28: ['门（急）诊费用报销', '门诊特殊病慢性病费用报销', '门诊协议期内谈判药品费用报销'],
  30: ['计划生育医疗费支付', '女职工助孕补助'],
};

/** Sections of business items where the guide gives no materials or no time limit. */
const NO_MATERIALS_IN_GUIDE = new Set(['20', '21']);
const NO_TIME_LIMIT_IN_GUIDE = new Set(['11.4', '17.2', '20', '21']);

/** Every section of every item, keyed '12' or '12.3'. */
const sections: readonly (readonly [string, ServiceHandling])[] = SERVICE_ITEMS.flatMap(
  (item): (readonly [string, ServiceHandling])[] =>
    item.parts ? item.parts.map((p) => [`${item.no}.${p.no}`, p] as const) : [[`${item.no}`, item]],
);

describe('service items of guide 002', () => {
  it('has the 41 items numbered 1..41 in order, named as the table of contents', () => {
    expect(SERVICE_ITEMS).toHaveLength(41);
    expect(SERVICE_ITEMS.map((i) => i.no)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(SERVICE_ITEMS.map((i) => i.name)).toEqual(TOC);
  });

  it('numbers and names the parts as the table of contents', () => {
    const parts = Object.fromEntries(
      SERVICE_ITEMS.filter((i) => i.parts).map((i) => [i.no, i.parts!.map((p) => p.name)]),
    );
    expect(parts).toEqual(TOC_PARTS);
    for (const item of SERVICE_ITEMS) {
      expect(item.parts?.map((p) => p.no)).toEqual(item.parts?.map((_, i) => i + 1));
    }
  });

  it('gives every item a unique kebab-case code', () => {
    const codes = SERVICE_ITEMS.map((i) => i.code);
    expect(new Set(codes).size).toBe(41);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('maps item n to W<n>, and names only features of the catalogue', () => {
    for (const item of SERVICE_ITEMS) {
      expect(item.featureIds).toContain(`W${String(item.no).padStart(2, '0')}`);
      for (const id of [...item.featureIds, ...(item.relatedFeatureIds ?? [])]) {
        expect(id).toMatch(/^[PUWMX]\d\d$/);
      }
    }
  });

  it('kinds: queries are the 查询 items, info the phone list and the annex', () => {
    const byKind = (kind: string) => SERVICE_ITEMS.filter((i) => i.kind === kind).map((i) => i.no);
    expect(byKind('query')).toEqual([3, 4, 5, 6, 7, 8, 9, 24, 25]);
    expect(byKind('info')).toEqual([40, 41]);
    for (const item of SERVICE_ITEMS) {
      if (item.kind === 'query') expect(item.name).toMatch(/查询$/);
    }
  });

  it('gives every business section materials and a time limit, except where the guide has none', () => {
    for (const item of SERVICE_ITEMS.filter((i) => i.kind === 'business')) {
      for (const [key, s] of sections.filter(([k]) => k.split('.')[0] === `${item.no}`)) {
        expect(s.materials.length > 0, `materials of ${key}`).toBe(!NO_MATERIALS_IN_GUIDE.has(key));
        expect(s.timeLimit !== undefined, `time limit of ${key}`).toBe(
          !NO_TIME_LIMIT_IN_GUIDE.has(key),
        );
        expect(s.audience, `audience of ${key}`).toBeTruthy();
      }
    }
  });

  it('keeps the handling of an item with parts on its parts', () => {
    for (const item of SERVICE_ITEMS.filter((i) => i.parts)) {
      expect(item.materials).toEqual([]);
      expect(item.operations).toEqual([]);
      expect(item.audience).toBeUndefined();
      expect(item.timeLimit).toBeUndefined();
      expect(serviceItemSections(item)).toBe(item.parts);
    }
    const single = serviceItemByNo(1)!;
    expect(serviceItemSections(single)).toEqual([single]);
  });

  it('quotes the guide for every time limit', () => {
    for (const [key, s] of sections) {
      const limit = s.timeLimit;
      if (!limit) {
        expect(s.timeLimitText, key).toBeUndefined();
        continue;
      }
      const text = s.timeLimitText ?? '';
      if (limit.kind === 'immediate') expect(text, key).toMatch(/即时办结|当场办结|即办/);
      if (limit.kind === 'workingDays')
        expect(text, key).toMatch(new RegExp(`^${limit.days} ?个工作日`));
      if (limit.kind === 'text') expect(limit.text, key).toBe(text);
    }
    expect(serviceItemByNo(35)!.timeLimit).toEqual({ kind: 'workingDays', days: 25 });
    expect(serviceItemByNo(12)!.parts![11]!.timeLimit).toEqual({
      kind: 'text',
      text: '当月申请，次月生效。',
    });
  });

  it('writes each material without its numbering or closing punctuation', () => {
    for (const [key, s] of sections) {
      for (const m of s.materials) {
        expect(m.name, key).toMatch(/^[^\s(（①-⑩-]/u);
        expect(m.name, key).not.toMatch(/[；;。，：\s]$/u);
        if (m.note) expect(m.required, `${key} ${m.name}`).toBe(false);
      }
    }
  });

  it('lists the operation pages once each, and the grouped pages among them', () => {
    for (const [key, s] of sections) {
      expect(new Set(s.operations).size, key).toBe(s.operations.length);
      for (const g of s.operationGroups ?? []) {
        for (const op of g.operations) expect(s.operations, key).toContain(op);
      }
    }
  });

  it('holds the phone list and the annexes of items 40 and 41', () => {
    expect(serviceItemByNo(40)!.phoneDirectory).toBe(PHONE_DIRECTORY);
    expect(PHONE_DIRECTORY.map((r) => r.area)).toEqual([
      '玉溪市',
      '红塔区',
      '江川区',
      '澄江市',
      '通海县',
      '华宁县',
      '易门县',
      '峨山县',
      '新平县',
      '元江县',
    ]);
    for (const row of PHONE_DIRECTORY) {
      for (const n of [...row.office, ...row.enrolment, ...row.medicalBenefit]) {
        expect(n).toMatch(/^\d{7}$/);
      }
    }
    expect(serviceItemByNo(41)!.annexes).toBe(ANNEXES);
    expect(ANNEXES.map((a) => a.no)).toEqual([
      '1',
      '1-1',
      '1-2',
      '1-3',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
  });

  it('finds an item by its number', () => {
    expect(serviceItemByNo(18)?.code).toBe('insurance-certificate');
    expect(serviceItemByNo(2)?.code).toBe('proof-of-enrolment');
    expect(serviceItemByNo(0)).toBeUndefined();
    expect(serviceItemByNo(42)).toBeUndefined();
    expect(serviceItemByNo(1.5)).toBeUndefined();
  });
});

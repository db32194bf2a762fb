/**
 * Chinese names for demo persons and organisations. Surnames are ordered by frequency and drawn
 * with a skew towards the front, so 王, 李, 张 are as common as they are in real registries.
 */
import type { Random } from './random';

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

// Given-name characters by sex and by generation: names of people born before 1970 sound
// different (建国, 秀英) from those of people born after 2000 (子涵, 梓萱).
const MALE_OLDER = [...'建国军华明强伟平志德福文海林忠春庆永胜学宝树立兴利成广新'];
const FEMALE_OLDER = [...'秀英兰芳桂珍玉凤华梅淑琴翠云霞荣素丽红燕萍娟敏秀'];
const MALE_MIDDLE = [...'伟磊勇杰涛斌超鹏辉刚浩亮峰俊健宇波军旭东晨阳明飞龙'];
const FEMALE_MIDDLE = [...'静丽娜敏婷燕霞洁晶颖琳莉雪倩芳慧佳蕾璐欣媛丹瑶娟'];
const MALE_YOUNG = [...'子浩宇轩睿博文泽铭宸辰皓然一诺俊熙瑞奕航逸晨昊天宁嘉铭锦'];
const FEMALE_YOUNG = [...'子涵梓萱欣怡可馨雨桐诗语若汐思彤佳琪一诺梦瑶语嫣沐晴悦宁'];

function givenCharacters(sex: '1' | '2', birthYear: number): readonly string[] {
  if (birthYear < 1970) return sex === '1' ? MALE_OLDER : FEMALE_OLDER;
  if (birthYear < 2000) return sex === '1' ? MALE_MIDDLE : FEMALE_MIDDLE;
  return sex === '1' ? MALE_YOUNG : FEMALE_YOUNG;
}

const SURNAME_LIST = [...SURNAMES];

export function pickSurname(random: Random): string {
  const index = Math.floor(SURNAME_LIST.length * Math.pow(random.next(), 1.8));
  return SURNAME_LIST[index] as string;
}

/** A full name: the surname and one or two given characters. */
export function personName(
  random: Random,
  sex: '1' | '2',
  birthYear: number,
  surname = pickSurname(random),
): string {
  const characters = givenCharacters(sex, birthYear);
  const first = random.pick(characters);
  if (random.chance(0.25)) return surname + first;
  let second = random.pick(characters);
  while (second === first) second = random.pick(characters);
  return surname + first + second;
}

/** Brand words of company and shop names (字号). */
export const BRAND_WORDS = [
  '华信',
  '天成',
  '恒泰',
  '中科',
  '宏达',
  '瑞丰',
  '金石',
  '嘉禾',
  '博远',
  '新元',
  '同创',
  '德润',
  '安和',
  '盛世',
  '鼎力',
  '致远',
  '明德',
  '远航',
  '长青',
  '启航',
  '国泰',
  '卓越',
  '永兴',
  '和信',
  '康泰',
  '仁和',
  '益民',
  '春晖',
  '锦程',
  '鸿运',
] as const;

/** Lines of business of an ordinary enterprise: the name part and the industry field. */
export const ENTERPRISE_KINDS = [
  { suffix: '科技有限公司', industry: '信息传输、软件和信息技术服务业' },
  { suffix: '建设工程有限公司', industry: '建筑业' },
  { suffix: '商贸有限公司', industry: '批发和零售业' },
  { suffix: '物流有限公司', industry: '交通运输、仓储和邮政业' },
  { suffix: '食品有限公司', industry: '制造业' },
  { suffix: '机械制造股份有限公司', industry: '制造业' },
  { suffix: '文化传媒有限公司', industry: '文化、体育和娱乐业' },
  { suffix: '餐饮管理有限公司', industry: '住宿和餐饮业' },
  { suffix: '物业服务有限公司', industry: '房地产业' },
  { suffix: '钢铁股份有限公司', industry: '制造业' },
] as const;

export const ROAD_NAMES = [
  '建设路',
  '人民路',
  '解放路',
  '胜利路',
  '文化路',
  '光明路',
  '新华路',
  '和平路',
  '幸福路',
  '团结路',
  '育才路',
  '花园路',
  '青年路',
  '朝阳路',
  '北环路',
  '南湖路',
] as const;

export const VILLAGE_NAMES = [
  '东庄',
  '西辛庄',
  '前进',
  '红星',
  '王各庄',
  '李家营',
  '后屯',
  '大树',
  '柳林',
  '新村',
  '河西',
  '高家坝',
] as const;

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

import { dictionary } from './types';

/**
 * 人员类别 / 缴费人员类别 (personCategory). Short codes of our own: 1x employees (职工),
 * 2x residents (城乡居民).
 */
export const personCategories = dictionary('person-categories', '人员类别', [
  ['11', '在职职工'],
  ['12', '退休人员'],
  ['13', '离休人员'],
  ['14', '灵活就业人员'],
  ['15', '灵活就业退休人员'],
  ['16', '本市农村雇工'],
  ['21', '城乡居民(成年)'],
  ['22', '城乡居民(老年)'],
  ['23', '学生儿童'],
  ['24', '婴幼儿'],
]);

/** 参保身份 / 人员类型: the coarse kind a person is insured as. */
export const personTypes = dictionary('person-types', '参保身份', [
  ['11', '在职'],
  ['12', '退休'],
  ['13', '离休'],
  ['14', '灵活就业'],
  ['21', '城乡居民'],
  ['23', '学生'],
  ['24', '婴幼儿'],
]);

const personTypeByCategory: Record<string, string> = {
  '11': '11',
  '12': '12',
  '13': '13',
  '14': '14',
  '15': '12',
  '16': '11',
  '21': '21',
  '22': '21',
  '23': '23',
  '24': '24',
};

/** The 参保身份 (person-types code) of a 人员类别 (person-categories code); undefined if unknown. */
export function personTypeOfCategory(categoryCode: string): string | undefined {
  return Object.hasOwn(personTypeByCategory, categoryCode)
    ? personTypeByCategory[categoryCode]
    : undefined;
}

/** 民族: GB 3304 (the 56 ethnic groups, 97 其他, 98 外国血统中国籍人士). */
export const ethnicities = dictionary('ethnicities', '民族', [
  ['01', '汉族'],
  ['02', '蒙古族'],
  ['03', '回族'],
  ['04', '藏族'],
  ['05', '维吾尔族'],
  ['06', '苗族'],
  ['07', '彝族'],
  ['08', '壮族'],
  ['09', '布依族'],
  ['10', '朝鲜族'],
  ['11', '满族'],
  ['12', '侗族'],
  ['13', '瑶族'],
  ['14', '白族'],
  ['15', '土家族'],
  ['16', '哈尼族'],
  ['17', '哈萨克族'],
  ['18', '傣族'],
  ['19', '黎族'],
  ['20', '傈僳族'],
  ['21', '佤族'],
  ['22', '畲族'],
  ['23', '高山族'],
  ['24', '拉祜族'],
  ['25', '水族'],
  ['26', '东乡族'],
  ['27', '纳西族'],
  ['28', '景颇族'],
  ['29', '柯尔克孜族'],
  ['30', '土族'],
  ['31', '达斡尔族'],
  ['32', '仫佬族'],
  ['33', '羌族'],
  ['34', '布朗族'],
  ['35', '撒拉族'],
  ['36', '毛南族'],
  ['37', '仡佬族'],
  ['38', '锡伯族'],
  ['39', '阿昌族'],
  ['40', '普米族'],
  ['41', '塔吉克族'],
  ['42', '怒族'],
  ['43', '乌孜别克族'],
  ['44', '俄罗斯族'],
  ['45', '鄂温克族'],
  ['46', '德昂族'],
  ['47', '保安族'],
  ['48', '裕固族'],
  ['49', '京族'],
  ['50', '塔塔尔族'],
  ['51', '独龙族'],
  ['52', '鄂伦春族'],
  ['53', '赫哲族'],
  ['54', '门巴族'],
  ['55', '珞巴族'],
  ['56', '基诺族'],
  ['97', '其他'],
  ['98', '外国血统中国籍人士'],
]);

/**
 * 文化程度: GB/T 4658 codes, with the names the guides show (硕士研究生, 博士研究生, 初级中学).
 * 65 普通中学 is the value the Beijing retiree detail page shows (000); GB/T 4658 has no such
 * entry, so it takes a free code in the 6x (secondary school) group.
 */
export const educationLevels = dictionary('education-levels', '文化程度', [
  ['10', '研究生教育'],
  ['11', '博士研究生'],
  ['14', '硕士研究生'],
  ['20', '大学本科'],
  ['30', '大学专科'],
  ['40', '中等职业教育'],
  ['41', '中等专科'],
  ['44', '职业高中'],
  ['47', '技工学校'],
  ['60', '普通高级中学'],
  ['65', '普通中学'],
  ['70', '初级中学'],
  ['80', '小学'],
  ['90', '其他'],
]);

/** 户口性质: the national pair (as the guides show them) and Beijing's 本市/外埠 split. */
export const householdTypes = dictionary('household-types', '户口性质', [
  ['10', '非农业户口(城镇)'],
  ['20', '农业户口(农村)'],
  ['11', '本市城镇'],
  ['21', '本市农业'],
  ['12', '外埠城镇'],
  ['22', '外埠农业'],
]);

/**
 * 家庭关系 / 与参保人关系: the family-mutual-aid scope. Groups follow GB/T 4761 (1x spouse, 2x
 * children, 4x grandchildren, 5x parents, 6x grandparents, 7x siblings); the parent kinds are
 * the ones the 共济 list in the guide (000) shows: 生母, 养父, 养母, 继父, 继母.
 */
export const relations = dictionary('relations', '与参保人关系', [
  ['10', '配偶'],
  ['50', '父母'],
  ['51', '生父'],
  ['52', '生母'],
  ['53', '养父'],
  ['54', '养母'],
  ['55', '继父'],
  ['56', '继母'],
  ['20', '子女'],
  ['60', '祖父母'],
  ['61', '外祖父母'],
  ['40', '孙子女'],
  ['41', '外孙子女'],
  ['70', '兄弟姐妹'],
]);

/** 性别: GB/T 2261.1. */
export const sexes = dictionary('sexes', '性别', [
  ['1', '男'],
  ['2', '女'],
  ['9', '未说明的性别'],
]);

/** 国家/地区: ISO 3166-1 alpha-3, China and its regions first, then common countries. */
export const nationalities = dictionary('nationalities', '国家/地区', [
  ['CHN', '中国'],
  ['HKG', '中国香港'],
  ['MAC', '中国澳门'],
  ['TWN', '中国台湾'],
  ['USA', '美国'],
  ['CAN', '加拿大'],
  ['GBR', '英国'],
  ['FRA', '法国'],
  ['DEU', '德国'],
  ['ITA', '意大利'],
  ['ESP', '西班牙'],
  ['NLD', '荷兰'],
  ['RUS', '俄罗斯'],
  ['JPN', '日本'],
  ['KOR', '韩国'],
  ['PRK', '朝鲜'],
  ['MNG', '蒙古'],
  ['KAZ', '哈萨克斯坦'],
  ['SGP', '新加坡'],
  ['MYS', '马来西亚'],
  ['THA', '泰国'],
  ['VNM', '越南'],
  ['LAO', '老挝'],
  ['MMR', '缅甸'],
  ['PHL', '菲律宾'],
  ['IDN', '印度尼西亚'],
  ['IND', '印度'],
  ['PAK', '巴基斯坦'],
  ['AUS', '澳大利亚'],
  ['NZL', '新西兰'],
  ['BRA', '巴西'],
  ['ZAF', '南非'],
]);

/** 特殊身份类别 of 城乡居民特殊身份登记 and W25's 人员特殊身份认定信息 (the medical-assistance groups). */
export const specialIdentityTypes = dictionary('special-identity-types', '特殊身份类别', [
  ['11', '特困人员'],
  ['12', '低保对象'],
  ['13', '返贫致贫人口'],
  ['14', '低保边缘家庭成员'],
  ['15', '重度残疾人'],
  ['16', '孤儿'],
  ['17', '事实无人抚养儿童'],
  ['18', '优抚对象'],
  ['99', '其他'],
]);

/** 政治面貌: GB/T 4762, with the short names the forms use. */
export const politicalStatuses = dictionary('political-statuses', '政治面貌', [
  ['01', '中共党员'],
  ['02', '中共预备党员'],
  ['03', '共青团员'],
  ['04', '民革党员'],
  ['05', '民盟盟员'],
  ['06', '民建会员'],
  ['07', '民进会员'],
  ['08', '农工党党员'],
  ['09', '致公党党员'],
  ['10', '九三学社社员'],
  ['11', '台盟盟员'],
  ['12', '无党派人士'],
  ['13', '群众'],
]);

/** 婚姻状态: GB/T 2261.2 (20 已婚 with its kinds 21–23). */
export const maritalStatuses = dictionary('marital-statuses', '婚姻状态', [
  ['10', '未婚'],
  ['20', '已婚'],
  ['21', '初婚'],
  ['22', '再婚'],
  ['23', '复婚'],
  ['30', '丧偶'],
  ['40', '离婚'],
  ['90', '未说明的婚姻状况'],
]);

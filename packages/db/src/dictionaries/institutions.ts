import { dictionary } from './types';

/** 开户银行 / 委托代发银行: the main national banks with their common bank-type codes. */
export const banks = dictionary('banks', '开户银行', [
  ['102', '中国工商银行'],
  ['103', '中国农业银行'],
  ['104', '中国银行'],
  ['105', '中国建设银行'],
  ['301', '交通银行'],
  ['302', '中信银行'],
  ['303', '中国光大银行'],
  ['304', '华夏银行'],
  ['305', '中国民生银行'],
  ['306', '广发银行'],
  ['307', '平安银行'],
  ['308', '招商银行'],
  ['309', '兴业银行'],
  ['310', '上海浦东发展银行'],
  ['313', '北京银行'],
  ['315', '恒丰银行'],
  ['316', '浙商银行'],
  ['318', '渤海银行'],
  ['402', '北京农商银行'],
  ['403', '中国邮政储蓄银行'],
]);

/** 医院等级 (institutions.level): tens digit the grade (级), units digit the class (等). */
export const hospitalLevels = dictionary('hospital-levels', '医院等级', [
  ['31', '三级甲等'],
  ['32', '三级乙等'],
  ['30', '三级'],
  ['21', '二级甲等'],
  ['22', '二级乙等'],
  ['20', '二级'],
  ['10', '一级'],
  ['90', '未定级'],
]);

/** 医疗机构类别. */
export const hospitalKinds = dictionary('hospital-kinds', '医疗机构类别', [
  ['01', '综合医院'],
  ['02', '中医医院'],
  ['03', '中西医结合医院'],
  ['04', '专科医院'],
  ['05', '妇幼保健院'],
  ['06', '社区卫生服务中心'],
  ['07', '社区卫生服务站'],
  ['08', '乡镇卫生院'],
  ['09', '村卫生室'],
  ['10', '门诊部'],
  ['11', '诊所'],
  ['99', '其他医疗机构'],
]);

/** 单位类型 (units.unitType): the code is the English kind key the code base uses. */
export const unitTypes = dictionary('unit-types', '单位类型', [
  ['enterprise', '企业'],
  ['government', '机关'],
  ['institution', '事业单位'],
  ['social-org', '社会团体'],
  ['private-non-enterprise', '民办非企业单位'],
  ['individual', '个体工商户'],
  ['agency-flex', '灵活就业代管机构'],
  ['school', '学校'],
  ['hospital', '医疗机构'],
  ['pharmacy', '零售药店'],
]);

export type UnitType =
  | 'enterprise'
  | 'government'
  | 'institution'
  | 'social-org'
  | 'private-non-enterprise'
  | 'individual'
  | 'agency-flex'
  | 'school'
  | 'hospital'
  | 'pharmacy';

import { dictionary } from './types';

/** 证件类型: the national psn_cert_type code list. */
export const certificateTypes = dictionary('certificate-types', '证件类型', [
  ['01', '居民身份证(户口簿)'],
  ['02', '中国人民解放军军官证'],
  ['03', '中国人民武装警察警官证'],
  ['04', '香港特区护照/港澳居民来往内地通行证'],
  ['05', '澳门特区护照/港澳居民来往内地通行证'],
  ['06', '台湾居民来往大陆通行证'],
  ['07', '外国人永久居留证'],
  ['08', '外国人护照'],
  ['09', '残疾人证'],
  ['10', '军烈属证明'],
  ['11', '外国人就业证'],
  ['12', '外国专家证'],
  ['13', '外国人常驻记者证'],
  ['14', '台港澳人员就业证'],
  ['15', '回国(来华)定居专家证'],
  ['16', '中国护照'],
  ['17', '港澳台居民居住证'],
  ['90', '社会保障卡'],
  ['99', '其他身份证件'],
]);

/**
 * 证件类型 of the Beijing school template (001 学生名单增加, 批量增加): the codes and names
 * exactly as the template's note gives them — "01:居民身份证 17:港澳台居民居住证 08:护照
 * 07:外国人永久居留证 18:港澳居民来往内地通行证". 18 is the template's own code (the
 * national list files that pass under 04/05).
 */
export const studentCertificateTypes = dictionary('student-certificate-types', '证件类型', [
  ['01', '居民身份证'],
  ['17', '港澳台居民居住证'],
  ['08', '护照'],
  ['07', '外国人永久居留证'],
  ['18', '港澳居民来往内地通行证'],
]);

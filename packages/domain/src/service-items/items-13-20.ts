/** Items 十三 to 二十 of guide 002. */
import { group, ifNeeded, immediate, need, workingDays } from './helpers';
import type { ServiceItem } from './types';

const NOT_IN_PERSON = '非本人办理需提供';
const ID_OR_CARD = '医保电子凭证或有效身份证件或金融社保卡';
const PERSONS_AND_ORGANISATIONS =
  '自然人、企业法人、事业法人、社会组织法人、非法人企业、行政机关。';
const VALID_IDS =
  '有效身份证件包括身份证、居住证、户口簿、护照、港澳居民来往内地通行证、港澳台居民居住证、外国人永久居留证。';

export const ITEMS_13_20: readonly ServiceItem[] = [
  {
    no: 13,
    code: 'resident-enrolment',
    name: '城乡居民参保登记',
    kind: 'business',
    featureIds: ['W13'],
    relatedFeatureIds: ['P21', 'U10'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '城乡居民新参保/续保',
        audience: '自然人、学校。',
        materials: [
          need(ID_OR_CARD),
          need('《城乡居民基本医疗保险参保登记表》（附件5）'),
          ...group('新生儿', false, [
            '父母一方参加基本医疗保险的参保证明、新生儿出生/（死亡）证明',
          ]),
          ...group('在校学生', false, ['在校生需由学校统一提供学生花名册']),
          // the guide breaks off after '②外' (a page break); the second entry is lost
          ...group('特殊人群还需提供', false, [
            '港澳台人员需提供港澳居民来往内地通行证或港澳台居民居住证、建立劳动关系的证明',
          ]),
        ],
        materialsNote: VALID_IDS,
        // the headings 4、办理时限 and 5、经办操作页面 are missing here; the text and pages follow
        ...immediate('即时办结。'),
        operations: ['城乡居民新参保/续保', '城乡居民参保审核'],
      },
      {
        no: 2,
        name: '城乡居民停保',
        audience: '城乡居民医疗保险参保人。',
        materials: [
          need('居民基本医疗保险停保申请'),
          ...group(NOT_IN_PERSON, false, [
            '参保人身份证复印件',
            '办理人身份证复印件',
            '具有法律效力有效委托书',
          ]),
        ],
        ...immediate('即时办结。'),
        operations: [],
      },
      {
        no: 3,
        name: '城乡居民特殊身份登记',
        audience: '城乡居民医疗保险参保人。',
        materials: [need('特殊人员资料证明')],
        ...immediate('即时办结。'),
        operations: ['城乡居民特殊身份登记'],
      },
      {
        no: 4,
        name: '开通无卡结算',
        audience: '新生儿。',
        processText: '向经办机构申报。',
        materials: [need('户口本、新生儿出生证明')],
        ...immediate('即时办结。'),
        operations: ['待遇通用审批'],
      },
      {
        no: 5,
        name: '居民基本医疗保险参保缴费',
        audience: '城乡居民医保参保人。',
        processText: '向经办机构申报、税务公众号缴纳、银行代缴网点缴纳。',
        materials: [need(ID_OR_CARD)],
        materialsNote: '（集中缴费期，直接在税务系统平台缴纳）',
        ...immediate('即时办结。'),
        operations: ['居民缴费核定', '居民缴费核定审核'],
      },
      {
        no: 6,
        name: '居民错误封锁信息恢复',
        audience: '医疗待遇享受异常的城乡居民医保参保人。',
        processText: '向经办机构申报。',
        materials: [need(ID_OR_CARD)],
        ...immediate('即时办结。'),
        operations: ['个人待遇恢复'],
      },
    ],
  },
  {
    no: 14,
    code: 'unit-info-change',
    name: '单位参保信息变更登记',
    kind: 'business',
    featureIds: ['W14'],
    audience: '机关、事业单位、企业、社会团体、民办非企业等用人单位。',
    materials: [
      need('《基本医疗保险参保单位信息变更登记表》(附件6)并加盖单位公章'),
      need('关键信息变更辅助材料并加盖单位公章'),
    ],
    ...immediate('即时办结。'),
    operations: ['单位信息维护'],
  },
  {
    no: 15,
    code: 'employee-info-change',
    name: '职工参保信息变更登记',
    kind: 'business',
    featureIds: ['W15'],
    relatedFeatureIds: ['P10'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '职工基本信息变更',
        audience: '机关、事业单位、企业、社会团体、民办非企业单位、灵活就业人员等职工。',
        materials: [
          need('《玉溪市城镇职工医疗保险参保人员信息变更登记表》（附件7）一式两份并加盖单位公章'),
          need('变更信息证明复印件'),
        ],
        ...immediate('即时办结。'),
        operations: ['人员一般信息维护'],
      },
      {
        no: 2,
        name: '单位职工职务职级职称变更',
        audience: '机关、事业单位、企业、社会团体、民办非企业单位等职工。',
        materials: [
          need('《玉溪市医疗保险参保人员职务职级或职称信息备案表》（附件8）'),
          need('任职或聘任或降职或解聘等职务职级职称变更证明文件复印件'),
        ],
        ...immediate('即时办结。'),
        // the screenshot has both tabs open, 人员一般信息维护 and this one
        operations: ['人员重要信息维护'],
      },
      {
        no: 3,
        name: '单位职工缴费基数变更',
        audience: '机关、事业单位、企业、社会团体、民办非企业单位等职工。',
        materials: [
          need('《玉溪市城镇职工医疗保险参保人员变动表》（附件2）并加盖单位公章'),
          need('情况说明，稽核科签字盖章'),
          need('工资待遇审批表'),
        ],
        ...immediate('即时办结。'),
        operations: ['缴费工资变更核定'],
      },
    ],
  },
  {
    no: 16,
    code: 'resident-info-change',
    name: '城乡居民参保信息变更登记',
    kind: 'business',
    featureIds: ['W16'],
    audience: '城乡居民参保人。',
    materials: [
      need(ID_OR_CARD),
      need('《基本医疗保险城乡居民参保信息变更登记表》（附件9）'),
      need('关键信息变更辅助材料'),
      ...group(NOT_IN_PERSON, false, ['代办人身份证复印件', '具有法律效力有效委托书']),
    ],
    ...immediate('即时办结。'),
    operations: ['城乡居民参保维护', '城乡居民参保维护审核'],
  },
  {
    no: 17,
    code: 'transfer',
    name: '转移接续手续办理',
    kind: 'business',
    featureIds: ['W17'],
    relatedFeatureIds: ['P11', 'P14', 'M05'],
    materials: [],
    operations: [],
    parts: [
      {
        no: 1,
        name: '跨统筹区转入',
        audience: PERSONS_AND_ORGANISATIONS,
        materials: [
          need('填写《基本医疗保险关系转移接续申请表》(附件10)'),
          ifNeeded('《基本医疗保障参保(合)凭证》原件(省外线下办理时提供)', {
            note: '省外线下办理时提供',
          }),
        ],
        ...workingDays(6, '6个工作日。'),
        operations: ['基本医疗保险转移申请', '基本医疗保险转入', '转入申请'],
        operationGroups: [
          { heading: '(1) 省内转入', operations: ['基本医疗保险转移申请', '基本医疗保险转入'] },
          { heading: '(2) 跨省转入', operations: ['转入申请', '基本医疗保险转入'] },
        ],
      },
      {
        no: 2,
        name: '参保关系跨统筹区转出',
        audience: PERSONS_AND_ORGANISATIONS,
        // a third entry '（3）非本人办理需提供：' has nothing after it, and the guide gives no
        // 办理时限 for this part: the screenshots follow at once
        materials: [
          need(
            '填写《基本医疗保险关系转出申请表》（附件 11）并注明转入单位及转入地医疗保险经办机构',
          ),
          ...group(NOT_IN_PERSON, false, [
            '参保人身份证复印件',
            '代办人身份证复印件',
            '具有法律效力有效委托书',
          ]),
        ],
        operations: ['基本医疗保险转出', '转出申请'],
        operationGroups: [
          { operations: ['基本医疗保险转出'] },
          { heading: '(2) 省外医保关系转出', operations: ['转出申请'] },
        ],
      },
    ],
  },
  {
    no: 18,
    code: 'insurance-certificate',
    name: '出具《参保凭证》',
    kind: 'business',
    featureIds: ['W18'],
    relatedFeatureIds: ['P40'],
    audience: PERSONS_AND_ORGANISATIONS,
    materials: [
      need(ID_OR_CARD),
      ...group(NOT_IN_PERSON, false, ['代办人身份证复印件', '具有法律效力有效委托书']),
    ],
    ...immediate('即时办结。'),
    operations: ['基本医保转移转出'],
  },
  {
    no: 19,
    code: 'posted-worker-filing',
    name: '常驻异地工作人员备案',
    kind: 'business',
    featureIds: ['W19'],
    relatedFeatureIds: ['P19', 'M04'],
    audience: PERSONS_AND_ORGANISATIONS,
    materials: [
      ...group('无异地工作证明', true, [
        '医保电子凭证或有效身份证件或社保卡',
        '无异地工作证明个人承诺书',
      ]),
      ...group('有异地工作证明', true, [
        '医保电子凭证或有效身份证件或社保卡',
        need('异地工作证明材料（参保地工作单位派出所证明、异地工作单位证明、劳动合同任选其一）', {
          alternatives: ['参保地工作单位派出所证明', '异地工作单位证明', '劳动合同'],
        }),
      ]),
    ],
    ...immediate('即时办结。'),
    operations: ['异地备案登记'],
  },
  {
    no: 20,
    code: 'resettled-retiree-filing',
    name: '异地安置退休人员备案',
    kind: 'business',
    featureIds: ['W20'],
    relatedFeatureIds: ['P19', 'M04'],
    audience: '自然人、事业法人、企业法人、非法人企业、社会组织法人、行政机关。',
    // 3、申办资料 is followed only by screenshots, and there is no 4、办理时限
    materials: [],
    operations: ['异地备案登记'],
  },
];

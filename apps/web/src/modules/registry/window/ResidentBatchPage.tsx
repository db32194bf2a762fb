import { Col, Form, Input, Row, Select } from 'antd';
import {
  RESIDENT_BATCH_COLUMNS,
  SPECIAL_IDENTITY_BATCH_COLUMNS,
  type ResidentBatch,
  type ResidentBatchKind,
} from '@yibao/contracts';
import type { BatchFlow } from './batch-flow';
import { BatchPage } from './EmployeeBatchPage';
import {
  EnrolmentModeSwitch,
  RESIDENT_ENROLMENT_MODES,
  SPECIAL_IDENTITY_MODES,
} from './EnrolmentModeSwitch';
import { batchApi } from './employee-batch-api';
import { useStaffRegions } from './parts';
import { useFormColumn } from './WindowForm';

const RESIDENT_BATCHES_URL = '/api/registry/resident-batches';

/** 单个模式 and 批量模式 of each resident business. */
const PAGES = {
  'resident-enrolment-batch': RESIDENT_ENROLMENT_MODES,
  'special-identity-batch': SPECIAL_IDENTITY_MODES,
} satisfies Record<ResidentBatchKind, unknown>;

const APIS = {
  'resident-enrolment-batch': batchApi<ResidentBatch>(
    RESIDENT_BATCHES_URL,
    '?kind=resident-enrolment-batch',
  ),
  'special-identity-batch': batchApi<ResidentBatch>(
    RESIDENT_BATCHES_URL,
    '?kind=special-identity-batch',
  ),
} satisfies Record<ResidentBatchKind, unknown>;

/** 基层医保区划 of the staff member, and its number shown beside it, as the single form has. */
function RegionFields() {
  const col = useFormColumn();
  const regions = useStaffRegions();
  const region = Form.useWatch<string | undefined>('regionCode');
  return (
    <Row gutter={24}>
      <Col {...col}>
        <Form.Item
          label="基层医保区划名称"
          name="regionCode"
          required
          rules={[{ required: true, message: '请选择医保区划' }]}
          extra="本批人员均在所选医保区划参保"
        >
          <Select
            placeholder="请选择基层医保区划"
            options={regions}
            notFoundContent="您没有可经办的医保区划"
          />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item label="基层医保区划编号" htmlFor="resident-batch-region-no">
          <Input
            id="resident-batch-region-no"
            value={region ?? ''}
            disabled
            placeholder="选择医保区划后显示"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

const regionOwner = (b: ResidentBatch) => [
  { key: 'region', label: '基层医保区划', children: `${b.regionName}（${b.regionCode}）` },
];

/**
 * W13 批量模式 (002 十三): (一) 城乡居民批量参保 — residents enrolled in the chosen 基层医保区划
 * from the template, as 城乡居民新参保/续保 enrols one — and (三) 城乡居民特殊身份登记 · 批量模式 —
 * special identities of the region's residents. Each on the employee batch's three steps.
 */
export default function ResidentBatchPage({ kind }: { kind: ResidentBatchKind }) {
  const regions = useStaffRegions();
  const base = {
    api: APIS[kind],
    modeSwitch: <EnrolmentModeSwitch mode="batch" pages={PAGES[kind]} />,
    firstStep: '选择医保区划并上传',
    ownerTitle: '居民单位信息',
    ownerFields: <RegionFields key={kind} />,
    fieldsOf: (v: Record<string, unknown>) => ({
      kind,
      regionCode: typeof v.regionCode === 'string' ? v.regionCode : '',
    }),
    // one region only: it is chosen already
    initialOf: (b: ResidentBatch) => ({ regionCode: b.regionCode }),
    owner: regionOwner,
  };
  const flow: BatchFlow<ResidentBatch> =
    kind === 'resident-enrolment-batch'
      ? {
          ...base,
          business: kind,
          columns: RESIDENT_BATCH_COLUMNS,
          rowNoun: '一名居民',
          hint:
            '证件类型不填按居民身份证(户口簿)，民族不填按汉族；参保人户籍地填本市户籍或外埠户籍，' +
            '外埠户籍须填是否为学生儿童（是/否）；准入人员类别、户口性质填名称或代码；' +
            '户籍所在地、居住地填区县或街乡的区划代码，居住地应在所选医保区划内；日期写作 2026-01-01。',
          action: '办理参保',
          doneNote:
            '本批城乡居民参保登记已即时生效，待复核初审、复核复审确认；复核不通过将撤销本批全部人员的参保登记。',
        }
      : {
          ...base,
          business: kind,
          columns: SPECIAL_IDENTITY_BATCH_COLUMNS,
          rowNoun: '一项特殊身份',
          hint:
            '证件类型不填按居民身份证(户口簿)；特殊身份填名称（如低保对象）或代码；' +
            '结束日期长期有效的不填；日期写作 2026-01-01。人员须为所选医保区划的城乡居民参保人员。',
          action: '登记特殊身份',
          doneNote:
            '本批特殊身份已即时生效，待复核初审、复核复审确认；复核不通过将撤销本批全部特殊身份登记。',
        };
  // a clerk of one region has it chosen already
  const initial = regions.length === 1 ? { regionCode: regions[0]?.value } : {};
  return <BatchPage key={kind} flow={flow} initial={initial} />;
}

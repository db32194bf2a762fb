import { Col, Form, Input, Row, Typography } from 'antd';
import { FLEXIBLE_BATCH_COLUMNS, type EmployeeBatch } from '@yibao/contracts';
import type { BatchFlow } from './batch-flow';
import { BatchPage } from './EmployeeBatchPage';
import { EnrolmentModeSwitch, FLEXIBLE_ENROLMENT_MODES } from './EnrolmentModeSwitch';
import { batchApi } from './employee-batch-api';
import { upper } from './fields';
import { useFormColumn } from './WindowForm';

/** The business the batch is filed as: its 申办资料 checklist comes from GET /api/businesses. */
export const FLEXIBLE_BATCH_BUSINESS = 'flexible-enrolment-batch';

const flexibleBatchApi = batchApi<EmployeeBatch>('/api/registry/flexible-batches');

/** 单位信息: the agency's 单位编号, as the single form asks for it. */
function AgencyFields() {
  const col = useFormColumn();
  return (
    <>
      <Row gutter={24}>
        <Col {...col}>
          <Form.Item
            label="单位编号"
            name="unitNo"
            required
            normalize={upper}
            rules={[{ required: true, whitespace: true, message: '请输入单位编号' }]}
            extra="上传时按单位编号核验代管机构"
          >
            <Input placeholder="请输入单位编号" maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" className="flexible-unit-hint">
        灵活就业人员通过灵活就业代管机构参保，请填写代管机构的单位编号。
      </Typography.Paragraph>
    </>
  );
}

/**
 * W12 (四) 灵活就业人员新参保/续保 · 批量模式 (002 十二, 登记信息 批量模式): the agency's workers from
 * the downloaded template, each row checked as the single form checks one, on the employee
 * batch's three steps.
 */
export default function FlexibleBatchPage() {
  const flow: BatchFlow<EmployeeBatch> = {
    api: flexibleBatchApi,
    business: FLEXIBLE_BATCH_BUSINESS,
    modeSwitch: <EnrolmentModeSwitch mode="batch" pages={FLEXIBLE_ENROLMENT_MODES} />,
    firstStep: '选择单位并上传',
    ownerTitle: '单位信息',
    ownerFields: <AgencyFields />,
    fieldsOf: (v) => ({ unitNo: (typeof v.unitNo === 'string' ? v.unitNo : '').trim() }),
    initialOf: (b) => ({ unitNo: b.unitNo }),
    columns: FLEXIBLE_BATCH_COLUMNS,
    rowNoun: '一名灵活就业人员',
    hint:
      '证件类型不填按居民身份证(户口簿)，民族不填按汉族；缴费基数为缴费申报单申报的月缴费基数（元）；' +
      '日期写作 2026-01-01，参保日期应为某月1日，最晚为下月1日；暂停参保的人员按续保办理，参保日期应晚于中断日期。',
    owner: (b) => [
      { key: 'unitNo', label: '单位编号', children: b.unitNo },
      { key: 'unitName', label: '单位名称', children: b.unitName },
    ],
    action: '办理参保',
    doneNote:
      '本批灵活就业人员参保登记已即时生效，待复核初审、复核复审确认；复核不通过将撤销本批全部人员的参保登记。',
  };
  return <BatchPage flow={flow} />;
}

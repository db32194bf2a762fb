import { useState } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Spin, Steps } from 'antd';
import type { StepsProps } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { EMPLOYEE_BATCH_COLUMNS, type EmployeeBatch } from '@yibao/contracts';
import { errorMessage } from '../../../shared/api';
import type { BatchFlow } from './batch-flow';
import { EmployeeBatchCheck } from './EmployeeBatchCheck';
import { EmployeeBatchImport } from './EmployeeBatchImport';
import { EmployeeBatchUpload } from './EmployeeBatchUpload';
import { EnrolmentModeSwitch } from './EnrolmentModeSwitch';
import { EMPLOYEE_BATCH_BUSINESS, employeeBatchApi, type BatchBase } from './employee-batch-api';
import { upper } from './fields';
import { useFormColumn } from './WindowForm';

const NO_VALUES: Record<string, unknown> = {};

const stepStatus: Record<EmployeeBatch['status'], StepsProps['status']> = {
  checked: 'process',
  importing: 'process',
  done: 'finish',
  failed: 'error',
};

/** `?batch=` of the address: the batch being checked or imported survives a reload. */
function batchParam(params: URLSearchParams): number | null {
  const id = Number(params.get('batch'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/**
 * 批量模式 (002 十二, 十三: 登记信息 批量模式): the rows of the downloaded template — 1 上传,
 * 2 校验结果 row by row (nothing is written yet), the 申办资料 received on paper and 确认导入,
 * 3 导入 in a background job: one 办件, 即时办结, that waits for 复核初审 and 复核复审.
 */
export function BatchPage<B extends BatchBase>({
  flow,
  initial: blank = NO_VALUES,
}: {
  flow: BatchFlow<B>;
  /** step 1's values when nothing is chosen yet */
  initial?: Record<string, unknown>;
}) {
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const batchId = batchParam(params);
  const batch = flow.api.useBatch(batchId);
  // 重新上传 offers the batch's owner (unit, 医保区划) again
  const [initial, setInitial] = useState<Record<string, unknown>>(blank);

  const open = (checked: B) => {
    client.setQueryData(flow.api.key(checked.id), checked);
    setParams(
      (p) => {
        p.set('batch', String(checked.id));
        return p;
      },
      { replace: true },
    );
  };
  /** Back to step 1; `fresh` (继续导入) also forgets the owner and the originals received. */
  const restart = (fresh: boolean) => {
    setInitial(fresh ? blank : batch.data ? flow.initialOf(batch.data) : initial);
    setParams(
      (p) => {
        p.delete('batch');
        if (fresh) p.delete('paper');
        return p;
      },
      { replace: true },
    );
  };

  // 重新确认导入 of a failed import: step 2 again, for the run that failed (a new run's failure
  // shows as a failure again)
  const [retryOf, setRetryOf] = useState<number | null>(null);
  const confirming =
    batch.data?.status === 'checked' ||
    (batch.data?.status === 'failed' && retryOf !== null && retryOf === batch.data.jobId);
  const current = batchId === null ? 0 : confirming ? 1 : 2;
  let body;
  if (batchId === null) {
    body = (
      <EmployeeBatchUpload
        flow={flow}
        initial={initial}
        onChecked={(checked, fields) => {
          setInitial(fields);
          open(checked);
        }}
      />
    );
  } else if (batch.isError) {
    body = (
      <Alert
        type="error"
        showIcon
        title="批量数据加载失败"
        description={errorMessage(batch.error)}
        action={<Button onClick={() => restart(true)}>重新上传</Button>}
      />
    );
  } else if (!batch.data) {
    body = <Spin style={{ display: 'block', margin: '80px auto' }} />;
  } else if (confirming) {
    body = <EmployeeBatchCheck flow={flow} batch={batch.data} onReupload={() => restart(false)} />;
  } else {
    body = (
      <EmployeeBatchImport
        flow={flow}
        batch={batch.data}
        onAgain={() => restart(true)}
        onReupload={() => restart(false)}
        onRetry={() => setRetryOf(batch.data?.jobId ?? null)}
      />
    );
  }

  return (
    <div className="employee-batch">
      <Card
        size="small"
        className="window-form-section employee-batch-head"
        title="登记信息"
        extra={flow.modeSwitch}
      >
        <Steps
          current={current}
          status={confirming ? 'process' : stepStatus[batch.data?.status ?? 'checked']}
          items={[{ title: flow.firstStep }, { title: '校验结果' }, { title: '导入' }]}
          className="employee-batch-steps"
        />
      </Card>
      {body}
    </div>
  );
}

/**
 * W12 (一) 单位职工新参保/续保 · 批量模式 (002 十二, 登记信息 批量模式): the unit's employees from
 * the downloaded template, by 单位编号.
 */
export default function EmployeeBatchPage() {
  const col = useFormColumn();
  const flow: BatchFlow<EmployeeBatch> = {
    api: employeeBatchApi,
    business: EMPLOYEE_BATCH_BUSINESS,
    modeSwitch: <EnrolmentModeSwitch mode="batch" />,
    firstStep: '选择单位并上传',
    ownerTitle: '单位信息',
    ownerFields: (
      <Row gutter={24}>
        <Col {...col}>
          <Form.Item
            label="单位编号"
            name="unitNo"
            required
            normalize={upper}
            rules={[{ required: true, whitespace: true, message: '请输入单位编号' }]}
            extra="上传时按单位编号核验单位"
          >
            <Input placeholder="请输入单位编号" maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    ),
    fieldsOf: (v) => ({ unitNo: (typeof v.unitNo === 'string' ? v.unitNo : '').trim() }),
    initialOf: (b) => ({ unitNo: b.unitNo }),
    columns: EMPLOYEE_BATCH_COLUMNS,
    rowNoun: '一名职工',
    hint:
      '证件类型不填按居民身份证(户口簿)，民族不填按汉族；' +
      '日期写作 2026-01-01，参保日期应为某月1日，最晚为下月1日。',
    owner: (b) => [
      { key: 'unitNo', label: '单位编号', children: b.unitNo },
      { key: 'unitName', label: '单位名称', children: b.unitName },
    ],
    action: '办理参保',
    doneNote:
      '本批职工参保登记已即时生效，待复核初审、复核复审确认；复核不通过将撤销本批全部人员的参保登记。',
  };
  return <BatchPage flow={flow} />;
}

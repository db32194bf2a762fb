import { useState } from 'react';
import { Alert, Button, Card, Spin, Steps } from 'antd';
import type { StepsProps } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { EmployeeBatch } from '@yibao/contracts';
import { errorMessage } from '../../../shared/api';
import { EmployeeBatchCheck } from './EmployeeBatchCheck';
import { EmployeeBatchImport } from './EmployeeBatchImport';
import { EmployeeBatchUpload } from './EmployeeBatchUpload';
import { EnrolmentModeSwitch } from './EnrolmentModeSwitch';
import { batchKey, useBatch } from './employee-batch-api';

const STEPS = [{ title: '选择单位并上传' }, { title: '校验结果' }, { title: '导入' }];
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
 * W12 (一) 单位职工新参保/续保 · 批量模式 (002 十二, 登记信息 批量模式): the unit's employees from
 * the downloaded template — 1 选择单位并上传, 2 校验结果 row by row (nothing is written yet), the
 * 申办资料 received on paper and 确认导入, 3 导入 in a background job: one 办件, 即时办结, that
 * waits for 复核初审 and 复核复审.
 */
export default function EmployeeBatchPage() {
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const batchId = batchParam(params);
  const batch = useBatch(batchId);
  // 重新上传 offers the unit of the batch again
  const [unitNo, setUnitNo] = useState('');

  const open = (checked: EmployeeBatch) => {
    client.setQueryData(batchKey(checked.id), checked);
    setParams(
      (p) => {
        p.set('batch', String(checked.id));
        return p;
      },
      { replace: true },
    );
  };
  /** Back to step 1; `fresh` (继续导入) also forgets the unit and the originals received. */
  const restart = (fresh: boolean) => {
    setUnitNo(fresh ? '' : (batch.data?.unitNo ?? unitNo));
    setParams(
      (p) => {
        p.delete('batch');
        if (fresh) p.delete('paper');
        return p;
      },
      { replace: true },
    );
  };

  const current = batchId === null ? 0 : batch.data?.status === 'checked' ? 1 : 2;
  let body;
  if (batchId === null) {
    body = (
      <EmployeeBatchUpload
        initialUnitNo={unitNo}
        onChecked={(checked, no) => {
          setUnitNo(no);
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
  } else if (batch.data.status === 'checked') {
    body = <EmployeeBatchCheck batch={batch.data} onReupload={() => restart(false)} />;
  } else {
    body = (
      <EmployeeBatchImport
        batch={batch.data}
        onAgain={() => restart(true)}
        onReupload={() => restart(false)}
      />
    );
  }

  return (
    <div className="employee-batch">
      <Card
        size="small"
        className="window-form-section employee-batch-head"
        title="登记信息"
        extra={<EnrolmentModeSwitch mode="batch" />}
      >
        <Steps
          current={current}
          status={stepStatus[batch.data?.status ?? 'checked']}
          items={STEPS}
          className="employee-batch-steps"
        />
      </Card>
      {body}
    </div>
  );
}

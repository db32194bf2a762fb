import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Input, Row, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { EMPLOYEE_BATCH_COLUMNS, type EmployeeBatch } from '@yibao/contracts';
import { applyFieldError, errorMessage } from '../../../shared/api';
import { useElder } from '../../../shared/elder';
import { BATCH_TEMPLATE_URL, uploadBatch } from './employee-batch-api';

/** The server takes files of 10 MB at most; 20 000 rows fit in far less. */
const MAX_BYTES = 10 * 1024 * 1024;

interface Values {
  unitNo?: string;
  file?: UploadFile[];
}

const COLUMN_TITLES = EMPLOYEE_BATCH_COLUMNS.map((c) => c.title).join('、');

const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);

/**
 * Step 1 选择单位并上传: 单位编号, the template to download, the filled-in workbook dropped or
 * picked, then 上传并校验 — the server reads and checks every row and writes nothing yet. A
 * refusal of the unit or of the file shows under it (未找到该单位编号的单位, 模板缺少列…).
 */
export function EmployeeBatchUpload({
  initialUnitNo,
  onChecked,
}: {
  initialUnitNo: string;
  onChecked: (batch: EmployeeBatch, unitNo: string) => void;
}) {
  const { message } = App.useApp();
  const { elder } = useElder();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<string | null>(null);

  const check = useMutation({
    mutationFn: ({ unitNo, file }: { unitNo: string; file: File }) => uploadBatch(unitNo, file),
    onSuccess: (batch, { unitNo }) => {
      setRefused(null);
      onChecked(batch, unitNo);
    },
    onError: (error) => {
      if (applyFieldError(form, error)) return;
      setRefused(errorMessage(error));
    },
  });

  const submit = (v: Values) => {
    const file = v.file?.[0]?.originFileObj;
    if (!file) return;
    setRefused(null);
    check.mutate({ unitNo: (v.unitNo ?? '').trim(), file });
  };

  /** Only a workbook is kept (a drop bypasses `accept`); it is sent with 上传并校验. */
  const beforeUpload = (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      void message.error('请选择 .xlsx 格式的Excel文件（可先下载模板）');
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_BYTES) {
      void message.error('文件不能超过10MB');
      return Upload.LIST_IGNORE;
    }
    return false;
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="employee-batch-upload"
      initialValues={{ unitNo: initialUnitNo, file: [] }}
      onFinish={submit}
      onValuesChange={() => setRefused(null)}
    >
      {refused && <Alert type="error" showIcon title={refused} style={{ marginBottom: 16 }} />}
      <Card title="单位信息" size="small" className="window-form-section">
        <Row gutter={24}>
          <Col {...(elder ? { xs: 24, lg: 12 } : { xs: 24, md: 12, xl: 8 })}>
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
      </Card>
      <Card
        title="人员名单"
        size="small"
        className="window-form-section"
        extra={
          <Button icon={<DownloadOutlined />} href={BATCH_TEMPLATE_URL} download>
            下载模板
          </Button>
        }
      >
        <Typography.Paragraph className="employee-batch-hint">
          {`请下载模板，每行填写一名职工：${COLUMN_TITLES}。`}
          {'证件类型不填按居民身份证(户口簿)，民族不填按汉族；'}
          {'日期写作 2026-01-01，参保日期应为某月1日，最晚为下月1日。'}
        </Typography.Paragraph>
        <Form.Item
          name="file"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[{ required: true, type: 'array', min: 1, message: '请选择要导入的Excel文件' }]}
        >
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            beforeUpload={beforeUpload}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或将填好的模板拖到此处</p>
            <p className="ant-upload-hint">仅支持 .xlsx 格式，不超过10MB，一次最多导入20000人</p>
          </Upload.Dragger>
        </Form.Item>
      </Card>
      <div className="window-form-actions">
        <Button type="primary" size="large" htmlType="submit" loading={check.isPending}>
          上传并校验
        </Button>
      </div>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        上传后逐行校验，此时不写入任何数据；核对校验结果并确认导入后才办理参保。
      </Typography.Paragraph>
    </Form>
  );
}

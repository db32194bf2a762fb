import { useState } from 'react';
import { Alert, App, Button, Card, Form, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { applyFieldError, errorMessage } from '../../../shared/api';
import type { BatchFlow } from './batch-flow';
import type { BatchBase } from './employee-batch-api';

/** The server takes files of 10 MB at most; 20 000 rows fit in far less. */
const MAX_BYTES = 10 * 1024 * 1024;

type Values = Record<string, unknown> & { file?: UploadFile[] };

/**
 * Step 1 上传: whom the batch is for (单位编号, 医保区划 …), the template to download, the
 * filled-in workbook dropped or picked, then 上传并校验 — the server reads and checks every row
 * and writes nothing yet. A refusal of the owner or of the file shows under it.
 */
export function EmployeeBatchUpload<B extends BatchBase>({
  flow,
  initial,
  onChecked,
}: {
  flow: BatchFlow<B>;
  initial: Record<string, unknown>;
  onChecked: (batch: B, fields: Record<string, unknown>) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<string | null>(null);

  const check = useMutation({
    mutationFn: ({ fields, file }: { fields: Record<string, unknown>; file: File }) =>
      flow.api.upload(flow.fieldsOf(fields), file),
    onSuccess: (batch, { fields }) => {
      setRefused(null);
      onChecked(batch, fields);
    },
    onError: (error) => {
      if (applyFieldError(form, error)) return;
      setRefused(errorMessage(error));
    },
  });

  const submit = ({ file, ...fields }: Values) => {
    const picked = file?.[0]?.originFileObj;
    if (!picked) return;
    setRefused(null);
    check.mutate({ fields, file: picked });
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
      initialValues={{ ...initial, file: [] }}
      onFinish={submit}
      onValuesChange={() => setRefused(null)}
    >
      {refused && <Alert type="error" showIcon title={refused} style={{ marginBottom: 16 }} />}
      <Card title={flow.ownerTitle} size="small" className="window-form-section">
        {flow.ownerFields}
      </Card>
      <Card
        title="人员名单"
        size="small"
        className="window-form-section"
        extra={
          <Button icon={<DownloadOutlined />} href={flow.api.templateUrl} download>
            下载模板
          </Button>
        }
      >
        <Typography.Paragraph className="employee-batch-hint">
          {`请下载模板，每行填写${flow.rowNoun}：${flow.columns.map((c) => c.title).join('、')}。`}
          {flow.hint}
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
        {`上传后逐行校验，此时不写入任何数据；核对校验结果并确认导入后才${flow.action}。`}
      </Typography.Paragraph>
    </Form>
  );
}

import { useState } from 'react';
import {
  residentEnrolmentCheckBody,
  type ApplicationDetail,
  type ResidentEnrolmentPayload,
} from '@yibao/contracts';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Row,
  Space,
  Typography,
  type FormInstance,
} from 'antd';
import { DictSelect } from '../../../shared/dictionaries';
import { LinkButton } from '../../../shared/LinkButton';
import { zodRule } from '../../../shared/zod-form';
import { certNoRule } from '../../registry/shared/form-rules';
import { ApplicationForm, type ForWhom, type Identity } from './ResidentEnrolmentParts';

/** The steps of P21 居民新参保登记 that hold no state of the application: 查询, 确认, 提交成功. */

export const OTHER_ONLY_BY_QR = '通过医保电子凭证扫码方式登录才可以选择【为他人办理】';
const checkShape = residentEnrolmentCheckBody.shape;

/** 参保人员新参保申报信息查询: for whom, and the person's name and certificate. */
export function IdentityStep({
  form,
  checking,
  onChooseFor,
  onCheck,
  onReset,
}: {
  form: FormInstance<Identity>;
  checking: boolean;
  onChooseFor: (value: ForWhom) => void;
  onCheck: (values: Identity) => void;
  onReset: () => void;
}) {
  return (
    <Card title="参保人员新参保申报信息查询" className="applicant-section">
      <Form<Identity>
        form={form}
        layout="vertical"
        initialValues={{ forWhom: 'self', certType: '01' }}
        onFinish={onCheck}
      >
        <Form.Item
          label="是否为本人的办理"
          name="forWhom"
          required
          extra={`${OTHER_ONLY_BY_QR}，选择【为他人办理】需查看并同意“城乡居民参保承诺告知”。`}
        >
          <Radio.Group
            onChange={(e) => onChooseFor(e.target.value as ForWhom)}
            options={[
              { value: 'self', label: '为自己办理' },
              { value: 'other', label: '为他人办理' },
            ]}
          />
        </Form.Item>
        <Row gutter={24}>
          <Col xs={24} md={8}>
            <Form.Item label="姓名" name="name" required rules={[zodRule(checkShape.name)]}>
              <Input placeholder="请输入姓名" maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label="证件类型"
              name="certType"
              required
              rules={[zodRule(checkShape.certType)]}
            >
              <DictSelect
                name="certificate-types"
                only={['01', '17']}
                allowClear={false}
                placeholder="请选择证件类型"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label="证件号码"
              name="certNo"
              required
              dependencies={['certType']}
              rules={[certNoRule]}
            >
              <Input placeholder="请输入证件号码" maxLength={18} />
            </Form.Item>
          </Col>
        </Row>
        <Space className="applicant-actions" size={16}>
          <Button size="large" onClick={onReset}>
            重置
          </Button>
          <Button type="primary" size="large" htmlType="submit" loading={checking}>
            查询
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/**
 * The 增员申办单 to confirm, with the promise the applicant must tick first. Mounted only while
 * open, so each opening starts unticked.
 */
export function ConfirmDialog({
  payload,
  regionCode,
  regionName,
  sending,
  onCancel,
  onConfirm,
}: {
  payload: Omit<ResidentEnrolmentPayload, 'promise'>;
  regionCode: string;
  regionName: string;
  sending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const [promised, setPromised] = useState(false);
  const [promiseError, setPromiseError] = useState(false);
  return (
    <Modal
      open
      title={`${regionName}城乡居民基本医疗保险增员申办单`}
      width={860}
      onCancel={onCancel}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onCancel}>
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={sending}
          onClick={() => (promised ? onConfirm() : setPromiseError(true))}
        >
          确定
        </Button>,
      ]}
    >
      <ApplicationForm payload={payload} regionCode={regionCode} />
      <div className="enrolment-promise">
        <Checkbox
          checked={promised}
          onChange={(e) => {
            setPromised(e.target.checked);
            setPromiseError(false);
          }}
        >
          已知晓并承诺如实填写申报信息
        </Checkbox>
        {promiseError && (
          <Typography.Text type="danger" role="alert" className="enrolment-promise-error">
            请勾选已知晓并承诺如实填写申报信息
          </Typography.Text>
        )}
      </div>
    </Modal>
  );
}

/** 提交成功: the application's number, its state and where to follow it. */
export function Submitted({
  result,
  resubmitted,
}: {
  result: ApplicationDetail;
  resubmitted: boolean;
}) {
  return (
    <Card>
      <Result
        status="success"
        title={resubmitted ? '居民参保登记已重新提交' : '居民参保登记申请提交成功'}
        subTitle={
          <Space orientation="vertical" size={4}>
            <span>办件编号：{result.applicationNo}</span>
            <span>
              审核状态：{result.statusLabel}
              {result.dueOn ? `，办理时限至 ${result.dueOn}` : ''}
            </span>
            <span>经办机构审核后，可在【办件进度查询】中查看办理结果。</span>
          </Space>
        }
        extra={[
          <LinkButton key="progress" to="/personal/applications" type="primary" size="large">
            办件进度查询
          </LinkButton>,
          <LinkButton key="home" to="/personal" size="large">
            返回服务大厅
          </LinkButton>,
        ]}
      />
    </Card>
  );
}

import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Radio,
  Row,
  Space,
} from 'antd';
import { FileDoneOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import {
  CERTIFICATE_KINDS,
  type CertificateIssueBody,
  type CertificateIssued,
} from '@yibao/contracts';
import { ApiError, api, applyFieldError, errorMessage } from '../../../shared/api';
import { DictSelect } from '../../../shared/dictionaries';
import { useElder } from '../../../shared/elder';
import { formatDateTime } from '../../../shared/format';
import { CertifiedEnrolments, certificateKindLabel } from '../shared/CertifiedEnrolments';
import { certNoRule, trimmed } from '../shared/form-rules';
import { nowrap, useNames } from './person-query/display';
import './certificate.css';

export const CERTIFICATES_URL = '/api/registry/certificates';
/** Where anyone holding the paper checks it (printed on the certificate too). */
export const VERIFY_PAGE = '/verify-certificate';

type Kind = CertificateIssueBody['kind'];

interface QueryValues {
  kind: Kind;
  certType: string;
  certNo: string;
  name: string;
}

const QUERY_FIELDS: readonly string[] = ['kind', 'certType', 'certNo', 'name'];

const KIND_OPTIONS = CERTIFICATE_KINDS.map((k) => ({ value: k.value, label: k.label }));

/** `?kind=no-household` opens the page on 无户籍人员参保证明 (the guide's second page). */
const kindOf = (param: string | null): Kind => (param === 'no-household' ? param : 'insured');

/** Capitals, as the registry writes certificate numbers. */
const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);

const bodyOf = (v: QueryValues): CertificateIssueBody => ({
  kind: v.kind,
  certType: v.certType,
  certNo: trimmed(v.certNo).toUpperCase(),
  name: trimmed(v.name),
});

/** The certificate just issued: its numbers, 人员基本信息 and the enrolments it states. */
function IssuedCertificate({ cert, onAgain }: { cert: CertificateIssued; onAgain: () => void }) {
  const names = useNames();
  const { elder } = useElder();
  const c = cert.content;
  const employee = c.enrolments.some((e) => e.insuranceType === '310');
  return (
    <>
      <Card
        size="small"
        className="cert-issued"
        title={
          <Space>
            <FileDoneOutlined className="cert-issued-icon" />
            <span>已开具{certificateKindLabel(cert.kind)}</span>
          </Space>
        }
      >
        <Descriptions
          className="cert-facts cert-numbers"
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: elder ? 2 : 4 }}
          items={[
            {
              key: 'serialNo',
              label: '证明编号',
              children: (
                <span className="cert-number cert-serial" data-testid="cert-serial">
                  {cert.serialNo}
                </span>
              ),
            },
            {
              key: 'code',
              label: '验证码',
              children: (
                <span className="cert-number cert-code" data-testid="cert-code">
                  {cert.verificationCode}
                </span>
              ),
            },
            { key: 'kind', label: '证明类型', children: certificateKindLabel(cert.kind) },
            { key: 'issuedAt', label: '开具时间', children: nowrap(formatDateTime(cert.issuedAt)) },
          ]}
        />
        <div className="cert-issued-footer">
          <span className="cert-issued-hint">
            证明编号和验证码印在参保证明上，持证明者可在参保证明查验页面{' '}
            <span className="cert-verify-url">{`${window.location.origin}${VERIFY_PAGE}`}</span>{' '}
            核对真伪。
          </span>
          <Space wrap>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              href={cert.pdfUrl}
              target="_blank"
              rel="noopener"
            >
              打印参保证明
            </Button>
            <Button icon={<ReloadOutlined />} onClick={onAgain}>
              重新查询
            </Button>
          </Space>
        </div>
      </Card>

      <Card size="small" title="人员基本信息">
        <Descriptions
          className="cert-facts cert-person"
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: elder ? 2 : 3 }}
          items={[
            { key: 'name', label: '姓名', children: c.name },
            { key: 'certType', label: '证件类型', children: names.cert(c.certType) },
            { key: 'certNo', label: '证件号码', children: nowrap(c.certNo) },
            { key: 'sex', label: '性别', children: names.sex(c.sex) },
            { key: 'birthDate', label: '出生日期', children: nowrap(c.birthDate) },
            { key: 'personNo', label: '个人编号', children: nowrap(c.personNo) },
            { key: 'region', label: '参保地', children: c.regionName },
          ]}
        />
      </Card>

      <Card size="small" title="参保信息" className="cert-enrolments-card">
        <CertifiedEnrolments enrolments={c.enrolments} />
        {employee && (
          <p className="cert-months">
            截至开具之日，职工基本医疗保险实际缴费 <strong>{c.paidMonths}</strong> 个月，视同缴费{' '}
            <strong>{c.deemedMonths}</strong> 个月。
          </p>
        )}
      </Card>
    </>
  );
}

/**
 * W02 参保证明开具 (002 二; 参保证明打印 and 无户籍人员参保证明打印): 证明类型, then the guide's
 * 查询条件 — 证件类型, 医保电子凭证/证件号码, 姓名 — and 开具参保证明. The certificate issued shows
 * what it states, its 证明编号 and 验证码, with 打印参保证明 (the PDF) and 重新查询.
 */
export default function CertificatePage() {
  const [params] = useSearchParams();
  const [form] = Form.useForm<QueryValues>();
  const { elder } = useElder();
  const [refused, setRefused] = useState<string | null>(null);
  /** the field a refusal of the server was shown on: any change of the query clears it */
  const [refusedField, setRefusedField] = useState<keyof QueryValues | null>(null);

  const issue = useMutation({
    mutationFn: (v: QueryValues) => api.post<CertificateIssued>(CERTIFICATES_URL, bodyOf(v)),
    onMutate: () => {
      setRefused(null);
      setRefusedField(null);
    },
    onError: (error) => {
      if (applyFieldError(form, error)) {
        const field = error instanceof ApiError ? error.field : undefined;
        setRefusedField(
          field && QUERY_FIELDS.includes(field) ? (field as keyof QueryValues) : null,
        );
        return;
      }
      if (error instanceof ApiError && error.status === 404) {
        // 未找到该证件号码的参保人员: the number is what to check
        form.setFields([{ name: 'certNo', errors: [error.message] }]);
        setRefusedField('certNo');
        return;
      }
      setRefused(errorMessage(error));
    },
  });
  const issued = issue.data ?? null;

  const again = () => {
    issue.reset();
    setRefused(null);
    setRefusedField(null);
    form.resetFields();
  };

  const col = elder ? { xs: 24, lg: 12, xl: 8 } : { xs: 24, md: 12, xl: 8 };
  return (
    <div className="cert-page">
      <Card size="small" title="查询条件" className="cert-query">
        <Form<QueryValues>
          form={form}
          layout="vertical"
          disabled={issued !== null}
          initialValues={{
            kind: kindOf(params.get('kind')),
            certType: '01',
            certNo: '',
            name: '',
          }}
          onFinish={(v) => issue.mutate(v)}
          onValuesChange={() => {
            setRefused(null);
            if (refusedField) {
              form.setFields([{ name: refusedField, errors: [] }]);
              setRefusedField(null);
            }
          }}
        >
          <Form.Item label="证明类型" name="kind" required>
            <Radio.Group optionType="button" buttonStyle="solid" options={KIND_OPTIONS} />
          </Form.Item>
          <Row gutter={16}>
            <Col {...col}>
              <Form.Item label="证件类型" name="certType" required>
                <DictSelect
                  name="certificate-types"
                  allowClear={false}
                  placeholder="请选择证件类型"
                />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item
                label="医保电子凭证/证件号码"
                name="certNo"
                required
                dependencies={['certType']}
                rules={[certNoRule]}
                normalize={upper}
              >
                <Input placeholder="请输入证件号码" maxLength={30} allowClear />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item
                label="姓名"
                name="name"
                required
                rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
              >
                <Input placeholder="请输入姓名（与证件一致）" maxLength={50} allowClear />
              </Form.Item>
            </Col>
          </Row>
          <div className="cert-query-actions">
            <Space wrap>
              <Button
                type="primary"
                htmlType="submit"
                icon={<FileDoneOutlined />}
                loading={issue.isPending}
              >
                开具参保证明
              </Button>
              <Button icon={<ReloadOutlined />} onClick={again} disabled={false}>
                重新查询
              </Button>
            </Space>
          </div>
        </Form>
      </Card>

      {refused && (
        <Alert
          type="error"
          showIcon
          className="cert-refused"
          title="不能开具参保证明"
          description={refused}
        />
      )}
      {issued ? (
        <IssuedCertificate cert={issued} onAgain={again} />
      ) : (
        !refused && (
          <Card size="small" title="人员基本信息">
            <Empty description="请输入证件号码和姓名，开具参保证明后，此处显示证明所载的人员基本信息和参保信息" />
          </Card>
        )
      )}
    </div>
  );
}

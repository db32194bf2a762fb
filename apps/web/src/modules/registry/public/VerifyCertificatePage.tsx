import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Grid,
  Input,
  Layout,
  Result,
  Row,
  Spin,
} from 'antd';
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { CertificateVerifyReply } from '@yibao/contracts';
import { ApiError, api, errorMessage } from '../../../shared/api';
import { ElderSwitch, useElder } from '../../../shared/elder';
import {
  CertifiedEnrolments,
  beijingDate,
  certificateKindLabel,
} from '../shared/CertifiedEnrolments';
import './verify-certificate.css';

const VERIFY_URL = '/api/public/certificates/verify';

interface CheckValues {
  serialNo: string;
  code: string;
}

/** The codes as printed: no spaces, 验证码 in capitals (the server reads it so too). */
const cleaned = (v: CheckValues): CheckValues => ({
  serialNo: v.serialNo.replace(/\s+/g, ''),
  code: v.code.replace(/\s+/g, '').toUpperCase(),
});

const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);

/** What the check found: the certificate's facts, masked, or why there is nothing to show. */
function Outcome({ check }: { check: UseQueryResult<CertificateVerifyReply, Error> }) {
  const { elder } = useElder();
  // a phone in elder mode: the 证明编号 needs the card's whole width
  const screens = Grid.useBreakpoint();
  const stacked = elder && screens.md === false;
  if (check.isFetching) return <Spin className="vc-spin" />;
  if (check.isError) {
    const error = check.error;
    if (error instanceof ApiError && error.status === 404) {
      return (
        <Result
          className="vc-none"
          status="warning"
          title="未查到该参保证明"
          subTitle={
            <>
              <div>{error.message}</div>
              <div>
                证明编号和验证码须与纸质证明上印的完全一致；如仍查不到，请向开具证明的医保经办机构核实。
              </div>
            </>
          }
        />
      );
    }
    return <Alert type="error" showIcon title="查验失败" description={errorMessage(error)} />;
  }
  const r = check.data;
  if (!r) return null;
  return (
    <div className="vc-result">
      <Alert
        type="success"
        showIcon
        icon={<SafetyCertificateOutlined />}
        className="vc-valid"
        title="该参保证明真实有效"
        description="以下为证明开具时记载的参保情况，请与纸质证明逐项核对。"
      />
      <Descriptions
        className="cert-facts vc-facts"
        bordered
        size="small"
        layout={stacked ? 'vertical' : 'horizontal'}
        column={{ xs: 1, sm: 1, md: 2, lg: elder ? 2 : 3 }}
        items={[
          { key: 'serialNo', label: '证明编号', children: r.serialNo },
          { key: 'kind', label: '证明类型', children: certificateKindLabel(r.kind) },
          { key: 'issuedAt', label: '开具日期', children: beijingDate(r.issuedAt) },
          { key: 'name', label: '参保人', children: r.name },
          { key: 'certNo', label: '证件号码', children: r.certNo },
          { key: 'region', label: '参保地', children: r.regionName },
        ]}
      />
      <h2 className="vc-subtitle">参保信息</h2>
      <CertifiedEnrolments enrolments={r.enrolments} />
    </div>
  );
}

/**
 * 参保证明查验 (public, no sign-in): 证明编号 and 验证码 as printed on a 参保证明 confirm that the
 * paper is genuine. `?serialNo=&code=` fill both and check at once, so a link or QR code works.
 * The answer shows the masked name and certificate number and the enrolments, nothing more.
 */
export default function VerifyCertificatePage() {
  const [params, setParams] = useSearchParams();
  const asked = cleaned({
    serialNo: params.get('serialNo') ?? '',
    code: params.get('code') ?? '',
  });
  const ready = asked.serialNo !== '' && asked.code !== '';
  const check = useQuery<CertificateVerifyReply, Error>({
    queryKey: ['certificate-verify', asked.serialNo, asked.code],
    queryFn: () =>
      api.get<CertificateVerifyReply>(
        `${VERIFY_URL}?serialNo=${encodeURIComponent(asked.serialNo)}&code=${encodeURIComponent(asked.code)}`,
      ),
    enabled: ready,
    retry: false,
    staleTime: Infinity,
  });

  const submit = (values: CheckValues) => {
    const next = cleaned(values);
    if (next.serialNo === asked.serialNo && next.code === asked.code) void check.refetch();
    else setParams({ serialNo: next.serialNo, code: next.code });
  };

  return (
    <Layout className="vc">
      <Layout.Header className="portal-header">
        <Link to="/" className="portal-brand">
          <span className="portal-platform">医保公共服务平台</span>
          <span className="portal-name">参保证明查验</span>
        </Link>
        <div className="portal-header-right">
          <Link to="/" className="header-link vc-home-link">
            返回门户首页
          </Link>
          <ElderSwitch dark />
        </div>
      </Layout.Header>
      <Layout.Content className="vc-content">
        <div className="vc-main">
          <Card className="vc-card">
            <h1 className="vc-title">
              <SafetyCertificateOutlined /> 参保证明查验
            </h1>
            <p className="vc-note">
              输入参保证明上的证明编号和验证码，核对证明是否由医保经办机构开具。本页只用于确认纸质证明的真伪：参保人姓名和证件号码部分隐藏，不显示其他个人信息。
            </p>
            <Form<CheckValues>
              // a new link (or 查验 of other numbers) fills the form afresh
              key={`${asked.serialNo}|${asked.code}`}
              layout="vertical"
              className="vc-form"
              initialValues={asked}
              onFinish={submit}
            >
              <Row gutter={16}>
                <Col xs={24} md={14}>
                  <Form.Item
                    label="证明编号"
                    name="serialNo"
                    extra="印在参保证明右上方"
                    rules={[{ required: true, whitespace: true, message: '请输入证明编号' }]}
                  >
                    <Input
                      placeholder="请输入证明编号"
                      maxLength={40}
                      inputMode="numeric"
                      autoComplete="off"
                      allowClear
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item
                    label="验证码"
                    name="code"
                    extra="印在参保证明底部，8 位字母和数字"
                    normalize={upper}
                    rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}
                  >
                    <Input
                      placeholder="请输入验证码"
                      maxLength={20}
                      autoComplete="off"
                      autoCapitalize="characters"
                      allowClear
                    />
                  </Form.Item>
                </Col>
              </Row>
              <div className="vc-actions">
                <Button
                  type="primary"
                  htmlType="submit"
                  size="large"
                  icon={<SearchOutlined />}
                  loading={check.isFetching}
                >
                  查验
                </Button>
              </div>
            </Form>
          </Card>
          {ready && (
            <Card className="vc-card vc-outcome">
              <Outcome check={check} />
            </Card>
          )}
        </div>
      </Layout.Content>
      <Layout.Footer className="landing-footer">医保公共服务平台 · 开源项目 Yibao</Layout.Footer>
    </Layout>
  );
}

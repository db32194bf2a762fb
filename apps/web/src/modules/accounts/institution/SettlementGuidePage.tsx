import { MAX_BILL_FEN, SIGNATURE_MAX_SKEW_SECONDS } from '@yibao/contracts';
import { Card, Descriptions, Table, Typography } from 'antd';
import { LinkButton } from '../../../shared/LinkButton';
import { U_API_KEYS } from './paths';

const { Paragraph, Text, Title } = Typography;

const requestFields = [
  [
    'txnNo',
    '交易流水号',
    '本机构内唯一，1–64位字母、数字、_ 或 -；同一流水号重复提交返回原结果，不重复记账',
  ],
  [
    'certType / certNo',
    '证件类型 / 证件号码',
    '证件类型默认 01 居民身份证；与 voucherToken 二选一',
  ],
  ['voucherToken', '医保码', '参保人在移动端出示的医保码，两分钟内有效；与证件号码二选一'],
  [
    'medType',
    '医疗类别',
    '11 普通门诊、21 普通住院、41 定点药店购药 等（字典 medical-categories）',
  ],
  ['visitDate', '就诊日期', 'YYYY-MM-DD，不晚于当天'],
  ['totalFen', '费用总额（分）', '= inCatalogueFen + outCatalogueFen'],
  ['inCatalogueFen', '目录内金额（分）', '计入起付标准和统筹基金支付'],
  ['outCatalogueFen', '目录外金额（分）', '由个人账户或现金支付'],
  [
    'items',
    '费用明细',
    '可选：[{ name, category, amountFen, inCatalogue }]，合计须与目录内外金额一致',
  ],
  ['accountPassword', '个人账户密码', '六位数字；未开通本地免密支付时，提供密码才使用本人个人账户'],
];

const sampleNode = `import { createHash, createHmac, randomBytes } from 'node:crypto';

const keyId = 'ak_…', secret = '…';             // 接口凭证编号与密钥
const path = '/api/settlement/v1/settlements';
const body = JSON.stringify({
  txnNo: 'HIS20261129000001', certNo: '110105198605120018', medType: '11',
  visitDate: '2026-11-29', totalFen: 32000, inCatalogueFen: 30000, outCatalogueFen: 2000,
});
const timestamp = String(Math.floor(Date.now() / 1000));
const nonce = randomBytes(16).toString('hex');
const text = ['POST', path, timestamp, nonce,
  createHash('sha256').update(body).digest('hex')].join('\\n');
const signature = createHmac('sha256', secret).update(text).digest('hex');

const res = await fetch('https://<平台地址>' + path, {
  method: 'POST', body,
  headers: { 'Content-Type': 'application/json', 'X-Yibao-Key': keyId,
    'X-Yibao-Timestamp': timestamp, 'X-Yibao-Nonce': nonce, 'X-Yibao-Signature': signature },
});`;

/** 结算接口说明: how a designated institution's system calls X08, for its developers. */
export default function SettlementGuidePage() {
  return (
    <Card title="医保结算接口说明" extra={<LinkButton to={U_API_KEYS}>接口凭证</LinkButton>}>
      <Paragraph>
        定点医药机构的信息系统在参保人就诊、购药时调用结算接口：平台按参保地待遇政策（起付标准按年度累计、按医院等级和人员类别的支付比例、年度最高支付限额）计算统筹基金支付，
        个人负担部分先由本人个人账户支付，再按参保人设置的共济账户使用顺序由家庭共济账户支付，其余为现金支付。完整的字段定义见
        <a href="/api/docs" target="_blank" rel="noreferrer">
          {' '}
          接口文档（OpenAPI）
        </a>
        。
      </Paragraph>
      <Title level={5}>接口地址</Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label="结算">POST /api/settlement/v1/settlements</Descriptions.Item>
        <Descriptions.Item label="查询">
          GET /api/settlement/v1/settlements/{'{txnNo}'}
        </Descriptions.Item>
        <Descriptions.Item label="退费">
          POST /api/settlement/v1/settlements/{'{txnNo}'}/refund，请求体 {'{ "refundTxnNo": "…" }'}
          ：整笔冲销，个人账户原路退回；一笔结算只能退费一次
        </Descriptions.Item>
      </Descriptions>
      <Title level={5} style={{ marginTop: 24 }}>
        请求签名
      </Title>
      <Paragraph>
        每个请求携带以下请求头，签名为 HMAC-SHA256（密钥为接口凭证密钥），十六进制小写：
      </Paragraph>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label="X-Yibao-Key">接口凭证编号</Descriptions.Item>
        <Descriptions.Item label="X-Yibao-Timestamp">
          Unix 时间（秒），与平台时间相差不超过 {SIGNATURE_MAX_SKEW_SECONDS} 秒
        </Descriptions.Item>
        <Descriptions.Item label="X-Yibao-Nonce">
          16–64位随机串，每个请求不同；重复使用的请求被拒绝
        </Descriptions.Item>
        <Descriptions.Item label="X-Yibao-Signature">
          HMAC-SHA256(密钥, 方法 + "\n" + 路径（含查询串）+ "\n" + 时间戳 + "\n" + 随机串 + "\n" +
          hex(SHA-256(请求体原文)))
        </Descriptions.Item>
      </Descriptions>
      <Title level={5} style={{ marginTop: 24 }}>
        结算请求字段
      </Title>
      <Table
        size="small"
        pagination={false}
        rowKey={(r) => String(r[0])}
        dataSource={requestFields}
        columns={[
          { title: '字段', dataIndex: 0, render: (v: string) => <Text code>{v}</Text> },
          { title: '名称', dataIndex: 1 },
          { title: '说明', dataIndex: 2 },
        ]}
      />
      <Paragraph type="secondary" style={{ marginTop: 8 }}>
        金额一律为整数分，单笔不超过 {MAX_BILL_FEN / 100 / 10_000} 万元。应答返回统筹基金支付
        fundFen、个人账户支付 accountFen（含各账户明细）、现金支付 cashFen，三者之和等于费用总额。
      </Paragraph>
      <Title level={5} style={{ marginTop: 24 }}>
        示例（Node.js）
      </Title>
      <pre style={{ background: '#f6f8fa', padding: 16, overflowX: 'auto', fontSize: 13 }}>
        {sampleNode}
      </pre>
      <Title level={5}>错误</Title>
      <Paragraph>
        401 未签名、签名不正确、时间戳过期、随机串重复或凭证已吊销；400 字段校验失败（field
        指明字段，如密码错误为 accountPassword）；409 交易流水号已用于另一笔结算、重复退费。
      </Paragraph>
    </Card>
  );
}

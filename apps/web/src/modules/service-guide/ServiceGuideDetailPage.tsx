import { useEffect } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Grid,
  Result,
  Row,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { partLabel, type ServiceItemDetail } from '@yibao/contracts';
import { errorMessage } from '../../shared/api';
import { useElder } from '../../shared/elder';
import { LinkButton } from '../../shared/LinkButton';
import { HandlingView, KindTag } from './parts';
import { GUIDE_PATH, checklistUrl, guidePath, useServiceItem } from './serviceGuideApi';
import { WindowIntake } from './WindowIntake';

const ANNEX_ITEM = 41;

type PhoneRow = NonNullable<ServiceItemDetail['phoneDirectory']>[number];
type Annex = NonNullable<ServiceItemDetail['annexes']>[number];

const numbers = (list: readonly string[]) => (
  <span className="guide-phones">
    {list.map((n) => (
      <span key={n} className="guide-phone">
        {n}
      </span>
    ))}
  </span>
);

/** 四十、玉溪市各县（市、区）医保电话, as the guide prints it. */
function PhoneDirectory({ item }: { item: ServiceItemDetail }) {
  const { elder } = useElder();
  const cols = item.phoneDirectoryColumns;
  if (!item.phoneDirectory || !cols) return null;
  return (
    <Table<PhoneRow>
      className="guide-phone-table"
      rowKey="area"
      size={elder ? 'middle' : 'small'}
      bordered
      pagination={false}
      dataSource={item.phoneDirectory}
      scroll={{ x: 560 }}
      columns={[
        { title: cols.area, dataIndex: 'area', width: 120 },
        { title: cols.office, dataIndex: 'office', render: numbers },
        { title: cols.enrolment, dataIndex: 'enrolment', render: numbers },
        { title: cols.medicalBenefit, dataIndex: 'medicalBenefit', render: numbers },
      ]}
    />
  );
}

/** 四十一、附件: the forms, the prose ones readable in place; ?annex=N opens and shows one. */
function AnnexList({ annexes }: { annexes: readonly Annex[] }) {
  const [params] = useSearchParams();
  const wanted = params.get('annex');
  useEffect(() => {
    if (wanted) document.getElementById(`annex-${wanted}`)?.scrollIntoView({ block: 'center' });
  }, [wanted]);
  return (
    <Table<Annex>
      className="guide-annex-table"
      rowKey="no"
      size="small"
      pagination={false}
      dataSource={[...annexes]}
      rowClassName={(a) => (a.no === wanted ? 'guide-annex-wanted' : '')}
      onRow={(a) => ({ id: `annex-${a.no}` })}
      expandable={{
        rowExpandable: (a) => Boolean(a.text),
        defaultExpandedRowKeys: wanted ? [wanted] : [],
        expandedRowRender: (a) => <div className="guide-annex-text">{a.text}</div>,
      }}
      columns={[
        { title: '附件', dataIndex: 'no', width: 80 },
        { title: '表格名称', dataIndex: 'title' },
        {
          title: '内容',
          key: 'kind',
          width: 120,
          render: (_: unknown, a) =>
            a.text ? (
              <Typography.Text>文书（可展开）</Typography.Text>
            ) : (
              <Typography.Text type="secondary">表格</Typography.Text>
            ),
        },
      ]}
    />
  );
}

/** The forms the item's text cites, tied to item 41's list by title where they can be. */
function AnnexReferences({ item }: { item: ServiceItemDetail }) {
  if (item.annexReferences.length === 0) return null;
  return (
    <Card size="small" title="引用的附件" className="guide-annex-refs">
      <ul className="guide-annex-ref-list">
        {item.annexReferences.map((r) => (
          <li key={`${r.ref}-${r.context}`}>
            <Tag>{r.ref}</Tag>
            <span>{r.context}</span>
            {r.annexNo && (
              <>
                {' '}
                <Link to={`${guidePath(ANNEX_ITEM)}?annex=${encodeURIComponent(r.annexNo)}`}>
                  见附件清单第 {r.annexNo} 项
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary" className="guide-text">
        各章所引附件编号与第四十一项附件清单的编号不一致，请以表格名称为准。
      </Typography.Paragraph>
    </Card>
  );
}

/** The guide's sections: the item's own, or its parts (一)(二)… as tabs (?part=N opens one). */
function Sections({ item }: { item: ServiceItemDetail }) {
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const [first] = item.parts;
  if (!first) return <HandlingView section={item} />;
  const wanted = item.parts.find((p) => String(p.no) === params.get('part')) ?? first;
  const active = String(wanted.no);
  return (
    <Tabs
      className="guide-parts"
      activeKey={active}
      onChange={(key) => setParams({ part: key }, { replace: true })}
      tabPosition={screens.lg && item.parts.length > 4 ? 'left' : 'top'}
      items={item.parts.map((p) => ({
        key: String(p.no),
        label: `${partLabel(p.no)}${p.name}`,
        children: <HandlingView section={p} />,
      }))}
    />
  );
}

/** 办事指南 of one item: its guide, the printable checklist and, where built, 窗口受理. */
export default function ServiceGuideDetailPage() {
  const params = useParams();
  const no = Number(params.no);
  const query = useServiceItem(no);
  const { elder } = useElder();

  if (query.isPending && query.fetchStatus !== 'idle') {
    return (
      <div className="page-loading">
        <Spin size="large" />
      </div>
    );
  }
  if (!query.data) {
    return (
      <Result
        status={query.isError ? 'warning' : '404'}
        title={query.isError ? errorMessage(query.error) : '服务事项不存在'}
        extra={
          <LinkButton type="primary" to={GUIDE_PATH}>
            返回办事指南
          </LinkButton>
        }
      />
    );
  }
  const item = query.data;
  const isInfo = item.kind === 'info';
  const side = item.businesses.length > 0 || item.annexReferences.length > 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} className="guide-detail">
      <Card
        size="small"
        title={
          <Space wrap className="guide-title">
            <span>
              {item.no}、{item.name}
            </span>
            <KindTag kind={item.kind} label={item.kindLabel} />
            {item.businesses.length > 0 && <Tag color="green">可受理</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            {!isInfo && (
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                href={checklistUrl(item.no)}
                target="_blank"
                rel="noopener"
              >
                打印申办资料清单
              </Button>
            )}
            {item.businesses.length > 0 && <Button href="#window-intake">窗口受理</Button>}
            <LinkButton icon={<ArrowLeftOutlined />} to={GUIDE_PATH}>
              返回列表
            </LinkButton>
          </Space>
        }
      >
        <Typography.Text type="secondary" className="guide-features">
          功能编号：{[...item.featureIds, ...item.relatedFeatureIds].join('、')}
        </Typography.Text>
      </Card>
      {item.kind === 'business' && item.businesses.length === 0 && (
        <Alert
          type="info"
          showIcon
          className="guide-not-built"
          title="本事项的业务尚未建设，仅提供办事指南"
          description="请按本指南核对申办资料，可打印申办资料清单供勾选；窗口受理将随业务上线提供。"
        />
      )}
      {item.phoneDirectory ? (
        <Card size="small" title="医保电话">
          <PhoneDirectory item={item} />
        </Card>
      ) : item.annexes ? (
        <Card size="small" title="附件清单">
          <AnnexList annexes={item.annexes} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={side && !elder ? 16 : 24}>
            <Card size="small" title="办事指南" className="guide-sections">
              <Sections item={item} />
            </Card>
          </Col>
          {side && (
            <Col xs={24} xl={elder ? 24 : 8}>
              <div className="guide-side">
                {item.businesses.length > 0 && <WindowIntake businesses={item.businesses} />}
                <AnnexReferences item={item} />
              </div>
            </Col>
          )}
        </Row>
      )}
    </Space>
  );
}

import type { ReactNode } from 'react';
import { Tag, Typography } from 'antd';
import type {
  ServiceHandlingItem,
  ServiceItemKindValue,
  ServiceMaterialItem,
} from '@yibao/contracts';

const KIND_COLORS: Readonly<Record<ServiceItemKindValue, string>> = {
  business: 'blue',
  query: 'cyan',
  info: 'default',
};

/** 业务, 查询 or 信息 */
export function KindTag({ kind, label }: { kind: ServiceItemKindValue; label: string }) {
  return (
    <Tag color={KIND_COLORS[kind]} className="guide-kind-tag">
      {label}
    </Tag>
  );
}

/** 必须 or 条件: whether the material is always needed or only in the guide's case. */
export function RequiredTag({ required }: { required: boolean }) {
  return required ? (
    <Tag color="red" className="guide-required">
      必须
    </Tag>
  ) : (
    <Tag color="gold" className="guide-conditional">
      条件
    </Tag>
  );
}

/** Consecutive materials under the same heading of the guide (none for the first ones). */
export function groupMaterials(materials: readonly ServiceMaterialItem[]) {
  const groups: { heading: string | undefined; materials: ServiceMaterialItem[] }[] = [];
  for (const m of materials) {
    const last = groups.at(-1);
    if (last && last.heading === m.group) last.materials.push(m);
    else groups.push({ heading: m.group, materials: [m] });
  }
  return groups;
}

function Material({ m }: { m: ServiceMaterialItem }) {
  return (
    <li className="guide-material">
      <RequiredTag required={m.required} />
      <span className="guide-material-name">{m.name}</span>
      {m.note && (
        <Typography.Text type="secondary" className="guide-material-note">
          （{m.note}）
        </Typography.Text>
      )}
      {m.alternatives?.length ? (
        <div className="guide-alternatives">
          <Typography.Text type="secondary">以下任选其一：</Typography.Text>
          <ul>
            {m.alternatives.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** 3、申办资料: grouped as the guide lists them, each marked 必须 or 条件. */
export function MaterialsView({ section }: { section: ServiceHandlingItem }) {
  if (section.materials.length === 0) {
    return (
      <Typography.Paragraph className="guide-text">
        {section.materialsNote ?? '无需提交申办资料。'}
      </Typography.Paragraph>
    );
  }
  const groups = groupMaterials(section.materials);
  // the numbering runs on across the groups, as in the guide
  const starts = groups.map((_, i) =>
    groups.slice(0, i).reduce((sum, g) => sum + g.materials.length, 1),
  );
  return (
    <div className="guide-materials">
      {groups.map((g, i) => (
        <div key={`${g.heading ?? ''}-${i}`} className="guide-material-group">
          {g.heading && <div className="guide-material-heading">{g.heading}：</div>}
          <ol start={starts[i]}>
            {g.materials.map((m, j) => (
              <Material key={`${j}-${m.name}`} m={m} />
            ))}
          </ol>
        </div>
      ))}
      {section.materialsNote && (
        <Typography.Paragraph type="secondary" className="guide-text">
          注：{section.materialsNote}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** 5、经办操作页面: the pages in order, under the guide's step headings where it has them. */
export function OperationsView({ section }: { section: ServiceHandlingItem }) {
  const groups = section.operationGroups ?? [{ operations: section.operations }];
  if (section.operations.length === 0) {
    return <Typography.Text type="secondary">指南未列出经办操作页面。</Typography.Text>;
  }
  return (
    <div className="guide-operations">
      {groups.map((g, i) => (
        <div key={`${g.heading ?? ''}-${i}`}>
          {g.heading && <div className="guide-operation-heading">{g.heading}</div>}
          <ol className="guide-operation-list">
            {g.operations.map((op) => (
              <li key={op}>
                <Tag className="guide-operation">{op}</Tag>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="guide-section">
      <Typography.Title level={5} className="guide-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The numbered parts of one section of the guide: 服务对象, 办理流程, 申办资料, 办理时限, 经办操作. */
export function HandlingView({ section }: { section: ServiceHandlingItem }) {
  return (
    <div className="guide-handling">
      <Section title="1、服务对象">
        <Typography.Paragraph className="guide-text">
          {section.audience ?? '指南未写明。'}
        </Typography.Paragraph>
      </Section>
      {section.processText && (
        <Section title="2、办理流程">
          <Typography.Paragraph className="guide-text">{section.processText}</Typography.Paragraph>
        </Section>
      )}
      <Section title="3、申办资料">
        <MaterialsView section={section} />
      </Section>
      <Section title="4、办理时限">
        <Typography.Paragraph className="guide-text guide-time-limit">
          {section.timeLimitText ?? '指南未写明。'}
        </Typography.Paragraph>
      </Section>
      <Section title="5、经办操作页面">
        <OperationsView section={section} />
        {section.handlingText && (
          <Typography.Paragraph className="guide-text guide-handling-text">
            窗口经办：{section.handlingText}
          </Typography.Paragraph>
        )}
      </Section>
    </div>
  );
}

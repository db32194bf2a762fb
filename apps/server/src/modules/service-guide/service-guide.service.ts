import type {
  ServiceHandlingItem,
  ServiceItemBusiness,
  ServiceItemDetail,
  ServiceItemSummary,
} from '@yibao/contracts';
import {
  ANNEXES,
  PHONE_DIRECTORY_COLUMNS,
  REVIEW_POLICY_LABELS,
  SERVICE_ITEMS,
  beijingDateOf,
  serviceItemByNo,
  serviceItemSections,
  type ServiceHandling,
  type ServiceItem,
  type ServiceItemKind,
  type ServiceMaterial,
} from '@yibao/domain';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors';
import { drawChecklist } from './checklist-pdf';

export const KIND_LABELS: Readonly<Record<ServiceItemKind, string>> = {
  business: '业务',
  query: '查询',
  info: '信息',
};

type Business = ReturnType<FastifyInstance['businesses']['all']>[number];

/** The guide's words for a time limit, without the closing full stop. */
const trimStop = (text: string) =>
  text
    .trim()
    .replace(/[。.]+$/, '')
    .replace(/(\d)\s+个工作日/g, '$1个工作日');

/**
 * The item's 办理时限 as one line: the item's own, or the parts' when they agree; null when the
 * guide gives none.
 */
export function timeLimitSummary(item: ServiceItem): string | null {
  const sections = serviceItemSections(item);
  const texts = sections.map((s) => (s.timeLimitText ? trimStop(s.timeLimitText) : null));
  const distinct = [...new Set(texts.filter((t): t is string => t !== null && t !== ''))];
  if (distinct.length === 0) return null;
  if (distinct.length > 1) return '各子项不同，见详情';
  const [only] = distinct as [string];
  return texts.includes(null) ? `${only}（部分子项未写明）` : only;
}

const ANNEX_REF = /附件\s*(\d+(?:-\d+)?)/g;
const FORM_TITLE = /《([^》]+)》/;

/** The forms the item's text cites (附件N), in order, each once with the words that first cite it. */
export function annexReferences(item: ServiceItem): ServiceItemDetail['annexReferences'] {
  const texts: string[] = [];
  for (const s of serviceItemSections(item)) {
    for (const m of s.materials) {
      texts.push(m.name, ...(m.alternatives ?? []));
      if (m.note) texts.push(m.note);
    }
    for (const t of [s.materialsNote, s.processText, s.handlingText]) if (t) texts.push(t);
  }
  const refs: ServiceItemDetail['annexReferences'] = [];
  const seen = new Set<string>();
  for (const context of texts) {
    for (const match of context.matchAll(ANNEX_REF)) {
      const ref = `附件${match[1]}`;
      // the same form cited again (with other remarks) is listed once
      const title = FORM_TITLE.exec(context)?.[1];
      const key = `${ref}|${title ?? context}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const annex = title ? ANNEXES.find((a) => a.title.includes(title)) : undefined;
      refs.push({ ref, context, ...(annex ? { annexNo: annex.no } : {}) });
    }
  }
  return refs;
}

const materialOf = (m: ServiceMaterial) => ({
  name: m.name,
  required: m.required,
  ...(m.group !== undefined ? { group: m.group } : {}),
  ...(m.alternatives ? { alternatives: [...m.alternatives] } : {}),
  ...(m.note !== undefined ? { note: m.note } : {}),
});

const handlingOf = (h: ServiceHandling): ServiceHandlingItem => ({
  ...(h.audience !== undefined ? { audience: h.audience } : {}),
  ...(h.processText !== undefined ? { processText: h.processText } : {}),
  materials: h.materials.map(materialOf),
  ...(h.materialsNote !== undefined ? { materialsNote: h.materialsNote } : {}),
  ...(h.timeLimit ? { timeLimit: { ...h.timeLimit } } : {}),
  ...(h.timeLimitText !== undefined ? { timeLimitText: h.timeLimitText } : {}),
  operations: [...h.operations],
  ...(h.operationGroups
    ? {
        operationGroups: h.operationGroups.map((g) => ({
          ...(g.heading !== undefined ? { heading: g.heading } : {}),
          operations: [...g.operations],
        })),
      }
    : {}),
  ...(h.handlingText !== undefined ? { handlingText: h.handlingText } : {}),
});

const businessOf = (b: Business): ServiceItemBusiness => ({
  code: b.code,
  name: b.name,
  channels: [...b.channels],
  review: b.review,
  reviewLabel: REVIEW_POLICY_LABELS[b.review],
  timeLimitDays: b.timeLimitDays,
  serviceItemNo: b.serviceItemNo ?? null,
  materials: b.materials.map((m) => ({ ...m, types: [...m.types] })),
  windowIntake: b.channels.includes('window') && b.applicants.includes('staff'),
});

/** 办事指南: the items of guide 002 (domain data) joined with the business types built so far. */
export function createServiceGuideService(app: FastifyInstance) {
  const businessesOf = (no: number) => app.businesses.all().filter((b) => b.serviceItemNo === no);
  const itemOf = (no: number) => {
    const item = serviceItemByNo(no);
    if (!item) throw notFound('服务事项不存在');
    return item;
  };

  return {
    list(): ServiceItemSummary[] {
      return SERVICE_ITEMS.map((item) => ({
        no: item.no,
        code: item.code,
        name: item.name,
        kind: item.kind,
        kindLabel: KIND_LABELS[item.kind],
        timeLimitText: timeLimitSummary(item),
        partNames: (item.parts ?? []).map((p) => p.name),
        featureIds: [...item.featureIds],
        businesses: businessesOf(item.no).map((b) => ({ code: b.code, name: b.name })),
      }));
    },

    detail(no: number): ServiceItemDetail {
      const item = itemOf(no);
      return {
        ...handlingOf(item),
        no: item.no,
        code: item.code,
        name: item.name,
        kind: item.kind,
        kindLabel: KIND_LABELS[item.kind],
        featureIds: [...item.featureIds],
        relatedFeatureIds: [...(item.relatedFeatureIds ?? [])],
        parts: (item.parts ?? []).map((p) => ({ ...handlingOf(p), no: p.no, name: p.name })),
        ...(item.phoneDirectory
          ? {
              phoneDirectory: item.phoneDirectory.map((e) => ({
                area: e.area,
                office: [...e.office],
                enrolment: [...e.enrolment],
                medicalBenefit: [...e.medicalBenefit],
              })),
              phoneDirectoryColumns: { ...PHONE_DIRECTORY_COLUMNS },
            }
          : {}),
        ...(item.annexes ? { annexes: item.annexes.map((a) => ({ ...a })) } : {}),
        annexReferences: annexReferences(item),
        businesses: businessesOf(item.no).map(businessOf),
      };
    },

    /** 申办资料清单: the materials of every section with a 收到 column to tick, as a PDF. */
    checklistPdf(no: number): Promise<Buffer> {
      return drawChecklist(itemOf(no), beijingDateOf(app.clock.now()));
    },
  };
}

export type ServiceGuideService = ReturnType<typeof createServiceGuideService>;

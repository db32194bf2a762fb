import type { ApplicationDetail, ApplicationQuery, SubmitApplicationBody } from '@yibao/contracts';
import { addDays, beijingDateOf, missingMaterials, pageWindow } from '@yibao/domain';
import type { Tx } from '@yibao/db';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Audit } from '../../plugins/audit';
import { forbidden, invalid, notFound } from '../../plugins/errors';
import { applicantOf, holdsRight, inStaffScope, mayActAsApplicant, mayRead } from './access';
import type { AnyBusiness, BusinessContext, BusinessRegistry, Requester } from './business';
import {
  attachMaterials,
  detachMaterials,
  findApplication,
  findApplicationPage,
  findMaterials,
  insertApplication,
  insertMaterial,
  lockApplication,
  materialsOf,
  nextApplicationId,
  stepsOf,
  type ApplicationFilter,
  type ApplicationRow,
} from './applications.repository';
import { applicationItemOf, businessItemOf, materialItemOf, stepItemOf } from './views';
import { advance, storedOf } from './workflow';

/** The payload as the business's schema reads it; a bad field answers 400 with its path. */
function parsePayload(business: AnyBusiness, payload: unknown): Record<string, unknown> {
  const parsed = (business.payload as z.ZodType<Record<string, unknown>>).safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue?.message ?? '申报信息有误', ['payload', ...(issue?.path ?? [])].join('.'));
  }
  return parsed.data;
}

/** The applicant's side of 办件: submit, withdraw, resubmit, 我的待办件 and 办件进度查询. */
export function createApplicationsService(app: FastifyInstance, registry: BusinessRegistry) {
  const now = () => app.clock.now();
  const today = () => beijingDateOf(now());

  const business = (code: string) => {
    const b = registry.get(code);
    if (!b) throw notFound('业务类型不存在');
    return b;
  };
  const contextOf = (
    request: Requester,
    tx: Tx,
    audit: Audit,
    progress?: BusinessContext['progress'],
  ): BusinessContext => ({
    app,
    tx,
    audit,
    actor: request.actor,
    signInMethod: request.signInMethod,
    now: now(),
    ...(progress ? { progress } : {}),
  });

  /** Attaches the uploads to the application: the uploader's own, of this business, complete. */
  async function attach(
    tx: Tx,
    request: Requester,
    b: AnyBusiness,
    row: { id: number },
    materialIds: number[],
    paperItems: string[] = [],
  ) {
    const uploader = applicantOf(request.actor);
    if (paperItems.length && request.actor.type !== 'staff') {
      throw forbidden('只有窗口经办人员可以登记纸质材料');
    }
    for (const code of paperItems) {
      if (!b.materials.some((m) => m.code === code)) {
        throw invalid('该业务没有此项材料', 'paperItems');
      }
    }
    const files = await findMaterials(tx, materialIds);
    for (const id of materialIds) {
      const m = files.find((f) => f.id === id);
      const own =
        m &&
        m.uploaderType === uploader.type &&
        m.uploaderId === uploader.id &&
        m.businessCode === b.code &&
        (m.applicationId === null || m.applicationId === row.id);
      if (!own) throw invalid('材料不存在或已被使用，请重新上传', 'materialIds');
    }
    const onPaper = (await materialsOf(tx, row.id)).filter((m) => m.onPaper);
    const provided = new Set([
      ...files.map((f) => f.itemCode),
      ...paperItems,
      ...onPaper.map((m) => m.itemCode),
    ]);
    const missing = missingMaterials(b.materials, provided);
    if (missing.length)
      throw invalid(`请上传${missing.map((m) => m.name).join('、')}`, 'materialIds');
    await attachMaterials(tx, materialIds, row.id);
    // 窗口受理: the originals received at the desk are recorded as such, without a file
    for (const code of new Set(paperItems)) {
      await insertMaterial(tx, {
        applicationId: row.id,
        businessCode: b.code,
        itemCode: code,
        fileName: '纸质原件',
        contentType: '',
        bytes: 0,
        sha256: '',
        storageKey: '',
        onPaper: true,
        uploaderType: uploader.type,
        uploaderId: uploader.id,
        uploadedAt: app.clock.now(),
      });
    }
  }

  const prefixOf = (regionCode: string) => regionCode.slice(0, 2);

  return {
    businesses: () => registry.all().map(businessItemOf),

    /**
     * Files an application. A background job files on behalf of its owner and may follow a long
     * effect's progress.
     */
    async submit(
      request: Requester,
      body: SubmitApplicationBody,
      options: { progress?: BusinessContext['progress'] } = {},
    ): Promise<ApplicationDetail> {
      const b = business(body.businessCode);
      const actor = request.actor;
      if (!b.channels.includes(body.channel) || !b.applicants.includes(actor.type)) {
        throw forbidden('您不能通过此渠道办理该业务');
      }
      const payload = parsePayload(b, body.payload);
      const submittedOn = today();
      const dueOn =
        b.timeLimitDays === null ? null : await app.calendar.dueDate(submittedOn, b.timeLimitDays);
      const id = await app.write(request, async (tx, audit) => {
        const ctx = contextOf(request, tx, audit, options.progress);
        const subject = await b.subject(ctx, payload);
        if (actor.type === 'staff' && !inStaffScope(actor, subject.regionCode)) {
          throw forbidden('该参保地不在您的经办范围内');
        }
        const applicationId = await nextApplicationId(tx);
        const row = await insertApplication(tx, {
          id: applicationId,
          applicationNo: `${prefixOf(subject.regionCode)}${submittedOn.replaceAll('-', '')}${String(applicationId).padStart(8, '0')}`,
          businessCode: b.code,
          channel: body.channel,
          applicantType: actor.type,
          applicantId: actor.id ?? '',
          applicantName: actor.name,
          applicantUnitId: actor.type === 'unit-operator' ? (actor.unitId ?? null) : null,
          subjectPersonId: subject.personId,
          subjectUnitId: subject.unitId,
          subjectName: subject.name,
          subjectCertType: subject.certType,
          subjectCertNo: subject.certNo,
          regionCode: subject.regionCode,
          insuranceType: b.insuranceType ?? '',
          payload,
          status: 'submitted',
          reviewPolicy: b.review,
          submittedAt: ctx.now,
          dueOn,
        });
        await attach(tx, request, b, row, body.materialIds, body.paperItems);
        const decision =
          b.review === 'auto' && b.decide ? await b.decide(ctx, storedOf(row)) : undefined;
        await advance(
          ctx,
          b,
          row,
          { type: 'submit', ...(decision ? { decision: { ok: decision.ok } } : {}) },
          { action: 'submit', comment: decision && !decision.ok ? decision.reason : null },
        );
        return row.id;
      });
      return this.detail(request, id);
    },

    async withdraw(request: Requester, id: number): Promise<ApplicationDetail> {
      await app.write(request, async (tx, audit) => {
        const row = await lockApplication(tx, id);
        if (!row || !mayActAsApplicant(request.actor, row)) throw notFound('办件不存在');
        await advance(
          contextOf(request, tx, audit),
          business(row.businessCode),
          row,
          {
            type: 'withdraw',
          },
          { action: 'withdraw' },
        );
      });
      return this.detail(request, id);
    },

    async resubmit(
      request: Requester,
      id: number,
      body: { payload: Record<string, unknown>; materialIds: number[] },
    ): Promise<ApplicationDetail> {
      await app.write(request, async (tx, audit) => {
        const row = await lockApplication(tx, id);
        if (!row || !mayActAsApplicant(request.actor, row)) throw notFound('办件不存在');
        const b = business(row.businessCode);
        const payload = parsePayload(b, body.payload);
        const ctx = contextOf(request, tx, audit);
        const subject = await b.subject(ctx, payload);
        if (subject.personId !== row.subjectPersonId || subject.unitId !== row.subjectUnitId) {
          throw invalid('重新提交时不能更换办理对象', 'payload');
        }
        await detachMaterials(tx, row.id, body.materialIds);
        await attach(tx, request, b, row, body.materialIds);
        const resubmittedOn = today();
        const dueOn =
          b.timeLimitDays === null
            ? null
            : await app.calendar.dueDate(resubmittedOn, b.timeLimitDays);
        await advance(
          ctx,
          b,
          row,
          { type: 'resubmit' },
          {
            action: 'resubmit',
            patch: { payload, dueOn, decisionReason: null },
          },
        );
      });
      return this.detail(request, id);
    },

    /** 我的待办件 / 办件进度查询 of the signed-in person or unit. */
    async mine(request: Requester, q: ApplicationQuery, page: number, pageSize: number) {
      const actor = request.actor;
      const filter: ApplicationFilter =
        actor.type === 'unit-operator'
          ? { applicantUnitId: actor.unitId ?? -1 }
          : { applicant: applicantOf(actor) };
      if (q.status) filter.statuses = [q.status];
      if (q.businessCode) filter.businessCodes = [q.businessCode];
      if (q.from) filter.from = new Date(`${q.from}T00:00:00+08:00`);
      if (q.to) filter.to = new Date(`${addDays(q.to, 1)}T00:00:00+08:00`);
      if (q.name) filter.subjectName = q.name;
      if (q.certType) filter.subjectCertType = q.certType;
      if (q.certNo) filter.subjectCertNo = q.certNo.toUpperCase();
      const { items, total } = await findApplicationPage(
        app.db,
        filter,
        pageWindow(page, pageSize),
        'newest',
      );
      const day = today();
      return {
        items: items.map((r) =>
          applicationItemOf(
            r.application,
            r.claimedByName,
            registry.get(r.application.businessCode)?.name ?? r.application.businessCode,
            day,
          ),
        ),
        total,
      };
    },

    async detail(request: Requester, id: number): Promise<ApplicationDetail> {
      const found = await findApplication(app.db, id);
      if (!found || !mayRead(request.actor, found.application)) throw notFound('办件不存在');
      return detailOf(request, found.application, found.claimedByName);
    },
  };

  async function detailOf(
    request: Requester,
    row: ApplicationRow,
    claimedByName: string | null,
  ): Promise<ApplicationDetail> {
    const b = registry.get(row.businessCode);
    const [materials, steps] = await Promise.all([
      materialsOf(app.db, row.id),
      stepsOf(app.db, row.id),
    ]);
    const actor = request.actor;
    const staffHere = actor.type === 'staff' && inStaffScope(actor, row.regionCode);
    const mayReview = staffHere && holdsRight(actor, 'application.review');
    const waiting = ['submitted', 'in-review', 'applied'].includes(row.status);
    const claimedByMe = row.claimedBy !== null && String(row.claimedBy) === actor.id;
    return {
      ...applicationItemOf(row, claimedByName, b?.name ?? row.businessCode, today(), false),
      payload: row.payload,
      decisionReason: row.decisionReason,
      effectResult: row.effectResult,
      materials: materials.map(materialItemOf),
      materialRules: b ? businessItemOf(b).materials : [],
      steps: steps.map(stepItemOf),
      can: {
        withdraw:
          mayActAsApplicant(actor, row) && row.status === 'submitted' && row.levelsPassed === 0,
        resubmit: mayActAsApplicant(actor, row) && row.status === 'returned',
        claim: mayReview && waiting && row.claimedBy === null,
        release: mayReview && waiting && claimedByMe,
        review:
          mayReview &&
          waiting &&
          (row.claimedBy === null || claimedByMe) &&
          !row.reviewers.includes(actor.id ?? ''),
      },
    };
  }
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;

/**
 * The status machine of an application (办件). Every status change of every business goes
 * through `transition`; the server stores what it answers and nothing else.
 *
 * Review policies (how a business is decided):
 * - `auto`: decided by the business's rules at once (系统自助审核);
 * - `front-desk`: one review at the front desk (需要前台经办落地审核);
 * - `two-level`: 初审 then 复审 by a different person;
 * - `immediate`: a window item 即时办结 — the clerk's submission applies the effect at once, and
 *   a later 复核 (初审, 复审) confirms it or, failing, undoes it through the compensating action.
 */

export const APPLICATION_STATUSES = [
  'submitted',
  'in-review',
  'approved',
  'rejected',
  'withdrawn',
  'returned',
  'applied',
  'revoked',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The guides' words for each status. */
export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, string>> = {
  submitted: '未审核',
  'in-review': '审核中',
  approved: '审核通过',
  rejected: '审核不通过',
  withdrawn: '已撤回',
  returned: '已回退',
  applied: '已办结待复核',
  revoked: '复核不通过已撤销',
};

export const REVIEW_POLICIES = ['auto', 'front-desk', 'two-level', 'immediate'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];

export const REVIEW_POLICY_LABELS: Readonly<Record<ReviewPolicy, string>> = {
  auto: '系统自助审核',
  'front-desk': '需要前台经办落地审核',
  'two-level': '初审、复审',
  immediate: '即时办结，事后复核',
};

/** How many reviews a policy asks for before the application is decided (or confirmed). */
export function reviewLevels(policy: ReviewPolicy): number {
  switch (policy) {
    case 'auto':
      return 0;
    case 'front-desk':
      return 1;
    case 'two-level':
    case 'immediate':
      return 2;
  }
}

/** The name of review level n (1-based) under a policy: 审核, 初审, 复审, 复核初审 … */
export function levelName(policy: ReviewPolicy, level: number): string {
  if (policy === 'front-desk') return '审核';
  const base = level === 1 ? '初审' : '复审';
  return policy === 'immediate' ? `复核${base}` : base;
}

export interface ApplicationState {
  status: ApplicationStatus;
  policy: ReviewPolicy;
  /** reviews passed so far in the current round */
  levelsPassed: number;
  /** who passed each level of the current round, in order (staff ids) */
  reviewers: readonly string[];
}

export type ApplicationEvent =
  | { type: 'submit'; decision?: { ok: boolean } }
  | { type: 'withdraw' }
  | { type: 'resubmit' }
  | { type: 'approve'; reviewer: string }
  | { type: 'reject'; reviewer: string }
  | { type: 'return'; reviewer: string };

/** What the server must do besides storing the new state. */
export type ApplicationEffect = 'apply' | 'compensate' | null;

export type TransitionResult =
  | { ok: true; state: ApplicationState; effect: ApplicationEffect; level: number | null }
  | { ok: false; reason: string };

const refuse = (reason: string): TransitionResult => ({ ok: false, reason });

/** The state of a new application before its `submit` event. */
export const draftState = (policy: ReviewPolicy): ApplicationState => ({
  status: 'submitted',
  policy,
  levelsPassed: 0,
  reviewers: [],
});

/** Whether the application still waits for a review (and so appears in a work queue). */
export const awaitsReview = (status: ApplicationStatus): boolean =>
  status === 'submitted' || status === 'in-review' || status === 'applied';

/** Final statuses: nothing changes them any more. */
export const isFinal = (status: ApplicationStatus): boolean =>
  status === 'approved' || status === 'rejected' || status === 'withdrawn' || status === 'revoked';

function submit(policy: ReviewPolicy, decision: { ok: boolean } | undefined): TransitionResult {
  const fresh = draftState(policy);
  if (policy === 'auto') {
    if (!decision) return refuse('系统自助审核的业务须给出审核结果');
    return decision.ok
      ? { ok: true, state: { ...fresh, status: 'approved' }, effect: 'apply', level: null }
      : { ok: true, state: { ...fresh, status: 'rejected' }, effect: null, level: null };
  }
  if (policy === 'immediate') {
    return { ok: true, state: { ...fresh, status: 'applied' }, effect: 'apply', level: null };
  }
  return { ok: true, state: fresh, effect: null, level: null };
}

function review(state: ApplicationState, event: ApplicationEvent & { reviewer: string }) {
  if (!awaitsReview(state.status)) return refuse('该办件当前状态不能审核');
  const levels = reviewLevels(state.policy);
  const level = state.levelsPassed + 1;
  if (level > levels) return refuse('该办件无需审核');
  if (state.reviewers.includes(event.reviewer)) {
    return refuse(`${levelName(state.policy, level)}须由未参与本办件审核的其他经办人员办理`);
  }
  const immediate = state.policy === 'immediate';
  if (event.type === 'return') {
    if (immediate) return refuse('即时办结的业务不能回退，复核不通过时请选择不通过');
    return {
      ok: true,
      state: { ...state, status: 'returned', levelsPassed: 0, reviewers: [] },
      effect: null,
      level,
    } as const;
  }
  if (event.type === 'reject') {
    return {
      ok: true,
      state: { ...state, status: immediate ? 'revoked' : 'rejected' },
      effect: immediate ? 'compensate' : null,
      level,
    } as const;
  }
  const reviewers = [...state.reviewers, event.reviewer];
  if (level < levels) {
    const status = immediate ? 'applied' : 'in-review';
    return {
      ok: true,
      state: { ...state, status, levelsPassed: level, reviewers },
      effect: null,
      level,
    } as const;
  }
  return {
    ok: true,
    state: { ...state, status: 'approved', levelsPassed: level, reviewers },
    effect: immediate ? null : 'apply',
    level,
  } as const;
}

/** The next state for an event, or why the event is not allowed now. */
export function transition(state: ApplicationState, event: ApplicationEvent): TransitionResult {
  switch (event.type) {
    case 'submit':
      return submit(state.policy, event.decision);
    case 'withdraw':
      if (state.status !== 'submitted' || state.levelsPassed > 0) {
        return refuse('只有未审核的办件可以撤回');
      }
      return {
        ok: true,
        state: { ...state, status: 'withdrawn' },
        effect: null,
        level: null,
      };
    case 'resubmit':
      if (state.status !== 'returned') return refuse('只有已回退的办件可以修改后重新提交');
      return { ok: true, state: draftState(state.policy), effect: null, level: null };
    case 'approve':
    case 'reject':
    case 'return':
      return review(state, event);
  }
}

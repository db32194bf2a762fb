import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftState,
  isFinal,
  REVIEW_POLICIES,
  reviewLevels,
  transition,
  type ApplicationEvent,
  type ApplicationState,
  type ReviewPolicy,
} from './status';

const submitted = (policy: ReviewPolicy, decision?: { ok: boolean }): ApplicationState => {
  const r = transition(draftState(policy), { type: 'submit', ...(decision ? { decision } : {}) });
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};

const step = (s: ApplicationState, e: ApplicationEvent) => {
  const r = transition(s, e);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('application status machine', () => {
  it('decides an auto business at submission: approval applies the effect, refusal does not', () => {
    const ok = transition(draftState('auto'), { type: 'submit', decision: { ok: true } });
    expect(ok).toMatchObject({ ok: true, state: { status: 'approved' }, effect: 'apply' });
    const no = transition(draftState('auto'), { type: 'submit', decision: { ok: false } });
    expect(no).toMatchObject({ ok: true, state: { status: 'rejected' }, effect: null });
    expect(transition(draftState('auto'), { type: 'submit' }).ok).toBe(false);
  });

  it('waits for one front-desk review, which applies the effect', () => {
    const s = submitted('front-desk');
    expect(s.status).toBe('submitted');
    const r = step(s, { type: 'approve', reviewer: 'r1' });
    expect(r).toMatchObject({ state: { status: 'approved' }, effect: 'apply', level: 1 });
  });

  it('needs 初审 and 复审 by two different people', () => {
    const first = step(submitted('two-level'), { type: 'approve', reviewer: 'r1' });
    expect(first).toMatchObject({ state: { status: 'in-review' }, effect: null, level: 1 });
    const same = transition(first.state, { type: 'approve', reviewer: 'r1' });
    expect(same).toEqual({ ok: false, reason: '复审须由未参与本办件审核的其他经办人员办理' });
    const second = step(first.state, { type: 'approve', reviewer: 'r2' });
    expect(second).toMatchObject({ state: { status: 'approved' }, effect: 'apply', level: 2 });
  });

  it('applies an immediate item at once and undoes it when 复核 fails', () => {
    const r = transition(draftState('immediate'), { type: 'submit' });
    expect(r).toMatchObject({ ok: true, state: { status: 'applied' }, effect: 'apply' });
    const s = step(r.ok ? r.state : draftState('immediate'), { type: 'approve', reviewer: 'r1' });
    expect(s).toMatchObject({ state: { status: 'applied' }, effect: null });
    const failed = step(s.state, { type: 'reject', reviewer: 'r2' });
    expect(failed).toMatchObject({ state: { status: 'revoked' }, effect: 'compensate' });
    const passed = step(s.state, { type: 'approve', reviewer: 'r2' });
    expect(passed).toMatchObject({ state: { status: 'approved' }, effect: null });
    expect(transition(s.state, { type: 'return', reviewer: 'r2' }).ok).toBe(false);
  });

  it('lets the applicant withdraw only before any review, and resubmit only after a return', () => {
    const s = submitted('two-level');
    expect(step(s, { type: 'withdraw' }).state.status).toBe('withdrawn');
    const reviewed = step(s, { type: 'approve', reviewer: 'r1' }).state;
    expect(transition(reviewed, { type: 'withdraw' })).toEqual({
      ok: false,
      reason: '只有未审核的办件可以撤回',
    });
    const returned = step(reviewed, { type: 'return', reviewer: 'r2' }).state;
    expect(returned).toMatchObject({ status: 'returned', levelsPassed: 0, reviewers: [] });
    expect(step(returned, { type: 'resubmit' }).state.status).toBe('submitted');
    expect(transition(s, { type: 'resubmit' }).ok).toBe(false);
  });

  const events: fc.Arbitrary<ApplicationEvent> = fc.oneof(
    fc.constant<ApplicationEvent>({ type: 'withdraw' }),
    fc.constant<ApplicationEvent>({ type: 'resubmit' }),
    fc
      .tuple(fc.constantFrom('approve', 'reject', 'return'), fc.constantFrom('r1', 'r2', 'r3'))
      .map(([type, reviewer]) => ({ type, reviewer }) as ApplicationEvent),
  );

  it('keeps its invariants over any sequence of events (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REVIEW_POLICIES),
        fc.boolean(),
        fc.array(events, { maxLength: 30 }),
        (policy, autoOk, seq) => {
          let state = submitted(policy, policy === 'auto' ? { ok: autoOk } : undefined);
          // the effect is applied at most once and undone at most once, never undone unapplied
          let applied = state.status === 'applied' || (policy === 'auto' && autoOk) ? 1 : 0;
          let compensated = 0;
          for (const e of seq) {
            const r = transition(state, e);
            if (isFinal(state.status)) expect(r.ok).toBe(false);
            if (!r.ok) continue;
            if (r.effect === 'apply') applied++;
            if (r.effect === 'compensate') compensated++;
            expect(r.state.levelsPassed).toBeLessThanOrEqual(reviewLevels(policy));
            expect(new Set(r.state.reviewers).size).toBe(r.state.reviewers.length);
            state = r.state;
          }
          expect(applied).toBeLessThanOrEqual(1);
          expect(compensated).toBeLessThanOrEqual(applied);
          if (state.status === 'approved' && policy !== 'auto') {
            expect(state.levelsPassed).toBe(reviewLevels(policy));
          }
          if (state.status === 'approved') expect(applied).toBe(1);
          if (state.status === 'revoked') expect(compensated).toBe(1);
          if (['rejected', 'withdrawn', 'returned', 'submitted'].includes(state.status)) {
            expect(applied).toBe(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import { enrolmentHistory, personHistory } from '@yibao/db';
import { conflict } from '../../plugins/errors';
import type { BusinessContext, StoredApplication } from '../applications';
import { undoOwnChange } from './history';
import {
  findEnrolmentById,
  findPersonById,
  updateEnrolment,
  updatePerson,
  type PersonRow,
} from './registry.repository';

/**
 * A failed 复核 of a business that changed one enrolment and its person (职工减少, 在职转退休):
 * both go back to what they were, or nothing does when either changed since. The application's
 * effectResult names them; `what` names the business in the messages (职工减少 …).
 */
export async function undoEnrolmentAndPerson(
  ctx: BusinessContext,
  app: Pick<StoredApplication<unknown>, 'applicationNo' | 'effectResult'>,
  what: string,
) {
  const reason = `办件 ${app.applicationNo}`;
  const undoReason = `${reason} 复核不通过，撤销${what}`;
  const enrolment = await findEnrolmentById(ctx.tx, Number(app.effectResult?.enrolmentId), true);
  const person = await findPersonById(ctx.tx, Number(app.effectResult?.personId), true);
  if (!enrolment || !person) throw conflict(`找不到本办件${what}的参保记录`);
  const undone =
    (await undoOwnChange(ctx.tx, enrolmentHistory, enrolment.id, reason, (before) =>
      updateEnrolment(ctx.tx, enrolment, before, 'restore', ctx.actor, ctx.now, undoReason),
    )) &&
    (await undoOwnChange(ctx.tx, personHistory, person.id, reason, (before) =>
      updatePerson(ctx.tx, person, before as Partial<PersonRow>, ctx.actor, ctx.now, undoReason),
    ));
  if (!undone) throw conflict(`该人员在${what}之后又有变更，不能撤销本次${what}`);
}

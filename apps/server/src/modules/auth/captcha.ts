import { and, captchas, eq, isNull, type Executor } from '@yibao/db';
import { randomUUID } from 'node:crypto';
import svgCaptcha from 'svg-captcha';
import { invalid } from '../../plugins/errors';

const TTL_MS = 5 * 60_000;

/** A new graphic captcha: four characters without the easily confused ones. */
export async function createCaptcha(db: Executor, now: Date, ip: string) {
  const { data, text } = svgCaptcha.create({
    size: 4,
    noise: 2,
    ignoreChars: '0oO1ilI',
    color: true,
    background: '#f0f4ff',
  });
  const id = randomUUID();
  await db.insert(captchas).values({
    id,
    answer: text.toLowerCase(),
    createdAt: now,
    expiresAt: new Date(now.getTime() + TTL_MS),
    ip,
  });
  return { id, svg: data };
}

/**
 * Checks and burns a captcha: right or wrong, it can be used only once, so a guess costs a new
 * image. Wrong, unknown or expired answers get the same message.
 */
export async function consumeCaptcha(
  db: Executor,
  id: string,
  answer: string,
  now: Date,
  field = 'captcha',
) {
  const [row] = await db
    .update(captchas)
    .set({ usedAt: now })
    .where(and(eq(captchas.id, id), isNull(captchas.usedAt)))
    .returning();
  const ok = !!row && row.expiresAt > now && row.answer === answer.trim().toLowerCase();
  if (!ok) throw invalid('图形验证码不正确或已失效，请重新输入', field);
}

import type {
  BindUnitBody,
  CreateOperatorBody,
  UnitHomeReply,
  UnitLoginBody,
  UnitRegisterBody,
  UnitSendSmsBody,
} from '@yibao/contracts';
import { maskPhone } from '@yibao/domain';
import { dictionaryLabel } from '@yibao/db/dictionaries';
import { isUniqueViolation } from '@yibao/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { hashPassword } from '../../lib/passwords';
import { conflict, forbidden, invalid, notFound, unauthenticated } from '../../plugins/errors';
import { enforce } from '../../plugins/rate-limit';
import { consumeCaptcha } from './captcha';
import { passwordLogin } from './password-login';
import { consumeSmsCode } from './sms-codes';
import type { PersonAccountsService } from './person-accounts.service';
import {
  findActiveOperatorByPhone,
  findOperator,
  findUnit,
  findUnitByUscc,
  insertBindingCode,
  insertOperator,
  lockOpenBindingCode,
  lockOperatorRow,
  markBindingCodeUsed,
  updateOperator,
} from './unit-operators.repository';

const BINDING_CODE_TTL_MS = 7 * 86_400_000;
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const hashCode = (code: string) => createHash('sha256').update(code.toUpperCase()).digest();

/** 管理人群 on the unit portal home, by the kind of unit. */
const managedGroups: Record<string, string> = {
  'agency-flex': '灵活就业人员',
  school: '在校学生',
  hospital: '定点医疗机构',
  pharmacy: '定点零售药店',
};

export const unitMessages = {
  notRegistered: '该账号未注册，请先注册',
  phoneTaken: '该手机号已注册单位经办人账号，请直接登录',
  bindingFailed: '统一社会信用代码或绑定码不正确',
};

const randomCode = (length: number, chars: string) =>
  Array.from({ length }, () => chars[randomInt(chars.length)]).join('');

/** 单位经办人 accounts (004 FAQ 3): separate from personal accounts, each bound to one unit. */
export function createUnitOperatorsService(app: FastifyInstance, persons: PersonAccountsService) {
  const now = () => app.clock.now();
  return {
    async sendSms(request: FastifyRequest, body: UnitSendSmsBody) {
      await consumeCaptcha(app.db, body.captchaId, body.captcha, now());
      const operator = await findActiveOperatorByPhone(app.db, body.phone);
      if (body.purpose === 'unit-register' && operator)
        throw conflict(unitMessages.phoneTaken, 'phone');
      return persons.sendCodeTo(request, body.phone, body.purpose, null);
    },

    async register(request: FastifyRequest, body: UnitRegisterBody) {
      if (await findActiveOperatorByPhone(app.db, body.phone))
        throw conflict(unitMessages.phoneTaken, 'phone');
      await consumeSmsCode(app.db, body.phone, 'unit-register', body.smsCode, now());
      const passwordHash = await hashPassword(body.password);
      try {
        await app.write(request, async (tx, audit) => {
          const op = await insertOperator(tx, {
            phone: body.phone,
            name: body.name,
            passwordHash,
            createdAt: now(),
          });
          await audit({
            action: 'unit-operator.register',
            entity: 'unit-operator',
            entityId: op.id,
            after: { phone: maskPhone(body.phone), name: body.name },
          });
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict(unitMessages.phoneTaken, 'phone');
        throw err;
      }
    },

    async login(request: FastifyRequest, body: UnitLoginBody) {
      await enforce(
        app.db,
        [{ key: `login:ip:${request.ip}`, limit: 60, windowSeconds: 60 }],
        now(),
      );
      await consumeCaptcha(app.db, body.captchaId, body.captcha, now());
      const op = await findActiveOperatorByPhone(app.db, body.phone);
      if (!op) throw unauthenticated(unitMessages.notRegistered);
      await passwordLogin(app, request, {
        entity: 'unit-operator',
        account: op,
        password: body.password,
        actor: { type: 'unit-operator', id: String(op.id), name: op.name },
        lockRow: lockOperatorRow,
        saveState: (tx, id, state) => updateOperator(tx, id, state),
      });
      return op;
    },

    /** Binds the signed-in operator to a unit by its USCC and a code the agency issued. */
    async bind(request: FastifyRequest, body: BindUnitBody) {
      const operatorId = Number(request.actor.id);
      await enforce(
        app.db,
        [{ key: `bind:operator:${operatorId}`, limit: 10, windowSeconds: 3600 }],
        now(),
      );
      const unit = await findUnitByUscc(app.db, body.uscc);
      if (!unit || unit.status !== '正常') throw invalid(unitMessages.bindingFailed, 'bindingCode');
      await app.write(request, async (tx, audit) => {
        const code = await lockOpenBindingCode(tx, unit.id);
        const matches =
          !!code &&
          code.expiresAt > now() &&
          timingSafeEqual(Buffer.from(code.codeHash, 'hex'), hashCode(body.bindingCode));
        if (!code || !matches) throw invalid(unitMessages.bindingFailed, 'bindingCode');
        await markBindingCodeUsed(tx, code.id, operatorId, now());
        await updateOperator(tx, operatorId, { unitId: unit.id, boundAt: now() });
        await audit({
          action: 'unit-operator.bind',
          entity: 'unit-operator',
          entityId: operatorId,
          regionCode: unit.regionCode,
          after: { unitId: unit.id },
        });
      });
      return { unitName: unit.name };
    },

    /** An agency clerk issues a one-time binding code for a unit of their region. */
    async issueBindingCode(request: FastifyRequest, unitId: number) {
      const unit = await findUnit(app.db, unitId);
      if (!unit) throw notFound('单位不存在');
      assertRegion(request, unit.regionCode);
      const code = randomCode(8, CODE_CHARS);
      const expiresAt = new Date(now().getTime() + BINDING_CODE_TTL_MS);
      await app.write(request, async (tx, audit) => {
        await insertBindingCode(tx, {
          unitId,
          codeHash: hashCode(code).toString('hex'),
          issuedBy: request.actor.id ?? '',
          issuedAt: now(),
          expiresAt,
        });
        await audit({
          action: 'unit.binding-code',
          entity: 'unit',
          entityId: unitId,
          regionCode: unit.regionCode,
        });
      });
      return { code, expiresAt: expiresAt.toISOString() };
    },

    /** Staff create an operator directly; the initial password goes to the operator's phone. */
    async createOperator(request: FastifyRequest, body: CreateOperatorBody) {
      const unit = await findUnit(app.db, body.unitId);
      if (!unit) throw notFound('单位不存在');
      assertRegion(request, unit.regionCode);
      if (await findActiveOperatorByPhone(app.db, body.phone))
        throw conflict(unitMessages.phoneTaken, 'phone');
      const initial =
        randomCode(4, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz') +
        randomCode(4, '23456789');
      const passwordHash = await hashPassword(initial);
      const op = await app.write(request, async (tx, audit) => {
        const row = await insertOperator(tx, {
          phone: body.phone,
          name: body.name,
          passwordHash,
          unitId: unit.id,
          boundAt: now(),
          createdAt: now(),
        });
        await app.notifications.sendSms(tx, {
          phone: body.phone,
          text: `${body.name}您好，${unit.name}的单位网厅经办人账号已开通，初始登录密码为${initial}，请登录后及时修改。`,
        });
        await audit({
          action: 'unit-operator.create',
          entity: 'unit-operator',
          entityId: row.id,
          regionCode: unit.regionCode,
          after: { phone: maskPhone(body.phone), unitId: unit.id },
        });
        return row;
      });
      return { id: op.id };
    },

    async home(request: FastifyRequest): Promise<UnitHomeReply> {
      const op = await findOperator(app.db, Number(request.actor.id));
      if (!op) throw unauthenticated();
      const unit = op.unitId ? await findUnit(app.db, op.unitId) : null;
      return {
        bound: !!unit,
        operatorName: op.name,
        unitName: unit?.name ?? '',
        unitType: unit ? dictionaryLabel('unit-types', unit.unitType) : '',
        managedGroup: unit ? (managedGroups[unit.unitType] ?? '本单位职工') : '',
        uscc: unit?.uscc ?? '',
      };
    },
  };
}
export type UnitOperatorsService = ReturnType<typeof createUnitOperatorsService>;

function assertRegion(request: FastifyRequest, regionCode: string) {
  const regions = request.actor.regions ?? [];
  if (!regions.includes('*') && !regions.includes(regionCode))
    throw forbidden('该单位不在您的经办区域内');
}

import fc from 'fast-check';
import {
  accountPasswordBody,
  newAccountPasswordField,
  weakAccountPasswordReason,
} from '@yibao/contracts';
import { describe, expect, it } from 'vitest';

/** The 新密码 rules the P17 page and the server share (contracts/account-security.ts). */
describe('个人账户密码 新密码 rules', () => {
  const message = (value: string) =>
    newAccountPasswordField.safeParse(value).error?.issues[0]?.message;

  it('asks for six digits', () => {
    expect(message('')).toBe('请输入新密码');
    expect(message('12345')).toBe('个人账户密码为六位数字');
    expect(message('1234567')).toBe('个人账户密码为六位数字');
    expect(message('12a456')).toBe('个人账户密码为六位数字');
  });

  it('refuses the initial password, one digit six times and runs up or down', () => {
    expect(message('000000')).toBe('新密码不能为初始密码000000');
    for (const d of '123456789') {
      expect(message(d.repeat(6))).toBe('新密码不能为六位相同的数字，如111111');
    }
    for (const run of ['012345', '123456', '456789', '987654', '654321', '543210']) {
      expect(message(run)).toBe('新密码不能为连续的数字，如123456、654321');
    }
  });

  it('takes any other six digits', () => {
    const weak = (s: string) =>
      new Set(s).size === 1 || '0123456789'.includes(s) || '9876543210'.includes(s);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), (s) => {
        expect(weakAccountPasswordReason(s) === null).toBe(!weak(s));
        expect(newAccountPasswordField.safeParse(s).success).toBe(!weak(s));
      }),
    );
    for (const ok of ['258147', '135790', '112233', '123457', '098765'])
      expect(message(ok)).toBeUndefined();
  });

  it('wants 确认新密码 the same', () => {
    const body = { password: '258147', confirmPassword: '258148', smsCode: '123456' };
    const issue = accountPasswordBody.safeParse(body).error?.issues[0];
    expect(issue).toMatchObject({ message: '两次输入的密码不一致', path: ['confirmPassword'] });
    expect(accountPasswordBody.safeParse({ ...body, confirmPassword: '258147' }).success).toBe(
      true,
    );
  });
});

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeCertNo18 } from '@yibao/domain';
import { cascade, choose, launchBrowser, screenshot, screenshotDir } from './browser';
import { confirmSave, today } from './fixtures-registry';
import {
  base,
  button,
  fieldError,
  fitsWidth,
  openMenuItem,
  query,
  settled,
  signIn,
  staffApi,
  viewport,
} from './fixtures-window';

/**
 * W26 参保人员个人账户一次性支取 (guide 002 二十六) at the window: clerk01 registers a 死亡人员清退
 * 账户 (the heir's bank account) and a 转移人员清退账户 through 个人账户清退登记 and prints the
 * annex's 申请表; reviewer01 approves the first in 个人账户清退审核 — the whole balance leaves as
 * one 清算 movement and the account is 销户 — and refuses the second; clerk01 withdraws a third
 * registration in 个人账户清退撤销.
 */

interface Employee {
  id: number;
  name: string;
  cert_no: string;
  unit_no: string;
  balance_fen: number;
  bank_account: string;
}

/** A demo employee of 北京市 insured through a unit, with an open account holding money. */
const employee = async (nth: number) =>
  (
    await query<Employee>(
      `select p.id::int, p.name, p.cert_no, u.unit_no, a.balance_fen::int as balance_fen,
              p.bank_account
         from persons p
         join enrolments e on e.person_id = p.id and e.insurance_type = '310'
                          and e.status = '正常参保' and e.start_date < date_trunc('month', now())
         join units u on u.id = e.unit_id and u.status = '正常'
         join personal_accounts a on a.person_id = p.id and a.status = '正常' and a.balance_fen > 0
        where p.region_code = '110000' and p.cert_type = '01' and p.status = '正常'
          and p.bank_code <> '' and p.bank_account ~ '^[0-9]{12,30}$'
          and p.phone not like '1380000%'
          and not exists (select 1 from mutual_aid_links l where l.status = '有效'
                            and (l.holder_person_id = p.id or l.member_person_id = p.id))
        order by p.id desc offset $1 limit 1`,
      [nth],
    )
  )[0]!;

const accountOf = async (personId: number) =>
  (
    await query<{ status: string; balance_fen: number; closed: boolean }>(
      `select status, balance_fen::int as balance_fen, closed_at is not null as closed
         from personal_accounts where person_id = $1`,
      [personId],
    )
  )[0]!;

const lastDayOfLastMonth = () => {
  const d = new Date(`${today().slice(0, 7)}-01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};

/** 单位职工减少 through the API (即时办结): 死亡 records the death, 调出 ends the enrolment. */
async function reduce(e: Employee, reason: 'death' | 'transferred') {
  const api = await staffApi('clerk01');
  const res = await api.post('/api/applications', {
    data: {
      businessCode: 'employee-reduction',
      channel: 'window',
      materialIds: [],
      paperItems: ['change-form', 'termination-proof'],
      payload: {
        unitNo: e.unit_no,
        certType: '01',
        certNo: e.cert_no,
        reason,
        endDate: lastDayOfLastMonth(),
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  await api.dispose();
}

const HEIR_CERT = makeCertNo18('110105', '19900312', '218');
const yuan = (fen: number) =>
  (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('window: 个人账户清退 登记 → 审核 → 撤销 (guide 002 二十六)', () => {
  let browser: Browser;
  let clerk: Page;
  let reviewer: Page;
  let deceased: Employee;
  let movedOut: Employee;
  let revoked: Employee;
  /** A page of 个人账户管理, its group opened first when it is folded. */
  const openPage = (page: Page, label: string) => openMenuItem(page, '个人账户管理', label);

  beforeAll(async () => {
    // Until the migration grants it, 窗口经办员 get 个人账户清退登记、撤销 the way it will.
    await query(
      `update roles set rights = array_append(rights, 'account.withdraw')
        where code = 'clerk' and not ('account.withdraw' = any(rights))`,
    );
    deceased = await employee(3);
    movedOut = await employee(4);
    revoked = await employee(5);
    await reduce(deceased, 'death');
    await reduce(movedOut, 'transferred');
    await reduce(revoked, 'transferred');
    browser = await launchBrowser();
    clerk = await (await browser.newContext({ viewport })).newPage();
    reviewer = await (await browser.newContext({ viewport })).newPage();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return;
    const n = ctx.task.suite?.tasks.indexOf(ctx.task) ?? 0;
    await screenshot(clerk, `failed-account-withdrawal-${n}-clerk`);
    await screenshot(reviewer, `failed-account-withdrawal-${n}-reviewer`);
  });
  afterAll(async () => {
    await browser.close();
  });

  const lookUp = async (certNo: string) => {
    await clerk.getByLabel('证件号码', { exact: true }).first().fill(certNo);
    await button(clerk, '查询').click();
    await clerk.locator('.withdrawal-account').waitFor();
  };
  const tickPaper = async (names: readonly string[]) => {
    for (const name of names) {
      await clerk.getByRole('checkbox', { name: new RegExp(`${name}.*已收取纸质原件`) }).check();
    }
  };

  it('登记 (死亡): the heir’s bank account, checked before 保存, then the 申请表', async () => {
    await signIn(clerk, 'clerk01');
    await openPage(clerk, '个人账户清退登记');
    await clerk.waitForURL(/\/window\/account-withdrawal\/register$/);
    await clerk.getByText('请输入证件类型和证件号码，查询要办理个人账户清退的参保人员').waitFor();
    await settled(clerk);
    await screenshot(clerk, 'account-withdrawal-register-idle');

    await lookUp(deceased.cert_no);
    const account = clerk.locator('.withdrawal-account');
    await account.getByText(`${yuan(deceased.balance_fen)} 元`).waitFor();
    await account.getByText('正常').waitFor();
    await clerk.locator('.withdrawal-person').getByText('死亡', { exact: true }).waitFor();
    // the registry's 死亡日期 is offered
    await expect(clerk.getByLabel('死亡日期', { exact: true }).inputValue()).resolves.toBe(
      lastDayOfLastMonth(),
    );

    await button(clerk, '保存').click();
    await fieldError(clerk, '请输入继承人姓名').waitFor();
    await fieldError(clerk, '请选择银行大类').waitFor();
    await fieldError(clerk, '请确认已收取纸质原件').waitFor();
    await clerk.getByLabel('继承人姓名', { exact: true }).fill('宋继承');
    await choose(clerk, '与死者关系', '子女');
    await clerk.getByLabel('继承人证件号码', { exact: true }).fill(HEIR_CERT);
    await clerk.getByLabel('常住地址', { exact: true }).fill('北京市朝阳区建国路88号');
    await choose(clerk, '银行大类', '中国工商银行');
    await clerk.getByLabel('开户行', { exact: true }).fill('中国工商银行北京建国路支行');
    await clerk.getByLabel('银行账号', { exact: true }).fill('6222 0202 00AB');
    await fieldError(clerk, '银行账号应为12至30位数字').waitFor();
    await clerk.getByLabel('银行账号', { exact: true }).fill('6222 0202 0011 2233 445');
    await expect(clerk.getByLabel('户名', { exact: true }).inputValue()).resolves.toBe('宋继承');
    await tickPaper([
      '医保电子凭证或有效身份证件或金融社保卡',
      '职工基本医疗保险个人账户一次性支取申请表',
      '死亡证明复印件',
      '继承人银行卡账户信息',
      '继承人身份证复印件',
    ]);
    await expect.poll(() => clerk.locator('.ant-form-item-explain-error').count()).toBe(0);
    await settled(clerk);
    await screenshot(clerk, 'account-withdrawal-register-death');

    await button(clerk, '保存').click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByText(`${yuan(deceased.balance_fen)} 元`).waitFor();
    await dialog.getByText('6222020200112233445').waitFor();
    await screenshot(clerk, 'account-withdrawal-register-confirm');
    await confirmSave(clerk);

    const result = clerk.locator('.withdrawal-result');
    await result.getByText('个人账户清退登记成功').waitFor();
    await result.locator('.application-status-tag', { hasText: '未审核' }).waitFor();
    await settled(clerk);
    await screenshot(clerk, 'account-withdrawal-register-result');
    // nothing moves before the review
    expect(await accountOf(deceased.id)).toMatchObject({
      status: '正常',
      balance_fen: deceased.balance_fen,
    });

    // 打印申请表: the annex filled in, printed from the browser's session
    const href = await result.getByRole('link', { name: /打印申请表/ }).getAttribute('href');
    const pdf = await clerk.request.get(`${base()}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const file = path.join(screenshotDir, 'account-withdrawal-form.pdf');
    writeFileSync(file, await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const words of [
      '职工基本医疗保险个人账户一次性支取申请表',
      deceased.name,
      deceased.cert_no,
      '宋继承',
      HEIR_CERT,
      '6222020200112233445',
      yuan(deceased.balance_fen),
    ]) {
      expect(text).toContain(words);
    }
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  });

  it('登记 (转移): 转入地 without a personal account, paid to the person’s own account', async () => {
    // 办事指南 › 二十六 › 窗口受理: the originals ticked there come along to 登记, the kind chosen
    await clerk.goto(`${base()}/window/guide/26`);
    const intake = clerk.locator('.guide-intake-business', { hasText: '转移人员清退账户' });
    await intake.getByRole('checkbox', { name: /接续联系函/ }).check();
    await intake.getByRole('checkbox', { name: /参保人身份证复印件/ }).check();
    await settled(clerk);
    await screenshot(clerk, 'account-withdrawal-guide-intake');
    await intake.getByRole('link', { name: /前往受理/ }).click();
    await clerk.waitForURL(
      /\/account-withdrawal\/register\/transfer\?paper=transfer-letter,id-copy$/,
    );
    await lookUp(movedOut.cert_no);
    await expect(clerk.getByRole('radio', { name: '转移人员清退账户' }).isChecked()).resolves.toBe(
      true,
    );
    for (const received of ['接续联系函', '参保人身份证复印件']) {
      await expect(
        clerk
          .getByRole('checkbox', { name: new RegExp(`${received}.*已收取纸质原件`) })
          .isChecked(),
      ).resolves.toBe(true);
    }
    await cascade(clerk, '转入地', ['云南省', '玉溪市']);
    await clerk.keyboard.press('Escape');
    await clerk.getByLabel('转移日期', { exact: true }).fill(lastDayOfLastMonth());
    await clerk.getByLabel('转移日期', { exact: true }).press('Tab');
    // paid to the person's own account: the registry's 委托代发 account is offered
    await expect(clerk.getByLabel('银行账号', { exact: true }).inputValue()).resolves.toBe(
      movedOut.bank_account,
    );
    await clerk.getByLabel('开户行', { exact: true }).fill('北京西单支行');
    await expect(clerk.getByLabel('户名', { exact: true }).inputValue()).resolves.toBe(
      movedOut.name,
    );
    await tickPaper([
      '医保电子凭证或有效身份证件或金融社保卡',
      '职工基本医疗保险个人账户一次性支取申请表',
      '参保人银行卡账户信息',
    ]);
    await settled(clerk);
    await screenshot(clerk, 'account-withdrawal-register-transfer');
    await button(clerk, '保存').click();
    await confirmSave(clerk);
    await clerk.locator('.withdrawal-result').getByText('个人账户清退登记成功').waitFor();
    const [row] = await query<{ business_code: string; payload: { transferRegionCode: string } }>(
      `select business_code, payload from applications
        where subject_person_id = $1 order by id desc limit 1`,
      [movedOut.id],
    );
    expect(row).toMatchObject({
      business_code: 'account-withdrawal-transfer',
      payload: { transferRegionCode: '530400' },
    });
  });

  it('审核: reviewer01 approves the death (paid out, 销户) and refuses the transfer', async () => {
    await signIn(reviewer, 'reviewer01');
    await openPage(reviewer, '个人账户清退审核');
    await reviewer.waitForURL(/\/window\/account-withdrawal\/review$/);
    const table = reviewer.locator('.server-table');
    await table.getByText('账户清退未审核信息').waitFor();
    await table.getByRole('cell', { name: deceased.name }).waitFor();
    await table.getByRole('cell', { name: movedOut.name }).waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'account-withdrawal-review-list');

    const open = async (name: string) => {
      await table
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('button', { name: '审核' })
        .click();
      await reviewer.locator('.withdrawal-review-panel').waitFor();
    };
    await open(deceased.name);
    const panel = reviewer.locator('.withdrawal-review-panel');
    await panel.getByText('宋继承').first().waitFor();
    await panel.getByText('6222020200112233445').waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'account-withdrawal-review-panel');
    await button(panel, '审核通过').click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByText(`${yuan(deceased.balance_fen)} 元`).waitFor();
    await dialog.getByLabel('审核意见').fill('材料齐全，同意支取');
    await button(dialog, '确认通过').click();
    await panel.locator('.withdrawal-paid').waitFor();
    await panel.getByText(`已一次性支取 ${yuan(deceased.balance_fen)} 元`).waitFor();
    await settled(reviewer);
    await screenshot(reviewer, 'account-withdrawal-review-approved');

    expect(await accountOf(deceased.id)).toEqual({ status: '销户', balance_fen: 0, closed: true });
    const movements = await query<{ amount_fen: number; description: string }>(
      `select m.amount_fen::int as amount_fen, m.description from account_movements m
         join personal_accounts a on a.id = m.account_id
        where a.person_id = $1 and m.kind = '清算'`,
      [deceased.id],
    );
    expect(movements).toEqual([
      { amount_fen: -deceased.balance_fen, description: '个人账户一次性支取(死亡)' },
    ]);

    await open(movedOut.name);
    await button(panel, '审核不通过').click();
    await dialog.getByLabel('不通过原因').fill('未提供接续联系函原件');
    await button(dialog, '确认不通过').click();
    await panel.getByText('审核不通过：未提供接续联系函原件').waitFor();
    // 长者模式: the larger type still fits the window
    const elder = reviewer.getByRole('switch', { name: '长者模式（适老化）' });
    await elder.click();
    await expect
      .poll(() => reviewer.evaluate(() => document.documentElement.className))
      .toContain('elder');
    await settled(reviewer);
    await fitsWidth(reviewer);
    await screenshot(reviewer, 'account-withdrawal-review-elder');
    await elder.click();
    expect(await accountOf(movedOut.id)).toMatchObject({
      status: '正常',
      balance_fen: movedOut.balance_fen,
    });
  });

  it('撤销: clerk01 withdraws a registration not yet reviewed', async () => {
    const api = await staffApi('clerk01');
    const res = await api.post('/api/applications', {
      data: {
        businessCode: 'account-withdrawal-transfer',
        channel: 'window',
        materialIds: [],
        paperItems: ['id-document', 'application-form', 'transfer-letter', 'bank-card', 'id-copy'],
        payload: {
          certType: '01',
          certNo: revoked.cert_no,
          bankCode: '104',
          bankBranch: '中国银行北京朝阳支行',
          bankAccount: '6216600000001234567',
          transferRegionCode: '130200',
          transferDate: lastDayOfLastMonth(),
        },
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    const filed = (await res.json()) as { id: number; applicationNo: string };
    await api.dispose();

    await openPage(clerk, '个人账户清退撤销');
    await clerk.waitForURL(/\/window\/account-withdrawal\/revoke$/);
    const row = clerk.getByRole('row', { name: new RegExp(filed.applicationNo) });
    await row.waitFor();
    await settled(clerk);
    await screenshot(clerk, 'account-withdrawal-revoke-list');
    await row.locator('.withdrawal-revoke-button').click();
    await button(clerk.locator('.ant-popconfirm'), '确认撤销').click();
    await clerk.getByText(`${filed.applicationNo} 已撤销`).waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await settled(clerk);
    await screenshot(clerk, 'account-withdrawal-revoke-done');
    const [status] = await query<{ status: string }>(
      'select status from applications where id = $1',
      [filed.id],
    );
    expect(status).toEqual({ status: 'withdrawn' });
    expect(await accountOf(revoked.id)).toMatchObject({
      status: '正常',
      balance_fen: revoked.balance_fen,
    });
  });
});

import { MUTUAL_AID_MAINTENANCE, MUTUAL_AID_ORDER } from '@yibao/contracts';
import { makeCertNo18, maskCertNo } from '@yibao/domain';
import { mutualAidLinks, personalAccounts } from '@yibao/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getJson, submit, verifiedPerson } from '../../../test/applications';
import { buildTestApp, createPerson, seedRegions, type TestApp } from '../../../test/helpers';
import { LINK_GONE, NOT_HOLDER, ORDER_CHANGED } from './mutual-aid.business';
import { drawableHolders } from './mutual-aid.repository';

type Person = Awaited<ReturnType<typeof createPerson>>;

/** 2026-11-15 in Beijing: members added today may use the account from 2026-12-01. */
const TODAY = new Date('2026-11-15T10:00:00+08:00');
const NEXT_MONTH = '2026-12-01';

const entry = (p: Pick<Person, 'name' | 'certNo'>, relation: string) => ({
  name: p.name,
  certType: '01',
  certNo: p.certNo,
  relation,
});

describe('P15 个人账户家庭共济关系维护 and P16 共济账户使用顺序维护', () => {
  let app: TestApp;

  const openAccount = async (personId: number, status = '正常') => {
    await app.db.insert(personalAccounts).values({ personId, regionCode: '110000', status });
  };
  /** A verified account holder, signed in. */
  const holder = async (name: string) => {
    const who = await verifiedPerson(app, name);
    await openAccount(who.person.id);
    return who;
  };
  const check = (cookie: string, body: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/me/mutual-aid/members/check',
      headers: { cookie },
      payload: body,
    });
  const maintain = (cookie: string, adds: unknown[], deletes: number[] = []) =>
    submit(app, cookie, MUTUAL_AID_MAINTENANCE, { promise: true, adds, deletes });
  const linksOf = async (holderId: number) =>
    (
      await app.database.pool.query(
        `select id, member_person_id, relation, effective_from::text, draw_order, status, application_id
         from mutual_aid_links where holder_person_id = $1 order by id`,
        [holderId],
      )
    ).rows;

  beforeAll(async () => {
    app = await buildTestApp();
    await seedRegions(app);
  });
  beforeEach(() => {
    app.clock.set(TODAY);
  });
  afterAll(async () => {
    await app.close();
  });

  it('is for holders of an open personal account only', async () => {
    const resident = await verifiedPerson(app, '无账户');
    const res = await app.inject({
      url: '/api/me/mutual-aid/members',
      headers: { cookie: resident.cookie },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', message: NOT_HOLDER });
    const other = await createPerson(app, { name: '共济甲' });
    const filed = await maintain(resident.cookie, [entry(other, '10')]);
    expect(filed.json()).toMatchObject({ code: 'CONFLICT', message: NOT_HOLDER });

    const frozen = await verifiedPerson(app, '冻结账户');
    await openAccount(frozen.person.id, '冻结');
    const refused = await check(frozen.cookie, entry(other, '10'));
    expect(refused.statusCode).toBe(409);
  });

  it('shows the notice’s date and the relations the region admits today', async () => {
    const who = await holder('看范围');
    const reply = await getJson(app, who.cookie, '/api/me/mutual-aid/members');
    expect(reply).toEqual({
      items: [],
      effectiveFrom: NEXT_MONTH,
      relations: ['10', '50', '51', '52', '53', '54', '55', '56', '20'],
    });
    // before 北京市 admitted family mutual aid (2022-12-01) no relation is in scope
    app.clock.set(new Date('2022-11-20T10:00:00+08:00'));
    const before = await getJson(app, who.cookie, '/api/me/mutual-aid/members');
    expect(before).toMatchObject({ relations: [], effectiveFrom: '2022-12-01' });
  });

  it('【下一步】 refuses field by field what the rules exclude', async () => {
    const who = await holder('校验人');
    const wife = await createPerson(app, { name: '校验妻' });
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ ...entry(wife, '70') }, 'relation', '该关系不在本统筹区家庭共济范围内'],
      [
        { ...entry(wife, '10'), certNo: makeCertNo18('110105', '19900101', '987') },
        'certNo',
        '未查询到该人员的参保登记信息，请核对证件号码',
      ],
      [{ ...entry(wife, '10'), name: '别人' }, 'name', '姓名与证件号码不一致'],
      [{ ...entry(who.person, '10') }, 'certNo', '不能添加本人为共济对象'],
      [
        {
          ...entry(wife, '10'),
          certNo: `${wife.certNo.slice(0, 17)}${wife.certNo.endsWith('0') ? '1' : '0'}`,
        },
        'certNo',
        '证件号码校验位不正确',
      ],
    ];
    for (const [body, field, message] of refusals) {
      const res = await check(who.cookie, body);
      expect(res.statusCode, message).toBe(400);
      expect(res.json(), message).toMatchObject({ code: 'VALIDATION_FAILED', field, message });
    }
    const late = await createPerson(app, { name: '已故父', birth: '19500101' });
    await app.database.pool.query(`update persons set status = '死亡' where id = $1`, [late.id]);
    const dead = await check(who.cookie, entry(late, '51'));
    expect(dead.json()).toMatchObject({
      field: 'certNo',
      message: '该人员已死亡或注销，不能添加为共济对象',
    });
    const ok = await check(who.cookie, { ...entry(wife, '10'), name: ` ${wife.name} ` });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({
      name: wife.name,
      certType: '01',
      certNo: maskCertNo(wife.certNo),
      relation: '10',
      effectiveFrom: NEXT_MONTH,
    });
  });

  it('adds and deletes in one submission, with history, audit and a 办件', async () => {
    const who = await holder('共济户主');
    const wife = await createPerson(app, { name: '共济妻' });
    const child = await createPerson(app, { name: '共济女', birth: '20170315' });
    const father = await createPerson(app, { name: '共济父', birth: '19560208' });

    const first = await maintain(who.cookie, [entry(wife, '10'), entry(child, '20')]);
    expect(first.json()).toMatchObject({
      businessCode: MUTUAL_AID_MAINTENANCE,
      status: 'approved',
      effectResult: {
        effectiveFrom: NEXT_MONTH,
        added: [
          { name: wife.name, relation: '10' },
          { name: child.name, relation: '20' },
        ],
        deleted: [],
      },
    });
    const listed = await getJson(app, who.cookie, '/api/me/mutual-aid/members');
    expect(listed.items).toEqual([
      expect.objectContaining({
        name: wife.name,
        relation: '10',
        certNo: maskCertNo(wife.certNo),
        effectiveFrom: NEXT_MONTH,
      }),
      expect.objectContaining({ name: child.name, relation: '20' }),
    ]);
    const wifeLink = listed.items[0].id as number;

    // the duplicate is refused at 【下一步】, unless the page deletes the link first
    const dup = await check(who.cookie, entry(wife, '10'));
    expect(dup.json()).toMatchObject({ field: 'certNo', message: '该人员已是您的共济对象' });
    const back = await check(who.cookie, { ...entry(wife, '10'), deletes: [wifeLink] });
    expect(back.statusCode).toBe(200);

    const both = await maintain(who.cookie, [entry(father, '51')], [wifeLink]);
    const detail = both.json();
    expect(detail).toMatchObject({
      status: 'approved',
      effectResult: {
        added: [{ name: father.name, relation: '51' }],
        deleted: [{ id: wifeLink, name: wife.name, relation: '10' }],
      },
    });
    const links = await linksOf(who.person.id);
    expect(links.map((l) => [Number(l.member_person_id), l.relation, l.status])).toEqual([
      [wife.id, '10', '已删除'],
      [child.id, '20', '有效'],
      [father.id, '51', '有效'],
    ]);
    expect(links[2]).toMatchObject({
      effective_from: NEXT_MONTH,
      draw_order: 1,
      application_id: detail.id,
    });
    const history = await app.database.pool.query(
      `select h.entity_id, h.action, h.reason from mutual_aid_link_history h
        join mutual_aid_links l on l.id = h.entity_id where l.holder_person_id = $1 order by h.id`,
      [who.person.id],
    );
    expect(history.rows.map((h) => [Number(h.entity_id), h.action])).toEqual([
      [Number(links[0].id), 'create'],
      [Number(links[1].id), 'create'],
      [wifeLink, 'delete'],
      [Number(links[2].id), 'create'],
    ]);
    expect(history.rows[3].reason).toBe(`办件 ${detail.applicationNo}`);
    const audit = await app.database.pool.query(
      `select action, entity_id, actor_type from audit_log
        where entity = 'mutual_aid_link' and entity_id = any($1) order by id`,
      [links.map((l) => String(l.id))],
    );
    expect(audit.rows.map((a) => [a.action, Number(a.entity_id), a.actor_type])).toEqual([
      ['mutual-aid.add', Number(links[0].id), 'person'],
      ['mutual-aid.add', Number(links[1].id), 'person'],
      ['mutual-aid.delete', wifeLink, 'person'],
      ['mutual-aid.add', Number(links[2].id), 'person'],
    ]);
    // the holder's 办件进度查询 lists it
    const mine = await getJson(app, who.cookie, '/api/applications?pageSize=50');
    expect(
      mine.items.filter((a: { businessCode: string }) => a.businessCode === MUTUAL_AID_MAINTENANCE),
    ).toHaveLength(2);
  });

  it('refuses a submission the rules exclude and changes nothing', async () => {
    const who = await holder('拒绝户主');
    const stranger = await holder('别家户主');
    const child = await createPerson(app, { name: '拒绝女', birth: '20150101' });
    const strangersChild = await createPerson(app, { name: '别家子', birth: '20140101' });
    await maintain(stranger.cookie, [entry(strangersChild, '20')]);
    const [strangersLink] = await linksOf(stranger.person.id);

    const refusals: [unknown[], number[], string][] = [
      [[{ ...entry(child, '20'), name: '错名' }], [], '错名：姓名与证件号码不一致'],
      [[entry(child, '61')], [], `${child.name}：该关系不在本统筹区家庭共济范围内`],
      [[entry(who.person, '10')], [], `${who.person.name}：不能添加本人为共济对象`],
      [[entry(child, '20'), entry(child, '20')], [], `${child.name}：同一共济对象不能重复添加`],
      [[entry(child, '20')], [Number(strangersLink.id)], LINK_GONE],
    ];
    for (const [adds, deletes, reason] of refusals) {
      const res = await maintain(who.cookie, adds, deletes);
      expect(res.json(), reason).toMatchObject({ status: 'rejected', decisionReason: reason });
    }
    expect(await linksOf(who.person.id)).toEqual([]);
    expect((await linksOf(stranger.person.id))[0].status).toBe('有效');

    const empty = await maintain(who.cookie, []);
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ field: 'payload.adds' });
    const noPromise = await submit(app, who.cookie, MUTUAL_AID_MAINTENANCE, {
      adds: [entry(child, '20')],
    });
    expect(noPromise.json()).toMatchObject({
      field: 'payload.promise',
      message: '请勾选本人承诺添加的共济对象身份真实有效',
    });
  });

  it('P16 puts the member’s accounts in a new order, checked against the links in force', async () => {
    const member = await verifiedPerson(app, '共济成员');
    const holders = [await holder('户主一'), await holder('户主二'), await holder('户主三')];
    for (const h of holders) await maintain(h.cookie, [entry(member.person, '20')]);

    const list = await getJson(app, member.cookie, '/api/me/mutual-aid/holders');
    expect(list.effectiveFrom).toBe(NEXT_MONTH);
    expect(list.items.map((i: { holderName: string }) => i.holderName)).toEqual([
      '户主一',
      '户主二',
      '户主三',
    ]);
    expect(list.items[0]).toMatchObject({
      drawOrder: 1,
      relation: '20',
      certType: '01',
      certNo: maskCertNo(holders[0]!.person.certNo),
    });
    const [a, b, c] = list.items.map((i: { id: number }) => i.id) as [number, number, number];

    for (const order of [
      [a, b],
      [a, a, b],
      [a, b, c, 999_999],
    ]) {
      const res = await submit(app, member.cookie, MUTUAL_AID_ORDER, { agree: true, order });
      expect(res.json()).toMatchObject({ status: 'rejected', decisionReason: ORDER_CHANGED });
    }
    const empty = await submit(app, member.cookie, MUTUAL_AID_ORDER, { agree: true, order: [] });
    expect(empty.statusCode).toBe(400);

    const done = await submit(app, member.cookie, MUTUAL_AID_ORDER, {
      agree: true,
      order: [c, a, b],
    });
    expect(done.json()).toMatchObject({
      status: 'approved',
      effectResult: {
        order: [
          { id: c, drawOrder: 1, holderName: '户主三' },
          { id: a, drawOrder: 2, holderName: '户主一' },
          { id: b, drawOrder: 3, holderName: '户主二' },
        ],
      },
    });
    const after = await getJson(app, member.cookie, '/api/me/mutual-aid/holders');
    expect(after.items.map((i: { id: number }) => i.id)).toEqual([c, a, b]);
    const rows = await app.database.pool.query(
      `select id, draw_order from mutual_aid_links where member_person_id = $1 order by draw_order`,
      [member.person.id],
    );
    expect(rows.rows.map((r) => [Number(r.id), r.draw_order])).toEqual([
      [c, 1],
      [a, 2],
      [b, 3],
    ]);
    const audit = await app.database.pool.query(
      `select entity_id, before, after from audit_log where action = 'mutual-aid.reorder'
        and entity_id = any($1) order by entity_id`,
      [[a, b, c].map(String)],
    );
    expect(audit.rows).toHaveLength(3);
    const history = await app.database.pool.query(
      `select count(*)::int as n from mutual_aid_link_history where action = 'update' and entity_id = any($1)`,
      [[a, b, c]],
    );
    expect(history.rows[0].n).toBe(3);

    // a holder's new link comes last; a deleted one leaves the list
    const fourth = await holder('户主四');
    await maintain(fourth.cookie, [entry(member.person, '20')]);
    await maintain(holders[0]!.cookie, [], [a]);
    const now = await getJson(app, member.cookie, '/api/me/mutual-aid/holders');
    expect(now.items.map((i: { holderName: string; drawOrder: number }) => i.holderName)).toEqual([
      '户主三',
      '户主二',
      '户主四',
    ]);
    expect(now.items.map((i: { drawOrder: number }) => i.drawOrder)).toEqual([1, 2, 3]);
  });

  it('drawableHolders answers the links in force on the day, in 共济顺序', async () => {
    const member = await createPerson(app, { name: '可用成员' });
    const [h1, h2, h3] = [
      await createPerson(app, { name: '可用户一' }),
      await createPerson(app, { name: '可用户二' }),
      await createPerson(app, { name: '可用户三' }),
    ] as [Person, Person, Person];
    const link = (
      holderPersonId: number,
      effectiveFrom: string,
      drawOrder: number,
      status = '有效',
    ) =>
      ({
        holderPersonId,
        memberPersonId: member.id,
        relation: '20',
        effectiveFrom,
        drawOrder,
        status,
      }) as const;
    await app.db
      .insert(mutualAidLinks)
      .values([
        link(h1.id, '2023-01-01', 2),
        link(h2.id, '2026-12-01', 1),
        link(h3.id, '2023-01-01', 1),
        link(h2.id, '2022-12-01', 3, '已删除'),
      ]);
    const on = async (day: string) =>
      (await drawableHolders(app.db, member.id, day)).map((l) => l.holderPersonId);
    expect(await on('2022-12-31')).toEqual([]);
    expect(await on('2023-01-01')).toEqual([h3.id, h1.id]);
    expect(await on('2026-11-30')).toEqual([h3.id, h1.id]);
    expect(await on('2026-12-01')).toEqual([h2.id, h3.id, h1.id]);
  });
});

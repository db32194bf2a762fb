import pg from 'pg';
import { makeCertNo18 } from '@yibao/domain';
import { inject } from 'vitest';

/** Runs statements against the server's database in one connection. */
async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface Identity {
  id: string;
  name: string;
  certType: string;
  certNo: string;
}

/**
 * The demo person behind a login, their family as the registry relates them (relation code →
 * identity), and their 家庭共济 as stored: whom their account serves, whose accounts they use.
 */
export async function mutualAidFacts(phone: string) {
  return withClient(async (client) => {
    const { rows: people } = await client.query<Identity>(
      `select p.id, p.name, p.cert_type as "certType", p.cert_no as "certNo"
         from person_accounts a join persons p on p.id = a.person_id
        where a.phone = $1 and a.status = '正常'`,
      [phone],
    );
    const person = people[0];
    if (!person) throw new Error(`no demo account ${phone}`);
    const { rows: family } = await client.query<Identity & { relation: string }>(
      `select q.id, q.name, q.cert_type as "certType", q.cert_no as "certNo", r.relation
         from family_relations r join persons q on q.id = r.relative_id
        where r.person_id = $1 order by r.relation`,
      [person.id],
    );
    const { rows: members } = await client.query<{ name: string; relation: string }>(
      `select q.name, l.relation from mutual_aid_links l join persons q on q.id = l.member_person_id
        where l.holder_person_id = $1 and l.status = '有效' order by l.id`,
      [person.id],
    );
    const { rows: holders } = await client.query<{ id: string; name: string }>(
      `select l.id, q.name from mutual_aid_links l join persons q on q.id = l.holder_person_id
        where l.member_person_id = $1 and l.status = '有效' order by l.draw_order, l.id`,
      [person.id],
    );
    return { person, family, members, holders };
  });
}

/** The member's links in force by holder name, in 共济顺序 as stored. */
export async function drawOrderOf(memberId: string) {
  return withClient(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `select q.name from mutual_aid_links l join persons q on q.id = l.holder_person_id
        where l.member_person_id = $1 and l.status = '有效' order by l.draw_order, l.id`,
      [memberId],
    );
    return rows.map((r) => r.name);
  });
}

/** A 居民身份证 number of 北京市 no person holds yet. */
async function freeCertNo(client: pg.Client, birth: string, seq: number) {
  for (let n = seq; ; n++) {
    const certNo = makeCertNo18('110105', birth, String(n % 1000).padStart(3, '0'));
    const { rows } = await client.query(
      `select 1 from persons where cert_type = '01' and cert_no = $1`,
      [certNo],
    );
    if (rows.length === 0) return certNo;
  }
}

/**
 * A relative of the demo person for the walkthrough, in the registry under a new name and an
 * unused certificate number: a copy of the person's addresses, insured nowhere, no account.
 * With `holderOf`, the relative also holds an open personal account whose 家庭共济 includes
 * that member (relation: the member's relation to the relative), last in the member's order.
 */
export async function insertRelative(
  like: Identity,
  p: { name: string; birth: string; sex: '1' | '2'; seq: number },
  holderOf?: { memberId: string; relation: string },
): Promise<Identity> {
  return withClient(async (client) => {
    await client.query('begin');
    const certNo = await freeCertNo(client, p.birth, p.seq);
    const { rows } = await client.query<{ id: string }>(
      `insert into persons (person_no, name, cert_type, cert_no, sex, birth_date, ethnicity,
          nationality, household_type, household_division_code, household_address,
          residence_division_code, residence_address, phone, person_category, region_code,
          status)
       select $2, $3, '01', $4, $5, $6::date, ethnicity, nationality, household_type,
              household_division_code, household_address, residence_division_code,
              residence_address, '', '21', region_code, '正常'
         from persons where id = $1
       returning id`,
      [
        like.id,
        `110000E2EMA${p.seq}`,
        p.name,
        certNo,
        p.sex,
        `${p.birth.slice(0, 4)}-${p.birth.slice(4, 6)}-${p.birth.slice(6)}`,
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('the relative was not inserted');
    if (holderOf) {
      await client.query(
        `insert into personal_accounts (person_id, region_code, status) values ($1, '110000', '正常')`,
        [id],
      );
      await client.query(
        `insert into mutual_aid_links (holder_person_id, member_person_id, relation, effective_from,
            draw_order, status)
         select $1, $2, $3, '2023-01-01', coalesce(max(draw_order), 0) + 1, '有效'
           from mutual_aid_links where member_person_id = $2 and status = '有效'`,
        [id, holderOf.memberId, holderOf.relation],
      );
    }
    await client.query('commit');
    return { id, name: p.name, certType: '01', certNo };
  });
}

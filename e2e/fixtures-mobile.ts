import pg from 'pg';
import { inject } from 'vitest';

/** The card password of the demo persons' social-security cards (README, DESIGN.md). */
export const DEMO_CARD_PASSWORD = '123456';

/**
 * An insured 北京市 person holding a social-security card (社会保障卡) and no account yet: the
 * material of 实名认证 by 社保卡 on the mobile channel. Picked from the end of the registry, so it
 * stays clear of the persons other walkthroughs take from the start.
 *
 * Half the demo cards carry the demo card password; the person is picked among them.
 */
export async function insuredWithCard(index = 0): Promise<{
  name: string;
  certType: string;
  certNo: string;
  phone: string;
  ssCardNo: string;
  cardPassword: string;
}> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{
      id: string;
      name: string;
      cert_type: string;
      cert_no: string;
      phone: string;
      ss_card_no: string;
    }>(
      `select p.id, p.name, p.cert_type, p.cert_no, p.phone, p.ss_card_no
         from persons p
        where p.region_code = '110000' and p.cert_type = '01' and p.status = '正常'
          and p.ss_card_no is not null and p.ss_card_no <> ''
          and p.ss_card_password_hash is not null
          and not exists (select 1 from person_accounts a where a.person_id = p.id and a.status = '正常')
        order by p.id desc offset $1 limit 1`,
      [index],
    );
    const row = rows[0];
    if (!row) throw new Error('no insured person with a card and without an account');
    return {
      name: row.name,
      certType: row.cert_type,
      certNo: row.cert_no,
      phone: row.phone,
      ssCardNo: row.ss_card_no,
      cardPassword: DEMO_CARD_PASSWORD,
    };
  } finally {
    await client.end();
  }
}

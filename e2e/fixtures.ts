import pg from 'pg';
import { inject } from 'vitest';

/** Reads a demo person's identity from the server's database, as a tester would from the data sheet. */
export async function demoPerson(
  phone: string,
): Promise<{ name: string; certType: string; certNo: string }> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; cert_type: string; cert_no: string }>(
      'select name, cert_type, cert_no from persons where phone = $1 order by id limit 1',
      [phone],
    );
    const row = rows[0];
    if (!row) throw new Error(`no demo person with phone ${phone}`);
    return { name: row.name, certType: row.cert_type, certNo: row.cert_no };
  } finally {
    await client.end();
  }
}

/** The newest SMS code and captcha answers the demo outbox reveals. */
export async function outbox(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/dev/outbox`);
  return (await res.json()) as {
    sms: { phone: string; code: string; text: string; at: string }[];
    captcha: { id: string; answer: string; at: string }[];
  };
}

/** An insured 北京市 person with a registered phone and no portal account yet: real-name material. */
export async function insuredWithoutAccount(index = 0): Promise<{
  name: string;
  certType: string;
  certNo: string;
  phone: string;
}> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{
      name: string;
      cert_type: string;
      cert_no: string;
      phone: string;
    }>(
      `select p.name, p.cert_type, p.cert_no, p.phone from persons p
        where p.region_code = '110000' and p.phone <> '' and p.cert_type = '01' and p.status = '正常'
          and not exists (select 1 from person_accounts a where a.person_id = p.id and a.status = '正常')
          and not exists (select 1 from person_accounts a where a.phone = p.phone and a.status = '正常')
        order by p.id offset $1 limit 1`,
      [index],
    );
    const row = rows[0];
    if (!row) throw new Error('no insured person without an account');
    return { name: row.name, certType: row.cert_type, certNo: row.cert_no, phone: row.phone };
  } finally {
    await client.end();
  }
}

/** An insured 北京市 person whose record holds no phone at all: 实名认证's second outcome. */
export async function insuredWithoutPhone(): Promise<{ name: string; certNo: string }> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; cert_no: string }>(
      `select p.name, p.cert_no from persons p
        where p.region_code = '110000' and p.phone = '' and p.cert_type = '01' and p.status = '正常'
          and not exists (select 1 from person_accounts a where a.person_id = p.id)
        order by p.id limit 1`,
    );
    const row = rows[0];
    if (!row) throw new Error('no insured person without a phone');
    return { name: row.name, certNo: row.cert_no };
  } finally {
    await client.end();
  }
}

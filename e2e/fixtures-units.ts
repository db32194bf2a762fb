import pg from 'pg';
import { inject } from 'vitest';

/** A 北京市 flexible-employment agency (灵活就业代管机构) of the demo data, as a tester would look one up. */
export async function demoFlexAgency(): Promise<{ id: number; uscc: string; name: string }> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string | number; uscc: string; name: string }>(
      `select id, uscc, name from units where unit_type = 'agency-flex' and region_code = '110000' limit 1`,
    );
    const row = rows[0];
    if (!row) throw new Error('no 北京市 agency-flex unit in the demo data');
    return { id: Number(row.id), uscc: row.uscc, name: row.name };
  } finally {
    await client.end();
  }
}

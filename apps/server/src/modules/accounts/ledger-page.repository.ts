import {
  sql,
  executeStatement,
  instantText,
  type Executor,
  type Statement,
  type SQL,
} from '@yibao/db';

/**
 * P35's statements, and the filter every list of the ledger shares. The page and its header run
 * on every view of 个人账户明细查询, so their text is kept (ADR 0005): one text per filter shape.
 */

/** What a list may filter on, already turned into instants and fen. */
export interface MovementFilter {
  /** inclusive lower bound */
  since?: Date | null;
  /** exclusive upper bound */
  until?: Date | null;
  direction?: 'income' | 'expense' | undefined;
  /** bounds on |amount|: min inclusive, max exclusive */
  minFen?: number | null;
  maxFen?: number | null;
  kinds?: readonly string[] | undefined;
}

export interface Paging {
  limit: number;
  offset: number;
}

/** One condition of a filter over account_movements: `?` stands for its value, if it has one. */
interface Condition {
  /** the condition's letter in the key of a filter's shape */
  key: string;
  text: string;
  value?: unknown;
}

/** A filter's conditions, in a fixed order: the same conditions, the same text. */
function conditionsOf(f: MovementFilter): Condition[] {
  const c: Condition[] = [];
  if (f.since) c.push({ key: 's', text: 'account_movements.occurred_at >= ?', value: f.since });
  if (f.until) c.push({ key: 'u', text: 'account_movements.occurred_at < ?', value: f.until });
  if (f.direction === 'income') c.push({ key: 'i', text: 'account_movements.amount_fen > 0' });
  if (f.direction === 'expense') c.push({ key: 'e', text: 'account_movements.amount_fen < 0' });
  if (f.minFen != null)
    c.push({ key: 'm', text: 'abs(account_movements.amount_fen) >= ?', value: f.minFen });
  if (f.maxFen != null)
    c.push({ key: 'M', text: 'abs(account_movements.amount_fen) < ?', value: f.maxFen });
  if (f.kinds?.length)
    c.push({ key: 'k', text: 'account_movements.kind = any(?::text[])', value: [...f.kinds] });
  return c;
}

/** A filter's conditions for the query builder (P36, P37, 消费信息). */
export function filterConditions(f: MovementFilter): SQL[] {
  return conditionsOf(f).map(({ text, value }) => {
    if (value === undefined) return sql.raw(text);
    // one parameter, even for a list: drizzle would spread a bare array into several
    const [before = '', after = ''] = text.split('?');
    return sql`${sql.raw(before)}${sql.param(value)}${sql.raw(after)}`;
  });
}

const NO_TOTALS = { count: 0, incomeFen: 0, expenseFen: 0 };

const ACCOUNT_SUMMARY: Statement = {
  name: 'yb_account_summary',
  text: `select status, balance_fen, income_fen, expense_fen
    from personal_accounts where person_id = $1 limit 1`,
};

/** 个人账户余额: the person's account with its whole income and expense, as the ledger keeps them. */
export async function personAccountSummary(db: Executor, personId: number) {
  const { rows } = await executeStatement<{
    status: string;
    balance_fen: number;
    income_fen: number;
    expense_fen: number;
  }>(db, ACCOUNT_SUMMARY, [personId]);
  const row = rows[0];
  return (
    row && {
      status: row.status,
      balanceFen: row.balance_fen,
      incomeFen: row.income_fen,
      expenseFen: row.expense_fen,
    }
  );
}

const ledgerPageStatements = new Map<string, Statement>();

const PAGE_ROWS = `select id, occurred_at, kind, description, amount_fen, balance_after_fen
  from account_movements where account_id = a.id`;

/**
 * The page's text for conditions already placed as $n. Without conditions the totals are the
 * account's own (kept with every movement written), so the first page reads ten index entries
 * however long the history; with conditions they are added up from the account index alone.
 */
function ledgerPageText(placed: readonly string[]) {
  const account = `(select id, movement_count, income_fen, expense_fen from personal_accounts
    where person_id = $1 limit 1) a`;
  if (placed.length === 0) {
    return `select a.movement_count as count, a.income_fen, a.expense_fen, p.*
      from ${account} left join lateral (
        ${PAGE_ROWS} order by occurred_at desc, id desc limit $2 offset $3
      ) p on true`;
  }
  const where = placed.join(' and ');
  return `select t.*, p.* from ${account}
    cross join lateral (
      select count(*)::int as count,
             coalesce(sum(amount_fen) filter (where amount_fen > 0), 0)::bigint as income_fen,
             coalesce(sum(amount_fen) filter (where amount_fen < 0), 0)::bigint as expense_fen
      from account_movements where account_id = a.id and ${where}
    ) t
    left join lateral (
      ${PAGE_ROWS} and ${where} order by occurred_at desc, id desc limit $2 offset $3
    ) p on true`;
}

/**
 * P35 as one statement: the totals over everything the filter selects, and beside them the page,
 * newest first (the index's order, so no sort). The totals row is there even when the page is
 * empty. Every page view of the portal runs it, so its text is built once per filter shape
 * rather than through the query builder on each call.
 */
export function ledgerPageStatement(personId: number, filter: MovementFilter, page: Paging) {
  const conditions = conditionsOf(filter);
  const values: unknown[] = [personId, page.limit, page.offset];
  const placed = conditions.map(({ text, value }) => {
    if (value === undefined) return text;
    values.push(value);
    return text.replace('?', `$${values.length}`);
  });
  const shape = conditions.map((c) => c.key).join('');
  let statement = ledgerPageStatements.get(shape);
  if (!statement) {
    statement = { name: `yb_ledger_page_${shape || 'all'}`, text: ledgerPageText(placed) };
    ledgerPageStatements.set(shape, statement);
  }
  return { statement, values };
}

/** A page of P35 with the totals over the whole filtered set. */
export async function personLedgerPage(
  db: Executor,
  personId: number,
  filter: MovementFilter,
  page: Paging,
) {
  const { statement, values } = ledgerPageStatement(personId, filter, page);
  const { rows } = await executeStatement<{
    count: number;
    income_fen: number;
    expense_fen: number;
    id: number | null;
    occurred_at: string | null;
    kind: string | null;
    description: string | null;
    amount_fen: number | null;
    balance_after_fen: number | null;
  }>(db, statement, values);
  const first = rows[0];
  const totals = first
    ? { count: first.count, incomeFen: first.income_fen, expenseFen: first.expense_fen }
    : NO_TOTALS;
  const items = [];
  for (const r of rows) {
    if (r.id === null) continue;
    items.push({
      id: r.id,
      occurredAt: instantText(r.occurred_at ?? ''),
      kind: r.kind ?? '',
      description: r.description ?? '',
      amountFen: r.amount_fen ?? 0,
      balanceAfterFen: r.balance_after_fen ?? 0,
    });
  }
  return { items, totals };
}

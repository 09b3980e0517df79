/**
 * A database's structure as sorted, readable lines ("column appointments.starts_at timestamptz(3)
 * NOT NULL"), to compare two databases. Leaves out what migrations add by hand because Prisma
 * cannot express it (extensions, CHECK and EXCLUDE constraints and their indexes) and
 * Prisma's own bookkeeping table.
 */
import pg from "pg";

const IGNORED_TABLES = ["_prisma_migrations"];

export async function schemaCatalogue(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const query = async (sql: string, params: unknown[] = []) => (await client.query<{ line: string }>(sql, params)).rows.map((row) => row.line);
    const lines = [
      ...(await query(`
        SELECT 'table ' || c.relname AS line
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> ALL($1)`, [IGNORED_TABLES])),
      ...(await query(`
        SELECT format('column %s.%s %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                      CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                      COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')) AS line
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> ALL($1)`, [IGNORED_TABLES])),
      ...(await query(`
        SELECT format('enum %s (%s)', t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public'
        GROUP BY t.typname`)),
      ...(await query(`
        SELECT format('constraint %s %s: %s', c.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
        FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND con.contype IN ('p', 'u', 'f') AND c.relname <> ALL($1)`, [IGNORED_TABLES])),
      // Indexes, except those backing hand-written constraints (EXCLUDE).
      ...(await query(`
        SELECT 'index ' || i.indexdef AS line
        FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename <> ALL($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conname = i.indexname AND con.contype = 'x')`, [IGNORED_TABLES])),
      ...(await query(`
        SELECT 'sequence ' || s.sequencename AS line FROM pg_sequences s
        WHERE s.schemaname = 'public'`)),
    ];
    return lines.sort();
  } finally {
    await client.end();
  }
}

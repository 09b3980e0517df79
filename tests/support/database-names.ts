/** Names shared by the global setup and the test files (no vitest imports here). */

/** All migrations applied; each test file's database is a copy of it. */
export const TEMPLATE_DATABASE = "fieldbook_template";

/** The same server and credentials as `serverUrl`, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

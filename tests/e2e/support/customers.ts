/**
 * A portal customer of its own for a test that changes passwords or links accounts, so tests
 * running side by side (desktop and phone projects) never share one. Written straight into the
 * e2e server's database, as an accepted invitation would leave it: a contact, its user with an
 * argon2id password, and the Authenticated users web role.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../../lib/auth/passwords";
import { queryRows } from "./database";
import { E2E_DATABASE_URL } from "./environment";

export interface TestCustomer {
  email: string;
  password: string;
  name: string;
}

export async function createPortalCustomer(label: string): Promise<TestCustomer> {
  const id = randomUUID().slice(0, 8);
  const customer = { email: `${label}-${id}@example.test`, password: `first passphrase ${id}`, name: `Camille ${label}` };
  const client = new pg.Client(E2E_DATABASE_URL);
  await client.connect();
  try {
    await client.query("BEGIN");
    const contact = await client.query<{ id: string }>(
      `INSERT INTO contacts (id, first_name, last_name, email, updated_at) VALUES (gen_random_uuid(), 'Camille', $1, $2, now()) RETURNING id`,
      [label, customer.email],
    );
    const contactId = contact.rows[0]!.id;
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, contact_id, locale, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, 'en', now())`,
      [customer.email, customer.name, await hashPassword(customer.password), contactId],
    );
    await client.query(
      `INSERT INTO contact_web_roles (contact_id, web_role_id) SELECT $1, id FROM web_roles WHERE key = 'authenticated_users'`,
      [contactId],
    );
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  return customer;
}

/** The password-reset link in an email. */
export const RESET_LINK = /http:\/\/\S+\/portal\/reset-password\?token=[A-Za-z0-9_-]{43}/;

/** The link in the newest email the mail catcher received for `email` whose text matches `pattern`. */
export async function linkEmailedTo(email: string, pattern: RegExp): Promise<string | null> {
  const rows = await queryRows<{ text: string | null }>(
    `SELECT text FROM caught_emails WHERE $1 = ANY("to") ORDER BY received_at DESC LIMIT 1`,
    [email],
  );
  return pattern.exec(rows[0]?.text ?? "")?.[0] ?? null;
}

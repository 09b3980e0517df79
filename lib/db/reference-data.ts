/**
 * Rows every Fieldbook database needs, demo or not: the settings row, the built-in web roles
 * (product.md §1) and one notification setting per kind (product.md §4). Idempotent: run it
 * on every start; it only adds what is missing and never overwrites what staff changed.
 */
import { NotificationKind } from "@prisma/client";
import { SETTINGS_ID, type Db, type Tx } from "./types";

/** Keys of the built-in web roles (WebRole.key). */
export const BUILT_IN_WEB_ROLE_KEYS = {
  /** Portal access. */
  authenticatedUsers: "authenticated_users",
  /** Access to the portal's JSON API (/api/portal/v1). */
  webApiUsers: "web_api_users",
} as const;

export const BUILT_IN_WEB_ROLES = [
  {
    key: BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers,
    name: "Authenticated users",
    description: "Signed-in customers: may use the portal.",
  },
  {
    key: BUILT_IN_WEB_ROLE_KEYS.webApiUsers,
    name: "Web API users",
    description: "May call the portal's JSON API.",
  },
] as const;

/** Company name until an admin sets one. */
export const DEFAULT_COMPANY_NAME = "Fieldbook";

export async function ensureReferenceData(db: Db | Tx): Promise<void> {
  await db.settings.createMany({ data: [{ id: SETTINGS_ID, companyName: DEFAULT_COMPANY_NAME }], skipDuplicates: true });
  await db.webRole.createMany({
    data: BUILT_IN_WEB_ROLES.map((role) => ({ ...role, builtIn: true })),
    skipDuplicates: true,
  });
  await db.notificationSetting.createMany({
    data: Object.values(NotificationKind).map((kind) => ({ kind })),
    skipDuplicates: true,
  });
}

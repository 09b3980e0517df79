import "server-only";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";

type BuiltInKey = (typeof BUILT_IN_WEB_ROLE_KEYS)[keyof typeof BUILT_IN_WEB_ROLE_KEYS];
const BUILT_IN_KEYS: readonly string[] = Object.values(BUILT_IN_WEB_ROLE_KEYS);
const isBuiltIn = (key: string | null): key is BuiltInKey => key !== null && BUILT_IN_KEYS.includes(key);

/**
 * How a web role reads in the viewer's language: built-in roles by their key (the database keeps
 * their English name), custom roles as staff named them.
 */
export function webRoleLabel(
  t: (key: `builtInNames.${BuiltInKey}` | `builtInDescriptions.${BuiltInKey}` | `grants.${BuiltInKey}` | "grants.custom") => string,
) {
  return (role: { key: string | null; name: string; description: string | null }) =>
    isBuiltIn(role.key)
      ? { name: t(`builtInNames.${role.key}`), description: t(`builtInDescriptions.${role.key}`), grants: t(`grants.${role.key}`) }
      : { name: role.name, description: role.description, grants: t("grants.custom") };
}

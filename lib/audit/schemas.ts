/** The audit log page's query string (isomorphic: the filter form shares it). */
import { z } from "zod";

/** Dotted verbs and snake_case nouns only, so a filter value is never free text. */
const AuditToken = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/);

/** ?action=…&entityType=…&cursor=… — anything malformed is ignored, never an error page. */
export const AuditLogPageQuery = z.object({
  action: AuditToken.optional().catch(undefined),
  entityType: AuditToken.optional().catch(undefined),
  cursor: z.uuid().optional().catch(undefined),
});
export type AuditLogPageQuery = z.infer<typeof AuditLogPageQuery>;

/**
 * Recognises PostgreSQL errors by SQLSTATE, however they reach us:
 * - Prisma model queries through the pg driver adapter throw a `DriverAdapterError` whose
 *   `cause.originalCode` is the SQLSTATE (exclusion violations arrive this way), or a
 *   `PrismaClientKnownRequestError` (P2002, P2010…) carrying that error in `meta.driverAdapterError`;
 * - node-postgres itself throws a `DatabaseError` with `code` and `constraint`.
 * Use cases map these to expected outcomes (`slot_taken`, `already_exists`), never to 500s.
 */

/** SQLSTATE exclusion_violation: the technician already has an appointment then. */
const EXCLUSION_VIOLATION = "23P01";
/** SQLSTATE unique_violation. */
const UNIQUE_VIOLATION = "23505";
/** Prisma's own code for a unique violation on a model query. */
const PRISMA_UNIQUE_VIOLATION = "P2002";

interface PostgresErrorDetails {
  sqlState: string;
  constraint?: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** The error itself and what it wraps: `cause` chains and Prisma's `meta.driverAdapterError`. */
function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  const pending: unknown[] = [error];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const record = asRecord(pending.shift());
    if (!record || seen.has(record)) continue;
    seen.add(record);
    yield record;
    pending.push(record.cause, asRecord(record.meta)?.driverAdapterError);
  }
}

function constraintFromMessage(message: unknown): string | undefined {
  return typeof message === "string" ? /constraint "([^"]+)"/.exec(message)?.[1] : undefined;
}

function postgresErrorDetails(error: unknown): PostgresErrorDetails | undefined {
  for (const record of errorChain(error)) {
    // Driver adapter: { originalCode, originalMessage, constraint?: { index } }.
    if (typeof record.originalCode === "string") {
      const constraint = asRecord(record.constraint);
      return {
        sqlState: record.originalCode,
        constraint: typeof constraint?.index === "string" ? constraint.index : constraintFromMessage(record.originalMessage),
      };
    }
    // node-postgres DatabaseError: { code, severity, constraint }. `severity` tells it apart
    // from Prisma errors, whose `code` is a Prisma code ("P2002").
    if (typeof record.code === "string" && typeof record.severity === "string") {
      return {
        sqlState: record.code,
        constraint: typeof record.constraint === "string" ? record.constraint : constraintFromMessage(record.message),
      };
    }
  }
  return undefined;
}

/** The SQLSTATE of a PostgreSQL error anywhere in `error`'s chain, if there is one. */
export function postgresErrorCode(error: unknown): string | undefined {
  return postgresErrorDetails(error)?.sqlState;
}

/**
 * True when PostgreSQL refused a row because of an exclusion constraint (23P01): for
 * appointments, the technician already has a non-cancelled appointment overlapping it.
 */
export function isOverlapViolation(error: unknown): boolean {
  return postgresErrorCode(error) === EXCLUSION_VIOLATION;
}

/**
 * True when a unique constraint refused the write (23505 / P2002). Pass `constraint` (the
 * index name, e.g. "appointments_idempotency_key_key") to tell several unique keys apart.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const details = postgresErrorDetails(error);
  const unique =
    details?.sqlState === UNIQUE_VIOLATION ||
    (details === undefined && asRecord(error)?.code === PRISMA_UNIQUE_VIOLATION);
  return unique && (constraint === undefined || details?.constraint === constraint);
}

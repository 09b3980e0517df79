import type { Prisma, PrismaClient } from "@prisma/client";

/** The database handle use cases receive (`db`, or a test database's client). */
export type Db = PrismaClient;

/** The client inside `db.$transaction(async (tx) => …)`; helpers that must join a transaction take it. */
export type Tx = Prisma.TransactionClient;

/** Settings is a single row with this id (CHECK constraint `settings_single_row`). */
export const SETTINGS_ID = 1;

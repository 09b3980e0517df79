import "server-only";
import { type Tx } from "@/lib/db";

/** Whether every id names an existing skill (a foreign key error would be a 500 otherwise). */
export async function allSkillsExist(tx: Tx, skillIds: readonly string[]): Promise<boolean> {
  if (skillIds.length === 0) return true;
  return (await tx.skill.count({ where: { id: { in: [...skillIds] } } })) === skillIds.length;
}

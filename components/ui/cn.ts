import { clsx, type ClassValue } from "clsx";

/** Joins class names, dropping falsy ones. Later classes do not override earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}

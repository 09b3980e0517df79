/** Where the end-to-end server and its database listen (fixed, so every worker agrees). */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const envFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../.env");
if (existsSync(envFile)) process.loadEnvFile(envFile);

export const E2E_PORT = Number(process.env.E2E_PORT || 3100);
export const E2E_EMBEDDED_POSTGRES_PORT = Number(process.env.E2E_EMBEDDED_POSTGRES_PORT || 54339);
/** The development mail catcher of the end-to-end server (not 1025: a running `npm start` may hold it). */
export const E2E_MAIL_CATCHER_PORT = Number(process.env.E2E_MAIL_CATCHER_PORT || 1135);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE_URL = `postgresql://postgres:fieldbook@127.0.0.1:${E2E_EMBEDDED_POSTGRES_PORT}/fieldbook`;

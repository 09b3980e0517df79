import { appDeps } from "../_lib/app-deps";
import { meHandler } from "../_lib/me-handler";

export const GET = meHandler(appDeps);

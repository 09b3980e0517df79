import { appDeps } from "../_lib/app-deps";
import { slotsHandler } from "../_lib/handlers";

export const GET = slotsHandler(appDeps);

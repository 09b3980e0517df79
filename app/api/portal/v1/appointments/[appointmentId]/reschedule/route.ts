import { appDeps } from "../../../_lib/app-deps";
import { rescheduleHandler } from "../../../_lib/handlers";

export const POST = rescheduleHandler(appDeps);

import { appDeps } from "../../../_lib/app-deps";
import { cancelHandler } from "../../../_lib/handlers";

export const POST = cancelHandler(appDeps);

import { appDeps } from "../../_lib/app-deps";
import { appointmentHandler } from "../../_lib/handlers";

export const GET = appointmentHandler(appDeps);

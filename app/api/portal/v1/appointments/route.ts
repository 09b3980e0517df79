import { appDeps } from "../_lib/app-deps";
import { createAppointmentHandler, listAppointmentsHandler } from "../_lib/handlers";

export const GET = listAppointmentsHandler(appDeps);
export const POST = createAppointmentHandler(appDeps);

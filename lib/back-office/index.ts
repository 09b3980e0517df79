// The back office's public face for app/(admin).
export { COMPLETED_WINDOW_DAYS, getDashboardCounts, type DashboardCounts } from "./dashboard";

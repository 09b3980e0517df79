// Portal settings (product.md §4): booking rules and live tracking, admins only, audit-logged.
export { findPortalSettings } from "./queries";
export { updatePortalSettings } from "./update-portal-settings";

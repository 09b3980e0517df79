// The company this deployment serves (one per deployment): name and working zone.
export { DEFAULT_COMPANY_TIME_ZONE, findCompanyProfile, type CompanyProfile } from "./queries";

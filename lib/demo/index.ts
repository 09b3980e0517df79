export { DEMO_SIGN_INS, seedDemoData, seedDemoDataOnce, type DemoDataSummary, type DemoRole, type DemoSignIn } from "./seed-demo-data";

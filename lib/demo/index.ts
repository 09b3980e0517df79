export {
  DEMO_MAILBOX,
  DEMO_SIGN_INS,
  seedDemoData,
  seedDemoDataOnce,
  syncDemoMailboxPort,
  type DemoDataSummary,
  type DemoRole,
  type DemoSeedOptions,
  type DemoSignIn,
} from "./seed-demo-data";

/**
 * Architecture rules (style.md "Layout"): imports flow pages → actions → lib/<domain> → lib/db.
 * `npm run lint` runs this; a violation fails the build.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Cycles make modules impossible to reason about and to test alone.",
      from: {},
      to: { circular: true },
    },
    {
      name: "scheduling-is-pure",
      severity: "error",
      comment: "lib/scheduling is a pure engine: no database, no clock, no environment — date-fns only.",
      from: { path: "^lib/scheduling/" },
      to: { pathNot: ["^lib/scheduling/", "^node_modules/(date-fns|@date-fns/tz)/"] },
    },
    {
      name: "ui-primitives-know-no-domain",
      severity: "error",
      comment: "components/ui holds primitives with no domain words: it may not import lib/ or feature components.",
      from: { path: "^components/ui/" },
      to: { path: "^(lib|app|emails)/|^components/(?!ui/)" },
    },
    {
      name: "lib-does-not-import-the-app",
      severity: "error",
      comment: "Domain code must not depend on pages, actions or components.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "app-uses-domain-entry-points",
      severity: "error",
      comment: "Pages and actions import a domain through its index.ts (lib/db, lib/auth and lib/i18n excepted).",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/(?!db/|auth/|i18n/)[^/]+/", pathNot: "^lib/[^/]+/(index|schemas)\\.ts$" },
    },
    {
      name: "domains-use-each-others-entry-points",
      severity: "error",
      comment: "A domain reaches another domain only through its index.ts.",
      from: { path: "^lib/([^/]+)/" },
      to: { path: "^lib/[^/]+/", pathNot: ["^lib/$1/", "^lib/(db|i18n)/", "^lib/[^/]+/(index|schemas)\\.ts$"] },
    },
    {
      name: "production-code-does-not-import-tests",
      severity: "error",
      from: { pathNot: "^tests/" },
      to: { path: "^tests/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|node_modules|test-results)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};

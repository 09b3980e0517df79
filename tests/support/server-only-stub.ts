// Stands in for the "server-only" package in tests (see tests/vitest.config.ts).
export {};

import type messages from "./messages/en.json";

// Type-checks every t("…") key against the English catalogue, the source of truth.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}

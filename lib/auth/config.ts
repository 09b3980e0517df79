/**
 * Auth.js set-up. Auth.js owns the cookie (an encrypted JWT) and the provider flows; the
 * session itself lives in the `sessions` table (lib/auth/sessions.ts): the JWT carries only
 * a session token, and every request checks it, so revoking is immediate.
 *
 * Password sign-in runs in our own use case (throttling, clear outcomes, one argon2 check),
 * which creates the session row; the "session" credentials provider below then only turns
 * that fresh session token into Auth.js's cookie.
 */
import "server-only";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { externalAuthProviders } from "./auth-providers";
import { completeExternalSignIn, externalOutcomePath } from "./complete-external-sign-in";
import { LINK_INTENT_COOKIE } from "./link-intent";
import { authSecret } from "./secret";
import { findSessionUser, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

declare module "next-auth" {
  interface User {
    sessionToken?: string;
  }
  interface Session {
    /** This device's session row (not its token): lets "change password" keep this device signed in. */
    sessionId: string | null;
    user: {
      id: string;
      email: string;
      name: string | null;
      staffRole: "ADMIN" | "DISPATCHER" | "TECHNICIAN" | null;
      contactId: string | null;
      locale: string | null;
    };
  }
}

export const SESSION_PROVIDER_ID = "session";

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [
    Credentials({
      id: SESSION_PROVIDER_ID,
      credentials: { sessionToken: {} },
      async authorize(credentials) {
        const sessionToken = typeof credentials.sessionToken === "string" ? credentials.sessionToken : "";
        const user = sessionToken ? await findSessionUser(db, sessionToken, new Date()) : null;
        if (!user) throw new CredentialsSignin();
        return { id: user.id, email: user.email, name: user.name, sessionToken };
      },
    }),
    // OpenID Connect providers from the environment (issue 5 §6); linked from the profile only.
    ...externalAuthProviders(),
  ],
  // Provider errors (a cancelled consent, a failed check) land on the portal's sign-in page.
  pages: { signIn: "/portal/sign-in", error: "/portal/sign-in" },
  callbacks: {
    /**
     * A provider sign-in: link it (the profile's Link) or sign in whoever linked it; never by
     * email. Returning a path redirects there without touching the current cookie.
     */
    async signIn({ user, account, profile }) {
      if (account?.type !== "oidc") return true;
      const subject = profile?.sub;
      if (typeof subject !== "string" || subject === "") return externalOutcomePath("sign-in", "failed", account.provider);
      const cookieStore = await cookies();
      const linkIntentCookie = cookieStore.get(LINK_INTENT_COOKIE)?.value;
      if (linkIntentCookie !== undefined) cookieStore.delete({ name: LINK_INTENT_COOKIE, path: "/api/auth/callback" });
      const outcome = await completeExternalSignIn(db, {
        provider: account.provider,
        providerAccountId: subject,
        linkIntentCookie,
        now: new Date(),
      });
      if ("redirectTo" in outcome) return outcome.redirectTo;
      user.sessionToken = outcome.sessionToken;
      return true;
    },
    async jwt({ token, user }) {
      if (user?.sessionToken) token.sessionToken = user.sessionToken;
      const sessionToken = typeof token.sessionToken === "string" ? token.sessionToken : null;
      const sessionUser = sessionToken ? await findSessionUser(db, sessionToken, new Date()) : null;
      // A revoked or expired session, or a disabled user: sign out.
      if (!sessionUser) return null;
      return {
        sessionToken,
        sessionId: sessionUser.sessionId,
        sub: sessionUser.id,
        email: sessionUser.email,
        name: sessionUser.name,
        staffRole: sessionUser.staffRole,
        contactId: sessionUser.contactId,
        locale: sessionUser.locale,
      };
    },
    session({ session, token }) {
      return {
        ...session,
        sessionId: typeof token.sessionId === "string" ? token.sessionId : null,
        user: {
          id: String(token.sub),
          email: String(token.email),
          name: typeof token.name === "string" ? token.name : null,
          staffRole: (token.staffRole as Session["user"]["staffRole"]) ?? null,
          contactId: typeof token.contactId === "string" ? token.contactId : null,
          locale: typeof token.locale === "string" ? token.locale : null,
        },
      };
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sessionToken === "string") await revokeSession(db, token.sessionToken);
    },
  },
}));

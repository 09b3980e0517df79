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
import NextAuth, { CredentialsSignin, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret } from "./secret";
import { findSessionUser, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

declare module "next-auth" {
  interface User {
    sessionToken?: string;
  }
  interface Session {
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
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.sessionToken) token.sessionToken = user.sessionToken;
      const sessionToken = typeof token.sessionToken === "string" ? token.sessionToken : null;
      const sessionUser = sessionToken ? await findSessionUser(db, sessionToken, new Date()) : null;
      // A revoked or expired session, or a disabled user: sign out.
      if (!sessionUser) return null;
      return {
        sessionToken,
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

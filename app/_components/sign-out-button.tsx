import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserIcon } from "@/components/icons";
import { cn, focusRing, focusRingOnDark } from "@/components/ui";
import { signOutAction } from "../_actions/sign-out";

/** Where each surface keeps the person's own account: password, sign out everywhere. */
const ACCOUNT_PATH = { admin: "/admin/account", field: "/field/account", portal: "/portal/profile" } as const;

/**
 * The signed-in person's name, linking to their account page, and a Sign out button (a form:
 * works without JavaScript).
 */
export async function SignOutButton({
  surface,
  name,
  appearance = "light",
}: {
  surface: "admin" | "field" | "portal";
  name: string;
  appearance?: "light" | "dark";
}) {
  const [t, ta] = await Promise.all([getTranslations("auth.signOut"), getTranslations("account.menu")]);
  return (
    <form action={signOutAction} className="flex min-w-0 items-center gap-2">
      <input type="hidden" name="surface" value={surface} />
      <Link
        href={ACCOUNT_PATH[surface]}
        className={cn(
          "inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-2 text-sm underline-offset-4 hover:underline",
          // The portal's phone header is full; its nav has Profile already.
          surface === "portal" && "max-sm:hidden",
          appearance === "dark" ? `text-slate-100 ${focusRingOnDark}` : `text-slate-700 ${focusRing}`,
        )}
      >
        {/* On a phone the header has room for an icon only; the name shows from sm up. */}
        <UserIcon className="size-5 shrink-0 sm:hidden" aria-hidden="true" />
        <span className="sr-only">{surface === "portal" ? ta("profile") : ta("account")}: </span>
        <span className="sr-only min-w-0 truncate sm:not-sr-only">{name}</span>
      </Link>
      <button
        type="submit"
        className={cn(
          "inline-flex min-h-11 shrink-0 items-center rounded-lg px-3 text-sm font-semibold",
          appearance === "dark"
            ? `text-white hover:bg-white/10 ${focusRingOnDark}`
            : `text-brand-800 hover:bg-slate-100 ${focusRing}`,
        )}
      >
        {t("action")}
      </button>
    </form>
  );
}

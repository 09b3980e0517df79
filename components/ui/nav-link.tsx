"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ComponentPropsWithRef } from "react";

type NavLinkProps = Omit<ComponentPropsWithRef<typeof Link>, "href"> & {
  href: string;
  /** Also current on sub-pages (`/admin/contacts/42` for `/admin/contacts`). */
  matchDescendants?: boolean;
};

/**
 * A link that marks itself `aria-current="page"` on its own page. Style the current state
 * with `aria-[current=page]:` classes.
 */
export function NavLink({ href, matchDescendants = false, ...props }: NavLinkProps) {
  const pathname = usePathname();
  const current = pathname === href || (matchDescendants && pathname.startsWith(`${href}/`));
  return <Link {...props} href={href} aria-current={current ? "page" : undefined} />;
}

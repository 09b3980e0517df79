import { NextRequest } from "next/server";
import { handlers, requestOrigin } from "@/lib/auth";

/**
 * Auth.js's routes (the OpenID Connect callbacks). Next.js hands route handlers the address
 * the server is bound to (http://0.0.0.0:3000), while a server action that starts a sign-in
 * builds the provider's redirect_uri from the Host header: the callback must see that same
 * origin, or the provider refuses the code exchange (redirect_uri mismatch). AUTH_URL, when
 * set, still wins (Auth.js applies it after this).
 */
function atRequestOrigin(request: NextRequest): NextRequest {
  const { pathname, search } = request.nextUrl;
  return new NextRequest(new URL(`${pathname}${search}`, requestOrigin(request.headers)), request);
}

export const GET = (request: NextRequest) => handlers.GET(atRequestOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(atRequestOrigin(request));

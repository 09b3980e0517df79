import { SignInPage, signInMetadata } from "../../../_components/sign-in-page";
import { type SignInSearchParams } from "../../../_components/sign-in-notices";

export const generateMetadata = signInMetadata;

export default async function AdminSignInPage({ searchParams }: { searchParams: Promise<SignInSearchParams> }) {
  return <SignInPage surface="admin" searchParams={await searchParams} />;
}

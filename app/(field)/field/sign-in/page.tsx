import { SignInPage, signInMetadata } from "../../../_components/sign-in-page";
import { type SignInSearchParams } from "../../../_components/sign-in-notices";

export const generateMetadata = signInMetadata;

export default async function FieldSignInPage({ searchParams }: { searchParams: Promise<SignInSearchParams> }) {
  return <SignInPage surface="field" searchParams={await searchParams} />;
}

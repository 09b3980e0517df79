import { SignInPage, signInMetadata } from "../../../_components/sign-in-page";

export const generateMetadata = signInMetadata;

export default function FieldSignInPage() {
  return <SignInPage surface="field" />;
}

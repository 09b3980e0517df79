import { SignInPage, signInMetadata } from "../../../_components/sign-in-page";

export const generateMetadata = signInMetadata;

export default function PortalSignInPage() {
  return <SignInPage surface="portal" />;
}

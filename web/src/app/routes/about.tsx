import { pageTitle } from "../../config/site";
import { AboutPage } from "../../features/about/components/about-page";
import { useDocumentTitle } from "../../hooks/use-document-title";

export default function AboutRoute() {
  useDocumentTitle(pageTitle("About"));
  return <AboutPage />;
}

import { pageTitle } from "../../config/site";
import { BrowsePage } from "../../features/browse/components/browse-page";
import { useDocumentTitle } from "../../hooks/use-document-title";

/** `/`: the billboard and rows. The page's h1 names it for screen readers; the art speaks for itself. */
export function HomeRoute() {
  useDocumentTitle(pageTitle());
  return (
    <>
      <h1 className="sr-only">Browse films</h1>
      <BrowsePage />
    </>
  );
}

import { pageTitle } from "../../config/site";
import { MyListPage } from "../../features/my-list/components/my-list-page";
import { useDocumentTitle } from "../../hooks/use-document-title";

export default function MyListRoute() {
  useDocumentTitle(pageTitle("My List"));
  return <MyListPage />;
}

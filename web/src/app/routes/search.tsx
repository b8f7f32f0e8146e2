import { useSearchParams } from "react-router";
import { SEARCH_MAX_LENGTH } from "../../config/search";
import { pageTitle } from "../../config/site";
import { SearchPrompt } from "../../features/search/components/search-prompt";
import { SearchResults } from "../../features/search/components/search-results";
import { useDocumentTitle } from "../../hooks/use-document-title";

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** `/search?q=&year=&genre=`: the URL is the whole state of a search. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim().slice(0, SEARCH_MAX_LENGTH);
  useDocumentTitle(q ? pageTitle(q, "Search") : pageTitle("Search"));

  if (!q) return <SearchPrompt />;
  return (
    <SearchResults
      params={{ q, year: positiveInt(params.get("year")), genre: positiveInt(params.get("genre")) }}
    />
  );
}

import { BrowserRouter } from "react-router";
import { createQueryClient } from "../lib/query-client";
import { AppProvider } from "./provider";
import { AppRoutes } from "./routes";

const queryClient = createQueryClient();

/**
 * React Router in declarative mode: the data router's loaders and actions
 * are unused here and cost about 17 KB gzip of the home page's budget.
 */
export function App() {
  return (
    <AppProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  );
}

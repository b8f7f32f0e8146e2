import { Suspense } from "react";
import { Outlet, useLocation } from "react-router";
import { Footer } from "./footer";
import { Header } from "./header";
import styles from "./layout.module.css";
import { MovieDialogHost } from "./movie-dialog-host";
import { PageLoading } from "./page-loading";
import { RouteErrorBoundary } from "./route-error-boundary";

export function RootLayout() {
  const { pathname } = useLocation();
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className={styles.main}>
        {/* Keyed by page, so leaving a page that failed clears the error. */}
        <RouteErrorBoundary key={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
        <MovieDialogHost />
      </main>
      <Footer />
    </>
  );
}

import { Component, type ReactNode } from "react";
import { RouteError } from "../routes/route-error";

/** Last resort for a page that throws while rendering (e.g. its code chunk is gone after a deploy). */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.error ? <RouteError /> : this.props.children;
  }
}

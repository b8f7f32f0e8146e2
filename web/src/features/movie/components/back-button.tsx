import { useLocation, useNavigate } from "react-router";
import { Button } from "../../../components/ui/button/button";
import { paths } from "../../../config/paths";

/** Back to where the user came from; home when this page was opened directly. */
export function BackButton({ className }: { className?: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  // The first entry of a session (a reload, a shared link) has the key "default".
  const cameFromApp = location.key !== "default";
  return (
    <Button
      variant="secondary"
      className={className}
      onClick={() => (cameFromApp ? navigate(-1) : navigate(paths.home))}
    >
      <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M15 5l-7 7 7 7"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      Back
    </Button>
  );
}

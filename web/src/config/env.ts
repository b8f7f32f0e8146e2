/**
 * Where the API lives. Empty means same origin (production, and the Vite dev
 * server's proxy); set VITE_API_BASE_URL to point a build elsewhere.
 */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL ?? "";

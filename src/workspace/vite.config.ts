import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The staff workspace build: `npm run build` → dist/workspace, served by the server at /staff/.
 * Route pages are split by React.lazy / route `lazy`, so the login page and the dashboard load only
 * the shell; antd's ES modules tree-shake when components are imported from "antd" by name.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("."),
  base: "/staff/",
  plugins: [react()],
  // The workspace is served by our own server; no public/ folder, no env files.
  publicDir: false,
  envDir: false,
  build: {
    outDir: here("../../dist/workspace"),
    emptyOutDir: true,
    target: "es2022",
    // The weight budget is checked by bench/workspace-weight.ts, not by Vite's warning.
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
  logLevel: "warn",
});

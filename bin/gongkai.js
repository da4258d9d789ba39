#!/usr/bin/env node
// The `gongkai` command. Sources are TypeScript, loaded through tsx so that a clean clone runs after
// `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");

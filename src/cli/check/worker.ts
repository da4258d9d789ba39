import { checkFile } from "./check-file.ts";
import { serveChecks } from "./worker-protocol.ts";

// The worker thread of `gongkai check`: reads and checks the files the pool sends it.
serveChecks((file, setup) => checkFile(file, setup.previous));

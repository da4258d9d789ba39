/**
 * `gongkai check … | head`: once the reader of stdout has gone, writing fails with EPIPE. That is
 * not an error of the command — end quietly with the exit code set so far, instead of a stack trace.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

import { MultiBar, Presets } from "cli-progress";

/** Batches smaller than this finish before a bar would tell anyone anything. */
export const PROGRESS_MIN_FILES = 20;

/** A progress bar on stderr: counts finished files and, when asked, prints lines above itself. */
export interface Progress {
  tick(): void;
  /** Prints a line above the bar (human output while stdout is the same terminal). */
  log(text: string): void;
  stop(): void;
}

/**
 * A bar on `stream` (stderr) when it is a terminal and the batch is large enough; null otherwise, so
 * that redirected output and pipelines never see control characters.
 */
export function startProgress(total: number, stream: NodeJS.WritableStream & { isTTY?: boolean }) {
  if (!stream.isTTY || total < PROGRESS_MIN_FILES) return null;
  const bars = new MultiBar(
    {
      stream,
      format:
        "核查中 [{bar}] {percentage}% | {value}/{total} 个文件 | 已用 {duration_formatted} | 预计还需 {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  return {
    tick: () => bar.increment(),
    log: (text: string) => bars.log(text),
    stop: () => bars.stop(),
  } satisfies Progress;
}

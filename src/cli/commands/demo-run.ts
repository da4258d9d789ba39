import { Presets, SingleBar } from "cli-progress";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { formatDemoResult } from "../../demo/demo-output.ts";
import { type DemoOptions, type DemoResult, seedDemo } from "../../demo/seed-demo.ts";

/**
 * Creates the demo with a progress bar on stderr (when it is a terminal) and prints the accounts
 * once; shared by `gongkai demo` and `gongkai serve --demo`.
 */
export async function runDemo(db: Kysely<Database>, options: DemoOptions = {}): Promise<DemoResult> {
  console.log("正在生成演示数据（通过各项业务功能逐日办理，约需一分钟）……");
  const bar = process.stderr.isTTY
    ? new SingleBar(
        {
          stream: process.stderr,
          format: "演示数据 [{bar}] {percentage}% | {value}/{total} 项操作 | 已用 {duration_formatted}",
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : null;
  let started = false;
  try {
    const result = await seedDemo(db, {
      ...options,
      onProgress: (done, total) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar?.stop();
    for (const line of formatDemoResult(result)) console.log(line);
    return result;
  } finally {
    bar?.stop();
  }
}

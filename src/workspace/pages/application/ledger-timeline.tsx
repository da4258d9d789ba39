import { Card, Timeline, Typography } from "antd";
import type { ApplicationDetail } from "../../api/types.ts";
import { labelOf, type Vocabulary } from "../../api/vocabulary.ts";
import { chinaTime } from "../../components/china-time.ts";
import { eventDetails } from "./event-text.ts";

const SOURCES: Record<string, string> = { staff: "", applicant: "申请人", system: "系统" };
const COLORS: Record<string, string> = {
  received: "blue",
  decided: "green",
  replied: "green",
  withdrawn: "gray",
  abandoned: "red",
  archived: "gray",
};

/** The ledger, oldest first: each event's day, name, details, note and who recorded it when. */
export function LedgerTimeline({
  detail,
  words,
}: {
  detail: ApplicationDetail;
  words: Vocabulary | undefined;
}) {
  return (
    <Card title="办理台账" size="small" data-testid="ledger">
      {detail.events.length === 0 ? (
        <Typography.Text type="secondary">网上申请尚未确认收到，台账为空。</Typography.Text>
      ) : (
        <Timeline
          items={detail.events.map(({ seq, event, recordedAt, recordedByName, source }) => {
            const details = eventDetails(event, words);
            const by = recordedByName ?? SOURCES[source] ?? "";
            return {
              key: seq,
              color: COLORS[event.type] ?? "blue",
              title: event.date,
              content: (
                <div data-testid={`event-${event.type}`}>
                  <Typography.Text strong>{labelOf(words?.steps, event.type)}</Typography.Text>
                  {details ? <div>{details}</div> : null}
                  {event.note ? <Typography.Text type="secondary">备注：{event.note}</Typography.Text> : null}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      第 {seq} 项 · {by ? `${by} ` : ""}登记于 {chinaTime(recordedAt)}
                    </Typography.Text>
                  </div>
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}

import { Alert, Card, Collapse, Descriptions, Space, Tag, Typography } from "antd";
import { api, errorMessage } from "../../api/client.ts";
import type { ClockExplained } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { DueDate } from "../../components/due-date.tsx";
import { DayExplanation } from "./day-explanation.tsx";
import type { ClockView } from "./types.ts";

type Status = NonNullable<ClockView["status"]>;

function statusText(s: Status): { text: string; color: string } {
  switch (s.kind) {
    case "onTime":
      return { text: `按期办理中，剩 ${s.remaining} 个工作日`, color: "green" };
    case "dueSoon":
      return { text: s.remaining === 0 ? "今日到期" : `${s.remaining} 个工作日内到期`, color: "orange" };
    case "overdue":
      return { text: `已超期 ${s.overdueBy} 个工作日`, color: "red" };
    case "awaitingCorrection":
      return {
        text: `等待申请人补正（补正期限 ${s.correctionDeadline}${s.lapsed ? "，已届满" : ""}）`,
        color: "default",
      };
    case "closedOnTime":
      return { text: `${s.closedOn} 按期办结`, color: "green" };
    case "closedLate":
      return { text: `${s.closedOn} 办结，逾期 ${s.lateBy} 个工作日`, color: "red" };
  }
}

/**
 * Every deadline in play (GET /api/applications/{id}/clock), the status today, late-step warnings,
 * and the reply deadline explained day by day (unfolds on demand).
 */
export function DeadlinesCard({ applicationId, version }: { applicationId: string; version: number }) {
  const explained = useApi(`clock:${applicationId}:${version}`, () =>
    api.get<ClockExplained>(`/api/applications/${applicationId}/clock`),
  );
  const clock = explained.data?.clock ?? null;
  const items: { key: string; label: string; children: React.ReactNode }[] = [];
  if (clock) {
    const due = (d: { date: string; provisional: boolean }) => (
      <DueDate date={d.date} provisional={d.provisional} />
    );
    items.push({
      key: "received",
      label: "收到申请之日",
      children: `${clock.receivedOn}（计时起点 ${clock.clockStart}）`,
    });
    if (clock.replyDeadline) {
      const assumed = clock.replyDeadlineFinal ? null : (
        <Typography.Text type="secondary">（按等待期满推算）</Typography.Text>
      );
      items.push({
        key: "reply",
        label: "答复期限",
        children: (
          <Space>
            {due(clock.replyDeadline)}
            {assumed}
          </Space>
        ),
      });
    }
    if (clock.statutoryDeadline && clock.statutoryDeadline.date !== clock.replyDeadline?.date)
      items.push({
        key: "statutory",
        label: "法定答复期限（20 个工作日）",
        children: due(clock.statutoryDeadline),
      });
    if (clock.extension)
      items.push({
        key: "extension",
        label: "延长答复期限",
        children: `${clock.extension.approvedOn} 经 ${clock.extension.approver} 批准延长 ${clock.extension.workingDays} 个工作日`,
      });
    if (clock.longerDeadline)
      items.push({ key: "longer", label: "第三十五条延迟答复期限", children: clock.longerDeadline.deadline });
    if (!clock.correction && clock.phase === "processing")
      items.push({
        key: "notice",
        label: "告知补正的最后一日（第三十条）",
        children: due(clock.correctionNoticeLimit),
      });
    if (clock.correction)
      items.push({
        key: "correction",
        label: "申请人补正期限",
        children: (
          <Space>
            {due(clock.correction.applicantDeadline)}
            {clock.correction.receivedOn ? `（${clock.correction.receivedOn} 已补正）` : null}
          </Space>
        ),
      });
    for (const c of clock.consultations)
      items.push({
        key: `c-${c.ref}`,
        label: `征求意见 ${c.ref} 的答复期限`,
        children: (
          <Space>
            {due(c.windowEnd)}
            {c.answeredOn ? `（${c.answeredOn} 已答复）` : "（等待答复，答复期限计算暂停）"}
          </Space>
        ),
      });
    if (clock.fee)
      items.push({
        key: "fee",
        label: `缴费期限（${(clock.fee.amountFen / 100).toFixed(2)} 元）`,
        children: (
          <Space>
            {due(clock.fee.paymentLimit)}
            {clock.fee.paidOn ? `（${clock.fee.paidOn} 已缴纳）` : null}
          </Space>
        ),
      });
  }
  const status = clock?.status ? statusText(clock.status) : null;
  const days = explained.data?.days ?? [];
  const explanations = [
    ...(days.length > 0
      ? [{ key: "reply", label: `答复期限逐日说明（${clock?.replyDeadline?.date ?? ""}）`, days }]
      : []),
    ...(explained.data?.windows ?? []).map((w) => ({
      key: w.key,
      label: `${w.label}逐日说明（${w.to}）`,
      days: w.days,
    })),
  ].map(({ key, label, days }) => ({ key, label, children: <DayExplanation days={days} /> }));
  return (
    <Card
      title="期限"
      size="small"
      loading={explained.loading && !explained.data}
      extra={
        status ? (
          <Tag color={status.color} data-testid="clock-status">
            {status.text}
          </Tag>
        ) : null
      }
      data-testid="deadlines"
    >
      {explained.error ? (
        <Alert type="error" showIcon title={errorMessage(explained.error)} style={{ marginBottom: 8 }} />
      ) : clock === null ? (
        <Typography.Text type="secondary">确认收到申请后开始计算期限。</Typography.Text>
      ) : null}
      {clock?.warnings.map((w) => (
        <Alert
          key={`${w.code}-${w.date}`}
          type="warning"
          showIcon
          title={w.message}
          style={{ marginBottom: 8 }}
        />
      ))}
      {items.length > 0 ? <Descriptions column={1} size="small" bordered items={items} /> : null}
      {explanations.length > 0 ? <Collapse style={{ marginTop: 12 }} items={explanations} /> : null}
    </Card>
  );
}

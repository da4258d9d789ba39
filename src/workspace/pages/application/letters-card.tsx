import { App, Button, Card, Space, Table, Tag, Typography } from "antd";
import { errorMessage } from "../../api/client.ts";
import type { Loaded } from "../../api/use-api.ts";
import { downloadFile } from "./download.ts";
import type { ApplicationLetters, LetterDue, LetterSummary } from "./types.ts";

interface Row extends LetterDue {
  letter: LetterSummary | null;
}

/**
 * The letters the ledger calls for, in ledger order (GET /api/applications/{id}/letters): each
 * issued one with its number, downloads and delivery; each missing one with 出具.
 */
export function LettersCard(props: {
  letters: Loaded<ApplicationLetters>;
  onIssue: (due: LetterDue) => void;
  onDeliver: (letter: LetterSummary) => void;
}) {
  const { message } = App.useApp();
  const data = props.letters.data;
  const byId = new Map((data?.letters ?? []).map((l) => [l.id, l]));
  const rows: Row[] = (data?.due ?? []).map((d) => ({
    ...d,
    letter: d.letterId ? (byId.get(d.letterId) ?? null) : null,
  }));
  const download = (letter: LetterSummary, to: "docx" | "pdf") =>
    downloadFile(`/api/letters/${letter.id}/${to}`, `${letter.documentNumber}.${to}`).catch((err: unknown) =>
      message.error({ content: errorMessage(err), duration: 8 }),
    );
  return (
    <Card title="文书" size="small" data-testid="letters">
      {props.letters.error ? (
        <Typography.Text type="danger">{errorMessage(props.letters.error)}</Typography.Text>
      ) : null}
      <Table<Row>
        rowKey={(r) => `${r.kind}-${r.seq}-${r.ref ?? ""}`}
        size="small"
        pagination={false}
        loading={props.letters.loading}
        dataSource={rows}
        locale={{ emptyText: "暂无应出具的文书" }}
        columns={[
          {
            title: "文书",
            dataIndex: "label",
            render: (label: string, r) => `${label}（第 ${r.seq} 项${r.ref ? `，${r.ref}` : ""}）`,
          },
          {
            title: "文号",
            key: "number",
            render: (_, r) =>
              r.letter ? (
                <Typography.Text strong data-testid="letter-number">
                  {r.letter.documentNumber}
                </Typography.Text>
              ) : (
                <Tag color="orange">待出具</Tag>
              ),
          },
          {
            title: "送达",
            key: "delivery",
            width: 120,
            render: (_, r) =>
              r.letter?.delivery
                ? `${r.letter.delivery.deliveredOn} ${r.letter.delivery.methodLabel}`
                : r.letter
                  ? "未登记"
                  : "—",
          },
          {
            title: "操作",
            key: "actions",
            render: (_, r) =>
              r.letter ? (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => r.letter && download(r.letter, "docx")}>
                    下载 Word
                  </Button>
                  <Button type="link" size="small" onClick={() => r.letter && download(r.letter, "pdf")}>
                    下载 PDF
                  </Button>
                  {r.letter.delivery ? null : (
                    <Button type="link" size="small" onClick={() => r.letter && props.onDeliver(r.letter)}>
                      登记送达
                    </Button>
                  )}
                </Space>
              ) : (
                <Button type="primary" size="small" onClick={() => props.onIssue(r)}>
                  预览并出具
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

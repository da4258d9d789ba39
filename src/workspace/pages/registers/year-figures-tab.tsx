import { Alert, Button, InputNumber, Space, Table, Typography } from "antd";
import { useState } from "react";
import { COUNT_KIND_LABELS } from "../../../services/registers/register-labels.ts";
import { ApiError, api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import type { YearRegisters } from "./register-types.ts";

const COUNTS = (["permit", "penalty", "enforcement"] as const).map((key) => ({
  key,
  label: COUNT_KIND_LABELS[key],
}));

type CountKey = (typeof COUNTS)[number]["key"];
/** One row of the grid as edited: the counts and the fee in yuan (null = not entered). */
type Draft = Record<CountKey, number | null> & { feeYuan: number | null };

function draftOf(r: YearRegisters): Draft {
  return {
    permit: r.counts.permit?.count ?? null,
    penalty: r.counts.penalty?.count ?? null,
    enforcement: r.counts.enforcement?.count ?? null,
    feeYuan: r.feeIncome ? r.feeIncome.amountFen / 100 : null,
  };
}

/**
 * 年度数字: one row per year — the permit, penalty and enforcement decisions made and the fee
 * income (entered in yuan, stored in fen) — each row saved on its own; a refused figure's message
 * appears under the row.
 */
export function YearFiguresTab({
  agencyId,
  years,
  canWrite,
}: {
  agencyId: string;
  years: number[];
  canWrite: boolean;
}) {
  const loaded = useApi(`figures:${agencyId}:${years.join()}`, () =>
    Promise.all(years.map((y) => api.get<YearRegisters>(`/api/agencies/${agencyId}/registers/${y}`))),
  );
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [problems, setProblems] = useState<Record<number, string>>({});
  const [saved, setSaved] = useState<Record<number, boolean>>({});

  const rows = (loaded.data ?? []).map((r) => ({ year: r.year, draft: drafts[r.year] ?? draftOf(r) }));
  const edit = (year: number, draft: Draft, patch: Partial<Draft>) => {
    setDrafts((d) => ({ ...d, [year]: { ...draft, ...patch } }));
    setSaved((s) => ({ ...s, [year]: false }));
  };

  const save = async (year: number, draft: Draft) => {
    setProblems((p) => ({ ...p, [year]: "" }));
    try {
      const counts = Object.fromEntries(
        COUNTS.filter((c) => draft[c.key] !== null).map((c) => [c.key, draft[c.key]]),
      );
      if (Object.keys(counts).length > 0)
        await api.put(`/api/agencies/${agencyId}/register-counts/${year}`, counts);
      if (draft.feeYuan !== null) {
        await api.put(`/api/agencies/${agencyId}/fee-income/${year}`, {
          amountFen: Math.round(draft.feeYuan * 100),
        });
      }
      setSaved((s) => ({ ...s, [year]: true }));
    } catch (err) {
      const detail =
        err instanceof ApiError && err.issues.length > 0
          ? err.issues.map((i) => i.message).join("；")
          : errorMessage(err);
      setProblems((p) => ({ ...p, [year]: detail }));
    }
  };

  const cell = (key: keyof Draft, label: string) => ({
    title: label,
    key,
    render: (_: unknown, row: { year: number; draft: Draft }) => (
      <InputNumber
        aria-label={`${row.year} 年${label}`}
        min={0}
        precision={key === "feeYuan" ? 2 : 0}
        disabled={!canWrite}
        value={row.draft[key]}
        placeholder="未填写"
        style={{ width: 130 }}
        onChange={(v) => edit(row.year, row.draft, { [key]: v })}
      />
    ),
  });

  return (
    <>
      <Typography.Paragraph type="secondary">
        每年作出的行政许可、行政处罚、行政强制决定数量和行政事业性收费金额，计入年度报告表二。未填写的项目报告按
        0 计。
      </Typography.Paragraph>
      {loaded.error ? <Alert type="error" showIcon title={errorMessage(loaded.error)} /> : null}
      <Table
        rowKey="year"
        size="small"
        loading={loaded.loading}
        pagination={false}
        dataSource={rows}
        data-testid="year-figures"
        expandable={{
          expandedRowKeys: rows.filter((r) => problems[r.year]).map((r) => r.year),
          showExpandColumn: false,
          expandedRowRender: (row) => (
            <Typography.Text type="danger" role="alert">
              {problems[row.year]}
            </Typography.Text>
          ),
        }}
        columns={[
          { title: "年度", dataIndex: "year", width: 80 },
          ...COUNTS.map((c) => cell(c.key, `${c.label}决定（件）`)),
          cell("feeYuan", "收费金额（元）"),
          ...(canWrite
            ? [
                {
                  title: "操作",
                  key: "save",
                  render: (_: unknown, row: { year: number; draft: Draft }) => (
                    <Space>
                      <Button size="small" onClick={() => save(row.year, row.draft)}>
                        保存 {row.year} 年
                      </Button>
                      {saved[row.year] ? <Typography.Text type="success">已保存</Typography.Text> : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

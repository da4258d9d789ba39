import { Checkbox, DatePicker, Flex, Input, Radio, Select } from "antd";
import dayjs from "dayjs";
import type { Vocabulary } from "../../api/vocabulary.ts";
import { type Filters, listOf } from "./list-query.ts";

interface Props {
  filters: Filters;
  /** Supervisors may list every agency below their own (`subtree=true`; personal data masked). */
  canSubtree: boolean;
  words: Vocabulary | undefined;
  onChange: (patch: Filters) => void;
}

const STATE = [
  { value: "true", label: "在办" },
  { value: "false", label: "已办结" },
];
const DUE = [
  { value: "soon", label: "临近期限（5 个工作日内）" },
  { value: "overdue", label: "已超期" },
];

/** The filter bar above the list: every control writes straight into the address. */
export function ListFilters({ filters, canSubtree, words, onChange }: Props) {
  const range = [filters.receivedFrom, filters.receivedTo].map((d) => (d ? dayjs(d) : null)) as [
    dayjs.Dayjs | null,
    dayjs.Dayjs | null,
  ];
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search" aria-label="筛选申请">
      <Input.Search
        allowClear
        defaultValue={filters.q}
        placeholder="申请编号、申请人或所需信息"
        aria-label="搜索"
        onSearch={(q) => onChange({ q })}
        style={{ width: 260 }}
      />
      <Select
        allowClear
        placeholder="办理状态"
        aria-label="办理状态"
        options={STATE}
        value={filters.open}
        onChange={(open) => onChange({ open })}
        style={{ width: 110 }}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder="办理阶段"
        aria-label="办理阶段"
        options={words?.phases}
        value={listOf(filters.phase)}
        onChange={(v: string[]) => onChange({ phase: v.join(",") })}
        style={{ width: 200 }}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder="答复结果"
        aria-label="答复结果"
        options={words?.outcomes.map((o) => ({
          value: o.value,
          label: o.group ? `${o.group}：${o.label}` : o.label,
        }))}
        value={listOf(filters.outcome)}
        onChange={(v: string[]) => onChange({ outcome: v.join(",") })}
        popupMatchSelectWidth={420}
        style={{ width: 200 }}
      />
      <Select
        allowClear
        placeholder="答复期限"
        aria-label="答复期限"
        options={DUE}
        value={filters.due}
        onChange={(due) => onChange({ due })}
        style={{ width: 200 }}
      />
      <DatePicker.RangePicker
        value={range}
        placeholder={["收到日期起", "收到日期止"]}
        aria-label="收到日期"
        allowEmpty={[true, true]}
        onChange={(d) =>
          onChange({
            receivedFrom: d?.[0]?.format("YYYY-MM-DD") ?? "",
            receivedTo: d?.[1]?.format("YYYY-MM-DD") ?? "",
          })
        }
      />
      {canSubtree ? (
        <Checkbox
          checked={filters.subtree === "true"}
          onChange={(e) => onChange({ subtree: e.target.checked ? "true" : "" })}
        >
          包括下级机关
        </Checkbox>
      ) : null}
      <Checkbox
        checked={filters.provisional === "true"}
        onChange={(e) => onChange({ provisional: e.target.checked ? "true" : "" })}
      >
        仅暂定期限
      </Checkbox>
      <Radio.Group
        optionType="button"
        aria-label="排序"
        value={filters.sort ?? "due"}
        onChange={(e) => onChange({ sort: e.target.value === "due" ? "" : e.target.value })}
        options={[
          { value: "due", label: "按答复期限" },
          { value: "received", label: "按收到日期" },
        ]}
      />
    </Flex>
  );
}

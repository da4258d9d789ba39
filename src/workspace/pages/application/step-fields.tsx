import { Form, Input, InputNumber, Radio, Select } from "antd";
import type { ReactNode } from "react";
import type { ApplicationDetail } from "../../api/types.ts";
import type { Vocabulary } from "../../api/vocabulary.ts";
import { DayItem } from "./day-item.tsx";
import { ItemsField } from "./items-field.tsx";
import type { ClockView } from "./types.ts";

/**
 * The fields of each step's form, named as the ledger event names them (`["event", "workingDays"]`),
 * so that the server's issues land beside their fields. The event's date and note are common to
 * every step (step-modal.tsx); these are the rest.
 */
export interface StepContext {
  words: Vocabulary | undefined;
  clock: ClockView | null;
  /** The applicant's applications received this month up to this one (按件 fees). */
  applicantMonth: ApplicationDetail["applicantMonth"];
}

const e = (name: string) => ["event", name];
const need = (message: string) => [{ required: true, message }];

const PARTY = [
  { value: "thirdParty", label: "第三方（第三十二条）" },
  { value: "agency", label: "有关行政机关（第三十四条）" },
];
const CONCLUSION = [
  { value: "releasable", label: "可以公开" },
  { value: "partlyReleasable", label: "部分可以公开" },
  { value: "notReleasable", label: "不得公开" },
];

function CorrectionFields() {
  return (
    <>
      <Form.Item
        name={e("workingDays")}
        label="补正期限（自申请人收到告知书之日起的工作日数）"
        rules={need("请填写补正期限")}
      >
        <InputNumber min={1} max={60} addonAfter="个工作日" style={{ width: 200 }} />
      </Form.Item>
      <DayItem name={e("receivedOn")} label="申请人收到告知书之日（已知时填写，否则在登记送达时填写）" />
      <ItemsField label="需要补正的事项（写入补正告知书）" />
    </>
  );
}

const FIELDS: Partial<Record<string, (c: StepContext) => ReactNode>> = {
  correctionRequested: () => <CorrectionFields />,
  consultationSent: () => (
    <>
      <Form.Item name={e("ref")} label="征求意见编号" rules={need("请填写征求意见编号")}>
        <Input placeholder="如 征-1" />
      </Form.Item>
      <Form.Item name={e("party")} label="被征求意见方" rules={need("请选择被征求意见方")}>
        <Radio.Group options={PARTY} />
      </Form.Item>
      <Form.Item name={e("name")} label="名称">
        <Input />
      </Form.Item>
      <DayItem name={e("receivedOn")} label="对方收到之日（已知时填写）" />
    </>
  ),
  consultationAnswered: ({ clock }) => (
    <>
      <Form.Item name={e("ref")} label="征求意见" rules={need("请选择所答复的征求意见")}>
        <Select
          options={(clock?.consultations ?? [])
            .filter((c) => c.open)
            .map((c) => ({ value: c.ref, label: `${c.ref}（${c.name ?? "未写名称"}，${c.sentOn} 发出）` }))}
        />
      </Form.Item>
      <Form.Item name={e("position")} label="意见">
        <Radio.Group
          options={[
            { value: "consent", label: "同意公开" },
            { value: "objection", label: "不同意公开" },
          ]}
        />
      </Form.Item>
    </>
  ),
  extensionApproved: ({ words }) => (
    <>
      <Form.Item
        name={e("workingDays")}
        label={`延长的工作日数（最长 ${words?.maxExtensionDays ?? 20} 个工作日，第三十三条第二款）`}
        rules={need("请填写延长的工作日数")}
      >
        <InputNumber
          min={1}
          max={words?.maxExtensionDays ?? 20}
          addonAfter="个工作日"
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name={e("approver")} label="批准延期的负责人" rules={need("请填写批准延期的负责人")}>
        <Input />
      </Form.Item>
    </>
  ),
  confidentialityReviewed: () => (
    <>
      <Form.Item name={e("reviewer")} label="保密审查人" rules={need("请填写保密审查人")}>
        <Input />
      </Form.Item>
      <Form.Item name={e("conclusion")} label="审查结论" rules={need("请选择审查结论")}>
        <Radio.Group options={CONCLUSION} />
      </Form.Item>
    </>
  ),
  feeNoticeSent: ({ applicantMonth }) => (
    <>
      <Form.Item name={["event", "fee", "method"]} label="收费方式" rules={need("请选择收费方式")}>
        <Radio.Group
          options={[
            { value: "perItem", label: "按件计收" },
            { value: "perPage", label: "按量计收" },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={[["event", "fee", "method"]]}>
        {({ getFieldValue }) =>
          getFieldValue(["event", "fee", "method"]) === "perPage" ? (
            <Form.Item name={["event", "fee", "pages"]} label="页数" rules={need("请填写页数")}>
              <InputNumber min={1} addonAfter="页" />
            </Form.Item>
          ) : (
            <Form.Item
              name={["event", "fee", "nth"]}
              label="申请人本月第几件申请"
              rules={need("请填写件次")}
              extra={
                applicantMonth
                  ? `按收到申请之日计，本件是该申请人 ${applicantMonth.month} 向本机关提出的第 ${applicantMonth.received} 件申请；一份申请含多项内容的，可按一项一件拆分计算`
                  : undefined
              }
            >
              <InputNumber min={1} addonAfter="件" />
            </Form.Item>
          )
        }
      </Form.Item>
      <DayItem name={e("receivedOn")} label="申请人收到通知之日（已知时填写）" />
    </>
  ),
  longerDeadlineSet: () => (
    <DayItem name={e("deadline")} label="确定的答复期限" rules={need("请选择答复期限")} />
  ),
  decided: ({ words }) => (
    <Form.Item name={e("outcome")} label="答复结果（对应年度报告表三）" rules={need("请选择答复结果")}>
      <Select
        showSearch
        optionFilterProp="label"
        options={groupedOutcomes(words)}
        placeholder="选择答复结果"
        aria-label="答复结果"
      />
    </Form.Item>
  ),
  abandoned: () => (
    <Form.Item name={e("reason")} label="原因" rules={need("请选择原因")}>
      <Radio.Group
        options={[
          { value: "noCorrection", label: "逾期不补正" },
          { value: "feeUnpaid", label: "逾期不缴费" },
        ]}
      />
    </Form.Item>
  ),
};

/** Outcomes in table 三's groups; those a decision cannot take (abandonments) left out. */
function groupedOutcomes(words: Vocabulary | undefined) {
  const usable = (words?.outcomes ?? []).filter(
    (o) => o.value !== "otherNoCorrection" && o.value !== "otherFeeUnpaid",
  );
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const o of usable) {
    const name = o.group ?? "公开";
    const group = groups.get(name) ?? { label: name, options: [] };
    group.options.push({ value: o.value, label: o.label });
    groups.set(name, group);
  }
  return [...groups.values()];
}

export function stepFields(type: string, context: StepContext): ReactNode {
  return FIELDS[type]?.(context) ?? null;
}

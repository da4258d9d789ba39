import { Form, Input } from "antd";
import type { ReactNode } from "react";
import { DayItem } from "./day-item.tsx";
import { ItemsField } from "./items-field.tsx";

/**
 * What staff add to a letter beyond the ledger (POST …/letters and …/letters/preview): the items
 * to correct, reasons, where to get the information … Named as the request names them, so the
 * server's issues show beside their fields; what a reply must say depends on its outcome, and the
 * server says which field is missing.
 */
const text = (name: string | string[], label: string, rows = 2) => (
  <Form.Item name={name} label={label}>
    <Input.TextArea rows={rows} />
  </Form.Item>
);

const FIELDS: Record<string, () => ReactNode> = {
  receipt: () => null,
  correction: () => <ItemsField label="需要补正的事项" />,
  extension: () => text("reason", "延期理由"),
  consultation: () => (
    <>
      {text("addressee", "被征求意见方名称（台账未记载时填写）", 1)}
      {text("subject", "征求意见所涉信息（默认为申请内容）")}
    </>
  ),
  publicInterestNotice: () => (
    <>
      {text("reasons", "决定公开的理由（不公开可能对公共利益造成重大影响的情况）", 3)}
      {text("disclosedInfo", "决定公开的信息（选填）")}
    </>
  ),
  feeNotice: () => text("paymentMethod", "缴费方式（默认为本机关设置的缴费方式）"),
  reasonsRequest: () => (
    <>
      <DayItem name="respondBy" label="说明理由的期限（选填）" />
      {text("volumeFacts", "申请数量、频次的情况（选填）")}
    </>
  ),
  longerDeadline: () => text("reasons", "延迟答复的理由", 3),
  reply: () => (
    <>
      {text("reasons", "理由（不予公开、无法提供、不予处理等须写明理由）", 4)}
      {text("howToObtain", "获取信息的方式和途径（公开、部分公开时填写）")}
      {text("publishedAt", "已公开信息的获取途径")}
      {text(["holder", "name"], "负责公开该信息的机关名称（已知时填写）", 1)}
      {text(["holder", "contact"], "该机关的联系方式", 1)}
      {text("procedure", "依照有关法律、行政法规办理的途径")}
      {text("channel", "信访、投诉、举报等渠道")}
    </>
  ),
};

export function letterFields(request: string): ReactNode {
  return FIELDS[request]?.() ?? null;
}

import { Card, Descriptions, Tag } from "antd";
import type { ApplicationDetail } from "../../api/types.ts";
import { labelOf, type Vocabulary } from "../../api/vocabulary.ts";

/** Who applies and what for, as the API gives it (masked for readers outside the handling agency). */
export function ApplicantCard({
  detail,
  words,
}: {
  detail: ApplicationDetail;
  words: Vocabulary | undefined;
}) {
  const a = detail.applicant;
  const r = detail.request;
  const rows: [string, string | null][] = [
    ["申请人类型", labelOf(words?.applicantTypes, a.type)],
    ["姓名或名称", a.name],
    ["证件", a.idType ? `${labelOf(words?.idTypes, a.idType)} ${a.idNumber ?? ""}` : a.idNumber],
    ["统一社会信用代码", a.creditCode],
    ["法定代表人", a.legalRepresentative],
    ["联系人", a.contactPerson],
    ["联系电话", a.phone],
    ["电子邮箱", a.email],
    ["通信地址", [a.address, a.postalCode].filter(Boolean).join(" ") || null],
  ];
  return (
    <>
      <Card
        title="申请人"
        size="small"
        extra={detail.masked ? <Tag>个人信息已脱敏</Tag> : null}
        data-testid="applicant"
      >
        <Descriptions
          column={1}
          size="small"
          items={rows.filter(([, v]) => v).map(([label, v]) => ({ key: label, label, children: v }))}
        />
      </Card>
      <Card title="申请内容" size="small" style={{ marginTop: 16 }}>
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: "d",
              label: "所需信息",
              children: <span style={{ whiteSpace: "pre-wrap" }}>{r.description}</span>,
            },
            ...(r.purpose ? [{ key: "p", label: "用途", children: r.purpose }] : []),
            { key: "f", label: "获取方式", children: labelOf(words?.requestedForms, r.requestedForm) },
            { key: "v", label: "获取途径", children: labelOf(words?.deliveries, r.delivery) },
            {
              key: "c",
              label: "提交渠道",
              children: `${labelOf(words?.channels, detail.channel)}，${detail.arrivedOn} 到达`,
            },
            ...(r.correctionText
              ? [
                  {
                    key: "x",
                    label: "补正内容",
                    children: <span style={{ whiteSpace: "pre-wrap" }}>{r.correctionText}</span>,
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}

import { Alert, Button, Descriptions, Form, Input, Modal, Result, Select, Typography } from "antd";
import { useState } from "react";
import { api } from "../../api/client.ts";
import type { ApplicationSummary } from "../../api/types.ts";
import { useFormSubmit } from "../../api/use-form-submit.ts";
import type { Vocabulary } from "../../api/vocabulary.ts";
import { useServerToday } from "../../shell/calendar-status.tsx";
import { DayItem } from "../application/day-item.tsx";
import { ApplicantFields } from "./applicant-fields.tsx";

interface Registered {
  application: ApplicationSummary;
  queryCode: string;
}

/** 登记申请: an application handed in at the counter, by post or fax (POST /api/applications). */
export function RegisterModal(props: {
  open: boolean;
  words: Vocabulary | undefined;
  onClose: () => void;
  onRegistered: (id: string) => void;
}) {
  const [form] = Form.useForm();
  const today = useServerToday();
  const [done, setDone] = useState<Registered | null>(null);
  const { busy, problem, setProblem, submit } = useFormSubmit(form, async (values: unknown) => {
    setDone(await api.post<Registered>("/api/applications", values));
  });
  const channel = Form.useWatch(["receipt", "channel"], form) ?? "inPerson";
  const close = () => {
    setDone(null);
    setProblem(null);
    form.resetFields();
    props.onClose();
  };
  const options = (list?: { value: string; label: string }[]) => list ?? [];

  return (
    <Modal title="登记申请" open={props.open} onCancel={close} width={720} footer={null} destroyOnHidden>
      {done ? (
        <Result
          status="success"
          title="已登记"
          subTitle="查询码只显示这一次，请交给申请人（可凭申请编号和查询码在门户网站查询办理进度）。"
          extra={[
            <Button key="open" type="primary" onClick={() => props.onRegistered(done.application.id)}>
              打开申请
            </Button>,
            <Button key="close" onClick={close}>
              关闭
            </Button>,
          ]}
        >
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="申请编号">{done.application.number}</Descriptions.Item>
            <Descriptions.Item label="查询码">
              <Typography.Text copyable strong>
                {done.queryCode}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Result>
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            receipt: { channel: "inPerson", submittedOn: today ?? undefined },
            applicant: { type: "naturalPerson", idType: "residentId" },
            requestedForm: "paper",
            delivery: "post",
          }}
        >
          {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name={["receipt", "channel"]} label="提交渠道" rules={[{ required: true }]}>
            <Select options={options(props.words?.channels)} />
          </Form.Item>
          {(props.words?.channels.find((c) => c.value === channel)?.dates ?? []).map(({ field, label }) => (
            <DayItem
              key={field}
              name={["receipt", field]}
              label={label}
              rules={[{ required: true, message: `请填写${label}` }]}
            />
          ))}
          <ApplicantFields words={props.words} />
          <Form.Item
            name="description"
            label="所需政府信息的名称、文号或者便于查询的其他特征性描述"
            rules={[{ required: true, message: "请填写所需信息" }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="purpose" label="用途（选填）">
            <Input />
          </Form.Item>
          <Form.Item name="requestedForm" label="获取信息的方式">
            <Select options={options(props.words?.requestedForms)} />
          </Form.Item>
          <Form.Item name="delivery" label="获取信息的途径">
            <Select options={options(props.words?.deliveries)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            登记
          </Button>
        </Form>
      )}
    </Modal>
  );
}

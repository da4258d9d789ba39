import { Col, Form, Input, Row, Select } from "antd";
import type { Vocabulary } from "../../api/vocabulary.ts";

/** The applicant's part of the registration form (a person's identity, or an organisation's). */
export function ApplicantFields({ words }: { words: Vocabulary | undefined }) {
  const type = Form.useWatch(["applicant", "type"]);
  const person = type === undefined || type === "naturalPerson";
  const field = (name: string, label: string, span = 12) => (
    <Col span={span}>
      <Form.Item name={["applicant", name]} label={label}>
        <Input />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={12}>
      <Col span={12}>
        <Form.Item name={["applicant", "type"]} label="申请人类型">
          <Select options={words?.applicantTypes ?? []} />
        </Form.Item>
      </Col>
      {field("name", person ? "姓名" : "机构名称")}
      {person ? (
        <Col span={12}>
          <Form.Item name={["applicant", "idType"]} label="身份证件类型">
            <Select options={words?.idTypes ?? []} />
          </Form.Item>
        </Col>
      ) : (
        field("creditCode", "统一社会信用代码")
      )}
      {person ? field("idNumber", "身份证件号码") : field("legalRepresentative", "法定代表人或负责人")}
      {person ? null : field("contactPerson", "联系人")}
      {field("phone", "联系电话")}
      {field("email", "电子邮箱")}
      {field("address", "通信地址", 16)}
      {field("postalCode", "邮政编码", 8)}
    </Row>
  );
}

/** @jsxImportSource hono/jsx */
import {
  DELIVERY_LABELS,
  ID_TYPE_LABELS,
  REQUESTED_FORM_LABELS,
} from "../../../services/applications/index.ts";
import { type FieldErrors, RadioGroup, Select, TextArea, TextField } from "../../components/fields.tsx";
import type { FormValues } from "../../forms/application-form-data.ts";

/** The groups of the application form (条例 第二十九条: who applies, what, in what form). */

/** The six kinds of applicant, named as applicants know them (the report's columns). */
export const APPLICANT_TYPE_CHOICES = {
  naturalPerson: "自然人（公民个人）",
  commercial: "商业企业",
  research: "科研机构",
  publicInterest: "社会公益组织",
  legalService: "法律服务机构",
  otherOrganisation: "其他组织",
} as const;

interface GroupProps {
  values: FormValues;
  errors: FieldErrors;
}

export function ApplicantFields({ values, errors }: GroupProps) {
  const e = (name: string) => errors.get(name);
  return (
    <>
      <RadioGroup
        name="applicantType"
        legend="申请人类型"
        options={APPLICANT_TYPE_CHOICES}
        value={values.applicantType}
        error={e("applicantType")}
        required
      />
      <fieldset>
        <legend>申请人</legend>
        <TextField
          name="name"
          label="姓名或名称"
          hint="公民填写本人姓名；法人或其他组织填写全称，与营业执照或登记证书一致"
          value={values.name}
          error={e("name")}
          required
          autocomplete="name"
          maxlength={100}
        />
        <Select
          name="idType"
          label="身份证件类型"
          options={ID_TYPE_LABELS}
          value={values.idType}
          error={e("idType")}
          note="公民必填；组织可填写联系人的证件"
        />
        <TextField
          name="idNumber"
          label="身份证件号码"
          hint="居民身份证为 18 位，末位可能是 X"
          value={values.idNumber}
          error={e("idNumber")}
          note="公民必填"
          autocomplete="off"
          maxlength={40}
        />
      </fieldset>
      <fieldset>
        <legend>法人或其他组织填写</legend>
        <TextField
          name="creditCode"
          label="统一社会信用代码"
          hint="18 位数字或大写字母，见营业执照或登记证书"
          value={values.creditCode}
          error={e("creditCode")}
          note="组织必填"
          maxlength={30}
          short
        />
        <TextField
          name="legalRepresentative"
          label="法定代表人或负责人"
          value={values.legalRepresentative}
          error={e("legalRepresentative")}
          note="组织必填"
          maxlength={50}
        />
        <TextField
          name="contactPerson"
          label="联系人"
          value={values.contactPerson}
          error={e("contactPerson")}
          note="组织必填"
          maxlength={50}
        />
      </fieldset>
      <fieldset>
        <legend>联系方式</legend>
        <p class="hint">联系电话和电子邮箱至少填写一项；选择邮寄的，请填写通信地址。</p>
        <TextField
          name="phone"
          label="联系电话"
          hint="手机号 11 位；固定电话请带区号，例如 010-12345678"
          type="tel"
          value={values.phone}
          error={e("phone")}
          note="与电子邮箱至少填一项"
          autocomplete="tel"
          inputmode="tel"
          maxlength={30}
          short
        />
        <TextField
          name="email"
          label="电子邮箱"
          type="email"
          value={values.email}
          error={e("email")}
          note="与联系电话至少填一项"
          autocomplete="email"
          inputmode="email"
          maxlength={100}
        />
        <TextField
          name="address"
          label="通信地址"
          value={values.address}
          error={e("address")}
          note="选择邮寄的必填"
          autocomplete="street-address"
          maxlength={200}
        />
        <TextField
          name="postalCode"
          label="邮政编码"
          value={values.postalCode}
          error={e("postalCode")}
          autocomplete="postal-code"
          inputmode="numeric"
          maxlength={10}
          short
        />
      </fieldset>
    </>
  );
}

export function RequestFields({ values, errors }: GroupProps) {
  const e = (name: string) => errors.get(name);
  return (
    <>
      <fieldset>
        <legend>所需信息</legend>
        <TextArea
          name="description"
          label="所需政府信息的名称、文号或者便于查询的其他特征性描述"
          hint="写清楚是哪一份文件或哪一方面的信息，例如文件标题、文号、时间、地点、涉及的项目名称。描述越具体，越便于查找。"
          value={values.description}
          error={e("description")}
          required
          rows={7}
          maxlength={5000}
        />
        <TextArea
          name="purpose"
          label="用途"
          hint="不需要说明用途；愿意说明的，有助于机关理解您的需要"
          value={values.purpose}
          error={e("purpose")}
          rows={3}
          maxlength={1000}
        />
      </fieldset>
      <RadioGroup
        name="requestedForm"
        legend="获取信息的方式"
        options={REQUESTED_FORM_LABELS}
        value={values.requestedForm}
        error={e("requestedForm")}
        required
      />
      <RadioGroup
        name="delivery"
        legend="获取信息的途径"
        options={DELIVERY_LABELS}
        value={values.delivery}
        error={e("delivery")}
        required
      />
    </>
  );
}

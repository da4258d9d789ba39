/** @jsxImportSource hono/jsx */
import type { Agency } from "../../../services/agencies/agency-input.ts";
import { MAX_SUBMISSION_FILES } from "../../../services/applications/index.ts";
import { AttachmentField } from "../../components/attachment-field.tsx";
import { ErrorSummary, type FieldErrors } from "../../components/fields.tsx";
import { APPLICATION_FORM_ORDER, type FormValues } from "../../forms/application-form-data.ts";
import { Layout } from "../../layout.tsx";
import type { PageContext } from "../../page-context.ts";
import { agencyHref } from "../../paths.ts";
import { ApplicantFields, RequestFields } from "./apply-fields.tsx";

export interface ApplyPageProps {
  page: PageContext;
  agency: Agency;
  values?: FormValues;
  errors?: FieldErrors;
  /** Files were chosen on the failed attempt: browsers cannot keep them, so say so. */
  filesDropped?: number;
}

/** The online application form: every field labelled, errors beside their fields and listed on top. */
export function ApplyPage({
  page,
  agency,
  values = {},
  errors = new Map(),
  filesDropped = 0,
}: ApplyPageProps) {
  const failed = errors.size > 0;
  const general = errors.get("");
  return (
    <Layout
      title={`${failed ? "请修改后重新提交：" : ""}在线申请`}
      page={page}
      crumbs={[
        { label: "首页", href: "/" },
        { label: agency.name, href: agencyHref(agency.id) },
        { label: "在线申请" },
      ]}
    >
      <h1>向{agency.name}申请公开政府信息</h1>
      <ErrorSummary errors={new Map([...errors].filter(([k]) => k !== ""))} order={APPLICATION_FORM_ORDER} />
      {general ? <p class="notice warn">{general}</p> : null}
      {failed && filesDropped > 0 ? (
        <p class="notice warn">
          您上次选择了 {filesDropped} 个附件。为了安全，浏览器不会保留已选择的文件，请重新选择附件后再提交。
        </p>
      ) : null}
      <div class="notice">
        <p>
          不需要注册账号。标有“必填”的项目必须填写，其余按提示填写。提交后会显示申请编号和查询码，请记下。
        </p>
        <p class="tight">
          您提供的个人信息只用于办理本申请。不清楚如何填写的，可以先阅读
          <a href={`${agencyHref(agency.id)}#guide`}>政府信息公开指南</a>。
        </p>
      </div>
      <form method="post" action={agencyHref(agency.id, "apply")} enctype="multipart/form-data" novalidate>
        <ApplicantFields values={values} errors={errors} />
        <RequestFields values={values} errors={errors} />
        <AttachmentField error={errors.get("attachments")} max={MAX_SUBMISSION_FILES} />
        <p>
          <button class="btn" type="submit">
            提交申请
          </button>
        </p>
      </form>
    </Layout>
  );
}

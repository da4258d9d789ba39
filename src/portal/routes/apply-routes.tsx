/** @jsxImportSource hono/jsx */
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../../domain/app-error.ts";
import { DEFAULT_CLOCK_POLICY } from "../../domain/applications/index.ts";
import { clientAddress } from "../../http/routes/applications-limits.ts";
import { getAgency } from "../../services/agencies/agencies.ts";
import {
  applicationCalendar,
  chinaDate,
  MAX_ATTACHMENT_BYTES,
  MAX_SUBMISSION_FILES,
  submitOnline,
} from "../../services/applications/index.ts";
import { rememberApplication, rememberReceipt, shownReceipt } from "../applicant-cookies.ts";
import { formErrors, readApplicationForm, submissionInput } from "../forms/application-form-data.ts";
import { pageContext } from "../page-context.ts";
import { ApplyPage } from "../pages/apply/apply-page.tsx";
import { type IndicativeDeadline, ReceiptGonePage, SubmittedPage } from "../pages/apply/submitted-page.tsx";
import { ProblemPage } from "../pages/error-pages.tsx";
import { agencyHref } from "../paths.ts";
import type { Portal, PortalDeps } from "../portal-deps.ts";
import { htmlPage } from "../respond.ts";

/** Room for the files and the text fields of one submission. */
export const MAX_SUBMISSION_BODY = MAX_SUBMISSION_FILES * MAX_ATTACHMENT_BYTES + 1024 * 1024;

/** The online application: the form, its submission (POST, then redirect), the confirmation page. */
export function applyRoutes(portal: Portal, deps: PortalDeps): void {
  const { ctx } = deps;

  portal.get("/agencies/:id/apply", async (c) => {
    const agency = await getAgency(ctx, c.req.param("id"));
    return htmlPage(c, <ApplyPage page={pageContext(c)} agency={agency} />);
  });

  portal.post(
    "/agencies/:id/apply",
    bodyLimit({
      maxSize: MAX_SUBMISSION_BODY,
      onError: (c) =>
        htmlPage(
          c,
          <ProblemPage
            page={pageContext(c)}
            title="上传的内容过大"
            message={`一次最多上传 ${MAX_SUBMISSION_FILES} 个附件，每个不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB。请返回上一页，缩小或减少附件后重新提交。`}
          />,
          { status: 413 },
        ),
    }),
    async (c) => {
      const agency = await getAgency(ctx, c.req.param("id"));
      const address = clientAddress(c);
      const { values, files } = await readApplicationForm(await c.req.parseBody({ all: true }));
      const page = pageContext(c);
      try {
        // Stored applications count against the same limit as the API's; a form sent back for
        // correction stores nothing and does not count, so fixing mistakes never locks anyone out.
        deps.limits.submissions.check(address);
        const receipt = await submitOnline(ctx, submissionInput(agency.id, values), files);
        deps.limits.submissions.hit(address);
        rememberReceipt(c, deps, agency.id, receipt);
        rememberApplication(c, deps, { number: receipt.number, code: receipt.queryCode });
        return c.redirect(agencyHref(agency.id, "apply", "done"), 303);
      } catch (err) {
        if (!(err instanceof AppError && (err.code === "VALIDATION" || err.code === "RATE_LIMITED")))
          throw err;
        // The form comes back with everything typed in, the problems beside their fields.
        const errors = formErrors(err.details.issues ?? [{ path: [], message: err.message }]);
        const response = htmlPage(
          c,
          <ApplyPage
            page={page}
            agency={agency}
            values={values}
            errors={errors}
            filesDropped={files.length}
          />,
          { status: err.code === "RATE_LIMITED" ? 429 : 400, privateData: true },
        );
        const retry = err.details.retryAfterSeconds;
        if (typeof retry === "number") response.headers.set("retry-after", String(retry));
        return response;
      }
    },
  );

  portal.get("/agencies/:id/apply/done", async (c) => {
    const agencyId = c.req.param("id");
    const page = pageContext(c);
    const receipt = shownReceipt(c, deps, agencyId);
    if (!receipt)
      return htmlPage(c, <ReceiptGonePage page={page} agencyId={agencyId} />, { privateData: true });
    const deadline = await indicativeDeadline(deps, receipt.submittedOn);
    return htmlPage(
      c,
      <SubmittedPage page={page} agencyId={agencyId} receipt={receipt} deadline={deadline} />,
      {
        privateData: true,
      },
    );
  });
}

/** The reply deadline if receipt were confirmed on `day` (the earliest the clock can start). */
async function indicativeDeadline(deps: PortalDeps, day: string): Promise<IndicativeDeadline | null> {
  const today = chinaDate(new Date(deps.now()));
  if (day !== today) return null;
  const calendar = await applicationCalendar(deps.ctx.db);
  const date = calendar.addWorkingDays(day, DEFAULT_CLOCK_POLICY.replyDays);
  return { date, provisional: calendar.isProvisional(day, date) };
}

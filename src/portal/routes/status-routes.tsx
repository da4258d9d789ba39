/** @jsxImportSource hono/jsx */
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../../domain/app-error.ts";
import { clientAddress, guardCodeAttempt } from "../../http/routes/applications-limits.ts";
import {
  MAX_ATTACHMENT_BYTES,
  MAX_CORRECTION_FILES,
  type PublicCredentials,
  publicStatus,
  submitCorrection,
} from "../../services/applications/index.ts";
import { publicLetterDocx, publicLetters } from "../../services/letters/index.ts";
import { forgetApplication, openedApplication, rememberApplication } from "../applicant-cookies.ts";
import { uploadedFilesOf } from "../forms/uploads.ts";
import { pageContext } from "../page-context.ts";
import { ProblemPage } from "../pages/error-pages.tsx";
import { StatusLookupPage } from "../pages/status/status-lookup-page.tsx";
import { StatusPage, type StatusPageProps } from "../pages/status/status-page.tsx";
import { STATUS_PATH, STATUS_VIEW_PATH } from "../paths.ts";
import type { Portal, PortalDeps } from "../portal-deps.ts";
import { fileDownload, htmlPage } from "../respond.ts";

const AGAIN = `${STATUS_PATH}?again=1`;
const FLASHES: Record<string, string> = {
  correction: "补正已提交。答复期限自受理机关收到补正之日起重新计算。",
};

/** One message per field of a small form; anything not on a field goes under "". */
function errorsOn(err: AppError, fields: readonly string[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of err.details.issues ?? [{ path: [], message: err.message }]) {
    const head = issue.path[0];
    const field = typeof head === "string" && fields.includes(head) ? head : "";
    errors.set(field, errors.has(field) ? `${errors.get(field)}；${issue.message}` : issue.message);
  }
  return errors;
}

function withRetryAfter(response: Response, err: AppError): Response {
  const retry = err.details.retryAfterSeconds;
  if (typeof retry === "number") response.headers.set("retry-after", String(retry));
  return response;
}

/** The status lookup (POST, never in the URL), the status page of the opened application, the correction. */
export function statusRoutes(portal: Portal, deps: PortalDeps): void {
  const { ctx, limits } = deps;
  const lookup = (c: Context, credentials: PublicCredentials) =>
    guardCodeAttempt(limits, clientAddress(c), credentials.number, () => publicStatus(ctx, credentials));

  /** The status page of the opened application, with the letters sent so far. */
  const statusPage = async (
    c: Context,
    credentials: PublicCredentials,
    props: Omit<StatusPageProps, "page" | "letters">,
    status = 200,
  ) => {
    const letters = await publicLetters(ctx, credentials);
    return htmlPage(c, <StatusPage page={pageContext(c)} letters={letters} {...props} />, {
      privateData: true,
      status: status as 200,
    });
  };

  portal.get(STATUS_PATH, (c) => {
    const opened = openedApplication(c, deps);
    return htmlPage(
      c,
      <StatusLookupPage
        page={pageContext(c)}
        opened={opened?.number ?? null}
        expired={c.req.query("again") === "1"}
      />,
      { privateData: true },
    );
  });

  portal.post(STATUS_PATH, async (c) => {
    const body = await c.req.parseBody();
    const number = typeof body.number === "string" ? body.number : "";
    const code = typeof body.code === "string" ? body.code : "";
    try {
      const status = await lookup(c, { number, code });
      rememberApplication(c, deps, { number: status.number, code });
      return c.redirect(STATUS_VIEW_PATH, 303);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const known = { VALIDATION: 400, NOT_FOUND: 404, RATE_LIMITED: 429 } as const;
      const status = known[err.code as keyof typeof known];
      if (status === undefined) throw err;
      const errors = errorsOn(err, ["number", "code"]);
      // A wrong number or code is one message, on the first field; the code is never sent back.
      const general = errors.get("");
      if (general !== undefined) {
        errors.delete("");
        errors.set("number", general);
      }
      const page = <StatusLookupPage page={pageContext(c)} number={number} errors={errors} />;
      return withRetryAfter(htmlPage(c, page, { status, privateData: true }), err);
    }
  });

  portal.get(STATUS_VIEW_PATH, async (c) => {
    const credentials = openedApplication(c, deps);
    if (!credentials) return c.redirect(AGAIN, 303);
    const status = await lookup(c, credentials).catch((err: unknown) => {
      if (err instanceof AppError && err.code === "NOT_FOUND") return null;
      throw err;
    });
    if (!status) {
      forgetApplication(c);
      return c.redirect(AGAIN, 303);
    }
    rememberApplication(c, deps, credentials);
    return statusPage(c, credentials, { status, flash: FLASHES[c.req.query("done") ?? ""] ?? null });
  });

  portal.post(
    "/status/correction",
    bodyLimit({
      maxSize: MAX_CORRECTION_FILES * MAX_ATTACHMENT_BYTES + 1024 * 1024,
      onError: (c) =>
        htmlPage(
          c,
          <ProblemPage
            page={pageContext(c)}
            title="上传的内容过大"
            message={`一次补正最多上传 ${MAX_CORRECTION_FILES} 个附件，每个不超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB。请返回上一页，缩小或减少附件后重新提交。`}
          />,
          { status: 413 },
        ),
    }),
    async (c) => {
      const credentials = openedApplication(c, deps);
      if (!credentials) return c.redirect(AGAIN, 303);
      const body = await c.req.parseBody({ all: true });
      const text = typeof body.text === "string" ? body.text : "";
      const attachments = await uploadedFilesOf(body.attachments);
      try {
        await guardCodeAttempt(limits, clientAddress(c), credentials.number, () =>
          submitCorrection(ctx, { ...credentials, text, attachments }),
        );
        return c.redirect(`${STATUS_VIEW_PATH}?done=correction`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || !["VALIDATION", "CONFLICT", "RATE_LIMITED"].includes(err.code))
          throw err;
        const status = await lookup(c, credentials);
        if (err.code === "CONFLICT") return statusPage(c, credentials, { status, problem: err.message }, 409);
        const errors = errorsOn(err, ["text", "attachments"]);
        const correction = { text, errors, filesDropped: attachments.length };
        const response = await statusPage(
          c,
          credentials,
          { status, correction },
          err.code === "RATE_LIMITED" ? 429 : 400,
        );
        return withRetryAfter(response, err);
      }
    },
  );

  portal.get("/status/letters/:file", async (c) => {
    const credentials = openedApplication(c, deps);
    if (!credentials) return c.redirect(AGAIN, 303);
    const letterId = (c.req.param("file") ?? "").replace(/\.docx$/, "");
    // Not counted as a code attempt: the sealed cookie proves the code, and an unknown letter is
    // no guess at it.
    const file = await publicLetterDocx(ctx, credentials, letterId);
    return fileDownload({ bytes: file.bytes, mediaType: file.mediaType, filename: file.filename });
  });

  portal.post("/status/exit", (c) => {
    forgetApplication(c);
    return c.redirect(STATUS_PATH, 303);
  });
}

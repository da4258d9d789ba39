import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { counterInput } from "../../services/applications/application-samples.test-support.ts";
import { MAX_ATTACHMENT_BYTES, registerApplication } from "../../services/applications/index.ts";
import { forEachDialect } from "../../test-support/dialects.ts";
import { applicationsApp } from "./applications-http.test-support.ts";

const DAY = "2026-03-02";
const text = (s: string) => new TextEncoder().encode(s);
const PDF = text("%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n");
const DOCX: Uint8Array<ArrayBuffer> = zipSync({
  "[Content_Types].xml": text("<Types/>"),
  "word/document.xml": text("<w:document/>"),
});
const XLSX: Uint8Array<ArrayBuffer> = zipSync({
  "[Content_Types].xml": text("<Types/>"),
  "xl/workbook.xml": text("<workbook/>"),
});

function form(name: string, bytes: Uint8Array<ArrayBuffer>, note?: string): FormData {
  const f = new FormData();
  f.set("file", new File([bytes], name));
  if (note) f.set("note", note);
  return f;
}

forEachDialect((getDb) => {
  const setup = async (prefix: string) => {
    const kit = await applicationsApp(getDb(), prefix, DAY);
    const ctx = { db: getDb().db, clock: kit.deps.clock };
    const { application } = await registerApplication(ctx, kit.tree.as("clerk"), counterInput(DAY));
    const clerk = await kit.signIn("clerk");
    const url = `/api/applications/${application.id}/attachments`;
    // Bytes stored for this application, whatever the metadata says.
    const count = async () =>
      (
        await ctx.db
          .selectFrom("attachment_blobs as b")
          .innerJoin("attachments as a", "a.id", "b.attachment_id")
          .select("b.attachment_id")
          .where("a.application_id", "=", application.id)
          .execute()
      ).length;
    return { kit, clerk, url, count, id: application.id };
  };

  describe("attachments over HTTP", () => {
    it("stores a file recognised by its bytes and gives it back only to the handling agency", async () => {
      const { kit, clerk, url } = await setup("att1");
      const up = await clerk.send("POST", url, form("申请书（扫描件）.docx", DOCX, "申请人当面提交的申请书"));
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({
        filename: "申请书（扫描件）.docx",
        kind: "docx",
        mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        size: DOCX.length,
        source: "staff",
        note: "申请人当面提交的申请书",
      });
      const listed = await clerk.get(url);
      expect(listed.body.map((a: { id: string }) => a.id)).toEqual([up.body.id]);

      const res = await kit.app.request(`${url}/${up.body.id}`, {
        headers: { cookie: (clerk as unknown as { cookie: string }).cookie },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(up.body.mediaType);
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent("申请书（扫描件）.docx")}`,
      );
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(DOCX);

      // The supervisor above sees that a file is there, not its name, note or uploader, and cannot download it.
      const supervisor = await kit.signIn("super");
      const seen = await supervisor.get(url);
      expect(seen.status).toBe(200);
      expect(seen.body).toEqual([
        expect.objectContaining({ id: up.body.id, filename: "附件1.docx", note: null, uploadedBy: null }),
      ]);
      const detail = await supervisor.get(url.replace("/attachments", ""));
      expect(detail.body.attachments.map((a: { filename: string }) => a.filename)).toEqual(["附件1.docx"]);
      expect(JSON.stringify(detail.body)).not.toContain("申请书（扫描件）");
      const refused = await supervisor.get(`${url}/${up.body.id}`);
      expect(refused.status).toBe(403);
    });

    it("refuses too big, disguised and unknown files with a field error, storing nothing", async () => {
      const { clerk, url, count } = await setup("att2");
      const cases: [string, Uint8Array<ArrayBuffer>, RegExp][] = [
        [
          "big.pdf",
          new Uint8Array(MAX_ATTACHMENT_BYTES + 1).fill(0x20).fill(0x25, 0, 1),
          /大小为 10\.0 MB，超过 10 MB 的上限/,
        ],
        ["report.pdf", text("<html><script>alert(1)</script></html>\u0000"), /不是可接受的文件类型/],
        ["table.docx", XLSX, /不是可接受的文件类型/],
        ["empty.txt", new Uint8Array(0), /是空文件/],
      ];
      for (const [name, bytes, message] of cases) {
        const res = await clerk.send("POST", url, form(name, bytes));
        expect([name, res.status]).toEqual([name, 400]);
        expect(res.body.error.issues).toHaveLength(1);
        expect(res.body.error.issues[0].path).toEqual(["file"]);
        expect(res.body.error.issues[0].message).toMatch(message);
      }
      expect(await count()).toBe(0);
      expect((await clerk.get(url)).body).toEqual([]);
    });

    it("accepts at most 20 attachments per application", async () => {
      const { clerk, url, count } = await setup("att3");
      for (let i = 0; i < 20; i++) {
        expect((await clerk.send("POST", url, form(`第${i + 1}页.pdf`, PDF))).status).toBe(201);
      }
      const refused = await clerk.send("POST", url, form("第21页.pdf", PDF));
      expect(refused.status).toBe(400);
      expect(refused.body.error.issues).toEqual([
        { path: ["file"], message: "每件申请最多 20 个附件，已有 20 个，本次最多还能上传 0 个" },
      ]);
      expect(await count()).toBe(20);
    });
  });
});

import { UploadOutlined } from "@ant-design/icons";
import { App, Button, Card, List, Typography, Upload } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import type { ApplicationDetail } from "../../api/types.ts";
import { downloadFile } from "./download.ts";

const SIZE = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;

/** The application's attachments: download for its agency's staff, upload while it may change. */
export function AttachmentsCard({ detail, onChanged }: { detail: ApplicationDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const upload = async (file: File) => {
    setUploading(true);
    const body = new FormData();
    body.set("file", file);
    try {
      await api.post(`/api/applications/${detail.id}/attachments`, body);
      message.success(`已上传 ${file.name}`);
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };
  return (
    <Card
      title="附件"
      size="small"
      style={{ marginTop: 16 }}
      extra={
        detail.masked ? null : (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={uploading}>
              上传
            </Button>
          </Upload>
        )
      }
    >
      <List
        size="small"
        locale={{ emptyText: "无附件" }}
        dataSource={detail.attachments}
        renderItem={(a) => (
          <List.Item>
            {detail.masked ? (
              a.filename
            ) : (
              <Typography.Link
                onClick={() =>
                  downloadFile(`/api/applications/${detail.id}/attachments/${a.id}`, a.filename).catch(
                    (err: unknown) => message.error(errorMessage(err)),
                  )
                }
              >
                {a.filename}
              </Typography.Link>
            )}
            <Typography.Text type="secondary">
              {a.source === "applicant" ? "申请人提交" : "工作人员上传"} · {SIZE(a.size)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

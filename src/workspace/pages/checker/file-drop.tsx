import { InboxOutlined } from "@ant-design/icons";
import { Upload } from "antd";

/** Kinds the readers take; the server judges a file by its content, this only guides the picker. */
const ACCEPT = ".txt,.md,.htm,.html,.docx,.pdf";

/**
 * One file, dropped or picked: kept in the page (not uploaded on its own) until 开始核查.
 */
export function FileDrop({
  file,
  onChange,
  title,
  hint,
  testId,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
  title: string;
  hint: string;
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <Upload.Dragger
        accept={ACCEPT}
        multiple={false}
        maxCount={1}
        fileList={file ? [{ uid: testId, name: file.name, status: "done", size: file.size }] : []}
        beforeUpload={(picked) => {
          onChange(picked);
          return false;
        }}
        onRemove={() => {
          onChange(null);
          return true;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{title}</p>
        <p className="ant-upload-hint">{hint}</p>
      </Upload.Dragger>
    </div>
  );
}

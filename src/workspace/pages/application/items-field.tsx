import { Button, Form, Input } from "antd";

/** The items to correct, one line each (a correction request's form and its letter's). */
export function ItemsField({ label }: { label: string }) {
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Form.Item label={label} required>
          {fields.map((f, i) => (
            <Form.Item key={f.key} name={f.name} style={{ marginBottom: 8 }}>
              <Input
                aria-label={`补正事项 ${i + 1}`}
                placeholder={`第 ${i + 1} 项`}
                suffix={
                  fields.length > 1 ? (
                    <Button type="link" size="small" onClick={() => remove(f.name)}>
                      删除
                    </Button>
                  ) : null
                }
              />
            </Form.Item>
          ))}
          <Button type="dashed" size="small" onClick={() => add("")}>
            ＋ 增加一项
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

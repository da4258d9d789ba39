import { Flex, Spin } from "antd";

/** Shown while a page's code or first data is on its way. */
export function PageSpinner() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin size="large" description="正在加载…" />
    </Flex>
  );
}

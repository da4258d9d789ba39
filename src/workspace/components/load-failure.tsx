import { Button, Result } from "antd";
import { Link } from "react-router";
import { ApiError, errorMessage } from "../api/client.ts";

/**
 * A page that could not load its data: 无权查看 (403), 不存在 (404), or the server's message, with a
 * way back and a retry.
 */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const status = error instanceof ApiError ? error.status : 0;
  const back = (
    <Link to="/">
      <Button type="primary">返回我的工作台</Button>
    </Link>
  );
  if (status === 403) {
    return <Result status="403" title="无权查看" subTitle={errorMessage(error)} extra={back} />;
  }
  if (status === 404) {
    return <Result status="404" title="未找到" subTitle={errorMessage(error)} extra={back} />;
  }
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={errorMessage(error)}
      extra={[
        onRetry ? (
          <Button key="retry" onClick={onRetry}>
            重试
          </Button>
        ) : null,
        <span key="back">{back}</span>,
      ]}
    />
  );
}

import { Button, Result } from "antd";
import { isRouteErrorResponse, useRouteError } from "react-router";

/**
 * What a route shows when its page fails to load or throws while drawing, instead of the router's
 * own English error page: a page's code missing after an update (reload), or an unexpected fault.
 */
export function RouteError() {
  const error = useRouteError();
  const missingCode =
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script/i.test(error.message);
  const subTitle = isRouteErrorResponse(error)
    ? `服务器答复 ${error.status}，请稍后重试。`
    : missingCode
      ? "工作台已更新，本页的程序文件需要重新加载。"
      : "页面显示时发生意外错误，请重新加载；问题仍在时请联系系统管理员。";
  return (
    <Result
      status="error"
      title="页面无法显示"
      subTitle={subTitle}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          重新加载
        </Button>
      }
    />
  );
}

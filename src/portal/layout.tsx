/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { STYLESHEET_URL } from "./assets/stylesheet.ts";
import type { PageContext } from "./page-context.ts";
import { textSizeHref } from "./text-size.ts";

export interface Crumb {
  label: string;
  href?: string;
}

export interface PageProps {
  /** The page's own title; the site name is appended. */
  title: string;
  page: PageContext;
  crumbs?: Crumb[];
  children?: Child;
}

export const SITE_NAME = "政府信息公开申请平台";

/** Breadcrumbs: where this page sits, the last one being the page itself. */
function Crumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav class="crumbs" aria-label="当前位置">
      <ol>
        {crumbs.map((c) => (
          <li key={c.label}>
            {c.href ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The site header: name, the two things every visitor may want, and the text-size switch. */
function Header({ page }: { page: PageContext }) {
  return (
    <header class="top">
      <div class="top-in">
        <a class="brand" href="/">
          {SITE_NAME}
        </a>
        <nav aria-label="网站导航">
          <ul>
            <li>
              <a href="/">首页</a>
            </li>
            <li>
              <a href="/status">查询办理进度</a>
            </li>
            <li>
              <a href={textSizeHref(page.large ? "normal" : "large", page.path)}>
                {page.large ? "标准字号" : "大字版"}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer class="foot">
      <div class="foot-in">
        <p>
          依据《中华人民共和国政府信息公开条例》提供依申请公开服务。本平台不需要安装插件，浏览器关闭脚本也能正常使用。
        </p>
        <p class="muted">
          如遇困难，请致电受理机关的政府信息公开工作机构，或携带身份证件到其办公地点当面申请。
        </p>
      </div>
    </footer>
  );
}

/** Every portal page: landmarks, a skip link, one h1 given by the page, zh-CN, the shared stylesheet. */
export function Layout({ title, page, crumbs, children }: PageProps) {
  return (
    <html lang="zh-CN" class={page.large ? "gk-large" : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} - ${SITE_NAME}`}</title>
        <link rel="stylesheet" href={STYLESHEET_URL} />
      </head>
      <body>
        <a class="skip" href="#main">
          跳到主要内容
        </a>
        <Header page={page} />
        {crumbs && crumbs.length > 0 ? <Crumbs crumbs={crumbs} /> : null}
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}

/** A complete document from a page element. */
export function documentHtml(element: unknown): string {
  return `<!DOCTYPE html>${String(element)}`;
}

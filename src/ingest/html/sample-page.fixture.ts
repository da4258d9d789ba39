/**
 * A report page as government sites publish it, for tests and the benchmark: the official 2021 table
 * layout (colspan/rowspan as Word exports it) inside a saved page with header, navigation,
 * breadcrumb, sidebar, "相关链接", footer, styles and scripts. Labels are typed here as a site prints
 * them, independent of the project's format data.
 */

export interface SampleReport {
  agency: string;
  year: number;
  /** 规章, 行政规范性文件: [制发, 废止, 现行有效]. */
  item1: [number[], number[]];
  /** 行政许可, 行政处罚, 行政强制, 行政事业性收费 (万元). */
  decisions: [string, string, string, string];
  /** Table 三: 25 rows × 7 columns in official order. */
  applications: number[][];
  /** Table 四: 15 numbers. */
  litigation: number[];
}

const RESULT_GROUPS: [string | null, string[]][] = [
  [null, ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]],
  [
    "（三）不予公开",
    [
      "1.属于国家秘密",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
      "6.属于四类过程性信息",
      "7.属于行政执法案卷",
      "8.属于行政查询事项",
    ],
  ],
  [
    "（四）无法提供",
    ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"],
  ],
  [
    "（五）不予处理",
    [
      "1.信访举报投诉类申请",
      "2.重复申请",
      "3.要求提供公开出版物",
      "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
    ],
  ],
  [
    "（六）其他处理",
    [
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "3.其他",
    ],
  ],
  [null, ["（七）总计"]],
];

const td = (text: string | number, attrs = ""): string =>
  `<td${attrs}><p style="text-align:center"><span style="font-size:10.5pt">${text}</span></p></td>`;
const nums = (row: number[] | undefined): string => (row ?? []).map((n) => td(n)).join("");

/** The three tables and the report text, as the article body of the page. */
export function reportBody(r: SampleReport): string {
  const [item1a, item1b] = r.item1;
  const t2 = `<table border="1" cellspacing="0" width="600"><tbody>
<tr>${td("第二十条第（一）项", ' colspan="4"')}</tr>
<tr>${td("信息内容")}${td("本年制发件数")}${td("本年废止件数")}${td("现行有效件数")}</tr>
<tr>${td("规章")}${nums(item1a)}</tr>
<tr>${td("行政规范性文件")}${nums(item1b)}</tr>
<tr>${td("第二十条第（五）项", ' colspan="4"')}</tr>
<tr>${td("信息内容")}${td("本年处理决定数量", ' colspan="3"')}</tr>
<tr>${td("行政许可")}${td(r.decisions[0], ' colspan="3"')}</tr>
<tr>${td("第二十条第（六）项", ' colspan="4"')}</tr>
<tr>${td("信息内容")}${td("本年处理决定数量", ' colspan="3"')}</tr>
<tr>${td("行政处罚")}${td(r.decisions[1], ' colspan="3"')}</tr>
<tr>${td("行政强制")}${td(r.decisions[2], ' colspan="3"')}</tr>
<tr>${td("第二十条第（八）项", ' colspan="4"')}</tr>
<tr>${td("信息内容")}${td("本年收费金额（单位：万元）", ' colspan="3"')}</tr>
<tr>${td("行政事业性收费")}${td(r.decisions[3], ' colspan="3"')}</tr>
</tbody></table>`;

  const rows: string[] = [];
  let i = 2;
  let first = true;
  for (const [group, labels] of RESULT_GROUPS) {
    labels.forEach((label, k) => {
      const head = first ? td("三、本年度办理结果", ' rowspan="22"') : "";
      first = false;
      const groupCell = group ? (k === 0 ? td(group, ` rowspan="${labels.length}"`) : "") : "";
      const labelCell = group ? td(label) : td(label, ' colspan="2"');
      rows.push(`<tr>${head}${groupCell}${labelCell}${nums(r.applications[i++])}</tr>`);
    });
  }
  const t3 = `<table border="1" cellspacing="0" width="600"><tbody>
<tr>${td("（本列数据的勾稽关系为：第一项加第二项之和，<br>等于第三项加第四项之和）", ' colspan="3" rowspan="3"')}${td("申请人情况", ' colspan="7"')}</tr>
<tr>${td("自然人", ' rowspan="2"')}${td("法人或其他组织", ' colspan="5"')}${td("总计", ' rowspan="2"')}</tr>
<tr>${td("商业<br>企业")}${td("科研<br>机构")}${td("社会公益<br>组织")}${td("法律服务<br>机构")}${td("其他")}</tr>
<tr>${td("一、本年新收政府信息公开申请数量", ' colspan="3"')}${nums(r.applications[0])}</tr>
<tr>${td("二、上年结转政府信息公开申请数量", ' colspan="3"')}${nums(r.applications[1])}</tr>
${rows.join("\n")}
<tr>${td("四、结转下年度继续办理", ' colspan="3"')}${nums(r.applications[24])}</tr>
</tbody></table>`;

  const results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const t4 = `<table border="1" cellspacing="0" width="600"><tbody>
<tr>${td("行政复议", ' colspan="5" rowspan="2"')}${td("行政诉讼", ' colspan="10"')}</tr>
<tr>${td("未经复议直接起诉", ' colspan="5"')}${td("复议后起诉", ' colspan="5"')}</tr>
<tr>${[...results, ...results, ...results].map((l) => td(l)).join("")}</tr>
<tr>${nums(r.litigation)}</tr>
</tbody></table>`;

  const para = (t: string): string => `<p style="text-indent:2em">${t}</p>`;
  const prose = Array.from({ length: 6 }, (_, k) =>
    para(
      `（${"一二三四五六"[k]}）工作情况。${r.year}年，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开，围绕中心工作做好政策解读、回应关切、平台建设和监督保障，不断提升政府信息公开工作质量。`.repeat(
        3,
      ),
    ),
  ).join("\n");
  return `<h1 class="article-title">${r.agency}${r.year}年政府信息公开工作年度报告</h1>
<div class="article-info">发布日期：${r.year + 1}-01-20&nbsp;&nbsp;来源：${r.agency}办公室&nbsp;&nbsp;浏览次数：1024</div>
<div class="article-content" id="zoom">
${para(`本报告由${r.agency}办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。报告所列统计期限自${r.year}年1月1日至${r.year}年12月31日。`)}
<p><strong>一、总体情况</strong></p>
${prose}
<p><strong>二、主动公开政府信息情况</strong></p>
${t2}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
${t3}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
${t4}
<p><strong>五、存在的主要问题及改进情况</strong></p>
${para("一是政策解读形式还不够丰富；二是队伍建设还需加强。下一步，我们将着力提升解读质效，加强业务培训。")}
<p><strong>六、其他需要报告的事项</strong></p>
${para(`${r.year}年，本机关未收取信息处理费。`)}
</div>`;
}

const links = (prefix: string, n: number): string =>
  Array.from(
    { length: n },
    (_, k) => `<li><a href="/${prefix}/${k}.html" title="${prefix}栏目${k}">${prefix}栏目${k}</a></li>`,
  ).join("");

/** The report inside a whole saved page; `meta` is the charset the page declares. */
export function samplePage(r: SampleReport, meta = "utf-8"): string {
  const script = `var nav=${JSON.stringify(Array.from({ length: 200 }, (_, k) => ({ id: k, name: `栏目${k}`, html: "<table><tr><td>1</td></tr></table>" })))};`;
  const css = Array.from(
    { length: 120 },
    (_, k) => `.c${k}{margin:${k}px;padding:0;font-size:14px;color:#333}`,
  ).join("\n");
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${meta}">
<title>${r.agency}${r.year}年政府信息公开工作年度报告_${r.agency}</title><style>${css}</style>
<script>${script}</script></head><body>
<div class="header"><div class="logo"><img src="/logo.png" alt="${r.agency}"></div>
<div class="top-links"><a href="/">首页</a> | <a href="/en">English</a> | <a href="/wza">无障碍</a></div></div>
<div class="nav"><ul>${links("政务公开", 60)}</ul></div>
<div class="main"><div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk">政府信息公开</a> &gt; <a href="/ndbg">政府信息公开年报</a></div>
<div class="main-left"><h3>政府信息公开年报</h3><ul>${links("年报", 40)}</ul></div>
<div class="main-right"><div class="article">${reportBody(r)}
<div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xgxx"><h4>相关链接</h4><ul>${links("相关", 12)}</ul></div>
</div></div></div>
<div class="footer"><p>主办：${r.agency}办公室　承办：${r.agency}大数据管理局</p><p>地址：某市某路1号　邮编：223001　网站标识码：3208000001</p><p>ICP备案号：苏ICP备05000000号</p></div>
<script>(function(){var s=document.createElement("script");s.src="/stat.js";document.body.appendChild(s);})();</script>
</body></html>`;
}

/** The numbers of 淮安市人民政府's 2024 report (read by hand from its PDF), reused as realistic data. */
export const HUAIAN_2024: SampleReport = {
  agency: "淮安市人民政府",
  year: 2024,
  item1: [
    [1, 0, 11],
    [8, 26, 66],
  ],
  decisions: ["447228", "3985758", "88283", "96171.6"],
  applications: [
    [3001, 53, 0, 0, 61, 4, 3119],
    [34, 0, 0, 0, 0, 0, 34],
    [1288, 21, 0, 0, 50, 3, 1362],
    [447, 7, 0, 0, 0, 0, 454],
    [2, 0, 0, 0, 0, 0, 2],
    [30, 1, 0, 0, 0, 0, 31],
    [5, 0, 0, 0, 0, 0, 5],
    [6, 0, 0, 0, 0, 0, 6],
    [7, 1, 0, 0, 0, 0, 8],
    [12, 0, 0, 0, 0, 0, 12],
    [9, 0, 0, 0, 0, 0, 9],
    [105, 0, 0, 0, 0, 0, 105],
    [746, 12, 0, 0, 10, 1, 769],
    [11, 0, 0, 0, 0, 0, 11],
    [1, 0, 0, 0, 0, 0, 1],
    [56, 6, 0, 0, 0, 0, 62],
    [25, 0, 0, 0, 0, 0, 25],
    [0, 0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 0],
    [1, 0, 0, 0, 0, 0, 1],
    [67, 3, 0, 0, 1, 0, 71],
    [6, 0, 0, 0, 0, 0, 6],
    [108, 2, 0, 0, 0, 0, 110],
    [2932, 53, 0, 0, 61, 4, 3050],
    [103, 0, 0, 0, 0, 0, 103],
  ],
  litigation: [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
};

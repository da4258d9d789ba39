import { Collapse, Typography } from "antd";

const EXAMPLE = `{
  "year": 2027,
  "source": "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）",
  "restDays": [
    { "date": "2027-01-01", "name": "元旦" },
    { "date": "2027-02-08", "name": "春节" }
  ],
  "workDays": [
    { "date": "2027-01-31", "name": "春节" }
  ]
}`;

/** How to write the schedule file (the same rules as docs/calendar.md, for the administrator at hand). */
export function FileFormatHelp() {
  return (
    <Collapse
      size="small"
      items={[
        {
          key: "format",
          label: "如何编写节假日安排文件",
          children: (
            <Typography>
              <ul>
                <li>
                  <Typography.Text code>year</Typography.Text>：年份；
                  <Typography.Text code>source</Typography.Text>
                  ：通知的名称或文号。
                </li>
                <li>
                  <Typography.Text code>restDays</Typography.Text>
                  ：所有放假的日子（节日当天、调休放假的工作日；假期中的星期六、星期日可列可不列）。
                </li>
                <li>
                  <Typography.Text code>workDays</Typography.Text>：所有调休补班日（只会是星期六或星期日）。
                </li>
                <li>每个日期写成 YYYY-MM-DD，只能是本年的日期；name 写所属节日，如“春节”“国庆节”。</li>
                <li>
                  元旦假期从上一年 12 月开始的，12
                  月的日期写进上一年的文件。文件有误时系统一次列出所有问题及其位置，改正后重新载入即可。
                </li>
              </ul>
              <pre style={{ background: "#fafafa", padding: 8 }}>{EXAMPLE}</pre>
              <Typography.Text type="secondary">
                以上仅为格式示例，不是真实安排。完整说明见项目文档 docs/calendar.md（工作日日历）。
              </Typography.Text>
            </Typography>
          ),
        },
      ]}
    />
  );
}

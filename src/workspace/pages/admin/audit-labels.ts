/** The audit log's entities and actions as people read them. */
export const ENTITY_LABELS: Record<string, string> = {
  agency: "机关",
  user: "账号",
  application: "申请",
  letter: "文书",
  letter_template: "文书模板",
  letter_settings: "文书设置",
  normative_document: "规章和规范性文件",
  remedy_case: "复议诉讼案件",
  register_count: "年度处理决定数",
  fee_income: "收费金额",
  annual_report: "年度报告",
  calendar_year: "节假日安排",
};

export const ACTION_LABELS: Record<string, string> = {
  create: "新建",
  update: "修改",
  delete: "删除",
  login: "登录",
  change_password: "修改本人密码",
  reset_password: "重置密码",
  load: "载入",
  step: "办理步骤",
  attach: "上传附件",
  issue: "出具文书",
  deliver: "送达",
  publish: "发布",
};

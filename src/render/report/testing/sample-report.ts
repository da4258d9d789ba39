import { applicationRowIndex, FORMATS } from "../../../domain/report/format/index.ts";
import { emptyReport, type ReportModel } from "../../../domain/report/model.ts";

/**
 * A realistic, consistent 2021-format report (every cross-check holds) with prose in every section,
 * a fee amount with decimals and a collapsed-free table 三 — for tests and for looking at the output.
 */
export function sampleReport(): ReportModel {
  const report = emptyReport("2021", 0);
  const format = FORMATS["2021"];
  report.agency = "示例县人民政府办公室";
  report.year = 2023;
  report.publishDate = "2024-01-22";
  report.preamble =
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。";
  report.sections = format.sections.map((s) => ({
    key: s.key,
    heading: `${s.number}、${s.label}`,
    text: "",
  }));
  const prose: Record<string, string> = {
    overview:
      "2023年，示例县人民政府办公室深入贯彻落实《条例》，围绕县委、县政府中心工作，持续深化政务公开。\n（一）主动公开。全年通过政府门户网站主动公开政府信息1260条，其中政策文件48件。\n（二）依申请公开。全年收到政府信息公开申请39件，上年结转2件；办结38件，结转下年度3件。",
    problems:
      "本年度存在的问题：一是政策解读形式较为单一，图解、视频解读占比不足两成；二是部分乡镇（街道）政务公开专栏更新不及时，基层政务公开标准化规范化水平有待提高。\n针对上年度报告指出的依申请公开答复文书不够规范的问题，已统一答复文书模板并开展两次专题培训，问题已整改到位。\n下一步，将丰富图表、视频等解读形式，建立乡镇（街道）专栏月度检查制度，加强业务指导。",
    other: "本年度未收取政府信息公开信息处理费。\n本年度人大代表建议和政协提案办理结果均已公开。",
  };
  for (const s of report.sections) s.text = (s.key && prose[s.key]) ?? "";

  const proactive = report.tables.proactive;
  Object.assign(proactive.regulations ?? {}, { issued: 0, abolished: 0, inForce: 0 });
  Object.assign(proactive.normativeDocuments ?? {}, { issued: 12, abolished: 3, inForce: 87 });
  Object.assign(proactive.permits ?? {}, { decisions: 5311 });
  Object.assign(proactive.penalties ?? {}, { decisions: 276 });
  Object.assign(proactive.enforcement ?? {}, { decisions: 9 });
  Object.assign(proactive.fees ?? {}, { amount: 7730.28 });

  const set = (key: string, values: number[]) => {
    const total = values.reduce((a, b) => a + b, 0);
    report.tables.applications[applicationRowIndex(format, key)] = [...values, total];
  };
  set("new", [31, 4, 0, 1, 2, 1]);
  set("carriedOver", [2, 0, 0, 0, 0, 0]);
  set("disclosed", [14, 2, 0, 1, 1, 0]);
  set("partiallyDisclosed", [3, 0, 0, 0, 0, 0]);
  set("refusedThirdParty", [1, 0, 0, 0, 0, 0]);
  set("refusedProcessInfo", [1, 0, 0, 0, 0, 0]);
  set("unableNotHeld", [7, 1, 0, 0, 1, 0]);
  set("notProcessedPetition", [2, 0, 0, 0, 0, 0]);
  set("notProcessedRepeat", [1, 0, 0, 0, 0, 0]);
  set("otherNoCorrection", [1, 0, 0, 0, 0, 1]);
  set("otherOther", [1, 0, 0, 0, 0, 0]);
  set("total", [31, 3, 0, 1, 2, 1]);
  set("carriedForward", [2, 1, 0, 0, 0, 0]);
  report.tables.litigation = [2, 1, 0, 0, 3, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0];
  return report;
}

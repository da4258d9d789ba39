/**
 * Report validation throughput: `validateReport` over a realistic 2021 report (tables that add up,
 * prose of about 3,000 Chinese characters stating its figures), against `JSON.parse(JSON.stringify(
 * model))` of the same model in the same run — the cost of merely copying the model once. A second
 * figure adds last year's report (year.carry-over, t2.stock and the text.repeat shingle comparison).
 * Run: npx tsx bench/validate.ts
 */
import type { ReportModel } from "../src/domain/report/model.ts";
import { validateReport } from "../src/domain/report/validate/index.ts";
import { consistentReport } from "../src/domain/report/validate/sample-report.ts";

const OVERVIEW_OPENING = `{Y} 年，本机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的各项部署，围绕中心工作，以公开促落实、强监管、优服务，政府信息公开工作取得新的进展。`;

const OVERVIEW_PARAGRAPHS = [
  `（一）主动公开情况。聚焦重点领域信息公开，及时发布规划计划、财政预决算、重大建设项目、公共资源配置、社会公益事业建设等信息。全年在政府门户网站主动公开各类政府信息 2428 条，公开政府常务会议 7 期，发布政策解读信息 36 条，其中图解、视频等多元化解读 12 条。围绕优化营商环境、稳就业保民生等主题，组织新闻发布会 9 场，邀请部门负责人解读政策、回应关切。持续做好惠民惠农财政补贴资金“一卡通”信息公开，按季度公布发放情况，接受群众监督。`,
  `（二）依申请公开情况。进一步规范依申请公开受理、审查、答复等工作流程，完善申请登记、审核、办理、答复、归档各环节工作制度。{Y} 年，全区共受理政府信息公开申请 95 件，答复 96 件（含上年度结转申请 3 件，另有 2 件顺延到下年度答复），均在法定期限内予以答复。政府信息公开行政复议 2 件，其中结果维持 1 件，结果纠正 1 件；政府信息公开行政诉讼 4 件。对申请量较大的征地拆迁、规划许可等领域，主动梳理共性问题，推动由依申请公开向主动公开转变。`,
  `（三）政府信息管理情况。严格落实公开前保密审查机制，对拟公开的政府信息依法依规进行审查，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。动态调整主动公开基本目录，开展规范性文件清理，及时公布清理结果。规范政府信息公开属性源头认定，在公文办理环节同步明确公开属性，确保应公开尽公开。`,
  `（四）政府信息公开平台建设情况。加强政府门户网站和政务新媒体建设管理，优化专题专栏设置，及时关停整合用户关注度低、更新不及时、无力运维的政务新媒体账号。完善政府信息公开专栏，统一栏目设置和内容保障要求。推进政府网站集约化建设，完成网站适老化和无障碍改造，提升群众获取信息的便利度。`,
  `（五）政府信息公开监督保障情况。将政务公开工作纳入年度绩效考核，组织开展季度网站检查和政务新媒体专项检查，通报存在问题并督促整改。组织政务公开业务培训 4 次，不断提高工作人员的业务能力和工作水平。聘请社会监督员对政务公开工作进行评议，畅通意见建议反馈渠道，全年收集并办理群众意见建议 37 条。`,
];

/** Second paragraphs of the five parts of section 一, as long reports have them. */
const OVERVIEW_MORE = [
  `围绕重点领域信息公开，持续做好财政预决算、重大建设项目批准和实施、公共资源交易、生态环境、食品药品安全、安全生产、教育卫生、社会救助等领域信息公开，做到应公开尽公开。在政府门户网站设置重大决策预公开专栏，对涉及群众切身利益的重要改革方案、重大政策措施、重点工程项目，在决策前向社会公开征求意见，全年开展决策预公开 15 项，收到意见建议 126 条，采纳 48 条，并公开意见采纳情况。`,
  `健全依申请公开工作机制，建立疑难申请会商制度，对涉及多个部门、法律关系复杂的申请，由区政府办牵头组织司法、业务部门集体研究，统一答复口径。加强与申请人的沟通，通过电话、当面沟通等方式准确了解申请人的信息需求，引导申请人通过合法途径表达诉求，做到依法答复、说理充分、告知到位。`,
  `推进基层政务公开标准化规范化建设，在各镇街便民服务中心设置政务公开专区，配备查阅设备和工作人员，为群众提供政府信息查询、政策咨询、办事指引等服务。全面梳理基层政务公开事项标准目录，涵盖城乡规划、征地补偿、救灾救助、养老服务等 26 个领域，实行动态更新。`,
  `加强政策解读和回应关切，坚持政策性文件与解读材料同步组织、同步审签、同步部署，全年发布文件解读 36 篇。密切关注涉及本区的政务舆情，建立舆情收集、研判、处置、回应机制，对群众关心的热点问题第一时间发布权威信息，有效引导社会预期。`,
  `落实政务公开工作责任，区政府主要负责同志定期听取政务公开工作汇报，研究解决重点难点问题，各部门明确一名分管负责同志和专职工作人员，形成上下联动、协调配合的工作格局。将政务公开纳入领导干部学法用法内容，提升各级领导干部依法公开意识。`,
];

const OVERVIEW_CLOSING = `总的来看，{Y} 年全区政务公开工作在制度建设、平台建设、重点领域信息公开和依申请公开办理等方面取得了积极成效，群众获取政府信息更加便捷，政府工作透明度进一步提高。同时也要看到，对照新时代政务公开工作要求和人民群众期盼，工作中仍有不少需要改进的地方，我们将在下一年度认真加以解决。`;

const TABLE_NOTES = {
  proactive: "本年度制发的规范性文件均已在政府门户网站政策文件栏目集中公开，并同步公开解读材料。",
  applications:
    "本年度申请主要集中在征地拆迁、规划建设和行政执法领域，申请人以自然人为主。对申请内容不明确的，依法一次性告知申请人补正；对不属于政府信息公开范围的咨询、投诉等事项，告知申请人通过相应渠道办理。",
  litigation: "因政府信息公开被申请行政复议、提起行政诉讼的案件，均已按要求依法办理。",
};

const PROBLEMS = `本年度政府信息公开工作虽取得一定成效，但仍存在一些不足：一是政策解读形式较为单一，图解、视频解读占比偏低，解读的针对性和可读性有待提升；二是个别部门答复文书规范性有待提升，法律依据引用不够准确，告知内容不够完整；三是政务新媒体运维管理还需加强，个别账号更新频率偏低。针对上述问题，下一步将：（一）丰富政策解读形式，提升解读质量，推行部门负责人解读和专家解读；（二）开展答复文书评查，编制答复文书模板，组织典型案例学习；（三）加强政务新媒体日常监测，建立问题台账，实行销号管理。上年度报告指出的主动公开栏目更新不及时的问题，已建立栏目月度巡查机制，整改到位；指出的解读材料与政策文件不同步的问题，已实行解读材料与政策文件同步起草、同步审签、同步发布，整改完成。`;

const OTHER = `{Y} 年，本机关严格落实《政府信息公开信息处理费管理办法》，全年未收取政府信息公开信息处理费。{Y} 年，本机关按照上级部署完成政务公开工作要点各项任务，政务公开考核结果为优秀。本年度无其他需要报告的事项。`;

/**
 * A report of `year` whose tables match the figures its prose states: 一 95, 二 3, （七） 96, 四 2,
 * 行政复议 1 + 1 = 2, 行政诉讼 3 + 1 = 4.
 */
function model(year: number, carriedOver: number[], carriedForward: number[]): ReportModel {
  const results: number[][] = Array.from({ length: 21 }, () => []);
  results[0] = [50, 3, 0, 0, 1]; // （一）予以公开 54
  results[1] = [9]; // （二）部分公开
  results[4] = [1]; // （三）3.
  results[7] = [1]; // （三）6.
  results[8] = [1]; // （三）7.
  results[10] = [26, 2]; // （四）1. 28
  results[11] = [1]; // （四）2.
  results[13] = [1]; // （五）1.
  const litigation = [
    [1, 1, 0, 0],
    [2, 1, 0, 0],
    [1, 0, 0, 0],
  ];
  const report = consistentReport("2021", { results, carriedOver, carriedForward, litigation }, year);
  report.agency = "某市某区人民政府";
  report.title = `某市某区人民政府${year}年政府信息公开工作年度报告`;
  report.publishDate = `${year + 1}-01-20`;
  report.tables.proactive.normativeDocuments = { issued: 3, abolished: 0, inForce: 8 + (year - 2024) * 3 };
  const y = (text: string) => text.replaceAll("{Y}", String(year));
  report.preamble = y(
    "本报告由某区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。报告所列数据统计期限自 {Y} 年 1 月 1 日起至 {Y} 年 12 月 31 日止。如对本报告有疑问，请与某区人民政府办公室联系（电话：0517-87290606）。",
  );
  const paragraphs = OVERVIEW_PARAGRAPHS.flatMap((p, i) => [p, OVERVIEW_MORE[i] ?? ""]);
  const overview = [OVERVIEW_OPENING, ...paragraphs, OVERVIEW_CLOSING].map(y).join("\n");
  const texts: Record<string, string> = { ...TABLE_NOTES, overview, problems: PROBLEMS, other: y(OTHER) };
  for (const section of report.sections) section.text = section.key ? (texts[section.key] ?? "") : "";
  return report;
}

/**
 * Calls per second of CPU time (user + system) of this process, so that other work on a shared
 * machine does not distort the figure; the target (≥ 2,000 reports read and validated per second
 * on one core) is a per-core figure too.
 */
function rate(label: string, seconds: number, run: () => unknown): number {
  for (let i = 0; i < 2_000; i++) run(); // warm up
  let count = 0;
  const cpu = process.cpuUsage();
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 200; i++) run();
    count += 200;
  }
  const used = process.cpuUsage(cpu);
  const perSecond = count / ((used.user + used.system) / 1e6);
  const each = `${(1e6 / perSecond).toFixed(1)} µs each`;
  console.log(
    `${label.padEnd(46)} ${Math.round(perSecond).toLocaleString("en-US").padStart(10)} /s  (${each})`,
  );
  return perSecond;
}

const report = model(2024, [3], [2]);
const previous = model(2023, [1], [3]);
const chars = [report.preamble, ...report.sections.map((s) => s.text)].join("").length;
const findings = validateReport(report, { previous });
console.log(
  `model: 2021 format, ${chars} characters of prose; findings with last year: ${findings.length}; rates per CPU-second`,
);
for (const f of findings) console.log(`  ${f.rule}: ${f.message}`);

const baseline = rate("baseline JSON.parse(JSON.stringify(model))", 2, () =>
  JSON.parse(JSON.stringify(report)),
);
const alone = rate("validateReport(report)", 2, () => validateReport(report));
const withPrevious = rate("validateReport(report, { previous })", 2, () =>
  validateReport(report, { previous }),
);
console.log(
  `validateReport: ${(alone / baseline).toFixed(2)}× the baseline rate; with previous: ${(withPrevious / baseline).toFixed(2)}×`,
);

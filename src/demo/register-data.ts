import type { RemedyCaseKind } from "../db/schema.ts";
import type { RequestDomain } from "./county.ts";

/**
 * What the registers of a county's agencies hold in a year: the normative documents they issue,
 * their permit, penalty and enforcement decisions, their administrative fee income, and the
 * reconsiderations and lawsuits about their disclosure work. Figures are yearly means, varied by
 * the seed.
 */

/** Document titles by field; the county government's are 行政规范性文件 with 青政规 numbers. */
export const DOCUMENT_TITLES: Partial<Record<RequestDomain, string[]>> = {
  government: [
    "青禾县人民政府关于印发《青禾县国有土地上房屋征收与补偿实施办法》的通知",
    "青禾县人民政府关于印发《青禾县城区住宅小区物业管理办法》的通知",
    "青禾县人民政府关于调整征地区片综合地价的通知",
    "青禾县人民政府关于印发《青禾县重大行政决策程序规定》的通知",
    "青禾县人民政府关于加强城区违法建设治理的通告",
    "青禾县人民政府关于印发《青禾县城市生活垃圾分类管理办法》的通知",
    "青禾县人民政府关于印发《青禾县农村宅基地管理办法》的通知",
    "青禾县人民政府关于调整城乡居民最低生活保障标准的通知",
    "青禾县人民政府关于印发《青禾县招商引资若干优惠政策》的通知",
    "青禾县人民政府关于城区禁止燃放烟花爆竹的通告",
    "青禾县人民政府关于印发《青禾县行政规范性文件管理办法》的通知",
    "青禾县人民政府关于印发《青禾县公共租赁住房管理办法》的通知",
    "青禾县人民政府关于进一步规范殡葬管理的通知",
    "青禾县人民政府关于印发《青禾县城区道路停车管理办法》的通知",
    "青禾县人民政府关于印发《青禾县被征地农民社会保障实施办法》的通知",
    "青禾县人民政府关于印发《青禾县政府投资项目管理办法》的通知",
    "青禾县人民政府关于印发《青禾县河道采砂管理办法》的通知",
    "青禾县人民政府关于印发《青禾县城乡居民医疗救助实施办法》的通知",
    "青禾县人民政府关于调整城区集中供热价格的通知",
    "青禾县人民政府关于印发《青禾县农村集体经营性建设用地入市管理办法》的通知",
    "青禾县人民政府关于印发《青禾县既有住宅加装电梯实施办法》的通知",
    "青禾县人民政府关于印发《青禾县中小学校舍安全管理办法》的通知",
  ],
  land: [
    "青禾县自然资源局关于规范农村宅基地审批管理的通知",
    "青禾县自然资源局关于印发《青禾县临时用地管理办法》的通知",
    "青禾县自然资源局关于进一步规范不动产登记办理流程的通知",
    "青禾县自然资源局关于印发《青禾县矿产资源开发利用监管办法》的通知",
  ],
  housing: [
    "青禾县住房和城乡建设局关于印发《青禾县住宅专项维修资金管理办法》的通知",
    "青禾县住房和城乡建设局关于规范商品房预售资金监管的通知",
  ],
  market: ["青禾县市场监督管理局关于规范农贸市场计量管理的通知"],
  education: ["青禾县教育局关于印发《青禾县义务教育阶段学校招生工作办法》的通知"],
  labour: ["青禾县人力资源和社会保障局关于规范劳务派遣用工管理的通知"],
  transport: ["青禾县交通运输局关于规范城区出租汽车经营管理的通知"],
  township: ["关于加强村级财务管理的通知"],
};

/** Yearly means: permit, penalty and enforcement decisions, fee income in 万元. */
export const YEARLY_FIGURES: Record<
  RequestDomain,
  [permit: number, penalty: number, enforcement: number, feeWan: number]
> = {
  government: [35, 0, 0, 0],
  land: [420, 35, 6, 180],
  housing: [260, 18, 2, 35],
  police: [2400, 3200, 150, 260],
  market: [1800, 160, 25, 0],
  labour: [30, 8, 0, 0],
  education: [12, 0, 0, 0],
  finance: [0, 2, 0, 0],
  transport: [900, 450, 60, 12],
  agriculture: [140, 12, 3, 0],
  health: [320, 45, 1, 6],
  township: [60, 10, 1, 0],
};

export interface CaseSeed {
  kind: RemedyCaseKind;
  /** Month and day of filing, in the given year offset (0 = the first year). */
  yearOffset: number;
  filed: string;
  result: "upheld" | "corrected" | "other";
  /** Days from filing to the result. */
  days: number;
}

/** Reconsiderations and lawsuits by agency code suffix ("" for the county government). */
export const CASES: Record<string, CaseSeed[]> = {
  "": [
    { kind: "reconsideration", yearOffset: 0, filed: "03-18", result: "upheld", days: 52 },
    { kind: "reconsideration", yearOffset: 0, filed: "06-09", result: "corrected", days: 60 },
    { kind: "reconsideration", yearOffset: 0, filed: "09-22", result: "upheld", days: 48 },
    { kind: "direct_suit", yearOffset: 0, filed: "05-14", result: "upheld", days: 120 },
    { kind: "suit_after_reconsideration", yearOffset: 0, filed: "10-27", result: "upheld", days: 140 },
    { kind: "reconsideration", yearOffset: 1, filed: "04-08", result: "upheld", days: 55 },
    { kind: "reconsideration", yearOffset: 1, filed: "10-30", result: "other", days: 58 },
    { kind: "direct_suit", yearOffset: 1, filed: "07-16", result: "corrected", days: 170 },
  ],
  zrzyj: [
    { kind: "reconsideration", yearOffset: 0, filed: "02-26", result: "upheld", days: 50 },
    { kind: "reconsideration", yearOffset: 0, filed: "05-19", result: "upheld", days: 45 },
    { kind: "reconsideration", yearOffset: 0, filed: "08-11", result: "corrected", days: 58 },
    { kind: "reconsideration", yearOffset: 0, filed: "11-24", result: "other", days: 40 },
    { kind: "direct_suit", yearOffset: 0, filed: "07-07", result: "upheld", days: 110 },
    { kind: "suit_after_reconsideration", yearOffset: 0, filed: "12-15", result: "upheld", days: 130 },
    { kind: "reconsideration", yearOffset: 1, filed: "03-23", result: "upheld", days: 52 },
    { kind: "reconsideration", yearOffset: 1, filed: "11-02", result: "upheld", days: 57 },
  ],
  zjj: [
    { kind: "reconsideration", yearOffset: 0, filed: "07-21", result: "upheld", days: 44 },
    { kind: "reconsideration", yearOffset: 1, filed: "05-12", result: "corrected", days: 50 },
  ],
  gaj: [{ kind: "direct_suit", yearOffset: 1, filed: "06-03", result: "upheld", days: 100 }],
};

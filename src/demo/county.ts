import type { AgencyLevel } from "../db/schema.ts";

/**
 * The demo county as a disclosure office would meet it: the county government with its
 * departments and townships, each with the contact details that reply letters print. The county,
 * its city and every address and number are invented.
 */

/** What an agency is mostly asked about; picks the request texts (requests.ts). */
export type RequestDomain =
  | "government"
  | "land"
  | "housing"
  | "police"
  | "market"
  | "labour"
  | "education"
  | "finance"
  | "transport"
  | "agriculture"
  | "health"
  | "township";

export interface DemoAgency {
  /** Readable code, used as the agency id and in usernames. */
  code: string;
  name: string;
  shortName: string;
  level: AgencyLevel;
  address: string;
  postalCode: string;
  phone: string;
  reconsiderationBody: string;
  court: string;
  domain: RequestDomain;
  /** Applications a year (before the seed's spread). */
  yearly: number;
}

export const COUNTY = "青禾县";
export const CITY = "云川市";
export const COUNTY_ID = "qinghe";

/** The county government's own reconsideration body and court (第15条 行政诉讼法: the intermediate court). */
const UPPER = { reconsiderationBody: `${CITY}人民政府`, court: `${CITY}中级人民法院` };
/** Departments and townships: reconsideration by the county government (行政复议法 2023 第24条), suits in the county court. */
const LOCAL = { reconsiderationBody: `${COUNTY}人民政府`, court: `${COUNTY}人民法院` };

type Row = [
  code: string,
  name: string,
  short: string,
  level: AgencyLevel,
  street: string,
  phone: string,
  domain: RequestDomain,
  yearly: number,
];

const ROWS: Row[] = [
  ["", "青禾县人民政府", "县政府", "county", "城关镇府前路 1 号", "0870-6121001", "government", 70],
  ["jyj", "青禾县教育局", "县教育局", "department", "城关镇文昌路 18 号", "0870-6123180", "education", 22],
  [
    "zrzyj",
    "青禾县自然资源局",
    "县自然资源局",
    "department",
    "城关镇青禾大道 66 号",
    "0870-6125066",
    "land",
    85,
  ],
  [
    "zjj",
    "青禾县住房和城乡建设局",
    "县住建局",
    "department",
    "城关镇建设路 9 号",
    "0870-6122009",
    "housing",
    48,
  ],
  ["gaj", "青禾县公安局", "县公安局", "department", "城关镇平安路 110 号", "0870-6120110", "police", 20],
  [
    "scjgj",
    "青禾县市场监督管理局",
    "县市场监管局",
    "department",
    "城关镇兴业路 12 号",
    "0870-6126315",
    "market",
    26,
  ],
  [
    "rsj",
    "青禾县人力资源和社会保障局",
    "县人社局",
    "department",
    "城关镇人民路 35 号",
    "0870-6122333",
    "labour",
    20,
  ],
  ["czj", "青禾县财政局", "县财政局", "department", "城关镇府前路 7 号", "0870-6121207", "finance", 10],
  [
    "jtysj",
    "青禾县交通运输局",
    "县交通运输局",
    "department",
    "城关镇通达路 2 号",
    "0870-6124402",
    "transport",
    9,
  ],
  [
    "nyncj",
    "青禾县农业农村局",
    "县农业农村局",
    "department",
    "城关镇丰收路 21 号",
    "0870-6127721",
    "agriculture",
    9,
  ],
  [
    "wsjkj",
    "青禾县卫生健康局",
    "县卫生健康局",
    "department",
    "城关镇康宁路 16 号",
    "0870-6128816",
    "health",
    8,
  ],
  [
    "cgz",
    "青禾县城关镇人民政府",
    "城关镇政府",
    "township",
    "城关镇南门街 3 号",
    "0870-6131003",
    "township",
    12,
  ],
  [
    "hxjd",
    "青禾县河西街道办事处",
    "河西街道办",
    "township",
    "河西街道滨河路 88 号",
    "0870-6132088",
    "township",
    16,
  ],
  ["qtz", "青禾县桥头镇人民政府", "桥头镇政府", "township", "桥头镇正街 1 号", "0870-6141001", "township", 6],
  [
    "bsz",
    "青禾县白沙镇人民政府",
    "白沙镇政府",
    "township",
    "白沙镇白沙街 26 号",
    "0870-6151026",
    "township",
    5,
  ],
  [
    "smx",
    "青禾县石门乡人民政府",
    "石门乡政府",
    "township",
    "石门乡石门村 1 组",
    "0870-6161001",
    "township",
    4,
  ],
];

const POSTAL: Record<string, string> = { hxjd: "657902", qtz: "657910", bsz: "657920", smx: "657930" };

/** Every agency of the demo, the county government first. */
export const DEMO_AGENCIES: DemoAgency[] = ROWS.map(
  ([code, name, short, level, street, phone, domain, yearly]) => ({
    code: code === "" ? COUNTY_ID : `${COUNTY_ID}.${code}`,
    name,
    shortName: short,
    level,
    address: `${CITY}${COUNTY}${street}`,
    postalCode: POSTAL[code] ?? "657900",
    phone,
    ...(code === "" ? UPPER : LOCAL),
    domain,
    yearly,
  }),
);

/** The department whose full staff the demo prints beside the county government's. */
export const FEATURED_DEPARTMENT_ID = `${COUNTY_ID}.zrzyj`;

export function demoAgency(id: string): DemoAgency {
  const found = DEMO_AGENCIES.find((a) => a.code === id);
  if (!found) throw new Error(`no demo agency ${id}`);
  return found;
}

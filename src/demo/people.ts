import type { ApplicantType } from "../domain/applications/index.ts";
import type { ApplicantInput } from "../services/applications/index.ts";
import { type Random, weighted } from "../services/testing/random.ts";
import { CITY, COUNTY } from "./county.ts";

/**
 * Invented applicants. Identity numbers carry valid check digits but the region code 99xxxx, which
 * no real region has, so no demo number can be a real person's; organisations' credit codes use
 * the same region. E-mail addresses are under the reserved `.example` domain.
 */

const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [
  ..."伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅海燕波宇浩鹏晨欣怡雪琳婷德福贵成荣兴春秋松林",
];
const VILLAGES = [
  "东山",
  "西坡",
  "柳树湾",
  "石桥",
  "杨家寨",
  "河口",
  "新民",
  "桃园",
  "马鞍山",
  "龙潭",
  "清水",
  "黄土坡",
];
const TOWNSHIPS = ["城关镇", "河西街道", "桥头镇", "白沙镇", "石门乡"];
const ESTATES = ["锦绣花园", "滨河小区", "阳光城", "文昌苑", "东门新村", "金色家园", "和平里"];

const BRANDS = ["宏达", "鑫源", "丰泰", "恒通", "金禾", "永安", "远航", "润丰", "嘉信", "青禾"];
const TRADES = [
  "建材有限公司",
  "房地产开发有限公司",
  "建筑工程有限公司",
  "商贸有限公司",
  "农业科技有限公司",
  "物流有限公司",
  "矿业有限公司",
  "食品有限公司",
];
const RESEARCH = [
  `${CITY}大学公共管理学院`,
  `${CITY}师范学院地方治理研究中心`,
  `${CITY}社会科学院法学研究所`,
];
const PUBLIC_INTEREST = [`${CITY}绿源环境保护协会`, `${CITY}消费者权益公益服务中心`, `${CITY}助残公益促进会`];
const LAW_FIRMS = [
  `${CITY}明德律师事务所`,
  `${CITY}正平律师事务所`,
  `${COUNTY}公正法律服务所`,
  `${CITY}衡信律师事务所`,
];

/** Chosen in about the proportions published reports show. */
export const APPLICANT_MIX: [ApplicantType, number][] = [
  ["naturalPerson", 80],
  ["commercial", 9],
  ["research", 1],
  ["publicInterest", 1.5],
  ["legalService", 5],
  ["otherOrganisation", 3.5],
];

const pick = <T>(random: Random, list: readonly T[]): T => list[random.int(list.length)] as T;
const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(10)).join("");

export function personName(random: Random): string {
  const given = pick(random, GIVEN) + (random.next() < 0.7 ? pick(random, GIVEN) : "");
  return pick(random, SURNAMES) + given;
}

export function village(random: Random): string {
  return pick(random, VILLAGES);
}

export function estate(random: Random): string {
  return pick(random, ESTATES);
}

export function companyName(random: Random): string {
  return `${COUNTY}${pick(random, BRANDS)}${pick(random, TRADES)}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident identity number (GB 11643) with region 99xxxx, a real birth date and its check character. */
export function residentId(random: Random): string {
  const year = 1950 + random.int(52);
  const month = 1 + random.int(12);
  const day = 1 + random.int(28);
  const body = `99${digits(random, 4)}${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${digits(random, 3)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (ID_WEIGHTS[i] ?? 0);
  return body + ("10X98765432"[sum % 11] ?? "0");
}

const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100) of the given registration kind (91 company, 31 law firm …). */
export function creditCode(random: Random, kind: string): string {
  let body = `${kind}99${digits(random, 4)}`;
  while (body.length < 17) body += CREDIT_ALPHABET[random.int(CREDIT_ALPHABET.length)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(body[i] ?? "0") * (CREDIT_WEIGHTS[i] ?? 0);
  return body + CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

function mobile(random: Random): string {
  return `1${pick(random, ["35", "37", "39", "50", "58", "82", "87", "89"])}${digits(random, 8)}`;
}

function homeAddress(random: Random): string {
  return random.next() < 0.5
    ? `${CITY}${COUNTY}${pick(random, TOWNSHIPS)}${village(random)}村${1 + random.int(9)}组`
    : `${CITY}${COUNTY}城关镇${estate(random)}${1 + random.int(20)}栋${1 + random.int(4)}单元${101 + random.int(1500)}室`;
}

function orgName(random: Random, type: Exclude<ApplicantType, "naturalPerson">): [string, string] {
  switch (type) {
    case "commercial":
      return [companyName(random), "91"];
    case "research":
      return [pick(random, RESEARCH), "12"];
    case "publicInterest":
      return [pick(random, PUBLIC_INTEREST), "52"];
    case "legalService":
      return [pick(random, LAW_FIRMS), "31"];
    case "otherOrganisation":
      return random.next() < 0.5
        ? [`${COUNTY}${estate(random)}业主委员会`, "93"]
        : [`${COUNTY}${pick(random, TOWNSHIPS)}${village(random)}村民委员会`, "54"];
  }
}

/** An applicant of `type` as the application form takes it. */
export function applicant(random: Random, type: ApplicantType): ApplicantInput {
  const contactName = personName(random);
  const email = random.next() < 0.35 ? `${pinyinish(random)}@mail.example` : null;
  const phone = random.next() < 0.9 || email === null ? mobile(random) : null;
  const address = homeAddress(random);
  if (type === "naturalPerson") {
    return {
      type,
      name: contactName,
      idType: "residentId",
      idNumber: residentId(random),
      phone,
      email,
      address,
      postalCode: "657900",
    };
  }
  const [name, kind] = orgName(random, type);
  return {
    type,
    name,
    creditCode: creditCode(random, kind),
    legalRepresentative: personName(random),
    contactPerson: contactName,
    phone,
    email,
    address: type === "commercial" ? `${CITY}${COUNTY}工业园区${1 + random.int(30)}号` : address,
    postalCode: "657900",
  };
}

function pinyinish(random: Random): string {
  const syllables = [
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "lin",
    "he",
  ];
  return `${pick(random, syllables)}${pick(random, syllables)}${random.int(1000)}`;
}

/** The applicant type of an ordinary application. */
export function applicantType(random: Random): ApplicantType {
  return weighted(random, APPLICANT_MIX);
}

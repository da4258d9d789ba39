import type { Outcome } from "../domain/applications/index.ts";
import type { Random } from "../services/testing/random.ts";
import { COUNTY, type RequestDomain } from "./county.ts";
import { companyName, estate, village } from "./people.ts";

/**
 * What people really ask a county for, by the agency's field, and the requests that lead to the
 * particular outcomes (a state secret, a petition, a publication …). `{…}` slots are filled with
 * invented villages, estates, companies and years.
 */

const BY_DOMAIN: Record<RequestDomain, string[]> = {
  government: [
    "{year}年{county}人民政府工作报告及重点工作任务分解方案",
    "{county}人民政府关于{village}片区国有土地上房屋征收决定及征收补偿方案",
    "{county}{year}年国民经济和社会发展计划执行情况",
    "{county}人民政府对{village}村集体土地征收的征地补偿安置方案批复",
    "{county}{year}年重点建设项目计划及投资完成情况",
    "{county}人民政府关于{estate}棚户区改造项目的批复文件",
    "{county}人民政府{year}年第{n}次常务会议纪要中涉及城区道路改造的内容",
    "{county}乡镇行政区划调整方案及上级批复",
    "{county}人民政府与{company}签订的招商引资协议",
    "{county}{year}年政府债务限额及余额情况",
  ],
  land: [
    "{village}村集体土地征收的征地批复、征地公告及征地补偿安置方案",
    "{year}年{county}城关镇{estate}地块国有建设用地使用权出让合同及成交确认书",
    "{company}{estate}项目的建设用地规划许可证及附图",
    "本人位于{village}村的宅基地审批档案及用地批准书",
    "{county}国土空间总体规划（2021—2035年）及批复文件",
    "对{company}非法占用{village}村耕地一案作出的行政处罚决定书",
    "{village}村土地征收社会稳定风险评估报告",
    "{county}{year}年度土地利用计划指标分配情况",
    "{village}村永久基本农田划定成果及调整情况",
    "{estate}地块的规划条件及控制性详细规划",
  ],
  housing: [
    "{estate}片区房屋征收补偿方案、征收决定及评估报告",
    "{company}{estate}项目的建设工程规划许可证和施工许可证",
    "{estate}小区住宅专项维修资金使用及审批情况",
    "{county}{year}年保障性租赁住房分配名单及分配办法",
    "{estate}小区商品房预售许可证及预售资金监管账户",
    "{estate}小区竣工验收备案表",
    "{county}城区老旧小区改造{year}年实施计划及{estate}改造方案",
    "{company}建筑施工企业资质核查结果",
  ],
  police: [
    "本人被{county}公安局行政处罚的处罚决定书及法律依据",
    "{county}城区{road}路口电子警察设置依据及审批文件",
    "{county}户籍迁入政策文件及办理流程",
    "{county}公安局{year}年道路交通事故统计数据",
    "{county}烟花爆竹禁放区域划定文件",
    "{estate}小区周边道路停车泊位施划依据",
  ],
  market: [
    "对{company}作出的行政处罚决定书",
    "{county}{year}年食品安全监督抽检结果",
    "本人于{year}年投诉{company}的处理结果",
    "{company}的企业登记档案中的股东及出资信息",
    "{county}{year}年农贸市场计量器具检定情况",
    "{county}{year}年特种设备安全检查情况通报",
  ],
  labour: [
    "{county}{year}年事业单位公开招聘面试成绩及拟聘用人员名单",
    "本人工伤认定决定书及认定材料",
    "{county}被征地农民养老保险政策文件及{village}村参保名单",
    "{company}拖欠农民工工资案件的处理结果",
    "{county}{year}年城乡居民基本养老保险基金收支情况",
    "{county}{year}年公益性岗位人员名单及补贴发放情况",
  ],
  education: [
    "{county}{year}年城区义务教育学校招生计划及学区划分方案",
    "{county}{year}年中小学教师公开招聘考试成绩及录用名单",
    "{county}第{n}中学食堂承包合同及招标文件",
    "{county}{year}年学前教育资助资金分配及使用情况",
    "{county}{year}年义务教育阶段学校布局调整规划",
    "{county}{year}年民办学校年检结果",
  ],
  finance: [
    "{county}{year}年财政预算执行情况和{next}年财政预算草案的报告",
    "{county}本级{year}年一般公共预算“三公”经费支出情况",
    "{county}{year}年政府采购项目{company}中标结果及合同",
    "{village}村高标准农田建设项目财政补助资金拨付情况",
    "{county}{year}年部门决算公开情况汇总",
  ],
  transport: [
    "{county}{road}道路改扩建工程立项批复及环评文件",
    "{county}{year}年农村公路建设计划及{village}村通组路项目",
    "{county}城乡公交线路调整方案",
    "{county}{road}路段交通标志设置审批文件",
  ],
  agriculture: [
    "{county}{year}年耕地地力保护补贴发放名单（{village}村）",
    "{county}{year}年农机购置补贴资金使用情况",
    "{village}村土地承包经营权确权登记成果",
    "{county}{year}年生猪养殖禁养区划定方案",
  ],
  health: [
    "{county}人民医院{year}年医疗服务价格公示",
    "{county}{year}年基本公共卫生服务项目资金分配情况",
    "{company}医疗器械经营许可及监督检查情况",
    "{county}{year}年家庭医生签约服务考核结果",
  ],
  township: [
    "{village}村{year}年度村务和财务公开情况",
    "{village}村{year}年城乡居民最低生活保障对象名单",
    "{village}村土地流转合同及流转费用发放记录",
    "{village}村{year}年农村危房改造补助对象名单",
    "{village}村至镇区道路硬化工程招标及验收资料",
    "{village}村集体经济组织{year}年收支情况",
    "{village}村人居环境整治项目资金使用情况",
  ],
};

/** Requests that lead to a particular outcome, whatever the agency. */
const BY_OUTCOME: Partial<Record<Outcome, string[]>> = {
  refusedStateSecret: [
    "{county}人民防空工程建设规划及防护工程分布图",
    "{county}应急物资储备库布局和储备清单",
  ],
  refusedProhibitedByLaw: [
    "{county}{year}年统计调查中{company}的原始调查资料",
    "{village}村村民个人所得税纳税明细",
  ],
  refusedThreeSecurities: [
    "{county}城区供水管网及主要阀门分布图",
    "{county}水库大坝安全监测原始数据及应急预案中的防护部署",
  ],
  refusedThirdParty: ["{company}申报项目时提交的财务报表和技术方案", "{company}与本机关签订合同的报价明细"],
  refusedInternalAffairs: ["本机关{year}年内部考勤制度及工作人员请休假记录", "本机关干部年度考核登记表"],
  refusedProcessInfo: [
    "{county}人民政府常务会议讨论{estate}片区征收事项的会议记录和讨论意见",
    "{county}{year}年规划调整的内部讨论稿和请示",
  ],
  refusedEnforcementFiles: [
    "对{company}行政处罚案件的调查询问笔录、现场勘验笔录及证据材料",
    "{village}村违法建筑拆除案件的执法案卷",
  ],
  refusedInquiry: ["本人名下不动产登记资料查询", "本人户籍档案及历次户口迁移记录", "本人社会保险缴费明细"],
  unableNotHeld: [
    "{county}高铁站选址方案及省级批复",
    "{city}{year}年城市总体规划修改的上报材料",
    "{company}的环境影响评价审批文件",
  ],
  unableNeedsCreation: [
    "近十年{county}所有征地项目补偿款的汇总统计表（按村分列）",
    "{county}全部行政执法人员近五年执法案件数量的分类统计",
  ],
  unableStillUnclear: ["县里有关我家的所有文件", "关于那块地的全部材料"],
  notProcessedPetition: [
    "请求责令{village}村委会退还多收的土地补偿款并追究村干部责任",
    "要求查处{company}夜间施工扰民问题",
  ],
  notProcessedRepeat: [],
  notProcessedPublication: ["{county}志（{year}年版）中关于{village}村的章节", "{county}年鉴（{year}）全文"],
  notProcessedMassRepeat: [
    "{county}人民政府自 2000 年以来制发的全部文件及其附件、起草说明、会议记录",
    "本机关近二十年全部收发文登记簿及所有文件",
  ],
  notProcessedConfirm: [
    "要求对本人已取得的征收补偿协议复印件加盖印章，确认与原件一致",
    "要求对已公开的{estate}征收决定重新出具并盖章证明",
  ],
};

const PURPOSES = [
  "了解征收补偿标准，维护本人合法权益",
  "用于行政复议",
  "用于诉讼",
  "企业经营决策需要",
  "学术研究",
  "了解政策，监督政府工作",
  "办理相关手续需要",
  null,
];

const ROADS = ["人民路", "青禾大道", "滨河路", "建设路", "兴业路"];

/** Fills the `{…}` slots of a request template. */
function fill(random: Random, template: string, year: number): string {
  return template
    .replaceAll("{county}", COUNTY)
    .replaceAll("{city}", "云川市")
    .replaceAll("{village}", village(random))
    .replaceAll("{estate}", estate(random))
    .replaceAll("{company}", companyName(random))
    .replaceAll("{road}", ROADS[random.int(ROADS.length)] as string)
    .replaceAll("{next}", String(year))
    .replaceAll("{year}", String(year - 1 - random.int(2)))
    .replaceAll("{n}", String(1 + random.int(30)));
}

/** The text of a request to an agency of `domain` that will end with `outcome`, asked in `year`. */
export function requestText(
  random: Random,
  domain: RequestDomain,
  outcome: Outcome | null,
  year: number,
): string {
  const special = outcome ? BY_OUTCOME[outcome] : undefined;
  const pool = special && special.length > 0 ? special : BY_DOMAIN[domain];
  return fill(random, pool[random.int(pool.length)] as string, year);
}

export function purpose(random: Random): string | null {
  return PURPOSES[random.int(PURPOSES.length)] ?? null;
}

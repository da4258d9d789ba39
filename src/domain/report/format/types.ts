/**
 * The national annual report format described as data. Parser, validator, renderers, the workspace
 * form and the aggregation from case records all read one `ReportFormat`; adding a format year means
 * adding one data file beside `v2021.ts`.
 */
export type FormatVersion = "2021" | "2019";

export type SectionKey = "overview" | "proactive" | "applications" | "litigation" | "problems" | "other";

export interface SectionDef {
  key: SectionKey;
  /** Chinese ordinal as printed: 一 … 六. */
  number: string;
  /** The official heading without its number, e.g. 总体情况. */
  label: string;
  /** Sections 一, 五 and 六 are prose only; 二, 三, 四 carry a table. */
  prose: boolean;
  /** Other wordings seen in real reports, used by readers to recognise the heading. */
  aliases: string[];
}

export interface ColumnDef {
  key: string;
  label: string;
  /** "count": non-negative integer; "amount": non-negative number (万元); "delta": integer, may be negative. */
  kind: "count" | "amount" | "delta";
}

export interface ProactiveRowDef {
  key: string;
  label: string;
}

/** One sub-table of table 二, headed by its item of 第二十条. */
export interface ProactiveBlockDef {
  key: string;
  /** Heading row, verbatim: 第二十条第（一）项. */
  item: string;
  /** Label of the first column, always 信息内容. */
  contentLabel: string;
  columns: ColumnDef[];
  rows: ProactiveRowDef[];
}

/** The six applicant columns and the total of table 三, in official order. */
export interface ApplicantColumnDef {
  key: ApplicantColumnKey;
  label: string;
  /** The five organisation columns sit under the merged header 法人或其他组织. */
  organisation: boolean;
}

export type ApplicantColumnKey =
  | "naturalPerson"
  | "commercial"
  | "research"
  | "publicInterest"
  | "legalService"
  | "otherOrganisation"
  | "total";

export type ApplicationRowKind = "new" | "carriedOver" | "result" | "total" | "carriedForward";

export interface ApplicationRowDef {
  key: string;
  kind: ApplicationRowKind;
  /** Printed number of the row itself: 一、 / （一） / 1. */
  number: string;
  /** Label without its number, verbatim from the format. */
  label: string;
  /** Key of the result group (（三）–（六）) the row is an item of, if any. */
  group?: string;
}

/** （三）不予公开 etc.: a label over several result rows, with no numbers of its own. */
export interface ResultGroupDef {
  key: string;
  number: string;
  label: string;
}

export interface LitigationColumnDef {
  key: string;
  group: "reconsideration" | "directSuit" | "suitAfterReconsideration";
  result: "upheld" | "corrected" | "other" | "pending" | "total";
  label: string;
}

export interface RuleDef {
  id: string;
  severity: "error" | "warning";
  /** Whether the rule needs last year's report (or records). */
  crossYear: boolean;
  /** What the rule says, in Chinese, for help texts and the README. */
  description: string;
}

export interface ReportFormat {
  version: FormatVersion;
  /** The notice that defines the format. */
  source: string;
  /** First report year the format applies to (inclusive). */
  firstYear: number;
  sections: SectionDef[];
  proactive: ProactiveBlockDef[];
  applications: {
    /** Verbatim top-left cell. */
    corner: string;
    applicantHeader: string;
    organisationHeader: string;
    resultsHeader: string;
    columns: ApplicantColumnDef[];
    groups: ResultGroupDef[];
    rows: ApplicationRowDef[];
  };
  litigation: {
    groupLabels: Record<LitigationColumnDef["group"], string>;
    suitHeader: string;
    columns: LitigationColumnDef[];
  };
  rules: RuleDef[];
}

import type { ApplicantInput } from "./applicant-input.ts";
import type { OnlineSubmissionInput, RegistrationInput } from "./application-input.ts";

/** Sample input for application tests: valid identity numbers, real-looking contact data. */

export const PERSON: ApplicantInput = {
  type: "naturalPerson",
  name: "张三丰",
  idType: "residentId",
  idNumber: "11010519491231002X",
  phone: "13812345678",
  email: "zhangsan@example.cn",
  address: "北京市西城区府右街2号",
  postalCode: "100017",
};

export const COMPANY: ApplicantInput = {
  type: "commercial",
  name: "福州某某科技有限公司",
  creditCode: "91350100M000100Y43",
  legalRepresentative: "王五",
  contactPerson: "赵六",
  phone: "0591-87654321",
  address: "福建省福州市鼓楼区五四路100号",
};

/** What a sample application asks for, and how it wants it. */
export const REQUEST = {
  description: "2025年本县农村公路维修工程的招标文件及中标结果",
  purpose: "了解本村道路维修安排",
  requestedForm: "electronic",
  delivery: "email",
} as const;

export function onlineInput(
  agencyId: string,
  over: Partial<OnlineSubmissionInput> = {},
): OnlineSubmissionInput {
  return { agencyId, applicant: PERSON, ...REQUEST, ...over };
}

export function counterInput(submittedOn: string, over: Partial<RegistrationInput> = {}): RegistrationInput {
  return { receipt: { channel: "inPerson", submittedOn }, applicant: PERSON, ...REQUEST, ...over };
}

/** A clock the test moves by hand; `at("2026-03-02")` is 10:00 in Beijing that day. */
export function handClock(day: string) {
  let now = at(day);
  return {
    now: () => new Date(now.getTime()),
    set(next: string) {
      now = at(next);
    },
  };
}

function at(day: string): Date {
  return new Date(day.length === 10 ? `${day}T02:00:00.000Z` : day);
}

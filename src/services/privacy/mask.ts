/**
 * Masking of applicants' personal data, in one place. The handling agency sees an application in
 * full; everyone else (supervisors, lists outside the agency, exports, logs) sees it through these.
 * Each keeps just enough to tell records apart and hides the rest with `*`, one per hidden character
 * (for names the count of stars reveals the length, which is customary and harmless).
 */

const STAR = "*";
const stars = (n: number) => STAR.repeat(Math.max(n, 0));

/**
 * A person's name: the first character (usually the surname) stays.
 * @example maskName("张三丰") // "张**"
 * @example maskName("王五") // "王*"
 * @example maskName("Alice Smith") // "A**********"
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return stars(chars.length);
  return `${chars[0]}${stars(chars.length - 1)}`;
}

/**
 * An identity document number: the first 4 and last 4 characters stay when at least 8 remain hidden,
 * otherwise only the last 2 (passports and other short numbers).
 * @example maskIdNumber("110101199003078515") // "1101**********8515"
 * @example maskIdNumber("E12345678") // "*******78"
 */
export function maskIdNumber(id: string): string {
  const chars = [...id.replace(/\s+/g, "")];
  if (chars.length >= 16)
    return `${chars.slice(0, 4).join("")}${stars(chars.length - 8)}${chars.slice(-4).join("")}`;
  if (chars.length <= 2) return stars(chars.length);
  return `${stars(chars.length - 2)}${chars.slice(-2).join("")}`;
}

/**
 * A phone number: for a mobile, the first 3 and last 4 digits stay (the usual 138****5678); for a
 * landline, the area code and last 4 digits; a number under 8 digits keeps only its last 2.
 * Separators stay where they were.
 * @example maskPhone("13812345678") // "138****5678"
 * @example maskPhone("010-62345678") // "010-****5678"
 */
export function maskPhone(phone: string): string {
  const digits = [...phone].filter((c) => /\d/.test(c)).length;
  const long = digits >= 8;
  const separator = phone.search(/[-\s]/);
  const keepHead = long ? (separator > 0 ? separator : 3) : 0;
  const keepTail = long ? 4 : Math.min(2, digits - 1);
  let seen = 0;
  return [...phone]
    .map((c, i) => {
      if (!/\d/.test(c)) return c;
      seen++;
      return i < keepHead || seen > digits - keepTail ? c : STAR;
    })
    .join("");
}

/**
 * An e-mail address: the first character of the local part and the domain stay.
 * @example maskEmail("zhangsan@example.cn") // "z*******@example.cn"
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return maskName(email);
  return `${maskName(email.slice(0, at))}${email.slice(at)}`;
}

/**
 * A postal address: the first 6 characters (province and city, usually) stay.
 * @example maskAddress("北京市西城区府右街2号") // "北京市西城区*****"
 */
export function maskAddress(address: string): string {
  const chars = [...address.trim()];
  return chars.length <= 6
    ? `${chars.slice(0, 2).join("")}${stars(chars.length - 2)}`
    : `${chars.slice(0, 6).join("")}${stars(chars.length - 6)}`;
}

/**
 * A file's name, which often carries a person's name or identity number (张三身份证.jpg): only its
 * place in the list and its extension stay.
 * @example maskFileName("张三身份证.jpg", 2) // "附件2.jpg"
 */
export function maskFileName(filename: string, position?: number): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(filename)?.[0].toLowerCase() ?? "";
  return `附件${position ?? ""}${ext}`;
}

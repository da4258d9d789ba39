import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskAddress, maskEmail, maskFileName, maskIdNumber, maskName, maskPhone } from "./mask.ts";

describe("masking personal data", () => {
  it.each([
    [maskName, "张三丰", "张**"],
    [maskName, "王五", "王*"],
    [maskName, "欧阳娜娜", "欧***"],
    [maskName, " 李 ", "*"],
    [maskName, "", ""],
    [maskName, "Alice Smith", "A**********"],
    [maskIdNumber, "110101199003078515", "1101**********8515"],
    [maskIdNumber, "11010119900307851X", "1101**********851X"],
    [maskIdNumber, "110101 19900307 8515", "1101**********8515"],
    [maskIdNumber, "E12345678", "*******78"],
    [maskIdNumber, "12", "**"],
    [maskPhone, "13812345678", "138****5678"],
    [maskPhone, "010-62345678", "010-****5678"],
    [maskPhone, "0311 8765432", "0311 ***5432"],
    [maskPhone, "12345", "***45"],
    [maskPhone, "1234", "**34"],
    [maskPhone, "1", "*"],
    [maskEmail, "zhangsan@example.cn", "z*******@example.cn"],
    [maskEmail, "a@b.cn", "*@b.cn"],
    [maskAddress, "北京市西城区府右街2号", "北京市西城区*****"],
    [maskAddress, "某县某镇", "某县**"],
  ])("%o(%j) = %j", (mask, input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it("keeps of a file name only its place in the list and its extension", () => {
    expect(maskFileName("张三身份证.JPG", 2)).toBe("附件2.jpg");
    expect(maskFileName("110105194912310021 申请书", 1)).toBe("附件1");
  });

  it("never leaves a mobile number's or an ID number's middle digits readable", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (phone) => {
        const masked = maskPhone(phone);
        expect(masked).toHaveLength(11);
        expect(masked.slice(3, 7)).toBe("****");
        expect(masked.slice(0, 3) + masked.slice(7)).toBe(phone.slice(0, 3) + phone.slice(7));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const masked = maskIdNumber(id);
        // The birth date (characters 7–14) is never shown.
        expect(masked.slice(6, 14)).toBe("********");
      }),
    );
  });
});

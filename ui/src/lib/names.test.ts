import { describe, expect, it } from "vitest";
import { splitByLanguage } from "./names";

describe("splitByLanguage", () => {
  it("puts a text on the side of the language it is written in, as the backend does", () => {
    expect(splitByLanguage("Іле ауданы, Абай көшесі, 12")).toEqual(["Іле ауданы, Абай көшесі, 12", ""]);
    expect(splitByLanguage(" Главный специалист ")).toEqual(["", "Главный специалист"]);
    expect(splitByLanguage("г. Конаев, проспект Абая, 1")).toEqual(["", "г. Конаев, проспект Абая, 1"]);
    for (const ru of ["Учитель", "Зал заседаний", "Актовый зал"]) expect(splitByLanguage(ru)).toEqual(["", ru]);
    for (const kk of ["Студент", "Директор", "Мектеп акт залы"]) expect(splitByLanguage(kk)).toEqual([kk, ""]);
    expect(splitByLanguage("IT Park")).toEqual(["IT Park", "IT Park"]);
    expect(splitByLanguage("")).toEqual(["", ""]);
  });
});

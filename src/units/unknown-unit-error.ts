/** Bad input a person can act on: the message is one sentence, shown as is. */
export class UnknownUnitError extends Error {
  readonly unitId: string;
  readonly validIds: string[];
  constructor(unitId: string, validIds: readonly string[]) {
    super(`There is no unit "${unitId}" in the catalogue; use one of: ${validIds.join(", ")}.`);
    this.name = "UnknownUnitError";
    this.unitId = unitId;
    this.validIds = [...validIds];
  }
}

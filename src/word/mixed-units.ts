/**
 * The one sentence a write refuses with when the learner's chosen unit is not the document's:
 * one document holds one unit's side-headings (src/core/document-unit.ts).
 */
import { unitNameOf } from "../core/document-unit";
import type { Unit } from "../units/types";

export function mixedUnitsMessage(documentUnit: Unit, chosen: Unit, what: "template" | "missing sections"): string {
  const own = unitNameOf(documentUnit);
  const wanted = unitNameOf(chosen);
  const refused = what === "template" ? `the template of unit ${wanted} was` : `the missing sections of unit ${wanted} were`;
  return (
    `This document has the side-headings of unit ${own}, so ${refused} not inserted: ` +
    `the two units' side-headings would be mixed. Choose unit ${own} to carry on with this document, ` +
    `or start a new document for unit ${wanted}.`
  );
}

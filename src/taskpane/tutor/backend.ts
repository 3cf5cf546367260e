/** Document operations the Tutor view needs: the Word operations in src/word/tutor-ops.ts. */
export type { TutorOps as TutorBackend } from "../../word/tutor-ops";

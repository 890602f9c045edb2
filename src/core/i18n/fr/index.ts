/**
 * Every user-facing French text, one file per feature. The English catalogue must have the same
 * shape (checked by the compiler). Messages that quote the user's text are functions.
 */
import { cli } from "./cli";
import { common } from "./common";
import { deadline } from "./deadline";
import { owners } from "./owners";
import { report } from "./report";
import { sheets } from "./sheets";
import { structure } from "./structure";
import { ui } from "./ui";
import { validation } from "./validation";

export const fr = { common, deadline, owners, validation, sheets, structure, ui, report, cli };
export type Messages = typeof fr;

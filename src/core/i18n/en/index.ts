import type { Messages } from "../fr";
import { cli } from "./cli";
import { common } from "./common";
import { deadline } from "./deadline";
import { owners } from "./owners";
import { report } from "./report";
import { sheets } from "./sheets";
import { structure } from "./structure";
import { ui } from "./ui";
import { validation } from "./validation";

export const en: Messages = { common, deadline, owners, validation, sheets, structure, ui, report, cli };

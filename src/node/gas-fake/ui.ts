/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts. Everything shown is
 * recorded in a `UiRecord` for assertions (and for the playground to render). Alerts and prompts
 * are answered by `record.answer`, by default the first button of the set (OK or YES) with an
 * empty text; a test or the playground replaces it to play the user.
 */
import { type Requirement, requirement, SCOPES } from "./access";
import { FakeObject, makeEnum } from "./expose";
import type { FakeHtmlOutput } from "./html";

export const Button = makeEnum("OK", "CANCEL", "YES", "NO", "CLOSE");
export const ButtonSet = makeEnum("OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL");
type ButtonName = keyof typeof Button;
type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

export type MenuEntry =
  | { type: "item"; caption: string; functionName: string }
  | { type: "separator" }
  | { type: "submenu"; menu: MenuRecord };

export interface MenuRecord {
  /** The caption given to createMenu; null for the add-on menu (titled by the add-on's name). */
  caption: string | null;
  addon: boolean;
  entries: MenuEntry[];
}

export interface DialogRecord {
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export interface Question {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  buttonSet: ButtonSetName;
}

export interface Answer {
  button: ButtonName;
  text?: string;
}

export class UiRecord {
  menus: MenuRecord[] = [];
  dialogs: DialogRecord[] = [];
  questions: (Question & { answer: Answer })[] = [];
  toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  answer: (question: Question) => Answer = (question) => ({
    button: BUTTONS[question.buttonSet][0],
    text: "",
  });

  /** The last sidebar shown, if any. */
  sidebar(): DialogRecord | undefined {
    return this.dialogs.filter((d) => d.kind === "sidebar").at(-1);
  }
}

export class FakeMenu extends FakeObject {
  readonly _kind = "Menu";
  readonly menu: MenuRecord;

  constructor(
    readonly record: UiRecord,
    caption: string | null,
  ) {
    super();
    this.menu = { caption, addon: caption === null, entries: [] };
  }

  addItem(caption: string, functionName: string): this {
    this.menu.entries.push({ type: "item", caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.menu.entries.push({ type: "separator" });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.menu.entries.push({ type: "submenu", menu: menu.menu });
    return this;
  }
  addToUi(): void {
    this.record.menus.push(this.menu);
  }
}

export class FakePromptResponse extends FakeObject {
  readonly _kind = "PromptResponse";

  constructor(readonly answer: Answer) {
    super();
  }

  getResponseText(): string {
    return this.answer.text ?? "";
  }
  getSelectedButton(): ButtonName {
    return this.answer.button;
  }
}

const UI_NEEDS = requirement({ scopes: [SCOPES.containerUi] }, ["createMenu", "createAddonMenu"]);

export class FakeUi extends FakeObject {
  readonly _kind = "Ui";
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(readonly record: UiRecord) {
    super();
  }

  /** Menus are built in every mode; dialogs, sidebars, alerts need script.container.ui and FULL. */
  override _requires(method: string): Requirement | null {
    return UI_NEEDS(method);
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.record, caption);
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.record, null);
  }

  #show(kind: DialogRecord["kind"], output: FakeHtmlOutput, title?: string): void {
    this.record.dialogs.push({
      kind,
      title: title ?? output.getTitle(),
      html: output.getContent(),
      width: output.width,
      height: output.height,
    });
  }
  showSidebar(userInterface: FakeHtmlOutput): void {
    this.#show("sidebar", userInterface);
  }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.#show("modal", userInterface, title);
  }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void {
    this.#show("modeless", userInterface, title);
  }

  #ask(kind: Question["kind"], args: unknown[]): Answer {
    // (prompt) | (prompt, buttons) | (title, prompt, buttons)
    const [title, prompt, buttonSet] =
      args.length >= 3 ? args : args.length === 2 ? ["", args[0], args[1]] : ["", args[0], ButtonSet.OK];
    const question: Question = {
      kind,
      title: String(title),
      prompt: String(prompt),
      buttonSet: buttonSet as ButtonSetName,
    };
    const answer = this.record.answer(question);
    if (!BUTTONS[question.buttonSet].includes(answer.button) && answer.button !== "CLOSE") {
      throw new Error(`The answer ${answer.button} is not a button of ${question.buttonSet}.`);
    }
    this.record.questions.push({ ...question, answer });
    return answer;
  }
  alert(...args: unknown[]): ButtonName {
    return this.#ask("alert", args).button;
  }
  prompt(...args: unknown[]): FakePromptResponse {
    return new FakePromptResponse(this.#ask("prompt", args));
  }
}

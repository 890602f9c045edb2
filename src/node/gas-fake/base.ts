/** Session, ScriptApp, Utilities and Logger: the small global services. */
import { zonedParts } from "../../core/zone";
import type { Requirement } from "./access";
import { FakeObject, makeEnum, notImplemented } from "./expose";

export class FakeUser extends FakeObject {
  readonly _kind = "User";

  constructor(readonly email: string) {
    super();
  }

  /** "" when the user's address is not available to the script, as in the real service. */
  getEmail(): string {
    return this.email;
  }
}

export interface SessionOptions {
  /** Default "fr". */
  userLocale?: string;
  /** The script's time zone (appsscript.json); default "America/Toronto". */
  scriptTimeZone?: string;
  /** Default "". */
  userEmail?: string;
}

export class FakeSession extends FakeObject {
  readonly _kind = "Session";

  constructor(readonly options: SessionOptions) {
    super();
  }

  /** No scope, but authorization (the stricter reading): refused in AuthMode.NONE. */
  override _requires(): Requirement {
    return { scopes: [], limited: true };
  }

  getActiveUserLocale(): string {
    return this.options.userLocale ?? "fr";
  }
  getScriptTimeZone(): string {
    return this.options.scriptTimeZone ?? "America/Toronto";
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this.options.userEmail ?? "");
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.options.userEmail ?? "");
  }
}

export class FakeScriptApp extends FakeObject {
  readonly _kind = "ScriptApp";
  readonly AuthMode = makeEnum("NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL");
}

export class FakeUtilities extends FakeObject {
  readonly _kind = "Utilities";
  #uuids = 0;

  /** Java SimpleDateFormat letters y, M, d, H, m, s and 'quoted' text; others are refused. */
  formatDate(date: Date, timeZone: string, format: string): string {
    const p = zonedParts(date, timeZone);
    return format.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, quoted: string | undefined, letter: string) => {
      if (quoted !== undefined) return quoted === "" ? "'" : quoted;
      const pad = (n: number) => String(n).padStart(token.length, "0");
      switch (letter) {
        case "y":
          return token.length === 2 ? String(p.year % 100).padStart(2, "0") : pad(p.year);
        case "M":
          return pad(p.month);
        case "d":
          return pad(p.day);
        case "H":
          return pad(p.hour);
        case "m":
          return pad(p.minute);
        case "s":
          return pad(p.second);
        default:
          throw notImplemented(`Utilities.formatDate pattern letter "${letter}"`);
      }
    });
  }
  /** Deterministic ids, in the UUID format. */
  getUuid(): string {
    this.#uuids++;
    return `00000000-0000-4000-8000-${String(this.#uuids).padStart(12, "0")}`;
  }
  /** Does not wait: tests must not depend on time. */
  sleep(_milliseconds: number): void {}
}

export class FakeLogger extends FakeObject {
  readonly _kind = "Logger";
  readonly lines: string[] = [];

  /** log(data) or log(format, ...values) with %s placeholders. */
  log(format: unknown, ...values: unknown[]): this {
    let i = 0;
    this.lines.push(String(format).replace(/%s/g, () => String(values[i++])));
    return this;
  }
  getLog(): string {
    return this.lines.join("\n");
  }
  clear(): void {
    this.lines.length = 0;
  }
}

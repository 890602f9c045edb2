/**
 * What the script is allowed to call: the OAuth scopes it was granted (by default those of the
 * project's appsscript.json) and the authorization mode it runs in.
 *
 * - https://developers.google.com/apps-script/concepts/scopes: a call outside the granted scopes
 *   throws « You do not have permission to call X. Required permissions: <scope> ».
 * - https://developers.google.com/apps-script/reference/script/auth-mode: NONE « does not allow
 *   access to any services that require authorization » (an add-on's onOpen in a document where
 *   it was not used yet: menus only); LIMITED (a bound script's simple triggers) reaches the
 *   current spreadsheet, its properties and locks, but not Drive, Docs or Mail.
 *
 * Each fake service declares, per method, what it requires (`FakeObject._requires`); a service
 * added later (e.g. the Docs advanced service) declares its own scopes the same way, e.g.
 * `{ scopes: [SCOPES.documents, SCOPES.driveFile] }` for a service that accepts drive.file.
 */
import manifest from "../../../appsscript.json";

const AUTH = "https://www.googleapis.com/auth/";

export const SCOPES = {
  spreadsheets: `${AUTH}spreadsheets`,
  spreadsheetsCurrentOnly: `${AUTH}spreadsheets.currentonly`,
  documents: `${AUTH}documents`,
  documentsCurrentOnly: `${AUTH}documents.currentonly`,
  drive: `${AUTH}drive`,
  driveReadOnly: `${AUTH}drive.readonly`,
  driveFile: `${AUTH}drive.file`,
  containerUi: `${AUTH}script.container.ui`,
  sendMail: `${AUTH}script.send_mail`,
} as const;

/** The scopes appsscript.json asks for: what a user grants when installing the add-on. */
export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

export type AuthMode = "NONE" | "LIMITED" | "FULL";

export interface Requirement {
  /** Any one of them suffices; empty for a service that needs authorization but no scope. */
  scopes: readonly string[];
  /** Allowed in AuthMode.LIMITED (the bound spreadsheet, its properties and locks). */
  limited?: boolean;
}

export class Access {
  authMode: AuthMode = "FULL";
  /** Mutable, so a test can revoke or grant a scope mid-way. */
  readonly scopes: Set<string>;

  constructor(scopes: readonly string[] = MANIFEST_SCOPES) {
    this.scopes = new Set(scopes);
  }

  has(scope: string): boolean {
    return this.scopes.has(scope);
  }

  /** Throws as Apps Script does when `kind.method` needs what the script lacks. */
  check(kind: string, method: string, requirement: Requirement | null): void {
    if (!requirement) return;
    const call = `${kind}.${method}`;
    if (this.authMode === "NONE" || (this.authMode === "LIMITED" && !requirement.limited)) {
      throw new Error(`You do not have permission to call ${call} in AuthMode.${this.authMode}.`);
    }
    const { scopes } = requirement;
    if (scopes.length > 0 && !scopes.some((scope) => this.scopes.has(scope))) {
      throw new Error(`You do not have permission to call ${call}. Required permissions: ${scopes[0]}`);
    }
  }

  /** Runs `body` in an authorization mode (e.g. onOpen in AuthMode.NONE), then restores FULL. */
  run<T>(mode: AuthMode, body: () => T): T {
    const previous = this.authMode;
    this.authMode = mode;
    try {
      return body();
    } finally {
      this.authMode = previous;
    }
  }
}

/** Requirements of the services, by kind; methods listed in `free` need nothing, even in NONE. */
export function requirement(
  needs: Requirement,
  free: readonly string[] = [],
): (method: string) => Requirement | null {
  return (method) => (free.includes(method) ? null : needs);
}

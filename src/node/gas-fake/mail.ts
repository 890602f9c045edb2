/**
 * MailApp, recording what would be sent. https://developers.google.com/apps-script/reference/mail/mail-app:
 * sending needs the script.send_mail scope (the fake's access check refuses it otherwise).
 */
import { type Requirement, SCOPES } from "./access";
import { FakeObject } from "./expose";

export interface MailRecord {
  to: string;
  subject: string;
  body: string;
}

/** The consumer-account daily quota of recipients (guides/services/quotas). */
const DAILY_RECIPIENTS = 100;

export class FakeMailApp extends FakeObject {
  readonly _kind = "MailApp";

  constructor(readonly sent: MailRecord[]) {
    super();
  }

  override _requires(): Requirement {
    return { scopes: [SCOPES.sendMail] };
  }

  sendEmail(recipient: string, subject: string, body: string): void {
    if (this.getRemainingDailyQuota() <= 0)
      throw new Error("Service invoked too many times for one day: email.");
    this.sent.push({ to: String(recipient), subject: String(subject), body: String(body) });
  }
  getRemainingDailyQuota(): number {
    return DAILY_RECIPIENTS - this.sent.length;
  }
}

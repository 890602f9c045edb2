/** Sending a write from a sidebar form: the same steps for « Ajouter » and « Mettre à jour ». */
import type { WriteResult } from "../../gas/rpc/contract";
import type { FieldErrors, Notice } from "../shared/form";
import type { Texts } from "./texts";

export interface WriteForm {
  submit: HTMLButtonElement;
  notice: Notice;
  errors: FieldErrors;
  /** Shown while the server writes (« Ajout de l'action… »). */
  saving: string;
}

/**
 * The button is disabled while the server writes, so a double click cannot write twice; the
 * server's field errors, or the failure of the call itself, are shown in the form. `written` runs
 * only once the row is in the sheet.
 */
export async function sendWrite(
  form: WriteForm,
  texts: Texts,
  send: () => Promise<WriteResult>,
  written: (result: Extract<WriteResult, { ok: true }>) => void,
): Promise<void> {
  form.submit.disabled = true;
  form.notice.show("info", form.saving);
  try {
    const result = await send();
    if (!result.ok) {
      form.errors.show(result.errors, texts.sidebar.fixFields);
      return;
    }
    written(result);
  } catch (error) {
    form.notice.show("error", texts.sidebar.callFailed((error as Error).message));
  } finally {
    form.submit.disabled = false;
  }
}

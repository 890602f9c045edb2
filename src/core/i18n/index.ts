import type { Language } from "../model";
import { en } from "./en";
import { fr, type Messages } from "./fr";

export type { Messages };

export function messages(language: Language): Messages {
  return language === "en" ? en : fr;
}

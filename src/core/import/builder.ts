/**
 * The plan being built: entities merged by their plan code (a heading repeated before each table
 * is the same orientation), and where each entity and field came from, for `locate`.
 */

import {
  type Action,
  newAction,
  newObjective,
  newOrientation,
  type Objective,
  type Orientation,
} from "../model";
import { normalizeKey } from "../text";
import type { Locate, Location } from "../validate/context";

export type Entity = Orientation | Objective | Action;

export interface EntityMeta {
  /** 0-based source row where the entity starts. */
  row: number;
  /** The plan's own code as written (« 3 », « 1.2 », « A »), before numbering. */
  own: string | null;
  /** Field → 0-based row and header it was read from. */
  fields: Map<string, { row: number; column: string | null }>;
}

export class PlanBuilder {
  readonly orientations: Orientation[] = [];
  readonly meta = new Map<object, EntityMeta>();
  private readonly orientationKeys = new Map<string, Orientation>();
  private readonly objectiveKeys = new Map<Orientation, Map<string, Objective>>();
  private anonymous = 0;

  /** The orientation with this code (or this title when uncoded); `merged` when it already existed. */
  orientation(code: string | null, title: string, row: number): { entity: Orientation; merged: boolean } {
    const key = this.key(code, title);
    const existing = this.orientationKeys.get(key);
    if (existing) return { entity: existing, merged: true };
    const entity = newOrientation({ code: "", title });
    this.orientations.push(entity);
    this.orientationKeys.set(key, entity);
    this.track(entity, row, code);
    if (title) this.field(entity, "title", row, null);
    return { entity, merged: false };
  }

  /** The objective with this code (or title) under this orientation and group. */
  objective(
    orientation: Orientation,
    group: string | null,
    code: string | null,
    title: string,
    row: number,
  ): { entity: Objective; merged: boolean } {
    const keys = this.objectiveKeys.get(orientation) ?? new Map<string, Objective>();
    this.objectiveKeys.set(orientation, keys);
    const key = `${normalizeKey(group ?? "")}|${this.key(code, title)}`;
    const existing = keys.get(key);
    if (existing) return { entity: existing, merged: true };
    const entity = newObjective({ code: "", title, group });
    orientation.objectives.push(entity);
    keys.set(key, entity);
    this.track(entity, row, code);
    return { entity, merged: false };
  }

  action(objective: Objective, own: string | null, title: string, row: number): Action {
    const entity = newAction({ code: "", title });
    objective.actions.push(entity);
    this.track(entity, row, own);
    return entity;
  }

  /** Records that `field` of `entity` was read at this row, under this header (null: a heading line). */
  field(entity: object, field: string, row: number, column: string | null): void {
    const meta = this.meta.get(entity);
    if (meta && !meta.fields.has(field)) meta.fields.set(field, { row, column });
  }

  locate(sheet: string): Locate {
    return (entity, field): Location => {
      const meta = this.meta.get(entity);
      if (!meta) return { sheet: null, row: null, column: null };
      const name = field === "ownersText" ? "owners" : field;
      const source =
        meta.fields.get(name) ?? (field in entity ? undefined : meta.fields.get(`extra:${field}`));
      return { sheet, row: (source?.row ?? meta.row) + 1, column: source?.column ?? null };
    };
  }

  private key(code: string | null, title: string): string {
    if (code) return `#${code}`;
    const normalized = normalizeKey(title);
    return normalized ? `t:${normalized}` : `anonymous:${this.anonymous++}`;
  }

  private track(entity: object, row: number, own: string | null): void {
    this.meta.set(entity, { row, own, fields: new Map() });
  }
}

/** The one internal shape every input form normalises into. Elements only ever see these. */
import type { Period } from '../period/period.js';
import type { Direction, ObservationKind, TargetOp, Unit } from './units.js';

export interface Text {
  readonly vi: string;
  readonly en?: string;
  /** The English is the project's translation, not the source's words. */
  readonly translated?: boolean;
  readonly corrections?: readonly string[];
}

export interface Source {
  readonly id: string;
  readonly title: Text;
  readonly date: Period;
  readonly publisher?: string;
  readonly url?: string;
  readonly file?: string;
  readonly footnotes?: Readonly<Record<string, Text>>;
}

interface Provenance {
  readonly source?: Source;
  readonly locator?: string;
  readonly footnote?: string;
}

export interface Observation extends Provenance {
  readonly period: Period;
  readonly value?: number;
  readonly total?: number;
  readonly text?: Text;
  readonly done?: boolean;
  readonly completed?: Period;
  readonly kind: ObservationKind;
  readonly note?: Text;
}

export type TargetKind = 'threshold' | 'exact' | 'count' | 'milestone';

export interface ValueTarget extends Provenance {
  /** `exact` for `=`, `count` when a total is given ("25/25"), otherwise `threshold`. */
  readonly kind: 'threshold' | 'exact' | 'count';
  readonly period: Period;
  readonly op: TargetOp;
  readonly value: number;
  readonly total?: number;
  readonly text?: Text;
}

export interface MilestoneTarget extends Provenance {
  readonly kind: 'milestone';
  readonly due: Period;
  readonly text?: Text;
}

export type Target = ValueTarget | MilestoneTarget;

export interface Indicator {
  readonly id: string;
  readonly name: Text;
  readonly kind: 'measure' | 'milestone';
  readonly description?: Text;
  readonly pillar?: string;
  readonly agencies: readonly string[];
  readonly unit: Unit;
  readonly unitLabel?: Text;
  readonly direction: Direction;
  /** Figures are levels (a stock, a rate) that compare across periods of any length. */
  readonly level?: true;
  /** Chronological; several figures for one period (from different reports) all kept. */
  readonly observations: readonly Observation[];
  readonly targets: readonly Target[];
  readonly note?: Text;
  /**
   * A short form written without a period: its figures stand for "now". They are filed under the
   * current year so they order and compare, but no element shows that year, and they are judged
   * whatever the date: the author never wrote one.
   */
  readonly undated?: true;
}

export interface RegionalValues extends Provenance {
  readonly type: 'values';
  readonly indicator: string;
  readonly period?: Period;
  readonly boundaries?: 'vn-63' | 'vn-34';
  readonly values: Readonly<Record<string, number>>;
  readonly illustrative: boolean;
}

export interface RegionalCategory extends Provenance {
  readonly id: string;
  readonly name: Text;
  readonly provinces: readonly string[];
}

export interface RegionalCategories extends Provenance {
  readonly type: 'categories';
  readonly id: string;
  readonly name: Text;
  readonly boundaries?: 'vn-63' | 'vn-34';
  readonly categories: readonly RegionalCategory[];
}

export type Regional = RegionalValues | RegionalCategories;

export interface ReportTable extends Provenance {
  readonly id: string;
  readonly title: Text;
  readonly period?: Period;
  readonly groupBy: 'status' | 'pillar' | 'none';
  readonly indicators: readonly string[];
  /** Row numbers as the report prints them ("36" after "28"); null for an unnumbered sub-row. */
  readonly numbers?: readonly (string | null)[];
}

export interface Dataset {
  readonly source?: Source;
  /** Every report the dataset cites, its own `source` first. */
  readonly sources: readonly Source[];
  readonly pillars: readonly { readonly id: string; readonly name: Text }[];
  readonly indicators: readonly Indicator[];
  readonly regional: readonly Regional[];
  readonly tables: readonly ReportTable[];
}

/** Every verdict the status engine can return. */
export const VERDICTS = [
  'achieved',
  'not-achieved',
  'on-track',
  'at-risk',
  'overdue',
  'achieved-late',
  'no-data',
  'no-target',
] as const;

export type Verdict = (typeof VERDICTS)[number];

/** Whether a verdict is good news, bad news or neither: for colour tokens and icons. */
export type VerdictTone = 'positive' | 'negative' | 'caution' | 'neutral';

export const VERDICT_TONE: Readonly<Record<Verdict, VerdictTone>> = {
  achieved: 'positive',
  'on-track': 'positive',
  'achieved-late': 'caution',
  'at-risk': 'caution',
  'not-achieved': 'negative',
  overdue: 'negative',
  'no-data': 'neutral',
  'no-target': 'neutral',
};

/** A text symbol per verdict, so status never depends on colour alone. */
export const VERDICT_SYMBOL: Readonly<Record<Verdict, string>> = {
  achieved: '✓',
  'on-track': '↗',
  'achieved-late': '✓',
  'at-risk': '!',
  'not-achieved': '✗',
  overdue: '◷',
  'no-data': '–',
  'no-target': '○',
};

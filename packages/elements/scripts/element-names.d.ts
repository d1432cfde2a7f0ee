/** Element folder names, sorted: `['indicator-card', 'kpi-gauge', …]`. */
export function elementNames(): string[];

// What the family knows about the baby, in plain words for the handout: the age (the scenario's
// start, which the model uses), the weight when known (the scenario's infant.weightKg, which
// scales the baby's need) and wet diapers a day (told by the family, kept with the walkthrough).
import type { Language, WalkthroughBeat } from '../contract/parent';
import type { Scenario } from '../sim/scenario';
import { localNumber, makeSay } from '../charts/chart-words';
import { CATALOGS, fill } from './catalog';

/** Under four weeks a parent counts days; after that, weeks. */
const DAYS_UNTIL_WEEKS = 28;

export function babyAgeDays(scenario: Scenario): number {
  return Math.round(scenario.start.postpartumHours / 24);
}

export function babyLines(
  language: Language,
  scenario: Scenario,
  beat: WalkthroughBeat | null,
): string[] {
  const h = CATALOGS[language].handout;
  const lines: string[] = [];
  const days = babyAgeDays(scenario);
  if (days >= 0) {
    // "0 days old" and "1 days old" are not how a parent says it.
    lines.push(
      days === 0
        ? h.babyNewborn
        : days === 1
          ? h.babyOneDay
          : days < DAYS_UNTIL_WEEKS
            ? fill(h.babyDays, { days })
            : fill(h.babyWeeks, { weeks: Math.round(days / 7) }),
    );
  }
  const kg = scenario.infant?.weightKg;
  // To 0.1 kg, with the family's decimal mark, as the handout's charts write their numbers.
  const say = makeSay(CATALOGS[language].chartWords);
  if (kg !== undefined) lines.push(fill(h.babyWeight, { kg: localNumber(kg.toFixed(1), say) }));
  const wet = beat?.baby?.wetDiapersPerDay;
  if (wet !== undefined) lines.push(fill(h.babyWet, { count: wet }));
  return lines;
}

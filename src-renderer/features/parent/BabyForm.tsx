// What the family knows about the baby: age in days (the scenario's start), and when known the
// weight (the scenario's infant.weightKg, which the model's need follows) and wet diapers a day
// (kept with the walkthrough for the handout).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIO_LIMITS } from '../../../src-main/sim/scenario';

export interface Baby {
  ageDays: number;
  weightKg?: number;
  wetDiapersPerDay?: number;
}

interface Props {
  baby: Baby;
  onUse: (baby: Baby) => void;
}

const MAX_AGE_DAYS = Math.floor(SCENARIO_LIMITS.postpartumHours.max / 24);
const { min: MIN_KG, max: MAX_KG } = SCENARIO_LIMITS.weightKg;

export function BabyForm({ baby, onUse }: Props) {
  const { t } = useTranslation();
  const [age, setAge] = useState(String(baby.ageDays));
  const [weight, setWeight] = useState(baby.weightKg === undefined ? '' : String(baby.weightKg));
  const [wet, setWet] = useState(
    baby.wetDiapersPerDay === undefined ? '' : String(baby.wetDiapersPerDay),
  );
  // A decimal comma is how many families write a weight.
  const number = (text: string) => Number(text.trim().replace(',', '.'));
  const ageDays = Math.round(number(age));
  const kg = number(weight);
  const wetCount = Math.round(number(wet));
  const ageOk = age.trim() !== '' && ageDays >= 0 && ageDays <= MAX_AGE_DAYS;
  const kgOk = weight.trim() === '' || (kg >= MIN_KG && kg <= MAX_KG);
  const wetOk = wet.trim() === '' || (wetCount >= 0 && wetCount <= 30);
  return (
    <form
      className="baby-form"
      aria-label={t('ui.babyTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ageOk || !kgOk || !wetOk) return;
        onUse({
          ageDays,
          ...(weight.trim() === '' ? {} : { weightKg: Math.round(kg * 100) / 100 }),
          ...(wet.trim() === '' ? {} : { wetDiapersPerDay: wetCount }),
        });
      }}
    >
      <h3>{t('ui.babyTitle')}</h3>
      <label>
        {t('ui.babyAge')}
        <input
          inputMode="numeric"
          value={age}
          aria-invalid={!ageOk}
          onChange={(e) => setAge(e.target.value)}
        />
      </label>
      <label>
        {t('ui.babyWeight')}
        <input
          inputMode="decimal"
          value={weight}
          aria-invalid={!kgOk}
          onChange={(e) => setWeight(e.target.value)}
        />
      </label>
      <label>
        {t('ui.babyWet')}
        <input
          inputMode="numeric"
          value={wet}
          aria-invalid={!wetOk}
          onChange={(e) => setWet(e.target.value)}
        />
      </label>
      {!kgOk && <p role="alert">{t('ui.babyWeightRange', { min: MIN_KG, max: MAX_KG })}</p>}
      <button type="submit" aria-disabled={!ageOk || !kgOk || !wetOk}>
        {t('ui.useBaby')}
      </button>
    </form>
  );
}

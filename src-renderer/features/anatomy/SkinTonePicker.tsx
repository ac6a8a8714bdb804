// Chooses the drawing's skin tone: a labelled list (its names are what a screen reader and the
// keyboard use) with a swatch of the tone beside it, so the colour is never the only signal.
import { useId } from 'react';
import { useT } from '../../app/i18n';
import { isSkinTone, setSkinTone, SKIN_TONES, useSkinTone } from './skinTones';

export function SkinTonePicker() {
  const tone = useSkinTone();
  const id = useId();
  const { t } = useT('anatomy');
  return (
    <span className="skin-tone-picker">
      <label htmlFor={id}>{t('skinTone.label')}</label>
      <select
        id={id}
        value={tone}
        onChange={(e) => {
          if (isSkinTone(e.target.value)) setSkinTone(e.target.value);
        }}
      >
        {SKIN_TONES.map((tone) => (
          <option key={tone.id} value={tone.id}>
            {t(tone.name)}
          </option>
        ))}
      </select>
      <span className="skin-tone-swatch" aria-hidden="true" />
    </span>
  );
}

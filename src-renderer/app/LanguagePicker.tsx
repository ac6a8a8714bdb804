import { LanguageOptions } from './LanguageOptions';
import { setUiLanguage, uiLanguage, useT } from './i18n';

/** The interface language, English or Spanish; remembered on this computer. */
export function LanguagePicker() {
  const { t } = useT('app');
  return (
    // The select's options name the languages in their own words, so the label is for screen
    // readers only and the header keeps to one row on a 1280-px projector.
    <label className="language-picker">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={uiLanguage()}
        onChange={(e) => setUiLanguage(e.currentTarget.value === 'es' ? 'es' : 'en')}
      >
        <LanguageOptions />
      </select>
    </label>
  );
}

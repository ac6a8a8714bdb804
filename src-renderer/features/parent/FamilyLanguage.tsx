// The family's language in the parent view: English or Spanish for the walkthrough, the forms the
// family fills in and the handout. A clinician control, so it is named in the interface language.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../src-main/contract/parent';
import { LANGUAGE_NAMES } from '../../../src-main/walkthrough/catalog';
import { LanguageOptions } from '../../app/LanguageOptions';
import { uiLanguage, useT } from '../../app/i18n';

export function FamilyLanguage() {
  const { t } = useT('parent');
  const { i18n } = useTranslation();
  return (
    <label className="inline" lang={uiLanguage()}>
      {LANGUAGES.map((l) => LANGUAGE_NAMES[l]).join(' · ')}
      <select
        aria-label={t('familyLanguage')}
        value={i18n.language}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
      >
        <LanguageOptions />
      </select>
    </label>
  );
}

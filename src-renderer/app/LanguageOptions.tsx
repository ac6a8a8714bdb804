import { LANGUAGES } from '../../src-main/contract/parent';
import { LANGUAGE_NAMES } from '../../src-main/walkthrough/catalog';

/** The options of every language list: each language named in its own words and voice. */
export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </>
  );
}

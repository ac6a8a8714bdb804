// The clinician interface's message catalogs, English and Spanish, one file per screen area in
// resources/content/clinician/<language>/. Pure data, so the renderer (react-i18next), the main
// side's labels and the catalog tests read the same words.
import type { Language } from '../contract/parent';
import en_common from '../../resources/content/clinician/en/common.json';
import en_app from '../../resources/content/clinician/en/app.json';
import en_home from '../../resources/content/clinician/en/home.json';
import en_cases from '../../resources/content/clinician/en/cases.json';
import en_sim from '../../resources/content/clinician/en/sim.json';
import en_timeline from '../../resources/content/clinician/en/timeline.json';
import en_charts from '../../resources/content/clinician/en/charts.json';
import en_anatomy from '../../resources/content/clinician/en/anatomy.json';
import en_lessons from '../../resources/content/clinician/en/lessons.json';
import en_slides from '../../resources/content/clinician/en/slides.json';
import en_library from '../../resources/content/clinician/en/library.json';
import en_imports from '../../resources/content/clinician/en/imports.json';
import en_backups from '../../resources/content/clinician/en/backups.json';
import en_validation from '../../resources/content/clinician/en/validation.json';
import en_evidence from '../../resources/content/clinician/en/evidence.json';
import en_glossary from '../../resources/content/clinician/en/glossary.json';
import en_parent from '../../resources/content/clinician/en/parent.json';
import en_fields from '../../resources/content/clinician/en/fields.json';
import en_chartWords from '../../resources/content/clinician/en/chartWords.json';
import es_common from '../../resources/content/clinician/es/common.json';
import es_app from '../../resources/content/clinician/es/app.json';
import es_home from '../../resources/content/clinician/es/home.json';
import es_cases from '../../resources/content/clinician/es/cases.json';
import es_sim from '../../resources/content/clinician/es/sim.json';
import es_timeline from '../../resources/content/clinician/es/timeline.json';
import es_charts from '../../resources/content/clinician/es/charts.json';
import es_anatomy from '../../resources/content/clinician/es/anatomy.json';
import es_lessons from '../../resources/content/clinician/es/lessons.json';
import es_slides from '../../resources/content/clinician/es/slides.json';
import es_library from '../../resources/content/clinician/es/library.json';
import es_imports from '../../resources/content/clinician/es/imports.json';
import es_backups from '../../resources/content/clinician/es/backups.json';
import es_validation from '../../resources/content/clinician/es/validation.json';
import es_evidence from '../../resources/content/clinician/es/evidence.json';
import es_glossary from '../../resources/content/clinician/es/glossary.json';
import es_parent from '../../resources/content/clinician/es/parent.json';
import es_fields from '../../resources/content/clinician/es/fields.json';
import es_chartWords from '../../resources/content/clinician/es/chartWords.json';

export const CLINICIAN_NAMESPACES = [
  'common',
  'app',
  'home',
  'cases',
  'sim',
  'timeline',
  'charts',
  'anatomy',
  'lessons',
  'slides',
  'library',
  'imports',
  'backups',
  'validation',
  'evidence',
  'glossary',
  'parent',
  'fields',
  'chartWords',
] as const;
export type ClinicianNamespace = (typeof CLINICIAN_NAMESPACES)[number];

/** A catalog: nested objects of strings, `{{name}}` placeholders as i18next writes them. */
export interface Messages {
  [key: string]: string | Messages;
}

export const CLINICIAN_CATALOGS: Record<Language, Record<ClinicianNamespace, Messages>> = {
  en: {
    common: en_common,
    app: en_app,
    home: en_home,
    cases: en_cases,
    sim: en_sim,
    timeline: en_timeline,
    charts: en_charts,
    anatomy: en_anatomy,
    lessons: en_lessons,
    slides: en_slides,
    library: en_library,
    imports: en_imports,
    backups: en_backups,
    validation: en_validation,
    evidence: en_evidence,
    glossary: en_glossary,
    parent: en_parent,
    fields: en_fields,
    chartWords: en_chartWords,
  },
  es: {
    common: es_common,
    app: es_app,
    home: es_home,
    cases: es_cases,
    sim: es_sim,
    timeline: es_timeline,
    charts: es_charts,
    anatomy: es_anatomy,
    lessons: es_lessons,
    slides: es_slides,
    library: es_library,
    imports: es_imports,
    backups: es_backups,
    validation: es_validation,
    evidence: es_evidence,
    glossary: es_glossary,
    parent: es_parent,
    fields: es_fields,
    chartWords: es_chartWords,
  },
};

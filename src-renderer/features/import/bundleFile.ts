// Reading a bundle file for the import preview: which kind it is and what it says it holds.
// Nothing here validates the cases themselves; the import does that, for the whole file, before
// it writes anything.
import { tr } from '../../app/i18n';
import { BUNDLE_FORMAT } from '../../../src-main/contract/cases';
import { bundleKindOf, type BundleKind } from '../../../src-main/contract/desktop';
import { LESSON_BUNDLE_FORMAT } from '../../../src-main/contract/lessons';

export interface BundlePreview {
  fileName: string;
  kind: BundleKind;
  bundle: unknown;
  /** Titles of the lessons (lesson bundle) or the cases (case bundle), as the file gives them. */
  titles: string[];
  /** Cases in the file: all of a case bundle's, or those a lesson bundle brings with it. */
  caseCount: number;
}

const FORMATS: Record<string, BundleKind> = {
  [BUNDLE_FORMAT]: 'cases',
  [LESSON_BUNDLE_FORMAT]: 'lesson',
};

function titlesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    const title = (item as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? title : tr('imports', 'bundle.untitled');
  });
}

/** Throws an Error whose message says, in one line, why the file is not a bundle. */
export function previewBundle(fileName: string, text: string): BundlePreview {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch (error) {
    throw new Error(
      tr('imports', 'bundle.notJson', { file: fileName, error: (error as Error).message }),
    );
  }
  const format = (bundle as { format?: unknown } | null)?.format;
  const kind = (typeof format === 'string' ? FORMATS[format] : undefined) ?? bundleKindOf(fileName);
  if (!kind) {
    throw new Error(
      tr('imports', 'bundle.unknownFormat', {
        file: fileName,
        format: JSON.stringify(format ?? null),
      }),
    );
  }
  const body = bundle as { cases?: unknown; lessons?: unknown };
  return {
    fileName,
    kind,
    bundle,
    titles: titlesOf(kind === 'lesson' ? body.lessons : body.cases),
    caseCount: Array.isArray(body.cases) ? body.cases.length : 0,
  };
}

// The handout before it is downloaded: the clinician chooses the steps, whether a what-if goes
// in and which (none unless chosen), the paper, the language, and whether their own case title
// and the parent's name are printed. Every change makes the PDF anew on the main side and shows
// each of its pages here (pdf.js draws the file itself); Download saves exactly the file shown,
// and is held back while a preview of the current choices is still being made. It opens with focus
// on its heading and Esc closes it (the parent view gives focus back to the button that opened it).
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PAPERS,
  type FeedingPattern,
  type Language,
  type ParentHandoutResponse,
  type Paper,
  type WalkthroughBeat,
} from '../../../src-main/contract/parent';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import { CATALOGS, titleKey } from '../../../src-main/walkthrough/catalog';
import type { WalkthroughStep } from '../../../src-main/walkthrough/steps';
import { whatIfsFor, type WhatIf } from '../../../src-main/walkthrough/what-if';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { downloadFiles } from '../charts/download';
import { HandoutDrawings, type StepDrawings } from './HandoutDrawings';
import { currentLanguage } from './i18n';
import { LanguageOptions } from '../../app/LanguageOptions';
import { drawPage, openPdf } from './pdfPages';

interface Props {
  scenario: Scenario;
  /** The run the steps were made from: each step's drawing is taken from it. */
  trace: Trace;
  steps: WalkthroughStep[];
  beat: WalkthroughBeat;
  /** The family's title as set in the view; empty: the neutral title of the chosen language. */
  parentTitle: string;
  caseTitle: string;
  /** The case title's language: English for a built-in case; none for the clinician's own words. */
  caseTitleLang: 'en' | undefined;
  parentFirstName: string | undefined;
  parentNotes: string;
  pattern: FeedingPattern | null;
  onClose: () => void;
}

interface Choices {
  kinds: string[];
  whatIf: WhatIf | null;
  paper: Paper;
  language: Language;
  showCaseTitle: boolean;
  showName: boolean;
}

const PAGE_WIDTH_PX = 420;
/** Typing in a choice makes one preview, not one per keystroke. */
const SETTLE_MS = 250;

function PdfPage({ pdf, n, label }: { pdf: PDFDocumentProxy; n: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) void drawPage(pdf, n, canvas.current, PAGE_WIDTH_PX);
  }, [pdf, n]);
  return (
    <figure className="handout-page">
      <canvas ref={canvas} role="img" aria-label={label} data-testid="handout-page" />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

/** Where the case title goes in a translated sentence (an invisible separator, not in any title). */
const TITLE_MARK = '\u2063';

/**
 * The choice to print the case title, in the family's language around the title: a built-in
 * case's title is English and says so (`lang`), so a screen reader reads it in English; the
 * clinician's own title is in whatever language they wrote it, which nothing here knows.
 */
function CaseTitleChoice(props: { template: string; title: string; lang: 'en' | undefined }) {
  const [before = '', after = ''] = props.template.split(TITLE_MARK);
  return (
    <>
      {before}
      <span lang={props.lang}>{props.title}</span>
      {after}
    </>
  );
}

export function HandoutPreview(props: Props) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Choices>(() => ({
    kinds: props.steps.map((s) => s.kind),
    whatIf: null,
    paper: 'A4',
    language: currentLanguage(),
    showCaseTitle: false,
    showName: false,
  }));
  const key = JSON.stringify(choices);
  const [shown, setShown] = useState<{
    key: string;
    file: ParentHandoutResponse;
    pdf: PDFDocumentProxy;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each step's drawing, taken once from the screen: the preview waits for them.
  const [drawings, setDrawings] = useState<StepDrawings | null>(null);
  const { scenario, steps, beat, parentTitle, caseTitle, parentFirstName, parentNotes, pattern } =
    props;
  const { onClose } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening moves focus into the preview, at its start, so reading goes on from its title.
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (drawings === null) return;
    let live = true;
    const timer = setTimeout(() => {
      const chosen = beat.steps.filter((s) => choices.kinds.includes(s.kind));
      const pictures = chosen.flatMap((s) => {
        const drawing = drawings[s.kind];
        return drawing ? [{ kind: s.kind, drawing }] : [];
      });
      const title = parentTitle.trim() || CATALOGS[choices.language].handout.title;
      call('parent.handout', {
        scenario,
        parentTitle: title,
        ...(choices.showCaseTitle ? { caseTitle } : {}),
        ...(choices.showName && parentFirstName ? { personal: { parentFirstName } } : {}),
        language: choices.language,
        paper: choices.paper,
        walkthrough: { ...beat, steps: chosen },
        drawings: pictures,
        parentNotes,
        ...(choices.whatIf ? { whatIf: choices.whatIf } : {}),
        ...(pattern ? { pattern } : {}),
      })
        .then(async (file) => {
          const pdf = await openPdf(file.base64);
          if (live) {
            setShown({ key, file, pdf });
            setError(null);
          }
        })
        .catch((e: unknown) => {
          if (live) setError(errorText(e, {}, currentLanguage()));
        });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [
    key,
    choices,
    scenario,
    beat,
    parentTitle,
    caseTitle,
    parentFirstName,
    parentNotes,
    pattern,
    drawings,
  ]);

  const ready = shown !== null && shown.key === key;
  const set = (patch: Partial<Choices>) => setChoices((c) => ({ ...c, ...patch }));
  const toggle = (kind: string) =>
    set({
      kinds: choices.kinds.includes(kind)
        ? choices.kinds.filter((k) => k !== kind)
        : steps.map((s) => s.kind).filter((k) => k === kind || choices.kinds.includes(k)),
    });
  const pages = shown ? shown.pdf.numPages : 0;
  return (
    <section
      className="handout-preview"
      aria-labelledby="handout-preview-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="handout-preview-title" ref={heading} tabIndex={-1}>
        {t('ui.previewTitle')}
      </h2>
      <div className="handout-choices">
        <fieldset>
          <legend>{t('ui.previewSteps')}</legend>
          {steps.map((s) => (
            <label key={s.kind} className="block">
              <input
                type="checkbox"
                checked={choices.kinds.includes(s.kind)}
                onChange={() => toggle(s.kind)}
              />{' '}
              {s.title ?? t(titleKey(s))}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('ui.previewWhatIf')}</legend>
          {[null, ...whatIfsFor(pattern)].map((w) => (
            <label key={w ?? 'none'} className="block">
              <input
                type="radio"
                name="handout-what-if"
                checked={choices.whatIf === w}
                onChange={() => set({ whatIf: w })}
              />{' '}
              {w === null ? t('ui.whatIfNone') : t(`whatIf.${w}`)}
            </label>
          ))}
        </fieldset>
        <label className="block">
          {t('ui.paper')}
          <select value={choices.paper} onChange={(e) => set({ paper: e.target.value as Paper })}>
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {p === 'A4' ? 'A4' : 'US Letter'}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {t('ui.handoutLanguage')}
          <select
            value={choices.language}
            onChange={(e) => set({ language: e.target.value as Language })}
          >
            <LanguageOptions />
          </select>
        </label>
        <label className="block">
          <input
            type="checkbox"
            checked={choices.showCaseTitle}
            onChange={(e) => set({ showCaseTitle: e.target.checked })}
          />{' '}
          <CaseTitleChoice
            template={t('ui.showCaseTitle', { title: TITLE_MARK })}
            title={caseTitle}
            lang={props.caseTitleLang}
          />
        </label>
        {parentFirstName && (
          <label className="block">
            <input
              type="checkbox"
              checked={choices.showName}
              onChange={(e) => set({ showName: e.target.checked })}
            />{' '}
            {t('ui.showName', { name: parentFirstName })}
          </label>
        )}
        <div className="handout-actions">
          <button
            type="button"
            className="primary"
            aria-disabled={!ready}
            onClick={() => {
              if (ready) downloadFiles([shown.file]);
            }}
          >
            {t('ui.downloadThis')}
          </button>
          <button type="button" onClick={onClose}>
            {t('ui.closePreview')}
          </button>
        </div>
        {!ready && !error && <p role="status">{t('ui.previewing')}</p>}
        {error && <p role="alert">{error}</p>}
      </div>
      {drawings === null && (
        <HandoutDrawings
          trace={props.trace}
          scenario={scenario}
          steps={steps}
          onTaken={setDrawings}
        />
      )}
      <div className="handout-pages" aria-busy={!ready} data-testid="handout-pages">
        {shown &&
          Array.from({ length: pages }, (_, i) => (
            <PdfPage
              key={`${shown.key}-${i}`}
              pdf={shown.pdf}
              n={i + 1}
              label={t('ui.previewPage', { n: i + 1, m: pages })}
            />
          ))}
      </div>
    </section>
  );
}

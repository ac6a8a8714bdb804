// The keyboard route to every drawn structure: the drawing is one role="img", so its parts are
// listed here as buttons. Focusing one highlights it in the drawing and opens its card;
// clicking it (or Enter) also zooms the drawing to it. Arrow keys move through the list.
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../app/i18n';
import { glyphPath, HORMONES } from '../../lib/hormones';
import type { AnatomyMode } from '../anatomy/geometry';

/** Each drawn structure and the key of its name in the sim catalog. */
const STRUCTURES: readonly { id: string; label: string; classicalOnly?: boolean }[] = [
  { id: 'lobe', label: 'structures.lobe' },
  { id: 'lobule', label: 'structures.lobule' },
  { id: 'alveolus', label: 'structures.alveolus' },
  { id: 'lactocyte', label: 'structures.lactocytes' },
  { id: 'myoepithelial-cell', label: 'structures.myoepithelialCells' },
  { id: 'duct', label: 'structures.duct' },
  { id: 'sinus', label: 'structures.milkSinus', classicalOnly: true },
  { id: 'nipple', label: 'structures.nipple' },
  { id: 'areola', label: 'structures.areola' },
  { id: 'montgomery-gland', label: 'structures.montgomeryGlands' },
  { id: 'nerve', label: 'structures.nervePath' },
  { id: 'hypothalamus', label: 'structures.hypothalamus' },
  { id: 'pituitary', label: 'structures.pituitary' },
  { id: 'bloodstream', label: 'structures.bloodstream' },
  { id: 'intake', label: 'readouts.intake' },
];

interface Props {
  mode: AnatomyMode;
  selected: string | null;
  onSelect: (id: string) => void;
  /** A click or Enter (not mere focus): the drawing zooms to the structure. */
  onActivate: (id: string) => void;
  /** The glossary card's id and the id of its plain-words text, which describes the pressed item. */
  cardId: string;
  cardTextId: string | undefined;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * One tab stop (roving tabindex): the arrow keys, Home and End move through the items, each
 * focus opening its card, and Tab goes on to the card that follows the list.
 */
export const StructureList = memo(function StructureList({
  mode,
  selected,
  onSelect,
  onActivate,
  cardId,
  cardTextId,
}: Props) {
  const { t } = useT('sim');
  const items = [
    ...STRUCTURES.filter((s) => mode === 'classical' || !s.classicalOnly).map((s) => ({
      id: s.id,
      label: t(s.label),
      glyph: null,
      zooms: true,
    })),
    ...HORMONES.map((h) => ({
      id: h.name,
      label: t(`hormones.${h.name}`),
      glyph: h,
      zooms: false,
    })),
  ];
  const [active, setActive] = useState(0);
  const selectedIndex = items.findIndex((item) => item.id === selected);
  const stop = selectedIndex >= 0 ? selectedIndex : Math.min(active, items.length - 1);
  const listRef = useRef<HTMLUListElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
    // Taken here, so the key table does not step the timeline.
    e.preventDefault();
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    buttons[move(stop, items.length)]?.focus();
  };
  return (
    <nav className="structure-list" aria-label={t('structures.region')}>
      <ul ref={listRef} onKeyDown={onKeyDown}>
        {items.map((item, i) => (
          <li key={item.id}>
            <button
              type="button"
              data-structure={item.id}
              tabIndex={i === stop ? 0 : -1}
              aria-pressed={selected === item.id}
              aria-controls={cardId}
              aria-describedby={selected === item.id ? cardTextId : undefined}
              onFocus={() => {
                setActive(i);
                onSelect(item.id);
              }}
              onClick={() => {
                onSelect(item.id);
                if (item.zooms) onActivate(item.id);
              }}
            >
              {item.glyph && (
                <>
                  <svg width="18" height="18" viewBox="-10 -10 20 20" aria-hidden="true">
                    <path
                      d={glyphPath(item.glyph.shape, 7)}
                      className={`hormone ${item.glyph.name}`}
                    />
                  </svg>{' '}
                </>
              )}
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});

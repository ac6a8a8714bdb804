// The keyboard route to every drawn structure: the drawing is one role="img", so its parts are
// listed here as buttons. Focusing one highlights it in the drawing and opens its card;
// clicking it (or Enter) also zooms the drawing to it.
import { memo } from 'react';
import { glyphPath, HORMONES } from '../../lib/hormones';
import type { AnatomyMode } from '../anatomy/geometry';

const STRUCTURES: readonly { id: string; label: string; classicalOnly?: boolean }[] = [
  { id: 'lobe', label: 'Lobe' },
  { id: 'lobule', label: 'Lobule' },
  { id: 'alveolus', label: 'Alveolus' },
  { id: 'lactocyte', label: 'Lactocytes' },
  { id: 'myoepithelial-cell', label: 'Myoepithelial cells' },
  { id: 'duct', label: 'Duct' },
  { id: 'sinus', label: 'Milk sinus', classicalOnly: true },
  { id: 'nipple', label: 'Nipple' },
  { id: 'areola', label: 'Areola' },
  { id: 'montgomery-gland', label: 'Montgomery glands' },
  { id: 'nerve', label: 'Nerve path' },
  { id: 'hypothalamus', label: 'Hypothalamus' },
  { id: 'pituitary', label: 'Pituitary' },
  { id: 'bloodstream', label: 'Bloodstream' },
  { id: 'intake', label: "Baby's intake" },
];

interface Props {
  mode: AnatomyMode;
  selected: string | null;
  onSelect: (id: string) => void;
  /** A click or Enter (not mere focus): the drawing zooms to the structure. */
  onActivate: (id: string) => void;
}

export const StructureList = memo(function StructureList({
  mode,
  selected,
  onSelect,
  onActivate,
}: Props) {
  const items = STRUCTURES.filter((s) => mode === 'classical' || !s.classicalOnly);
  return (
    <nav className="structure-list" aria-label="Structures and hormones">
      <ul>
        {items.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              data-structure={s.id}
              aria-pressed={selected === s.id}
              onFocus={() => onSelect(s.id)}
              onClick={() => {
                onSelect(s.id);
                onActivate(s.id);
              }}
            >
              {s.label}
            </button>
          </li>
        ))}
        {HORMONES.map((h) => (
          <li key={h.name}>
            <button
              type="button"
              data-structure={h.name}
              aria-pressed={selected === h.name}
              onFocus={() => onSelect(h.name)}
              onClick={() => onSelect(h.name)}
            >
              <svg width="18" height="18" viewBox="-10 -10 20 20" aria-hidden="true">
                <path d={glyphPath(h.shape, 7)} className={`hormone ${h.name}`} />
              </svg>{' '}
              {h.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});

// The breast cross-section. Static shapes are memoised per layout, so a frame only touches what
// the trace changes: the lobe groups' data-fill, each lobule's two alveolus paths (redrawn when
// the alveoli swell or fill by a step) and the duct flow's CSS variables.
import { memo, useMemo } from 'react';
import { CUT_ALVEOLUS_SCALE, sectionPathCache, type SectionPaths } from './alveolusPaths';
import type { Layout, Lobe as LobeShape } from './geometry';
import { NIPPLE_BASE, NIPPLE_TIP } from './geometry';

interface Props {
  layout: Layout;
  /** Lobes whose ducts were cut by surgery on the breast drawn. */
  cut: ReadonlySet<number>;
  /** Fullness 0..1 rounded to hundredths (for data-fill). */
  fill: number;
  /** Scale of each alveolus and of the milk in it, in the frame model's steps. */
  alveolusScale: number;
  milkScale: number;
}

const Lobe = memo(function Lobe({
  lobe,
  fill,
  cut,
  walls,
  milk,
}: {
  lobe: LobeShape;
  fill: number;
  cut: boolean;
  walls: readonly string[];
  milk: readonly string[] | null;
}) {
  return (
    <g
      data-part="lobe"
      data-lobe={lobe.index}
      data-fill={cut ? 0 : fill}
      data-cut={cut || undefined}
      className={cut ? 'lobe lobe-cut' : 'lobe'}
    >
      <path className="lobe-outline" d={lobe.outline} />
      {lobe.lobules.map((lobule, k) => (
        <g key={k} data-part="lobule">
          <path className="ductule" d={lobule.ductule} />
          <g data-part="alveolus">
            <path className="alv-wall" d={walls[k]} />
            {milk?.[k] ? <path className="alv-milk" d={milk[k]} /> : null}
          </g>
        </g>
      ))}
    </g>
  );
});

export const Tissue = memo(function Tissue({ layout }: { layout: Layout }) {
  return (
    <g className="tissue">
      <path className="chest-wall" d={layout.chestWall} data-part="chest-wall" />
      {layout.ribs.map(([x, y]) => (
        <ellipse key={y} className="rib" cx={x} cy={y} rx={22} ry={34} />
      ))}
      <path className="skin" d={layout.skin} />
      <path className="gland-bg" d={layout.gland} />
      {layout.fat.map((f, i) => (
        <circle key={i} className="fat" cx={f.x} cy={f.y} r={f.r} />
      ))}
    </g>
  );
});

export const SurfaceParts = memo(function SurfaceParts({ layout }: { layout: Layout }) {
  return (
    <g className="surface">
      <path className="areola" d={layout.areola} data-part="areola" />
      <path className="nipple" d={layout.nipple} data-part="nipple" />
      {layout.montgomery.map(([x, y], i) => (
        <g key={i} data-part="montgomery-gland">
          <circle className="montgomery" cx={x + 2} cy={y} r={9} />
          <circle className="montgomery-gland" cx={x - 18} cy={y} r={6} />
        </g>
      ))}
      <line
        className="nipple-axis"
        x1={NIPPLE_BASE[0]}
        y1={NIPPLE_BASE[1]}
        x2={NIPPLE_TIP[0]}
        y2={NIPPLE_TIP[1]}
      />
    </g>
  );
});

function alveolusCount(layout: Layout): number {
  return layout.lobes.reduce(
    (n, lobe) => n + lobe.lobules.reduce((m, l) => m + l.alveoli.length, 0),
    0,
  );
}

/** The lobes with their lobules and alveoli: the only static part that changes (in steps). */
export const Lobes = memo(function Lobes({ layout, cut, fill, alveolusScale, milkScale }: Props) {
  const pathsAt = useMemo(() => sectionPathCache(layout), [layout]);
  const walls = pathsAt.walls(alveolusScale);
  const milk = pathsAt.milk(milkScale, alveolusScale);
  // Only looked up when a lobe is cut: this runs at every step of the fullness.
  const cutWalls = cut.size > 0 ? pathsAt.walls(CUT_ALVEOLUS_SCALE) : walls;
  const count = useMemo(() => alveolusCount(layout), [layout]);
  return (
    <g className="lobes" data-alveoli={count}>
      {layout.lobes.map((lobe, i) => {
        const isCut = cut.has(lobe.index);
        const at = (paths: SectionPaths) => paths[i] ?? [];
        return (
          <Lobe
            key={lobe.index}
            lobe={lobe}
            fill={fill}
            cut={isCut}
            walls={at(isCut ? cutWalls : walls)}
            milk={isCut ? null : at(milk)}
          />
        );
      })}
    </g>
  );
});

/** Ducts, sinuses (classical view), cut marks after surgery, areola, nipple and glands. */
export const DuctsAndSurface = memo(function DuctsAndSurface({
  layout,
  cut,
}: Pick<Props, 'layout' | 'cut'>) {
  const cutDucts = layout.ducts.filter((d) => d.lobes.every((i) => cut.has(i)));
  return (
    <g className="breast-section">
      <g className="ducts">
        {layout.ducts.map((duct, i) => {
          const dry = duct.lobes.every((l) => cut.has(l));
          return (
            <g key={i} data-part="duct" data-dry={dry || undefined}>
              <path className="duct-wall" d={duct.d} />
              {duct.trunk && <path className="duct-wall duct-trunk" d={duct.trunk} />}
              {duct.branchAt && (
                <circle className="duct-branch" cx={duct.branchAt[0]} cy={duct.branchAt[1]} r={6} />
              )}
            </g>
          );
        })}
      </g>
      {layout.sinuses.map((s, i) => (
        <ellipse
          key={i}
          data-part="sinus"
          className={cut.has(i) ? 'sinus sinus-dry' : 'sinus'}
          cx={s.x}
          cy={s.y}
          rx={18}
          ry={6}
          transform={`rotate(${s.angleDeg} ${s.x} ${s.y})`}
        />
      ))}
      {cutDucts.map((d, i) => (
        <g key={i} className="duct-cut" aria-hidden="true">
          <path
            d={`M${d.cutAt[0] - 8},${d.cutAt[1] - 8}l16,16M${d.cutAt[0] + 8},${d.cutAt[1] - 8}l-16,16`}
          />
        </g>
      ))}
      <SurfaceParts layout={layout} />
    </g>
  );
});

/**
 * Milk moving down the ducts, drawn on the dynamic layer: the dash offset (a CSS variable set
 * per frame) follows the volume that has flowed; cut ducts stay dry.
 */
export const DuctMilk = memo(function DuctMilk({
  layout,
  cut,
}: {
  layout: Layout;
  cut: ReadonlySet<number>;
}) {
  return (
    <g className="duct-milk-layer">
      {layout.ducts.map((duct, i) =>
        duct.lobes.every((l) => cut.has(l)) ? null : (
          <g key={i}>
            <path className="duct-milk" d={duct.d} />
            {duct.trunk && <path className="duct-milk" d={duct.trunk} />}
          </g>
        ),
      )}
    </g>
  );
});

// The breast cross-section. Static shapes are built once per layout and reused as the same
// React elements every frame, so a frame only touches what the trace changes: the lobe groups'
// data-fill and the CSS variables of their layer (alveolus scale, milk scale, duct flow).
import { memo, useMemo, type ReactElement } from 'react';
import type { Layout } from './geometry';
import { NIPPLE_BASE, NIPPLE_TIP } from './geometry';

interface Props {
  layout: Layout;
  /** Lobes whose ducts were cut by surgery on the breast drawn. */
  cut: ReadonlySet<number>;
  /** Fullness 0..1 rounded to hundredths (for data-fill). */
  fill: number;
}

function lobeChildren(layout: Layout): ReactElement[] {
  return layout.lobes.map((lobe) => (
    <g key={lobe.index}>
      <path className="lobe-outline" d={lobe.outline} />
      {lobe.lobules.map((lobule, k) => (
        <g key={k} data-part="lobule">
          <path className="ductule" d={lobule.ductule} />
          {lobule.alveoli.map((a, n) => (
            <g key={n} data-part="alveolus">
              <circle className="alv-wall" cx={a.x} cy={a.y} r={a.r} />
              <circle className="alv-milk" cx={a.x} cy={a.y} r={a.r} />
            </g>
          ))}
        </g>
      ))}
    </g>
  ));
}

const Lobe = memo(function Lobe({
  index,
  fill,
  cut,
  children,
}: {
  index: number;
  fill: number;
  cut: boolean;
  children: ReactElement;
}) {
  return (
    <g
      data-part="lobe"
      data-lobe={index}
      data-fill={cut ? 0 : fill}
      data-cut={cut || undefined}
      className={cut ? 'lobe lobe-cut' : 'lobe'}
    >
      {children}
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

/** The lobes with their lobules and alveoli: the only static part that changes (in steps). */
export const Lobes = memo(function Lobes({ layout, cut, fill }: Props) {
  const children = useMemo(() => lobeChildren(layout), [layout]);
  return (
    <g className="lobes">
      {layout.lobes.map((lobe) => (
        <Lobe key={lobe.index} index={lobe.index} fill={fill} cut={cut.has(lobe.index)}>
          {children[lobe.index]!}
        </Lobe>
      ))}
    </g>
  );
});

/** Ducts, sinuses (classical view), cut marks after surgery, areola, nipple and glands. */
export const DuctsAndSurface = memo(function DuctsAndSurface({ layout, cut }: Omit<Props, 'fill'>) {
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

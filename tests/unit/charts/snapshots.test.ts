import { describe, expect, it } from 'vitest';
import { buildChart, CHART_NAMES, serializeSvg } from '../../../src-main/charts/index';
import { fixedProvenance, syntheticTrace } from '../../fixtures/charts/fixture';
import { checkSnapshot } from './snapshot';

describe('chart SVG snapshots of the fixture scenario', () => {
  for (const chart of CHART_NAMES) {
    it(`draws the ${chart} chart as in its snapshot`, () => {
      const { tree } = buildChart(syntheticTrace(), chart, {
        caseTitle: fixedProvenance.caseTitle,
        provenance: fixedProvenance,
      });
      expect(checkSnapshot(chart, serializeSvg(tree))).toBeNull();
    });
  }

  it('draws the timeline cursor and a comparison run as in their snapshot', () => {
    const trace = syntheticTrace();
    const { tree } = buildChart(trace, 'milk-stored', {
      cursorSec: 3 * 3600,
      compare: {
        ...trace,
        channels: { ...trace.channels, leftStoredMl: trace.channels.rightStoredMl },
      },
      compareLabel: 'Right breast as left',
    });
    expect(checkSnapshot('milk-stored-cursor-compare', serializeSvg(tree))).toBeNull();
  });
});

// Pure chart building, shared by the on-screen ChartsPanel and by export.
export { buildChart, type ChartBuild, type ChartOptions } from './build-chart';
export {
  CHART_NAMES,
  CHART_SPECS,
  DAYS_CHARTS,
  FEEDS_CHART_MAX_HOURS,
  isChartName,
  type ChartName,
  type ChartSpec,
  type PanelSpec,
  type SeriesSpec,
} from './chart-specs';
export {
  CHART_STYLES,
  CHART_THEMES,
  PRESENTATION_FILE,
  PRESENTATION_TEXT_SHARE,
  PRESENTATION_THEMES,
  presentationFontPx,
  type ChartLook,
  type ChartStyle,
  type ChartTheme,
  type ChartThemeName,
} from './chart-theme';
export { naturalTimeAxis, type NaturalAxis } from './natural-time-axis';
export { beatWindow, type BeatSpan } from './beat-window';
export { canonicalJson } from './canonical-json';
export { provenanceEntries, readableProvenance, type Provenance } from './provenance';
export { el, mapTree, px, serializeSvg, type SvgNode, type AttrValue } from './svg-tree';
export { readOuts, valueAt, type ReadOut } from './value-at';
export { timeAxisFor, describeRun, type TimeAxis } from './time-axis';
export { makeSay, localNumber, type ChartWords, type Say } from './chart-words';
export { SERIES_STYLES, INK, FONT_FAMILY, seriesStyle, type SeriesStyle } from './palette';
export {
  changeApplies,
  compareRuns,
  describeChange,
  forkScenario,
  type DifferenceRow,
  type ForkChange,
} from './compare';
export {
  differenceHeadings,
  differenceCells,
  formatDifference,
  formatDifferenceValue,
  withDifferenceTable,
  type DifferenceTable,
} from './compare-table';

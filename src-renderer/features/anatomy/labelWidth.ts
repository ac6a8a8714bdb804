// How wide a label is, in em, before it is drawn: the advance widths of DejaVu Sans Bold for
// printable ASCII, read from the font file; any other character counts as a wide one. Labels are
// drawn in Inter SemiBold, 14–17 % narrower over whole labels ("Montgomery gland" 9.16 em against
// 10.65), so this is a safe upper bound, as it is for the fallback fonts if Inter fails to load.

/** Thousandths of an em for code points 32 (space) to 126 (~). */
const ADVANCE = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
const OTHER = 850;

export function labelWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += ADVANCE[(ch.codePointAt(0) ?? 0) - 32] ?? OTHER;
  return width / 1000;
}

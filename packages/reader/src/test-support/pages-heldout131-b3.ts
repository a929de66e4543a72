/**
 * Held-out batch 131, file b3: the article text of the OceanWP post in file b (title, headings, paragraphs, list).
 */
export const owTitle = 'Re-caning a 1960s chair seat with pre-woven cane';
export const owP1 = [
  'Last autumn I paid four pounds for a pair of teak dining chairs at a house clearance in Thornbury Vale. The frames were solid, the ' +
    'joints were tight, and both seats had holes you could put your foot through. Re-caning them took me one weekend and about thirty ' +
    'pounds of materials, and I would do it again tomorrow.',
  'Most mid-century chairs of this kind were made with pre-woven cane: a sheet of ready-woven cane pressed into a groove around the ' +
    'seat and held there with a strip of reed called a spline. That is good news, because it is far quicker than weaving a seat by ' +
    'hand, strand by strand.',
];
export const owRelated = 'Related: How to fix a wobbly chair joint without taking it apart';
export const owH1 = 'What you will need';
export const owList = [
  'A sheet of pre-woven cane, at least 5 cm bigger than the opening on every side',
  'Reed spline to match the width of your groove',
  'A sharp chisel and a small hammer',
  'Hardwood wedges, which you can cut from an old broom handle',
  'PVA wood glue',
  'A bucket or bath big enough to soak the cane',
];
export const owH2 = 'Step 1: Clear the old groove';
export const owP2 = [
  'Cut the old cane away close to the frame with a craft knife, then work the chisel along the groove to lift out the old spline. It ' +
    'will be brittle and stuck with decades of glue, so go slowly and do not lever against the edge of the groove, or you will chip ' +
    'it. A clean, square groove is the single most important thing for a tight seat.',
];
export const owH3 = 'Step 2: Soak the cane';
export const owP3 = [
  'Soak the sheet of cane in warm water for about half an hour, and the spline for ten minutes. Wet cane stretches, and it shrinks ' +
    'again as it dries, which is what pulls the finished seat drum-tight. If you skip the soak, the seat will sag within a month.',
];
export const owH4 = 'Step 3: Wedge the cane into the groove';
export const owP4 = [
  'Lay the wet sheet over the seat with the strands square to the front rail. Starting at the middle of the front, drive the cane ' +
    'into the groove with a wedge and leave the wedge in place. Do the same at the middle of the back, then the two sides, and work ' +
    'outwards towards the corners, always pulling the sheet gently tight across the opening.',
  'This is the step where I went wrong on the first chair. I worked all the way round one side before starting the other, and the ' +
    'weave ended up visibly skewed. On the second chair I went back and forth, a few centimetres at a time, and it came out straight.',
];
export const owH5 = 'Step 4: Glue in the spline';
export const owP5 = [
  'Run a bead of glue into the groove on top of the cane, then tap the soaked spline in with a hammer and a wooden block. Mitre the ' +
    'ends where they meet at the back. Trim the surplus cane just below the outside edge of the groove with a sharp knife, and wipe ' +
    'off any glue that squeezes out.',
  'Leave the chair somewhere warm for at least a day. As it dries, the cane will tighten until it sounds like a drum when you tap it.',
];
export const owH6 = 'Was it worth it?';
export const owP6 = [
  'Professional re-caning near me costs around ninety pounds a seat. For two chairs I spent thirty-one pounds and two afternoons, ' +
    'and I learned a skill. The only thing I would change is to buy more spline than you think you need; I ran out with one side of ' +
    'the second chair to go.',
];

import { ps, texts } from './page-kit.js';
import { j, lis } from './pages-heldout664-kit.js';

/** Held-out batch 664, file b2: the article text of the Kadence crochet pattern post of file b (HTML and gold from the same strings). */
const intro = [
  j(
    'Hexagons are my favourite shape to crochet. They grow quickly, they tessellate without any fuss, and seven of them make a',
    'flower that is exactly the right size for the front of a 40 cm cushion. This one is worked in moss stitch (also called linen',
    'stitch or granite stitch), which gives a dense, woven-looking fabric that stands up to being leaned on every evening.',
  ),
  j(
    'I designed the cushion for a spring market stall and ended up making four of them in different colourways before the market',
    'even opened. The pattern is written in US terms and is suitable for a confident beginner: if you can chain, slip stitch and',
    'make a single crochet, you can make this.',
  ),
];
const materials = [
  'DK cotton or cotton blend yarn, about 380 m in total: 150 m main colour, 120 m contrast, 110 m for the back',
  '4 mm (G-6) crochet hook',
  'a 40 cm (16 inch) cushion pad',
  'stitch markers, a tapestry needle and scissors',
];
const gauge = j(
  'One hexagon measures 14 cm from flat side to flat side after light blocking. Gauge is not critical for a cushion, but a much',
  'looser hexagon will make the front too large for the pad, so go down a hook size if your first one comes out over 15 cm.',
);
const abbr = ['ch – chain', 'sl st – slip stitch', 'sc – single crochet', 'ch-sp – chain space', 'rep – repeat', 'RS – right side'];
const notes = [
  j(
    'The hexagons are worked in the round with the right side facing at all times. Each round begins with ch 2, which counts as a',
    'sc and a ch-1 space; join every round with a sl st to the first ch-1 space.',
  ),
  j(
    'In moss stitch you always work into chain spaces, never into the top of a stitch. If you find your corners pulling in, check',
    'that you have worked the (sc, ch 2, sc) into the corner space and not beside it.',
  ),
  'Stitch counts in brackets at the end of each round count each sc and each ch as one stitch.',
];
const rounds = [
  'Round 1: With the main colour, make a magic ring. Ch 2, (sc, ch 1) 11 times into the ring, join. Pull the ring tight. (24 sts)',
  'Round 2: Sl st into the first ch-sp. Ch 2, *(sc, ch 2, sc) in the next ch-sp, ch 1, sc in the next ch-sp, ch 1; rep from * around, join. (36 sts)',
  j(
    'Round 3: Sl st into the first ch-sp. Ch 2, *sc in the next ch-sp, ch 1, (sc, ch 2, sc) in the corner ch-2 sp, ch 1, (sc,',
    'ch 1) in each ch-sp to the next corner; rep from * around, join. (48 sts)',
  ),
  'Rounds 4 to 7: Work as round 3, changing to the contrast colour at the start of round 6. Each round adds 12 stitches. (96 sts)',
  j(
    'Round 8: With the contrast colour, work a round of sc, putting one sc in each ch-1 space and (sc, ch 2, sc) in each corner.',
    'Fasten off the first hexagon. For the remaining six, stop before round 8 and join as you go.',
  ),
];
const joining = [
  j(
    'Lay out the seven hexagons as a flower, one in the middle and six around it. Work round 8 of the second hexagon until you',
    'reach the first corner that meets a finished hexagon. Instead of ch 2 in the corner, ch 1, sl st into the corner space of',
    'the finished hexagon, ch 1, and continue along the side, replacing each ch 1 with a sl st into the matching space opposite.',
  ),
  j(
    'Join each new hexagon to every neighbour it touches. The last hexagon is joined on three sides. Don’t worry if the flower',
    'looks ruffled at this stage; it will settle once it is blocked and stretched over the pad.',
  ),
];
const back = [
  j(
    'The back is one large hexagon worked the same way. Continue with the back colour until it measures the same as the front',
    'flower from point to point, about 19 rounds. Finish with one round of sc as in round 8.',
  ),
  j(
    'If you would rather not crochet a second large piece, a circle of felt or an old linen napkin makes a fine back: stitch it',
    'to the front by hand with the cushion pad inside.',
  ),
];
const finishing = [
  j(
    'Weave in all the ends and block both pieces lightly with steam, pinning the corners so that they stay sharp. Place the front',
    'and back with wrong sides together and join them with sc through both layers, working three sides first, then putting the pad',
    'in and closing the last three.',
  ),
  j(
    'A round of crab stitch over the seam gives a neat corded edge, but plain sc is just as good. I would love to see your',
    'cushions: tag them #orrinhexcushion so I can find them.',
  ),
];
const fig = (src: string, cap: string): string => `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://orrinhooks.com/wp-content/uploads/2026/02/${src}.jpg" alt=""
class="wp-image-2240"><figcaption class="wp-element-caption">${cap}</figcaption></figure>`;
/** Captions of the post's images (furniture). */
export const HEX_CAPTIONS = ['The finished cushion in sage and oatmeal.', 'Joining the fourth hexagon: slip stitch into the corner space.'];
/** The post's section headings. */
export const HEX_HEADINGS = [
  'Materials',
  'Gauge',
  'Abbreviations (US terms)',
  'Pattern notes',
  'The pattern',
  'Hexagon (make 7)',
  'Joining as you go',
  'Cushion back',
  'Finishing',
];
const h = (i: number, level = 2): string => `<h${level} class="wp-block-heading" id="h-${i}">${HEX_HEADINGS[i] ?? ''}</h${level}>`;
/** The article HTML inside Kadence's `.entry-content`. */
export const hexContent = `${ps(intro)}
${fig('hexagon-cushion', HEX_CAPTIONS[0] ?? '')}
<div class="mv-ad-box" data-slotname="content_1_wrapper"><span class="mv-ad-box-label">Advertisement</span></div>
${h(0)}<ul class="wp-block-list">${lis(materials)}</ul>
${h(1)}<p>${gauge}</p>
${h(2)}<ul class="wp-block-list">${lis(abbr)}</ul>
${h(3)}${ps(notes)}
<h2 class="wp-block-heading" id="pattern">${HEX_HEADINGS[4] ?? ''}</h2>
${h(5, 3)}${ps(rounds)}
${fig('hexagon-joining', HEX_CAPTIONS[1] ?? '')}
${h(6, 3)}${ps(joining)}
<div class="mv-ad-box" data-slotname="content_2_wrapper"><span class="mv-ad-box-label">Advertisement</span></div>
${h(7, 3)}${ps(back)}
${h(8, 3)}${ps(finishing)}`;
/** The post's body blocks, in order. */
export const HEX_BODY = texts([...intro, ...materials, gauge, ...abbr, ...notes, ...rounds, ...joining, ...back, ...finishing]);

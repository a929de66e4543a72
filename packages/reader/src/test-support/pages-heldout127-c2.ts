import { plain, type TestPage, texts } from './page-kit.js';
import { wikihowChrome, wikihowFurniture } from './pages-heldout127-c3.js';

/**
 * Held-out batch 127, file c2: a wikiHow article (skin from file c3) with its breadcrumb, the co-author byline with "Last
 * Updated", the hidden expert bio popup, the "Explore this Article" jump list, three parts whose h2s carry a "Part N" label
 * and a "Download Article" link, numbered steps with bold lead sentences, sub-bullets and reference markers, "Community Q&A"
 * with its form, "Things You'll Need", "Tips" with the "Submit a Tip" form, "Warnings", "Related wikiHows", references and
 * "About This Article".
 */
const title = 'How to Repot a Root-Bound Houseplant';
const intro = [
  'Roots circling the bottom of the pot, water running straight through, leaves that yellow no matter what you do: these are all signs ' +
    'that a houseplant has run out of room. Repotting a root-bound plant takes about twenty minutes and a little nerve, because you will ' +
    'need to loosen or even cut the roots.',
  'Here is how to tell when a plant needs a bigger home, and how to move it without setting it back.',
];
interface Step {
  b: string;
  rest: string;
  sub?: readonly string[];
}
const sup = (n: number): string => `<sup id="_ref-${n}" class="reference" aria-label="Reference ${n}"><a href="#_note-${n}">[${n}]</a></sup>`;
const parts: readonly { h: string; steps: readonly Step[] }[] = [
  {
    h: 'Checking Whether It Needs Repotting',
    steps: [
      {
        b: 'Look for roots coming out of the drainage holes.',
        rest: 'Roots that escape through the bottom of the pot are the most obvious sign that they have filled the space inside.',
        sub: ['A few thin roots poking out is normal for plants that like a snug pot, such as snake plants and hoyas.'],
      },
      {
        b: 'Notice how fast the soil dries out.',
        rest:
          'When roots fill the pot there is little soil left to hold water, so a plant that used to need watering once a week may start ' +
          `to wilt every two or three days.${sup(1)}`,
      },
      {
        b: 'Slide the plant out to check the root ball.',
        rest:
          'Tip the pot on its side, support the base of the stems with one hand and ease the plant out. If you see a dense mat of roots ' +
          'wrapped around the outside with hardly any soil showing, the plant is root-bound.',
      },
    ],
  },
  {
    h: 'Preparing the New Pot',
    steps: [
      {
        b: 'Choose a pot 1 to 2 inches (2.5 to 5 cm) wider than the old one.',
        rest: `A much bigger pot holds more wet soil than the roots can use, which can lead to root rot.${sup(2)}`,
        sub: ['Make sure the new pot has at least one drainage hole.'],
      },
      {
        b: 'Water the plant a day before you repot.',
        rest: 'Moist roots bend instead of snapping, and the root ball slides out of the old pot more easily.',
      },
      {
        b: 'Use fresh potting mix that suits the plant.',
        rest: 'Old mix breaks down and packs tight over time, so do not reuse what came out of the old pot.',
        sub: ['Cacti and succulents need a gritty mix; aroids such as pothos and monstera do well with added orchid bark.'],
      },
    ],
  },
  {
    h: 'Moving the Plant',
    steps: [
      {
        b: 'Loosen the circling roots with your fingers.',
        rest: `Gently tease apart the outer roots so that they point outward into the new soil rather than around the old shape.${sup(3)}`,
      },
      {
        b: 'Trim roots that are dead or badly tangled.',
        rest:
          'Use clean, sharp scissors to cut away brown or mushy roots and any thick roots that wrap all the way around. A healthy plant ' +
          'can lose up to a quarter of its roots without harm.',
        sub: ['If the root ball is too dense to loosen by hand, make three or four shallow cuts down its sides with a clean knife.'],
      },
      {
        b: 'Set the plant at the same depth it was growing before.',
        rest: 'Add mix to the bottom of the new pot until the top of the root ball sits about an inch (2.5 cm) below the rim.',
      },
      {
        b: 'Fill in around the sides and water thoroughly.',
        rest: 'Press the mix in lightly, then water until it runs out of the drainage holes. Top up any soil that settles.',
      },
      {
        b: 'Keep the plant out of direct sun for a week.',
        rest: `Give it bright, indirect light while the roots recover, and hold off on fertilizer for about a month.${sup(4)}`,
      },
    ],
  },
];
const things = ['New pot with drainage holes', 'Fresh potting mix', 'Clean scissors or pruners', 'Newspaper or a tray', 'Watering can'];
const tips = [
  'Spring and early summer are the best times to repot, when plants are actively growing.',
  'If you want a plant to stay the same size, trim the roots and put it back in its old pot with fresh mix.',
];
const warnings = [
  'Do not repot a plant that is flowering or already stressed unless its roots are rotting.',
  'Wear gloves when repotting plants with irritating sap, such as euphorbias.',
];
const stepText = (s: Step): string => `<b class="whb">${s.b}</b> ${s.rest}`;
let n = 0;
const step = (s: Step): string => {
  n += 1;
  return `<li id="step-id-${String(n).padStart(2, '0')}"><div class="mwimg largeimage floatcenter"><a href="/Image:Repot-a-Root-Bound-Houseplant-Step-${n}.jpg"
class="image lightbox"><div class="content-spacer"><img src="https://www.wikihow.com/images/thumb/a/a1/Repot-Step-${n}.jpg/v4-460px.jpg" alt="Step ${n} ${s.b}"
class="whcdn content-fill" width="460" height="345" loading="lazy"></div></a></div><div class="step_num" aria-label="Step ${n}">${n}</div>
<div class="step">${stepText(s)}${s.sub ? `<ul>${s.sub.map((t) => `<li>${t}</li>`).join('')}</ul>` : ''}</div><div class="clearall"></div></li>`;
};
const steps = parts
  .map(
    (p, i) => `<div class="section steps${i === 0 ? ' steps_first' : ''} sticky"><h2><div class="altblock"><span>Part <span>${i + 1}</span></span></div>
<span class="mw-headline" id="${p.h.replace(/ /g, '-')}">${p.h}</span><a href="/Repot-a-Root-Bound-Houseplant?action=download&amp;part=${i + 1}"
class="method-download-link" rel="nofollow"><span>Download Article</span></a></h2><div id="steps_${i + 1}" class="section_text"><ol class="steps_list_2">
${p.steps.map(step).join('\n')}</ol></div></div>`,
  )
  .join('\n');
const sectionList = (id: string, h: string, items: readonly string[], after = ''): string => `<div id="${id}" class="section ${id} sticky">
<h2><span class="mw-headline" id="${h.replace(/\W+/g, '_')}">${h}</span></h2><div id="${id}_section" class="section_text"><ul>
${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>${after}</div></div>`;
const article = `<div id="intro" class="section"><h1 id="section_0" class="title_lg"><a href="https://www.wikihow.com/Repot-a-Root-Bound-Houseplant"
>${title}</a></h1>
__BYLINE__
<div id="mf-section-0" class="mf-section-0 section_text">${intro.map((p) => `<p>${p}</p>`).join('\n')}</div>
__TOC__</div>
${steps}
__QA__
${sectionList('thingsyoullneed', "Things You'll Need", things)}
${sectionList('tips', 'Tips', tips, '__TIPFORM__')}
${sectionList('warnings', 'Warnings', warnings)}`;
const html = wikihowChrome(
  article,
  title,
  parts.map((p) => p.h),
);
export const wikihow: TestPage = {
  name: 'heldout127-wikihow-howto',
  kind: 'wiki',
  html,
  // step numbers, image alt texts and the "Part N" labels in the part headings are in neither list; each step's text up to
  // its sub-bullets is one body item and each sub-bullet another; the references are in neither list
  title,
  headings: [...parts.map((p) => p.h), "Things You'll Need", 'Tips', 'Warnings'],
  body: [...texts(intro), ...parts.flatMap((p) => p.steps.flatMap((s) => [plain(stepText(s)), ...texts(s.sub ?? [])])), ...things, ...tips, ...warnings],
  bylines: ['Co-authored by Mara Delacroix', 'Last Updated: October 4, 2024', 'Updated: October 4, 2024'],
  furniture: wikihowFurniture(),
};

import { links, type TestPage, texts } from './page-kit.js';
import { diviTattoo } from './pages-heldout314-d2.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file d: a yoga studio's class listing on Jimdo Creator (cc-matrix modules: j-header, j-text,
 * j-hr, a sidebar matrix with opening hours, the contentfooter with Print / Sitemap / Log in, and Jimdo's cookie
 * dialog) and, from file d2, a tattoo studio's aftercare page built with the Divi builder.
 */
const yTitle = 'Classes & Weekly Timetable';
const yIntro = j(
  'All classes run in the upstairs studio at 9 Saddler’s Yard and last 60 minutes unless stated. Mats, blocks and bolsters',
  'are provided; please arrive ten minutes early if it is your first visit so we can ask about any injuries.',
);
const yClasses: [string, string, string][] = [
  [
    'Gentle Hatha',
    j(
      'Slow, steady postures held for several breaths, with plenty of time to adjust. Suitable for complete beginners, people',
      'returning after injury and anyone who wants a quieter practice.',
    ),
    'Monday 10:00 · Wednesday 18:30 · Saturday 09:00',
  ],
  [
    'Vinyasa Flow',
    j(
      'A moving class that links breath and posture into sequences. Expect to get warm. Some yoga experience helps, but options',
      'are offered for every pose.',
    ),
    'Tuesday 07:00 · Thursday 18:30 · Sunday 10:30',
  ],
  [
    'Yin & Restore (75 minutes)',
    j(
      'Long, supported holds of three to five minutes that work into connective tissue, ending with a guided relaxation. Good on',
      'the evening after a hard day or a long run.',
    ),
    'Wednesday 20:00 · Friday 19:00',
  ],
  [
    'Pregnancy Yoga',
    j(
      'For anyone from fourteen weeks onwards, taught by a teacher trained in pre- and postnatal yoga. Please bring a note from',
      'your midwife if you have any complications.',
    ),
    'Saturday 11:00',
  ],
];
const yPrices = [
  'Drop-in class: £11',
  'Five-class pass (valid 2 months): £50',
  'Unlimited monthly membership: £72',
  'Concessions for students and over-65s: £8 per class',
];
const yNote = 'Classes need at least three bookings to run. If we have to cancel we will email you by 5pm the day before.';
const yNav = ['Home', 'Classes', 'Teachers', 'Workshops', 'Prices', 'Find Us'];
const mod = (id: number, cls: string, inner: string): string => `<div id="cc-m-${id}" class="j-module n ${cls} ">${inner}</div>`;
const yHtml = `<!DOCTYPE html>
<html lang="en-GB" class="jimdo-creator"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<title>Classes &amp; Weekly Timetable - Saddler's Yard Yoga</title><meta name="description" content="Hatha, vinyasa, yin and pregnancy yoga in Ashcombe.">
<meta name="robots" content="index, follow, archive"><meta property="og:site_name" content="Saddler's Yard Yoga">
<link rel="canonical" href="https://www.saddlersyardyoga.example/classes/">
<script type="text/javascript">var jimdoData = {"isTestserver":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"9a1c",
"cacheJsKey":"7e3f","pageType":"page","webPath":"https:\\/\\/www.saddlersyardyoga.example\\/","isPreview":false};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ExerciseGym","name":"Saddler's Yard Yoga","address":"9 Saddler's Yard,
Ashcombe"}</script>
</head><body class="body cc-page cc-pagemode-default cc-content-parent" id="page-2034567812">
<div id="cc-website" class="cc-website"><div id="cc-inner" class="cc-content-parent"><div class="jtpl-main cc-content-parent">
<div class="jtpl-header"><div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element"><div class="j-module n j-text">
<p><a href="/">Saddler's Yard Yoga</a></p></div></div></div>
<nav class="jtpl-navigation" data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">
${links(yNav, 'jmd-nav__list-item-0')}</ul></div></nav></div>
<div class="jtpl-content"><div class="jtpl-content__inner content-options-inner cc-content-parent"><div id="content_area" data-container="content">
<div id="content_start"></div><div id="cc-matrix-3012345601">
${mod(14520001, 'j-header', `<h1 class="">${yTitle.replace('&', '&amp;')}</h1>`)}
${mod(14520002, 'j-text', `<p>${yIntro}</p>`)}
${mod(14520003, 'j-hr', '<hr>')}
${yClasses
  .map(
    (c, i) => `${mod(14520010 + i * 3, 'j-header', `<h2 class="">${c[0].replace('&', '&amp;')}</h2>`)}
${mod(14520011 + i * 3, 'j-text', `<p>${c[1]}</p><p><strong>${c[2]}</strong></p>`)}`,
  )
  .join('\n')}
${mod(14520030, 'j-hr', '<hr>')}
${mod(14520031, 'j-header', '<h2 class="">Prices</h2>')}
${mod(14520032, 'j-text', `<ul>${yPrices.map((p) => `<li>${p}</li>`).join('')}</ul><p>${yNote}</p>`)}
${mod(
  14520033,
  'j-callToAction',
  `<div class="j-calltoaction-wrapper j-calltoaction-align-1"><a class="j-calltoaction-link j-calltoaction-link-style-2"
href="/book/">Book a class</a></div>`,
)}
</div></div></div></div>
<aside class="jtpl-sidebar" data-container="sidebar"><div id="cc-matrix-3012345602">
${mod(14520101, 'j-header', '<h2 class="">Opening hours</h2>')}
${mod(14520102, 'j-text', '<p>Reception is open 30 minutes before each class.</p><p>Phone: 01632 960274</p>')}
${mod(14520103, 'j-header', '<h2 class="">Next workshop</h2>')}
${mod(14520104, 'j-text', '<p><a href="/workshops/">Hip openers and hamstrings, Saturday 14 March</a></p>')}
</div></aside>
<footer class="jtpl-footer" data-container="footer"><div id="cc-matrix-3012345603">${mod(14520201, 'j-text', "<p>© Saddler's Yard Yoga, Ashcombe</p>")}</div>
<div id="contentfooter" data-container="footer"><div class="leftrow"><a rel="nofollow" href="javascript:window.print();">Print</a> |
<a href="/sitemap/">Sitemap</a></div><div class="rightrow"><a href="https://www.jimdo.example" class="jimdo-footer">Jimdo</a> |
<span class="loggedout"><a rel="nofollow" id="login" href="/login">Log in</a></span></div></div></footer>
</div></div></div>
<div id="cc-individual-cookie-settings" class="cc-cookie-dialog" role="dialog" aria-label="Cookie settings"><h3>Cookies</h3>
<p>This website uses cookies, which are necessary for the technical operation of the website and are always set. Other cookies, which increase the
usability of this website, serve for direct advertising or simplify interaction with other websites and social networks, will only be used with
your consent.</p><button class="cc-cookie-decline">Decline</button><button class="cc-cookie-accept">Accept all</button>
<button class="cc-cookie-configure">Configure</button></div>
<script src="https://assets.jimdo.example/app/cms/www/web/js/web.js"></script></body></html>`;
const jimdoYoga: TestPage = {
  name: 'heldout314-jimdo-yoga-class-listing',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: [...yClasses.map((c) => c[0]), 'Prices'],
  body: texts([yIntro, ...yClasses.flatMap((c) => [c[1], c[2]]), ...yPrices, yNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Saddler's Yard Yoga", 'Home', 'Teachers', 'Workshops', 'Find Us', 'Book a class', 'Opening hours', 'Reception is open 30 minutes before each class.',
    'Phone: 01632 960274', 'Next workshop', 'Hip openers and hamstrings, Saturday 14 March', "© Saddler's Yard Yoga, Ashcombe", 'Print', 'Sitemap',
    'Jimdo', 'Log in', 'Cookies',
    'This website uses cookies, which are necessary for the technical operation of the website and are always set.', 'Decline', 'Accept all',
    'Configure',
  ],
};

export const HELDOUT314_D: readonly TestPage[] = [jimdoYoga, diviTattoo];

import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout432-kit.js';

/**
 * Held-out batch 432, file e: a university's research-highlight story built with Shorthand (the university navigation
 * bar, title section with credits and date, text layers between background scrollmation sections, captions and photo
 * credits, a pull quote, "Read more" promo, the share bar, related stories and the Shorthand footer) and a museum's
 * exhibition microsite rendered by Gatsby (skip link, header with "Tickets", hero with dates and venue, chapters with an
 * interactive map widget and its controls, object captions, audio guide player, "Plan your visit" box, credits, share
 * links, newsletter form and footer).
 */
const uTitle = 'Listening to glaciers';
const uIntro = [
  j(
    'High on the Varnstad ice cap, a line of microphones frozen into boreholes records a sound no human ear can hear. Scientists',
    'at Eastmere believe it could tell us, weeks in advance, when a glacier is about to speed up.',
  ),
];
const uSec: readonly (readonly [string, readonly string[]])[] = [
  [
    'A glacier that talks',
    [
      j(
        'Ice is never silent. As it flows downhill it cracks, grinds over bedrock and slides on films of meltwater, and each of these',
        'makes its own low-frequency rumble. For decades those sounds were treated as noise in seismic records.',
      ),
      j(
        'Dr Maren Lisle, a glaciologist in the School of Earth Sciences, started listening on purpose. In 2022 her team drilled twelve',
        'boreholes 80 metres deep and lowered a hydrophone into each one before the water froze around it.',
      ),
    ],
  ],
  [
    'The signal before the surge',
    [
      j(
        'Three summers of recordings showed a pattern. About three weeks before the glacier sped up each year, a steady hum between',
        '2 and 5 hertz grew louder and then stopped abruptly. The team thinks the hum is water forcing its way along the bed, and',
        'the silence is the moment it finds a channel.',
      ),
      'A good alarm does not need to be loud. It needs to be early, and this one is early.',
    ],
  ],
  [
    'From one ice cap to many',
    [
      j(
        'The next step is to find out whether other glaciers hum in the same way. With funding from the Northern Ice Council, the',
        'team will install cheaper, solar-powered listening stations on four more glaciers this year, and share the recordings openly.',
      ),
      'PhD student Tobiah Renn, who wrote much of the analysis software, is training the software to spot the hum automatically.',
      j(
        'If the pattern holds, towns below fast-moving glaciers could one day get an early warning of surges and the floods that',
        'sometimes follow them, using equipment that costs less than a single weather station.',
      ),
    ],
  ],
];
const uQuote = 'We spent twenty years looking at glaciers from satellites. It turns out we should also have been listening to them.';
const uCaps = [
  'The borehole camp at dawn, 1,400 metres above sea level.',
  'A hydrophone before it is lowered into the ice.',
  'Meltwater channels on the glacier surface in July.',
];
const uNav = ['Study', 'Our research', 'Partner with us', 'About Eastmere'];
const uRelated = ['The moss that remembers the weather', 'Mapping the seabed with citizen sailors', 'Inside the new ice core freezer'];
const uFoot = ['Accessibility', 'Privacy notice', 'Freedom of information', 'Contact the press office'];
const layer = (paras: readonly string[]): string =>
  `<section class="Theme-Layer Theme-TextLayer"><div class="Layout Theme-Layer-BodyText">${paras
    .map((p) => `<p class="Theme-BodyText">${p}</p>`)
    .join('\n')}</div></section>`;
const bg = (cap: string, credit: string): string =>
  `<section class="Theme-Section Theme-BackgroundScrollmationSection"><div class="Theme-Layer-Media">
<img src="https://eastmere.shorthandstories.example/listening/assets/bg.jpg"
alt=""></div><div class="Theme-Caption">${cap}</div><div class="Theme-Credit">${credit}</div></section>`;
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Listening to glaciers | Eastmere University</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Microphones frozen into the Varnstad ice cap may warn of glacier surges.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-03T09:00:00Z"><meta name="generator" content="Shorthand">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Listening to glaciers","author":[{"@type":"Person",
"name":"Hanne Solberg"}],"datePublished":"2026-03-03"}</script>
<link rel="stylesheet" href="https://eastmere.shorthandstories.example/listening/assets/theme.css"></head>
<body class="Theme-Story"><a class="Theme-SkipLink" href="#main">Skip to main content</a>
<div class="Theme-NavigationBar"><a class="Theme-Logo" href="https://eastmere.example">Eastmere University</a><ul class="Theme-NavigationLinks">
${links(uNav, 'Theme-NavigationLink')}</ul></div>
<main id="main" class="Theme-Sections"><section class="Theme-Section Theme-TitleSection"><div class="Theme-Layer-Media">
<img src="https://eastmere.example/hero.jpg"
alt=""></div>
<div class="Theme-Layer Theme-TitleLayer"><p class="Theme-Kicker">Research highlights</p><h1 class="Theme-Title">${uTitle}</h1>
<p class="Theme-Byline">Words by Hanne Solberg</p><p class="Theme-Byline">Photography by Cato Fenwick</p><p class="Theme-Date">3 March 2026</p></div></section>
${layer(uIntro)}
${uSec
  .map(
    ([h, p], i) => `${bg(uCaps[i] ?? '', 'Photo: Cato Fenwick')}
<section class="Theme-Layer Theme-TextLayer"><h2 class="Theme-Heading">${h}</h2></section>
${layer(p)}${
  i === 1
    ? `\n<section class="Theme-Layer Theme-TextLayer"><blockquote class="Theme-PullQuote"><p>${uQuote}</p>
<cite>Dr Maren Lisle</cite></blockquote></section>`
    : ''
}${
  i === 0
    ? `\n<section class="Theme-Layer Theme-TextLayer Theme-Promo"><p><strong>Read more:</strong>
<a href="https://eastmere.example/news/earth-sciences-funding">Earth Sciences wins £4m for polar research</a></p></section>`
    : ''
}`,
  )
  .join('\n')}
<section class="Theme-Layer Theme-Share"><p class="Theme-Share-Label">Share this story</p><ul class="Theme-Share-Links"><li><a href="#">Facebook</a></li>
<li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul></section>
<section class="Theme-Section Theme-Related"><h2 class="Theme-Related-Title">More research stories</h2><ul>${links(uRelated, 'Theme-Related-Item')}</ul>
</section></main>
<footer class="Theme-Footer"><ul>${links(uFoot, 'Theme-Footer-Link')}</ul><p>© 2026 Eastmere University. Registered charity number 1139021.</p>
<a class="Theme-Footer-Shorthand" href="https://shorthand.com">Made with Shorthand</a></footer>
<div class="cookie-consent"><p>This site uses cookies to measure how stories are read.</p><button>Accept</button><button>Reject</button></div>
<script src="https://eastmere.shorthandstories.example/listening/assets/story.js"></script></body></html>`;
const eastmere: TestPage = {
  name: 'heldout432-shorthand-university-story-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uSec.map(([h]) => h),
  body: texts([...uIntro, ...uSec.flatMap(([, p]) => p), uQuote]),
  bylines: ['Words by Hanne Solberg', 'Photography by Cato Fenwick', '3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Eastmere University', ...uNav, 'Research highlights', 'The borehole camp at dawn, 1,400 metres above sea level.',
    'A hydrophone before it is lowered into the ice.', 'Meltwater channels on the glacier surface in July.', 'Photo: Cato Fenwick', 'Read more:',
    'Earth Sciences wins £4m for polar research', 'Share this story', 'Facebook', 'LinkedIn', 'Email', 'More research stories', ...uRelated, ...uFoot,
    '© 2026 Eastmere University. Registered charity number 1139021.', 'Made with Shorthand', 'This site uses cookies to measure how stories are read.',
    'Accept',
    'Reject',
  ],
};

const mTitle = 'Drawn from the Deep: Charting the Unknown Ocean';
const mIntro = [
  j(
    'For most of history the ocean floor was a blank on every map. This exhibition brings together more than eighty charts, logbooks',
    'and instruments that show how people filled that blank, first with guesses and monsters, then with lead lines, and finally with sound.',
  ),
  j(
    'Many of the objects have never been shown before. They come from the museum’s own stores and from the private archive of the',
    'Kestle survey family, which was given to the museum in 2024 and has taken two years to conserve.',
  ),
];
const mCh: readonly (readonly [string, readonly string[]])[] = [
  [
    'Chapter 1: Here be guesses',
    [
      j(
        'The earliest charts in the collection, drawn by pilots of the Brannock coast around 1610, show the sea as a flat surface',
        'decorated with ships and whales. Depth was something sailors carried in their heads, not something anyone wrote down.',
      ),
      j(
        'Look closely at the margins and you will find notes of a different kind: warnings about currents, the names of pilots who',
        'knew a passage, and in one case a small drawing of a sea serpent with the word "perhaps" beside it.',
      ),
    ],
  ],
  [
    'Chapter 2: The lead line',
    [
      j(
        'By the eighteenth century every survey ship carried a lead weight on a marked rope. Dropping it, hauling it up and noting the',
        'depth took minutes for each sounding, and a single chart could take a crew two years. On display is the complete survey',
        'of Kestle Bay, with all 9,400 soundings written by hand.',
      ),
      'Tallow pressed into a hollow in the weight brought up sand, shells or mud, and those notes still help geologists today.',
    ],
  ],
  [
    'Chapter 3: Listening for the bottom',
    [
      j(
        'Echo sounders changed everything in the 1920s. A ship could now measure depth continuously while steaming ahead, and the paper',
        'rolls on show here trace underwater mountains that no one had ever suspected.',
      ),
      'The final room uses modern sonar data to let you fly over the seabed of the Ardent Trench, the deepest point on any of our charts.',
    ],
  ],
];
const mCaps = [
  'Pilot chart of the Brannock coast, about 1610. Ink on vellum.',
  'Sounding lead and line, 1774. On loan from the Kestle Trust.',
  'Echo sounder paper roll, 1927.',
];
const mMap = `<div class="styles-module--map--Ew3s8" role="application" aria-label="Interactive seabed map"><canvas></canvas>
<div class="styles-module--controls--Gt2o4"><button>Zoom in</button><button>Zoom out</button><button>Reset view</button></div>
<p class="styles-module--hint--Yy5k1">Drag to explore the Ardent Trench</p></div>`;
const mNav = ['Exhibitions', 'Visit', 'Learn', 'Collections', 'Support us'];
const mVisit = ['Open daily 10:00-17:00, Thursdays until 20:00', 'Adults £14, concessions £9, under-16s free', 'Step-free access throughout'];
const mFoot = ['Press', 'Venue hire', 'Jobs', 'Accessibility', 'Privacy', 'Contact'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.3"/>
<title data-gatsby-head="true">Drawn from the Deep | Saltmarsh Museum of Maps</title>
<meta data-gatsby-head="true" name="description" content="More than eighty charts, logbooks and instruments that show how the ocean floor was mapped."/>
<script type="application/ld+json" data-gatsby-head="true">{"@context":"https://schema.org","@type":"ExhibitionEvent","name":"Drawn from the Deep",
"startDate":"2026-03-14","endDate":"2026-08-30","location":{"@type":"Museum","name":"Saltmarsh Museum of Maps"}}</script>
<link as="script" rel="preload" href="/webpack-runtime-3f2a.js"/><style>.styles-module--hero--3kX1a{min-height:90vh}</style></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><a class="styles-module--skip--Hh2z0" href="#content">Skip to
content</a>
<header class="styles-module--header--Qm4rT"><a href="/" class="styles-module--logo--aP8s1">Saltmarsh Museum of Maps</a>
<nav><ul class="styles-module--nav--Wd7c2">${links(mNav, 'styles-module--navItem--k0Lq9')}</ul></nav>
<a class="styles-module--tickets--Zr3x6" href="/tickets/drawn-from-the-deep">Book tickets</a></header>
<main id="content"><section class="styles-module--hero--3kX1a"><p class="styles-module--label--Fe1b4">Now open</p>
<h1 class="styles-module--title--Ub2m8">${mTitle}</h1>
<p class="styles-module--dates--Jq5n0">14 March – 30 August 2026</p><p class="styles-module--venue--Lx8d3">Wyvern Gallery, Level 2</p></section>
<section class="styles-module--intro--Cc9v1">${mIntro.map((p) => `<p>${p}</p>`).join('\n')}</section>
${mCh
  .map(
    ([h, p], i) => `<section class="styles-module--chapter--Tn4e7" id="chapter-${i + 1}"><h2 class="styles-module--chapterTitle--Ry6w2">${h}</h2>
${p.map((x) => `<p>${x}</p>`).join('\n')}
<figure class="styles-module--object--Po1a5"><div class="gatsby-image-wrapper"><img src="/static/${i}/object.jpg" alt=""/></div>
<figcaption>${mCaps[i] ?? ''}</figcaption></figure>
${i === 2 ? mMap : ''}
<div class="styles-module--audio--Mu6f3"><button aria-label="Play audio guide">Listen</button><span>Audio guide, stop ${i + 1} · 2 min</span></div></section>`,
  )
  .join('\n')}
<aside class="styles-module--visit--Bd8h0"><h3>Plan your visit</h3><ul>${mVisit.map((v) => `<li>${v}</li>`).join('')}</ul>
<a href="/tickets/drawn-from-the-deep">Book tickets</a></aside>
<section class="styles-module--credits--Ka1t9"><h3>Credits</h3><p>Curated by Dr Ysolde Marr with the museum's Charts and Instruments team.</p>
<p>Supported by the Halloran Foundation.</p></section>
<div class="styles-module--share--Vs2p7"><span>Share</span><a href="#">Facebook</a><a href="#">Instagram</a><a href="#">Email</a></div></main>
<section class="styles-module--newsletter--Nn3q5"><h2>Stay in the loop</h2><p>Hear about new exhibitions, late openings and talks.</p><form><input type="email"
placeholder="Email address"/>
<button type="submit">Sign up</button></form></section>
<footer class="styles-module--footer--Jx0c2"><ul>${links(mFoot, 'styles-module--footerItem--Ad4f6')}</ul><p>© Saltmarsh Museum of Maps 2026. Registered charity
no. 1200417.</p></footer></div>
<div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute;width:1px;height:1px;overflow:hidden"></div></div>
<div class="cc-window cc-banner" role="dialog" aria-label="cookieconsent"><span class="cc-message">We use cookies to understand how our website is used.</span>
<a class="cc-btn cc-allow">Allow cookies</a><a class="cc-btn cc-deny">Decline</a></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/exhibitions/drawn-from-the-deep/";/*]]>*/</script>
<script src="/app-9d41b.js" async></script></body></html>`;
const museum: TestPage = {
  name: 'heldout432-gatsby-museum-exhibition-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mCh.map(([h]) => h),
  body: texts([...mIntro, ...mCh.flatMap(([, p]) => p)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Saltmarsh Museum of Maps', ...mNav, 'Book tickets', 'Now open', '14 March – 30 August 2026', 'Wyvern Gallery, Level 2',
    'Pilot chart of the Brannock coast, about 1610. Ink on vellum.', 'Sounding lead and line, 1774. On loan from the Kestle Trust.',
    'Echo sounder paper roll, 1927.',
    'Zoom in', 'Zoom out', 'Reset view', 'Drag to explore the Ardent Trench', 'Listen', 'Audio guide, stop 1 · 2 min', 'Audio guide, stop 2 · 2 min',
    'Audio guide, stop 3 · 2 min', 'Plan your visit', ...mVisit, 'Credits', "Curated by Dr Ysolde Marr with the museum's Charts and Instruments team.",
    'Supported by the Halloran Foundation.', 'Share', 'Facebook', 'Instagram', 'Email', 'Stay in the loop',
    'Hear about new exhibitions, late openings and talks.',
    'Sign up', '© Saltmarsh Museum of Maps 2026. Registered charity no. 1200417.', 'We use cookies to understand how our website is used.', 'Allow cookies',
    'Decline',
  ],
};

export const HELDOUT432_E: readonly TestPage[] = [eastmere, museum];

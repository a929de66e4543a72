import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 96, file d2: a product review roundup in the shape of a Wirecutter guide, on an invented review site owned
 * by an invented newspaper (the masthead with section nav, "Subscribe" and "Log in", the affiliate notice above the title,
 * byline with "Updated" date, the share / save bar, the lead image with its photo credit, the "Everything we recommend"
 * product callouts with labels, prices and retailer buttons, the guide sections with product callouts and captioned photos,
 * the "Sources" list, the "Meet your guide" box, "Further reading" cards and the parent company's footer).
 */
const wcTitle = 'The Best Electric Kettle';
const wcIntro = [
  'After testing 31 electric kettles over six years, including nine new models this year, we think the Kestrel Pour 1.2 is the ' +
    'best for most people. It heats water quickly and quietly, its gooseneck spout pours with real control, and it holds a set ' +
    'temperature for up to an hour.',
];
/** [label, product, blurb, buttons] */
const wcPicks: [string, string, string, string[]][] = [
  [
    'Our pick',
    'Kestrel Pour 1.2 Gooseneck Kettle',
    'Fast, quiet and precise, with five temperature presets and a spout that pours a thin, steady stream for coffee.',
    ['$85 from Amazon', '$90 from Target'],
  ],
  [
    'Budget pick',
    'Halden Everyday Kettle',
    'A simple, sturdy kettle that boils a full litre in under four minutes. It has no temperature settings, but it does the basics well.',
    ['$30 from Amazon', '$32 from Walmart'],
  ],
  [
    'Upgrade pick',
    'Brisa Glass Kettle',
    'A handsome glass kettle with a keep-warm mode and a removable tea infuser, for people who drink a lot of tea.',
    ['$120 from Brisa'],
  ],
];
const wcH1 = 'Why you should trust us';
const wcTrust = [
  'I have written about kitchen gear for Kitwise since 2019 and have covered kettles, coffee grinders and toasters. For this ' +
    'guide I spoke with two coffee shop owners and a tea importer about what they look for in a kettle, and I used every model ' +
    'in this guide at home for at least two weeks.',
];
const wcH2 = 'How we picked and tested';
const wcHow = [
  'We looked for kettles that hold at least a litre, have an automatic shutoff and boil-dry protection, and come from companies ' +
    'that offer at least a one-year warranty. Variable temperature control was a plus, but we also included simpler kettles for ' +
    'people who only ever want boiling water.',
];
const wcTests = [
  'We timed how long each kettle took to boil one litre of cold tap water, three times.',
  'We measured the noise at a distance of one metre.',
  'We checked how accurately the temperature-control models hit 80, 90 and 95 °C.',
  'We poured from each kettle into a narrow cup to see how easily it dribbled or splashed.',
];
const wcH3 = 'Our pick: Kestrel Pour 1.2';
const wcPick = [
  'The Kestrel boiled a litre in 3 minutes 40 seconds, one of the fastest times in our tests, and it was the quietest kettle we ' +
    'tried. Its five presets covered everything from green tea to a French press, and in our measurements it was never more ' +
    'than two degrees off.',
  'The gooseneck spout is the main reason to choose it. It pours a thin, steady stream that makes pour-over coffee much easier, ' +
    'and it stops dripping the moment you tilt it back. The hold function keeps water at temperature for an hour, which is handy ' +
    'if you drink several cups in a row.',
];
const wcH4 = 'Flaws but not dealbreakers';
const wcFlaws = [
  'The Kestrel’s base takes up more counter space than most, and the buttons are small and hard to read in dim light. The ' +
    'handle also gets warm near the top after repeated boils, though never too hot to hold.',
];
const wcH5 = 'Budget pick: Halden Everyday Kettle';
const wcBudget = [
  'If you only want boiling water, the Halden is hard to beat. It was within ten seconds of our top pick for speed, the lid ' +
    'opens wide enough to clean inside, and the water window is easy to read from across the kitchen. It lacks temperature ' +
    'control and is noticeably louder than the Kestrel.',
];
const wcH6 = 'Upgrade pick: Brisa Glass Kettle';
const wcUpgrade = [
  'The Brisa is for tea drinkers who want to watch the water boil. It has six temperature settings, a keep-warm mode and a ' +
    'steel infuser basket that lifts out when your tea is ready. Glass shows mineral deposits quickly, so plan to descale it ' +
    'every few weeks if you have hard water.',
];
const wcH7 = 'The competition';
const wcComp = [
  'The Marlowe Classic boiled quickly, but its lid popped open twice during testing. The Tove Mini is charming and compact but ' +
    'holds only 0.6 litres. The Corvan Smart Kettle’s app added little, and it lost its Wi-Fi connection several times a week.',
];
const wcNav = ['Appliances', 'Audio', 'Baby & Kid', 'Home & Garden', 'Kitchen', 'Sleep', 'Tech', 'Deals', 'Gifts'];
const wcNotice = 'We independently test everything we recommend. When you buy through our links, we may earn a commission.';
const wcCaps = [
  ['Our top three kettles, left to right: the Brisa, the Kestrel and the Halden.', 'Photo: Rafael Quint'],
  ['The Kestrel’s gooseneck spout pours slowly enough for pour-over coffee.', 'Photo: Rafael Quint'],
  ['The Halden’s water window is easy to read from across the room.', 'Photo: Joanna Pike'],
];
const wcSources = [
  'Lena Okafor, owner, Slow Drip Coffee, phone interview, August 12, 2025',
  'Teodor Vance, tea importer, Vance & Daughters, email interview, August 19, 2025',
];
const wcGuide =
  'Joanna Pike is a senior staff writer covering kitchen appliances. She has tested everything from blenders to rice cookers and ' + 'owns far too many mugs.';
const wcFurther = [
  ['The Best Drip Coffee Maker', 'by Joanna Pike'],
  ['The Best Tea Infuser', 'by Marcus Lee'],
  ['How to Descale Your Kettle (and Why You Should)', 'by Joanna Pike'],
];
const wcFoot = ['About Kitwise', 'Our team', 'Careers', 'Contact us', 'Accessibility', 'Terms of service', 'Privacy policy', 'Cookie policy'];
const cls = (h: string): string => `class="_${h}"`;
const callout = ([label, name, blurb, buttons]: [string, string, string, string[]], i: number): string => `<div ${cls(`c8a1f${i}`)}
data-testid="product-callout"><div class="_4e1c0d"><img src="https://cdn.kitwise.example/images/kettle-${i}.jpg" alt="${name}" loading="lazy"></div>
<div class="_9fd3e2"><span ${cls('callout-label')} data-testid="callout-label">${label}</span><h3 ${cls('b1a7e9')}>${name}</h3>
<p ${cls('d02c4b')}>${blurb}</p><div ${cls('buy-buttons')}>${buttons
  .map((b) => `<a ${cls('buy-btn')} href="https://redirect.kitwise.example/product/${i}?merchant=${b.split(' from ')[1]}" rel="nofollow sponsored">${b}</a>`)
  .join('')}</div></div></div>`;
const figure = ([cap, credit]: string[]): string => `<figure ${cls('f61b20')}><img src="https://cdn.kitwise.example/images/fig.jpg" alt="" loading="lazy">
<figcaption ${cls('a0c3e8')}><span class="_caption">${cap}</span><span class="_credit">${credit}</span></figcaption></figure>`;
const p = (a: readonly string[]): string => a.map((t) => `<p ${cls('p7e2a1')}>${t}</p>`).join('\n');
const h2 = (t: string, id: string): string => `<h2 ${cls('h2a44c')} id="${id}">${t}</h2>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The 3 Best Electric Kettles of 2025 | Reviews by Kitwise</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="After testing 31 electric kettles, we think the
Kestrel Pour 1.2 is the best for most people."><meta property="og:type" content="article"><meta property="og:title" content="${wcTitle}">
<link rel="canonical" href="https://www.kitwise.example/reviews/best-electric-kettle/"><link rel="stylesheet" href="/_next/static/css/7c1d2e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${wcTitle}","author":{"@type":"Person","name":"Joanna Pike"},
"dateModified":"2025-10-03","publisher":{"@type":"Organization","name":"Kitwise"},"itemReviewed":{"@type":"Product","name":"Kestrel Pour 1.2"}}</script>
</head><body><div id="__next"><a ${cls('skip')} href="#main">Skip to content</a>
<header ${cls('e7b1c4')} data-testid="masthead"><div ${cls('top-bar')}><a href="https://www.harbortimes.example" ${cls('parent')}>A Harbor Times company</a>
</div><div ${cls('masthead-row')}><a href="/" aria-label="Kitwise home"><svg viewBox="0 0 120 24"><title>Kitwise</title></svg></a>
<div ${cls('masthead-actions')}><a ${cls('btn-sub')} href="/subscribe">Subscribe</a><a ${cls('btn-login')} href="/login">Log in</a></div></div>
<nav aria-label="Sections" ${cls('section-nav')}><ul>${links(wcNav, '_navitem')}</ul></nav></header>
<main id="main"><article ${cls('article')} data-testid="review"><div ${cls('disclosure')}><p>${wcNotice} <a href="/about/affiliate">Learn more›</a></p></div>
<header ${cls('hdr')}><h1 ${cls('title')}>${wcTitle}</h1><div ${cls('byline')}><span ${cls('by')}>By <a href="/authors/joanna-pike/">Joanna Pike</a></span>
<span ${cls('updated')}>Updated October 3, 2025</span></div><div ${cls('share-bar')}><button aria-label="Share this review">Share</button>
<button aria-label="Save this review">Save</button></div></header>
${figure(wcCaps[0]!)}
<div ${cls('body')}>
${p(wcIntro)}
<section ${cls('recs')} aria-labelledby="everything"><h2 ${cls('recs-title')} id="everything">Everything we recommend</h2>
${wcPicks.map(callout).join('\n')}</section>
${h2(wcH1, 'why-you-should-trust-us')}
${p(wcTrust)}
${h2(wcH2, 'how-we-picked-and-tested')}
${p(wcHow)}
<ul ${cls('list')}>${wcTests.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(wcH3, 'our-pick')}
${callout(wcPicks[0]!, 3)}
${p(wcPick.slice(0, 1))}
${figure(wcCaps[1]!)}
${p(wcPick.slice(1))}
<h3 ${cls('h3e1c0')} id="flaws">${wcH4}</h3>
${p(wcFlaws)}
${h2(wcH5, 'budget-pick')}
${callout(wcPicks[1]!, 4)}
${p(wcBudget)}
${figure(wcCaps[2]!)}
${h2(wcH6, 'upgrade-pick')}
${callout(wcPicks[2]!, 5)}
${p(wcUpgrade)}
${h2(wcH7, 'the-competition')}
${p(wcComp)}
<section ${cls('sources')}><h2 ${cls('src-title')}>Sources</h2><ol>${wcSources.map((t) => `<li>${t}</li>`).join('\n')}</ol></section>
</div>
<aside ${cls('guide')}><h2 ${cls('guide-title')}>Meet your guide</h2><div ${cls('guide-card')}><img src="https://cdn.kitwise.example/authors/jp.jpg" alt="">
<div><a href="/authors/joanna-pike/" ${cls('guide-name')}>Joanna Pike</a><p ${cls('guide-bio')}>${wcGuide}</p></div></div></aside></article>
<section ${cls('further')}><h2>Further reading</h2><ul>
${wcFurther
  .map(
    ([t, by], i) =>
      `<li ${cls('card')}><a href="/reviews/f${i}/"><img src="https://cdn.kitwise.example/f${i}.jpg" alt=""><h3>${t}</h3><span>${by}</span></a></li>`,
  )
  .join('\n')}</ul></section></main>
<footer ${cls('footer')}><a href="/" aria-label="Kitwise home"></a><ul>${links(wcFoot, '_fitem')}</ul><p>© 2025 The Harbor Times Company</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"best-electric-kettle","type":"review"}},"buildId":"kw-2025-10"}</script>
</body></html>`;
export const roundup: TestPage = {
  html,
  name: 'heldout96-kitwise-review-roundup',
  kind: 'blog',
  // product callout blurbs are body, their labels and the product names that repeat a pick
  // heading's words are left out, the other product name, prices and retailer buttons furniture; "Everything we
  // recommend" is the heading of the callout block (a heading); the Sources list, the guide box and further reading are furniture
  title: wcTitle,
  headings: ['Everything we recommend', wcH1, wcH2, wcH3, wcH4, wcH5, wcH6, wcH7],
  body: [
    ...wcIntro,
    ...wcPicks.map(([, , b]) => b),
    ...wcTrust,
    ...wcHow,
    ...wcTests,
    wcPicks[0]![2],
    ...wcPick,
    ...wcFlaws,
    wcPicks[1]![2],
    ...wcBudget,
    wcPicks[2]![2],
    ...wcUpgrade,
    ...wcComp,
  ],
  bylines: ['By Joanna Pike', 'Updated October 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'A Harbor Times company', 'Kitwise', 'Subscribe', 'Log in', ...wcNav, wcNotice, 'Learn more›', 'Share', 'Save',
    ...wcCaps.map(([c]) => c!), 'Photo: Rafael Quint', 'Photo: Joanna Pike', wcPicks[0]![1], ...wcPicks.flatMap(([, , , b]) => b), 'Sources', ...wcSources,
    'Meet your guide', wcGuide, 'Further reading', ...wcFurther.map(([t]) => t!), 'by Marcus Lee', ...wcFoot, '© 2025 The Harbor Times Company',
  ],
};

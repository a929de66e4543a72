import { links, type TestPage, texts } from './page-kit.js';
import { cells, lis, paras, rows } from './pages-heldout338-kit.js';

/**
 * Held-out batch 338, file b: a calculator site in the Omni Calculator style built with Next.js (hashed CSS-module class
 * names, the calculator widget with its inputs and units, author and reviewer box, "Check out other calculators" rail,
 * FAQ accordion, __NEXT_DATA__ script), and a CAD vendor's Khoros (Lithium) community thread with an accepted solution.
 */
const cTitle = 'Beam Deflection Calculator';
const cIntro = paras(`
This beam deflection calculator finds the maximum deflection, the slope at the supports and the maximum bending moment
of a simply supported or cantilever beam under a point load or a uniformly distributed load. Read on to learn which
formula it uses, why the second moment of area matters so much, and how to check a result by hand.
`);
const cUse = [
  'Choose the support type: simply supported or cantilever.',
  'Pick the load case and enter the load, either as a force in kN or as a load per metre.',
  'Enter the span length and the elastic modulus of the material, or choose a material from the list.',
  'Enter the second moment of area of the section, or let the calculator compute it from the section dimensions.',
];
const cFormula = paras(`
For a simply supported beam with a uniformly distributed load <em>w</em> over its span <em>L</em>, the deflection at
midspan is δ = 5wL⁴ / (384EI), where <em>E</em> is the elastic modulus and <em>I</em> the second moment of area. For a
point load <em>P</em> at midspan, the deflection is δ = PL³ / (48EI).

Notice that the span enters at the fourth power for the distributed load. Doubling the span of a floor joist makes it
sixteen times more flexible, which is why long spans are governed by deflection rather than by strength.
`);
const cTable = [
  ['Simply supported, central point load', 'PL³ / (48EI)', 'PL / 4'],
  ['Simply supported, uniform load', '5wL⁴ / (384EI)', 'wL² / 8'],
  ['Cantilever, end point load', 'PL³ / (3EI)', 'PL'],
  ['Cantilever, uniform load', 'wL⁴ / (8EI)', 'wL² / 2'],
];
const cExample = paras(`
Take a 4.0 m timber joist of grade C24 (E = 11 GPa) with a 47 × 200 mm section, carrying 1.2 kN/m. The second moment of
area is bh³/12 = 3.13 × 10⁷ mm⁴. Putting the numbers into the formula gives a midspan deflection of 11.6 mm, or about
L/345. Most building codes ask for L/250 or better under this load, so the joist passes.

Keep in mind that these formulas assume small deflections and a linear elastic material. For timber under long-term
load, multiply the result by a creep factor, typically between 1.6 and 2.0.
`);
const cFaq = [
  ['What is a good deflection limit for a beam?', 'Floors are usually limited to L/360 under live load and L/250 under total load.'],
  ['Does the beam weight count as load?', 'Yes. Add the self-weight of the beam to the uniformly distributed load before you calculate.'],
] as const;
const cInputs = ['Beam supports', 'Loading', 'Load (P)', 'Span length (L)', "Young's modulus (E)", 'Moment of inertia (I)', 'Max deflection (δ)'];
const cOther = ['Bending stress calculator', 'Moment of inertia calculator', 'Section modulus calculator', 'Column buckling calculator'];
const cNav = ['Physics', 'Construction', 'Engineering', 'Math', 'Finance', 'Everyday life'];
const cCrumbs = ['Numora Calculator', 'Physics', 'Mechanics'];
const cFoot = ['About us', 'Meet Numora', 'Press', 'Resource library', 'Privacy, Cookies & Terms of Service', 'Copyright by Numora Labs sp. z o.o.'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Beam Deflection Calculator | Formulas for Any Beam</title><meta name="description" content="Find the maximum deflection and slope of any beam.">
<meta property="og:type" content="website"><meta name="next-head-count" content="12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"What is a good deflection limit for a beam?","acceptedAnswer":{"@type":"Answer","text":"Floors are usually limited to L/360."}}]}</script>
<link rel="preload" href="/_next/static/css/7a1c2e0b9f3d4e11.css" as="style"><link rel="stylesheet" href="/_next/static/css/7a1c2e0b9f3d4e11.css">
</head><body><div id="__next"><div class="css-1ab4k2c">
<header class="css-17xj0wm"><a href="/" class="css-1h4v1yu" aria-label="Numora Calculator logo"></a><nav class="css-kq9ku3"><ul class="css-1p7ft9q">
${links(cNav, 'css-19mrrn8')}</ul></nav><input class="css-eg3vn0" placeholder="Search 3,700 calculators" type="search"></header>
<div class="css-o0c3ah"><nav aria-label="breadcrumbs" class="css-1x9dsvz"><ol>${links(cCrumbs, 'css-v4hr5h')}</ol></nav>
<main class="css-1m3vcn1"><h1 class="css-1ncx7s2">${cTitle}</h1>
<div class="css-1gm0jq0"><div class="css-p7r8ib">Created by <a href="/people/marta-kowal">Marta Kowal</a></div>
<div class="css-p7r8ib">Reviewed by <a href="/people/tomas-ferreira">Tomás Ferreira, PhD</a></div>
<div class="css-1t0tstb">Last updated: Feb 10, 2026</div></div>
<div class="css-c42hx5"><button class="css-1wrtkp5">Cite</button><button class="css-1wrtkp5">Embed</button><button class="css-1wrtkp5">Share</button></div>
<div class="css-1w5o5tw" data-testid="calculator"><div class="css-18rpq8l">
${cInputs.map((l, i) => `<div class="css-1c7dc2x"><label class="css-1q0gux3" for="v${i}">${l}</label><input id="v${i}" class="css-uqb0yp"></div>`).join('\n')}
</div><div class="css-1ly8fvv"><button class="css-13m2kk">Clear all changes</button><button class="css-13m2kk">Reload calculator</button></div>
<p class="css-1c1yyp4">Did we solve your problem today?</p><button class="css-1ncu4tk">Yes</button><button class="css-1ncu4tk">No</button></div>
<article class="css-1f8mbr1"><div class="css-1bc8pkd">${cIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="css-qqbbnp">How to use the beam deflection calculator</h2><ol class="css-zs9k3r">${lis(cUse)}</ol>
<h2 class="css-qqbbnp">Beam deflection formula</h2>${cFormula.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="css-qqbbnp">Deflection and moment for common load cases</h2><div class="css-3bxo5r"><table><thead><tr><th>Case</th>
<th>Max deflection</th><th>Max moment</th></tr></thead><tbody>${rows(cTable)}</tbody></table></div>
<div class="css-1n1ba6o"><p class="css-1ygyj3o">💡 You may also like our <a href="/physics/moment-of-inertia">moment of inertia calculator</a>.</p></div>
<h2 class="css-qqbbnp">Worked example: a timber floor joist</h2>${cExample.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="css-qqbbnp">FAQ</h2>
${cFaq
  .map(
    ([q, a]) => `<details class="css-13d1myp">
<summary><h3 class="css-ktcrx7">${q}</h3></summary><p>${a}</p></details>`,
  )
  .join('\n')}
</div></article>
<aside class="css-n3l0hl"><h2 class="css-1d5yxt1">Check out 38 similar mechanics calculators 🔧</h2><ul>${links(cOther)}</ul>
<a href="/physics#mechanics">People also viewed…</a></aside></main></div>
<footer class="css-1khx9q4"><ul>${links(cFoot)}</ul><p class="css-1j0p4p9">Numora Calculator – 3,700 calculators, one source of truth.</p></footer>
<div class="css-q0op5t" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Consent</button>
<button>Manage options</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"calculator":{"slug":"beam-deflection","category":"physics"}}},
"page":"/[category]/[slug]","buildId":"Xk2rQp7"}</script></body></html>`;
const calculator: TestPage = {
  name: 'heldout338-numora-calculator-nextjs-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [
    'How to use the beam deflection calculator',
    'Beam deflection formula',
    'Deflection and moment for common load cases',
    'Worked example: a timber floor joist',
    'FAQ',
    ...cFaq.map(([q]) => q),
  ],
  body: texts([...cIntro, ...cUse, ...cFormula, ...cells(cTable), ...cExample, ...cFaq.map(([, a]) => a)]),
  bylines: ['Created by Marta Kowal', 'Reviewed by Tomás Ferreira, PhD', 'Last updated: Feb 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, ...cCrumbs.slice(0, 1), 'Mechanics', 'Cite', 'Embed', 'Share', ...cInputs, 'Clear all changes', 'Reload calculator',
    'Did we solve your problem today?', '💡 You may also like our moment of inertia calculator.',
    'Check out 38 similar mechanics calculators 🔧', ...cOther, 'People also viewed…', ...cFoot,
    'Numora Calculator – 3,700 calculators, one source of truth.',
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Consent', 'Manage options',
  ],
};

/** A Khoros (Lithium) community thread of an invented CAD vendor: the question, three replies, one accepted as solution. */
const kTitle = 'Sheet metal flange will not unfold after changing the thickness parameter';
const kPosts = [
  paras(`
Hi all, I have a sheet metal part in Kestrel Forge 2026 with six flanges and two hems. It was made at 1.5 mm and
unfolded fine. Today I changed the <code>Thickness</code> parameter in the sheet metal defaults to 2.0 mm, and now the
flat pattern fails with "Unable to unfold: face 14 could not be flattened".

The part rebuilds without errors in the folded state. I tried deleting the flat pattern and creating it again, same
message. Has anyone seen this? I need to send the DXF to the laser shop tomorrow.
`),
  paras(`
Could you attach the part? My first guess would be the hems. A hem with a gap defined as an absolute value can end up
with a gap smaller than zero once the material gets thicker, and the unfolder then cannot find a valid bend.
`),
  paras(`
Thanks for the file. It is the hem on the left side, but not for the reason I guessed. The hem gap is fine; the problem
is the relief. You set a custom bend relief of 1.6 mm, which was larger than the old thickness but is now smaller than
the new one. The unfolder needs the relief to be at least as wide as the material.

Here is what fixed it on my side:
`),
  paras(`
That was it. Relief set to 1.0 × Thickness, and the flat pattern came out first time. Thank you, DXF is on its way to
the shop.
`),
];
const kSteps = [
  'Open the Sheet Metal Defaults dialog and switch the Bend Relief Width from a fixed value to the expression 1.0 × Thickness.',
  'Do the same for the Corner Relief size, which also had a fixed value.',
  'Delete the flat pattern, rebuild all, and create the flat pattern again.',
];
const kAuthors = [
  ['rkovalenko_mfg', 'Contributor', '03-02-2026 08:14 AM'],
  ['lena.whitcombe', 'Mentor', '03-02-2026 09:02 AM'],
  ['lena.whitcombe', 'Mentor', '03-02-2026 11:37 AM'],
  ['rkovalenko_mfg', 'Contributor', '03-02-2026 12:05 PM'],
] as const;
const kNav = ['Products', 'Support', 'Learning', 'Community', 'Forums', 'Ideas', 'Blogs'];
const kCrumbs = ['Kestrel Community', 'Forums', 'Kestrel Forge Forum', 'Sheet metal flange will not unfold after changing...'];
const kRel = ['Flat pattern bend lines missing in DXF export', 'K-factor table ignored after upgrade', 'Hem feature fails at 3 mm aluminium'];
const kFoot = ['Community Guidelines', 'Terms of Use', 'Privacy Settings', 'Trademarks', 'Report Noncompliance', '© 2026 Kestrel Systems, Inc.'];
const post = (i: number): string => {
  const [user, rank, date] = kAuthors[i] ?? ['', '', ''];
  const body = (kPosts[i] ?? []).map((p) => `<p>${p}</p>`).join('\n') + (i === 2 ? `\n<ol>${lis(kSteps)}</ol>` : '');
  return `<div class="lia-message-view-wrapper lia-js-data-messageUid-${1200 + i}${i === 2 ? ' lia-list-row-thread-solved' : ''}"
id="M${1200 + i}"><div class="MessageView lia-message-view-forum-message lia-component-forums-widget-message-view-two">
<div class="lia-quilt-row lia-quilt-row-header"><div class="lia-message-author-avatar"><img class="lia-user-avatar-message" alt="${user}"
src="/t5/image/serverpage/avatar-name/default"></div><div class="lia-message-author-with-avatar"><span class="UserName lia-user-name">
<a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${44 + i}">${user}</a></span>
<div class="lia-message-author-rank lia-component-author-rank">${rank}</div></div>
<div class="lia-message-post-date lia-component-post-date-last-edited"><span class="DateTime"><span class="local-date">${date}</span></span></div>
${
  i === 2
    ? `<div class="lia-component-solution-info"><span class="solution-label">Solved by lena.whitcombe.</span>
<a href="#M1202">Go to Solution.</a></div>`
    : ''
}
</div><div class="lia-quilt-row lia-quilt-row-main"><div class="lia-message-body-wrapper lia-component-message-view-widget-body">
<div itemprop="text" id="bodyDisplay_${i}" class="lia-message-body-content">
${body}
</div></div></div><div class="lia-quilt-row lia-quilt-row-footer"><div class="lia-button-group"><a class="lia-button-secondary" href="#">Report</a>
<span class="KudosButton lia-button-image-kudos-wrapper"><a class="lia-button-image-kudos-give" href="#">Kudos</a></span>
<span class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">${[2, 7, 15, 3][i]}</span>
<a class="lia-button lia-button-primary reply-action-link" href="#">Reply</a></div></div></div></div>`;
};
const kHtml = `<!DOCTYPE html><html lang="en" class="lia-js-enabled"><head><title>Solved: ${kTitle} - Kestrel Community</title>
<meta name="description" content="Hi all, I have a sheet metal part in Kestrel Forge 2026 with six flanges and two hems.">
<meta property="og:type" content="article"><link rel="canonical" href="https://forums.kestrel.example/t5/kestrel-forge-forum/td-p/1200">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${kTitle}",
"answerCount":3,"acceptedAnswer":{"@type":"Answer","upvoteCount":15}}}</script>
<script>LITHIUM.Loader.runJsAttached();LITHIUM.CommunityJsonObject={"Activity":{"Results":[]},"Page":{"Name":"ForumTopicPage"}};</script>
<link rel="stylesheet" href="/skins/6721094/kestrel_responsive/desktop.css"></head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body">
<div id="kestrel-global-header"><header class="k-uh"><a class="k-uh-logo" href="https://www.kestrel.example">Kestrel Systems</a>
<nav><ul>${links(kNav, 'k-uh-nav')}</ul></nav><a class="k-uh-signin" href="/login">Sign In</a></header></div>
<div class="lia-page"><div class="lia-content"><div class="lia-quilt-row lia-quilt-row-breadcrumb"><ul class="lia-list-standard-inline" id="list">
${links(kCrumbs, 'lia-breadcrumb-node crumb')}</ul></div>
<div class="lia-quilt lia-quilt-forum-topic-page"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left">
<div class="lia-thread-topic"><div class="lia-message-subject-wrapper"><h1 class="lia-message-subject"><span class="lia-message-read">
<div class="MessageSubject"><span class="lia-message-unread">${kTitle}</span></div></span></h1>
<span class="solved-badge">SOLVED</span></div><div class="lia-menu-navigation-wrapper"><a class="lia-js-menu-opener" href="#">Topic Options</a>
<a class="lia-link-navigation" href="#">Back to Topic Listing</a> <a class="lia-link-navigation" href="#">Previous</a>
<a class="lia-link-navigation" href="#">Next</a></div></div>
${post(0)}
<div class="lia-accepted-solution-box"><span class="lia-accepted-solution-label">Solved! Go to Solution.</span></div>
<div class="lia-replies-toggle"><span class="lia-replies-count">3 REPLIES 3</span> <label>Sort:</label> <a href="#">Oldest First</a></div>
${post(1)}
${post(2)}
${post(3)}
<div class="lia-quilt-row lia-reply-form"><a class="lia-button lia-button-primary" href="/t5/forums/replypage">Post Reply</a></div></div>
<div class="lia-quilt-column lia-quilt-column-6 lia-quilt-column-right"><div class="lia-panel lia-panel-standard related-topics">
<h2 class="lia-panel-heading-bar-title">Related Topics</h2><ul>${links(kRel)}</ul></div>
<div class="lia-panel"><h2 class="lia-panel-heading-bar-title">Can't find what you're looking for?</h2>
<p>Ask the community or share your knowledge.</p><a href="/t5/forums/postpage">Post to forums</a></div></div></div></div></div>
<footer class="k-uf"><ul>${links(kFoot)}</ul></footer>
<div id="truste-consent-track" class="truste-banner"><p>Kestrel and its partners use cookies to enhance your experience.</p>
<button id="truste-consent-button">Accept all</button><button id="truste-cookie-button">Manage preferences</button></div></body></html>`;
const khoros: TestPage = {
  name: 'heldout338-kestrel-khoros-community-forum',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts([...(kPosts[0] ?? []), ...(kPosts[1] ?? []), ...(kPosts[2] ?? []), ...kSteps, ...(kPosts[3] ?? [])]),
  bylines: ['rkovalenko_mfg', 'lena.whitcombe', ...kAuthors.map(([, , d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel Systems', ...kNav, 'Sign In', ...kCrumbs.slice(0, 1), 'Kestrel Forge Forum', 'Sheet metal flange will not unfold after changing...', 'SOLVED',
    'Topic Options', 'Back to Topic Listing', 'Previous', 'Next', 'Contributor', 'Mentor', 'Solved by lena.whitcombe.', 'Go to Solution.',
    'Solved! Go to Solution.', '3 REPLIES 3', 'Sort:', 'Oldest First', 'Report', 'Kudos', 'Reply', 'Post Reply', 'Related Topics', ...kRel,
    "Can't find what you're looking for?", 'Ask the community or share your knowledge.', 'Post to forums', ...kFoot,
    'Kestrel and its partners use cookies to enhance your experience.', 'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT338_B: readonly TestPage[] = [calculator, khoros];

import { links, type TestPage, texts } from './page-kit.js';
import { politico } from './pages-heldout20-b2.js';

/**
 * Held-out batch 20, file b: a Vox feature on Vox Media's Chorus/Duet front end (Next.js markup with duet-- and hashed
 * class names, the skip link, header nav with "Give" and "Membership", a full-bleed feature hero with the kicker,
 * headline, dek, photo caption and credit, byline with the date and "Updated" time, "Gift" and share buttons, body
 * paragraphs with h2 section heads, a pull quote, a "Related" list and a newsletter insert inside the body, the membership
 * ask, the author bio, "See More:" topics, "Most Popular" rail, the consent banner and the footer). The Politico-style
 * policy story of this file is in pages-heldout20-b2.ts.
 */
const vxTitle = 'The surprisingly political history of the public drinking fountain';
const vxDek = 'Fountains were once a promise that clean water belonged to everyone. Then cities let them break.';
const vxIntro = [
  'In the summer of 1885, a temperance society in Philadelphia paid for a cast-iron drinking fountain at the corner of Ninth and Market ' +
    'streets. Within a month, the city estimated that 1,800 people a day were using it. The group’s argument was simple: If working men ' +
    'could get a free drink of clean water, fewer of them would spend their wages in saloons.',
  'For the next half-century, fountains spread across American cities as a kind of public promise. Clean water, paid for by everyone, ' +
    'was there for anyone who was thirsty. Today that promise is mostly broken. Many parks have fountains that have not worked in years, ' +
    'and a 2024 audit in one large Midwestern city found that fewer than half of its park fountains produced any water at all.',
  'The decline wasn’t an accident, and reversing it is turning out to be harder than it looks.',
];
const vxH1 = 'How the fountain fell out of favor';
const vxS1 = [
  'Part of the story is bottled water. As plastic bottles became cheap in the 1990s, drinking from a public tap began to look ' +
    'old-fashioned, even unsanitary. Beverage companies leaned into that image, and cities under pressure to cut maintenance budgets found ' +
    'that few people complained when a broken fountain was capped rather than fixed.',
  'Fear did the rest. Scares over lead in school water systems, and later the early months of the Covid-19 pandemic, led many cities to ' +
    'shut fountains “temporarily.” Some never turned them back on.',
  '“There is no constituency for a drinking fountain until it is 98 degrees and you are standing next to one that doesn’t work,” said ' +
    'Lorena Abiodun, a public health researcher who studies heat and access to water in cities.',
] as const;
const vxPull = 'There is no constituency for a drinking fountain until it is 98 degrees and you are standing next to one that doesn’t work.';
const vxH2 = 'Why the heat changes the math';
const vxS2 = [
  'That is exactly the situation more Americans now find themselves in. Heat is the deadliest weather hazard in the country, and the ' +
    'people most exposed to it — outdoor workers, unhoused people, kids at summer camps, people waiting for buses — are also those least ' +
    'able to buy a bottle of water whenever they need one.',
  'Some cities have started to treat fountains as heat infrastructure rather than park decoration. Cooling centers get the headlines, ' +
    'but a working fountain on a bus route costs a fraction as much and is open all night.',
  'The cities that have made progress tend to do three things:',
];
const vxList = [
  'map every existing fountain and test it for lead;',
  'fit bottle fillers, so people can carry water away with them;',
  'and give maintenance to a single department, so a broken tap has an owner.',
];
const vxH3 = 'The unglamorous fix';
const vxS3 = [
  'None of this is technically difficult. A new outdoor bottle filler costs between $4,000 and $8,000 installed, according to estimates ' +
    'from several park departments, and the water itself is nearly free. The hard part, advocates say, is the same problem that killed ' +
    'the fountains in the first place: Nobody’s job is to keep them working.',
  'When one Southwestern city put its parks crew in charge of fountains and gave it a target, the share of working taps rose from 40 ' +
    'percent to 85 percent in two summers, Abiodun said.',
  '“People think of water fountains as a nice extra,” she said. “But they were built because someone decided that being thirsty in ' +
    'public was a problem the city should solve. That is still true. We just stopped acting like it.”',
];
const vxRelated = ['Extreme heat is a policy failure, not just a weather event', 'Why American cities stopped building public bathrooms'];
const vxNav = ['Explainers', 'Politics', 'Culture', 'Advice', 'Science', 'Health', 'Climate', 'Money', 'Technology', 'Podcasts', 'Video'];
const vxTopics = ['Cities', 'Climate', 'Health', 'Public Health', 'Urbanism'];
const vxPopular = [
  'The real reason your grocery bill is still so high',
  'What the new dietary guidelines actually say about eggs',
  'Is it ever okay to recline your seat on a plane?',
  'The week in Washington, explained in 5 charts',
];
const vxFoot = [
  'Terms of Use',
  'Privacy Notice',
  'Cookie Policy',
  'Do Not Sell or Share My Personal Info',
  'Licensing FAQ',
  'Accessibility',
  'Platform Status',
  'Contact',
  'Send Us a Tip',
  'Masthead',
  'About Us',
  'Editorial Ethics and Guidelines',
  'Careers',
];
const vxBio = 'Nadia Kessler is a senior correspondent at Vox covering cities, infrastructure and the politics of public space.';
const vxCap = 'A public drinking fountain on Market Street in Philadelphia, around 1908.';
const vxP = (t: string): string =>
  `<p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixi _1agbrix0 _1agbrixh">${t}</p>`;
const vxH = (t: string): string => `<h2 class="duet--article--dangerously-set-cms-markup duet--article--standard-heading _1agbrix9 xkp0cg1">${t}</h2>`;
const vxHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${vxTitle} | Vox</title><meta name="description" content="${vxDek}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${vxTitle}","description":"${vxDek}",
"author":[{"@type":"Person","name":"Nadia Kessler","url":"https://www.vox.example/authors/nadia-kessler"}],
"datePublished":"2025-11-12T12:00:00.000Z","dateModified":"2025-11-12T14:30:00.000Z","publisher":{"@type":"Organization","name":"Vox"}}</script>
<link rel="preload" as="font" href="/fonts/nittiGrotesk.woff2" crossorigin=""></head>
<body class="_1pn6s2q0"><div id="__next"><a class="_1ycz5ui0" href="#content">Skip to main content</a>
<div class="duet--navigation--navigation _1qxuqbp0"><a href="/" aria-label="Vox homepage" class="_1qxuqbp3"><svg role="img"><title>Vox logo</title></svg></a>
<nav class="_1qxuqbp5"><ul>${links(vxNav, '_1qxuqbp6')}</ul></nav><div class="_1qxuqbp9"><a class="duet--cta--button" href="/pages/support-now">Give</a>
<a href="/membership" class="duet--cta--button">Membership</a><button aria-label="Open search">Search</button><a href="/login">Sign in</a></div></div>
<main id="content" class="_1agbrix1"><article class="duet--article--feature-layout _2itx4i0" id="zephr-anchor">
<div class="duet--article--feature-hero _14b4g6p0"><div class="_14b4g6p2"><ul class="duet--article--article-groups _1sf6yc0">
<li><a href="/cities" class="_1sf6yc2">Cities</a></li></ul>
<h1 class="_14b4g6p4 xkp0cg9 xkp0cg1">${vxTitle}</h1>
<p class="duet--article--dek _14b4g6p6 xkp0cg4">${vxDek}</p>
<div class="duet--article--byline _1d4x8ls0"><span class="_1d4x8ls3">by <a class="_1d4x8ls5" href="/authors/nadia-kessler">Nadia Kessler</a></span>
<span class="_1d4x8ls7"><time datetime="2025-11-12T12:00:00.000Z">Nov 12, 2025, 7:00 AM EST</time></span>
<span class="_1d4x8ls8">Updated <time datetime="2025-11-12T14:30:00.000Z">Nov 12, 2025, 9:30 AM EST</time></span></div>
<div class="duet--article--share-buttons _1g0pt9f0"><button class="_1g0pt9f2"><span>Gift</span></button><button aria-label="Share on Facebook">
<span class="_1g0pt9f4">Facebook</span></button><button aria-label="Copy link"><span class="_1g0pt9f4">Link</span></button></div></div>
<figure class="duet--article--lede-image _14b4g6pb"><img alt="Men drinking from a cast-iron fountain on a city street" sizes="100vw"
srcset="https://platform.vox.example/wp-content/uploads/sites/2/2025/11/fountain.jpg?quality=90&amp;w=2400 2400w"
src="https://platform.vox.example/wp-content/uploads/sites/2/2025/11/fountain.jpg?quality=90&amp;w=1200">
<figcaption class="duet--media--caption _1ahbwo50"><span class="_1ahbwo51">${vxCap}</span> <cite class="duet--media--credit _1ahbwo52">Library of
Congress</cite></figcaption></figure></div>
<div class="duet--layout--entry-body-container _1agbrix2"><div class="duet--article--article-body-component-container clearfix">
${vxIntro.map(vxP).join('\n')}
<div class="duet--article--article-body-component"><div class="duet--article--related-list _8p6x0"><h4 class="_8p6x2">Related</h4>
<ul class="_8p6x3">${links(vxRelated, '_8p6x4')}</ul></div></div>
${vxH(vxH1)}
${vxS1.slice(0, 2).map(vxP).join('\n')}
<div class="duet--article--article-body-component"><div class="duet--article--pull-quote _1c4qnf30"><blockquote class="xkp0cg8">
<p>${vxPull}</p></blockquote></div></div>
${vxP(vxS1[2])}
<div class="duet--article--article-body-component"><div class="duet--newsletters--inline-signup _gd9m3x0" data-newsletter="vox-today">
<p class="_gd9m3x2"><strong>Vox Today</strong></p><p class="_gd9m3x3">The day’s most important news, explained, in your inbox every weekday.</p>
<form><label for="nl-email" class="_gd9m3x5">Email (required)</label><input id="nl-email" type="email" placeholder="Email (required)">
<button type="submit">Sign Up</button></form><p class="_gd9m3x7">By submitting your email, you agree to our Terms and Privacy Notice. This site is
protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></div></div>
${vxH(vxH2)}
${vxS2.map(vxP).join('\n')}
<ul class="duet--article--unordered-list _1agbrixk">${vxList.map((t) => `<li class="duet--article--dangerously-set-cms-markup">${t}</li>`).join('\n')}</ul>
${vxH(vxH3)}
${vxS3.map(vxP).join('\n')}
</div></div>
<div class="duet--article--membership-ask _1l2j2n0"><h3 class="_1l2j2n2">You’ve read 1 article in the last month</h3>
<p>Here at Vox, we explain the forces shaping the world so you can make sense of it. Our work is free to read because readers like you
help pay for it.</p><a class="duet--cta--button" href="/membership">Join now</a><a href="/pages/support-now">Give a one-time gift</a></div>
<div class="duet--article--author-bio _6xfh8m0"><p>${vxBio}</p></div>
<div class="duet--article--article-topics _1u0d2pc0"><span class="_1u0d2pc1">See More:</span><ul>${links(vxTopics, '_1u0d2pc2')}</ul></div>
</article><aside class="duet--layout--rail _1ndc5t70"><div class="duet--recirculation--most-popular"><h2 class="_5pl5pk0">Most Popular</h2>
<ol>${links(vxPopular, '_5pl5pk2')}</ol></div></aside></main>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" style="display:none">
<p id="onetrust-policy-text">We use cookies and similar technologies to run this site, measure its audience and show you relevant ads.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Customize Settings</button></div></div>
<footer class="duet--navigation--footer _1p9ns9v0"><a href="/" aria-label="Vox homepage"></a><ul>${links(vxFoot, '_1p9ns9v3')}</ul>
<p class="_1p9ns9v5">© 2025 Vox Media, LLC. All Rights Reserved</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[]}}},"page":"/[...slugs]"}</script></body></html>`;
const vox: TestPage = {
  html: vxHtml,
  name: 'heldout20-vox-feature',
  kind: 'news',
  // the dek is body; the three h2 section heads are the headings; the three list items are body (the sentence before them
  // introduces them); the pull quote repeats a body quote word for word (in neither list); "Nadia Kessler" and both times are
  // bylines ("by" and "Updated" in neither); the group kicker "Cities", hero caption and credit, share buttons, the in-body
  // "Related" list and the newsletter insert, the membership ask, the bio tagline, "See More:" topics, "Most Popular", the
  // hidden cookie banner, header, nav and footer are furniture; "Cities" is also the first topic: listed once (and out of the
  // furniture since session 14, when batch 20 became training: a word of the dek's short sentence "Then cities let them break.",
  // found in any summary that picks it, as earlier batches leave out such words)
  title: vxTitle,
  headings: [vxH1, vxH2, vxH3],
  body: [vxDek, ...texts(vxIntro), ...texts(vxS1), ...texts(vxS2), ...vxList, ...texts(vxS3)],
  bylines: ['Nadia Kessler', 'Nov 12, 2025, 7:00 AM EST', 'Nov 12, 2025, 9:30 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Vox logo', ...vxNav, 'Give', 'Membership', 'Search', 'Sign in', 'Gift', 'Facebook', 'Link', vxCap, 'Library of Congress',
    'Related', ...vxRelated, 'Vox Today', 'The day’s most important news, explained, in your inbox every weekday.', 'Email (required)', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice.', 'You’ve read 1 article in the last month',
    'Here at Vox, we explain the forces shaping the world so you can make sense of it.', 'Join now', 'Give a one-time gift', vxBio,
    'See More:', ...vxTopics.slice(1), 'Most Popular', ...vxPopular,
    'We use cookies and similar technologies to run this site, measure its audience and show you relevant ads.', 'Accept All',
    'Customize Settings', ...vxFoot, '© 2025 Vox Media, LLC. All Rights Reserved',
  ],
};

export const HELDOUT20_B: readonly TestPage[] = [vox, politico];

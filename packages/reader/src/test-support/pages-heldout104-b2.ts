import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 104, file b2: a long-read on a Vox Media "duet" template magazine site (the series box "This story is part
 * of our series ..." as the first block of the entry body, the kicker link, the dek, the byline with the "Updated" time, a
 * full-width image with caption and credit, an inline pull quote, the membership ask inside the body, the end-of-article
 * series rail, the "Most Popular" list, the newsletter box, a hidden mobile menu and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const vTitle = 'The last ferryman of the Orla delta';
const vDek = paras(`
For 41 years, Bram Veldt has rowed people across a river that the rest of the country has forgotten. Now the bridge is coming.`);
const vSeries =
  'This story is part of our series Coastlines, about the people who live and work where the land meets the water. Read the rest of the series here.';
const vP1 = paras(`
At six every morning, Bram Veldt walks down a muddy lane to a wooden jetty, unties a flat-bottomed boat he built himself, and
waits. Sometimes he waits for an hour. Sometimes his first passenger is already sitting on the bench, a schoolchild or a farm
worker or, once, a bride in a borrowed coat, on her way to the registry office on the far bank.

The crossing takes four minutes. It costs one coin, the same coin it has cost since 1998, when Veldt decided the fare was high
enough. He has rowed it, by his own rough count, more than 200,000 times.

The Orla delta is a flat, wet place of reeds and channels where the river breaks into a dozen streams before it reaches the
sea. For most of the last century, small ferries like Veldt's were the only way across. One by one they closed as roads and
bridges arrived. His is the last.`);
const vH1 = 'A village on the wrong side';
const vP2 = paras(`
Veldt's ferry exists because of an accident of geography. The village of Hollum sits on a narrow strip of land between two
channels, and the nearest road bridge is 19 kilometres away. For the 300 people who live there, the boat is the difference between
a short walk to the bus stop and a half-hour drive.

"People think it is a tourist thing," Veldt told me, leaning on his oar as a heron lifted off the far bank. "It is not. It is
how the nurse gets to work."

Over two days on the jetty, I met the nurse, a retired couple going to the market, and a teenager who crosses twice a day to
train with a football club on the other side. Every one of them knew Veldt by name. Most of them knew the names of his
grandchildren.`);
const vQuote = 'It is not a tourist thing. It is how the nurse gets to work.';
const vH2 = 'The bridge';
const vP3 = paras(`
Next spring, construction is due to start on a cycle and footbridge that will connect Hollum directly to the main road. The
regional council approved it in 2023 after a long campaign by villagers who wanted a crossing that did not depend on one man's
health and the weather.

Veldt supported the campaign. He is 68, and he knows the river will not wait for him to find a successor. "Somebody has to do
this when I cannot," he said. "A bridge does not get the flu."

Still, he admitted, he does not know what he will do with his mornings. He has offered the council his boat for the village
museum, and he says he may keep rowing on Sundays for anyone who would rather cross the old way. Nobody I spoke to in Hollum
believed he would stop.`);
const vNav = ['Explainers', 'Politics', 'Culture', 'Science', 'Money', 'Technology', 'Climate', 'Podcasts', 'Video'];
const vCap = 'Bram Veldt ties up his boat at the Hollum jetty at the end of a morning’s crossings.';
const vCredit = 'Saskia Dorn for The Lantern';
const vAsk = paras(`
You've read 1 article in the last month

Here at The Lantern, we believe in telling stories that help people understand the world. Our work is supported by readers
like you. Will you become a member today?`);
const vSeriesMore = [
  'The women who still pick cockles by hand',
  'Living on an island that is sinking by a centimetre a year',
  'A lighthouse keeper with no light',
];
const vPopular = [
  'How to actually fall asleep faster',
  'The long fight over daylight saving time',
  'Why your rent keeps going up',
  'What the new tax rules mean for you',
];
const vFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell or Share My Personal Info', 'Licensing FAQ', 'Accessibility', 'Platform Status'];
const vPcls = ' class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph"';
const vHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${vTitle} | The Lantern</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${vTitle}"><meta property="og:description" content="${vDek[0]}"><meta name="parsely-section" content="Coastlines">
<meta property="article:published_time" content="2025-08-19T10:30:00.000Z">
<link rel="canonical" href="https://www.thelantern.example/coastlines/417223/orla-delta-ferry">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}","description":"${vDek[0]}",
"author":[{"@type":"Person","name":"Mirela Hoxha","url":"https://www.thelantern.example/authors/mirela-hoxha"}],
"datePublished":"2025-08-19T10:30:00.000Z"}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"EntryLayoutQuery"}]}}},
"page":"/[...slugs]"}</script></head>
<body><div id="__next"><a class="duet--navigation--skip-link" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation"><a href="/" aria-label="The Lantern homepage"><svg role="img" aria-hidden="true"></svg></a>
<nav aria-label="Site"><ul class="duet--navigation--nav-list">${links(vNav, '_1ujvkz1')}</ul></nav><a class="duet--cta--button" href="/support">Support us</a>
<button class="duet--navigation--menu-button" aria-expanded="false">Menu</button></header>
<div class="duet--navigation--mobile-menu" aria-hidden="true" style="display:none"><ul>${links(vNav)}</ul></div>
<main id="content"><article id="zephr-anchor" class="duet--article--article-layout">
<div class="duet--article--lede"><a class="duet--article--kicker" href="/coastlines">Coastlines</a>
<h1 class="duet--article--dangerously-set-cms-markup _1xwtict9">${vTitle}</h1>
<p class="duet--article--dangerously-set-cms-markup duet--article--dek">${vDek[0]}</p>
<div class="duet--article--byline"><span class="duet--article--byline-author">by <a href="/authors/mirela-hoxha">Mirela Hoxha</a></span>
<time datetime="2025-08-19T10:30:00.000Z" class="duet--article--timestamp">Updated Aug 19, 2025, 6:30 AM EDT</time></div></div>
<figure class="duet--article--lede-image">
<img alt="" src="https://platform.thelantern.example/wp-content/uploads/sites/2/2025/08/ferry.jpg?quality=90&amp;w=2400">
<figcaption><span class="duet--media--caption">${vCap}</span> <span class="duet--media--credit">${vCredit}</span></figcaption></figure>
<div class="duet--layout--entry-body-container"><div class="duet--article--article-body-component-container">
<div class="duet--article--article-body-component"><div class="duet--article--series-callout"><p class="duet--article--dangerously-set-cms-markup">
<em>${vSeries}</em></p></div></div>
${vP1.map((p) => `<div class="duet--article--article-body-component">${ps([p], vPcls)}</div>`).join('\n')}
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup">${vH1}</h2></div>
${ps(vP2, ' class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph"')}
<div class="duet--article--article-body-component"><aside class="duet--article--pull-quote"><p>${vQuote}</p></aside></div>
<div class="duet--article--article-body-component"><div class="duet--ledes--contribution-ask" data-concert-ads-name="ask"><h3>${vAsk[0]}</h3>
<p>${vAsk[1]}</p><a class="duet--cta--button" href="/support">Yes, I'll give</a><a href="/support" class="duet--cta--secondary">No thanks</a></div></div>
<div class="duet--article--article-body-component"><h2 class="duet--article--dangerously-set-cms-markup">${vH2}</h2></div>
${ps(vP3, ' class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph"')}
</div></div>
<div class="duet--article--share-bar"><button aria-label="Share this story">Share this story</button>
<a href="/contact" class="duet--article--tip">Send a tip</a></div>
</article>
<section class="duet--series--more"><h2>More from Coastlines</h2><ul>${links(vSeriesMore, 'duet--content-cards--card')}</ul></section>
<section class="duet--recirculation--most-popular"><h2>Most Popular</h2><ol>${links(vPopular)}</ol></section>
<section class="duet--cta--newsletter"><h2>Get The Lantern Weekend in your inbox</h2><p>The week's best stories, every Saturday morning.</p>
<label for="email">Email (required)</label><input type="email" id="email"><button type="submit">Sign Up</button></section></main>
<footer class="duet--navigation--footer"><ul>${links(vFoot)}</ul><p>© 2025 Lantern Media, Inc. All Rights Reserved</p></footer></div></body></html>`;
export const seriesStory: TestPage = {
  name: 'heldout104-lantern-duet-series-story',
  kind: 'news',
  html: vHtml,
  // the series box is furniture though it is the first block of the entry body; the dek is body; the pull quote repeats a
  // body sentence and is in neither list; the membership ask inside the body is furniture; "by Mirela Hoxha" is the byline
  title: vTitle,
  headings: [vH1, vH2],
  body: texts([...vDek, ...vP1, ...vP2, ...vP3]),
  bylines: ['by Mirela Hoxha', 'Updated Aug 19, 2025, 6:30 AM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vNav, 'Support us', 'Menu', 'Coastlines', vCap, vCredit, vSeries, ...vAsk, "Yes, I'll give", 'No thanks', 'Share this story',
    'Send a tip', 'More from Coastlines', ...vSeriesMore, 'Most Popular', ...vPopular, 'Get The Lantern Weekend in your inbox',
    "The week's best stories, every Saturday morning.", 'Email (required)', 'Sign Up', ...vFoot, '© 2025 Lantern Media, Inc. All Rights Reserved',
  ],
};

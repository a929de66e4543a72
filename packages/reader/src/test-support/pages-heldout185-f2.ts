import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 185, file f2: a BFI Sight and Sound feature (the BFI Drupal template: skip link, the BFI header with Watch,
 * Explore, Learn, "Join & support" and the basket, the Sight and Sound subnav, breadcrumbs, the "From our November 2025 issue"
 * kicker, h1, standfirst, byline and "Updated" date, the hero still with its caption, the feature with h2 sections and captioned
 * stills, the "Get the magazine" promo inside the article, tags, "Other things to explore", the email signup, the footer with
 * the charity line and the Civic cookie control panel).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const ssTitle = 'Slow tide: the new Baltic cinema of patience';
const standfirst =
  'From Riga to Klaipėda, a generation of filmmakers is turning away from festival spectacle towards long takes, small stories and ' +
  'the rhythms of coastal life.';
const intro = paras(`
At the Riga International Film Forum in September, the most talked-about film was one in which, for the first forty minutes, a
man repairs a fishing net. Ieva Straume’s <i>Net Mender</i> is not an endurance test, though some at the festival treated it as
one. It is a film about attention, and about what happens to a small community when its most patient member stops paying it.

<i>Net Mender</i> is only the most visible example of something that has been building along the Baltic coast for most of a
decade: a cinema of long takes, non-professional performers and stories that take place almost entirely within a few streets
of a harbour. Its makers rarely describe themselves as a movement. But watch their films together and the family resemblance
is hard to miss.
`);
const h1 = 'Beginnings in the film clubs';
const s1 = paras(`
Most of these directors came up not through the national film schools but through the amateur film clubs that survived, often
in church halls and trade-union buildings, from the Soviet period. Straume made her first shorts with the Liepāja Cine Club on a
borrowed 16mm camera; Lithuanian director Mantas Girdauskas learned editing from a retired newsreel cutter who ran a Saturday
workshop in Klaipėda.

“The clubs taught us that a film does not need an event,” Girdauskas told me. “It needs a place and some time. The event is
optional.”
`);
const h2 = 'A cinema of work';
const s2 = paras(`
What unites the films is less a style than a subject. Again and again they return to manual labour: net mending, boat repair,
the gutting and smoking of fish. Girdauskas’s <i>Eel Season</i> (2023) follows a smokehouse through a single winter; Estonian
newcomer Kertu Vahtra’s <i>Dry Dock</i> is set entirely in a shipyard scheduled for demolition.

These are not nostalgic films. The work they show is hard and badly paid, and the communities around it are shrinking. But the
directors treat labour as a form of knowledge, and their patience with it is a kind of respect. The long takes are not a
formal signature so much as a refusal to cut away before the job is done.
`);
const h3 = 'What comes next';
const s3 = paras(`
The question now is whether the wave can survive its own success. <i>Net Mender</i> has a distributor in eleven territories,
and Straume is in talks for an English-language feature. Several of her peers have been courted by streaming platforms, with
their preference for shorter running times and faster openings.

Girdauskas is unworried. “We are used to the tide going out,” he said. “It comes back. Meanwhile, there are nets to mend.”
`);
const captions = ['Net Mender (2025)', 'Eel Season (2023)', 'Dry Dock (2024)'];
const promo = ['Get the magazine', 'The November 2025 issue of Sight and Sound is on sale now.', 'Buy a copy'];
const bfiNav = ['Watch', 'Explore', 'Sight and Sound', 'Learn', 'Join & support', 'BFI Southbank'];
const ssNav = ['Sight and Sound magazine', 'Reviews', 'Features', 'Interviews', 'Polls', 'Subscribe'];
const crumbs = ['Home', 'Sight and Sound', 'Features'];
const tags = ['Baltic cinema', 'Latvian cinema', 'Lithuanian cinema', 'Festivals'];
const explore = [
  'Other things to explore',
  'The 50 best films of 2025 so far',
  'Ieva Straume: “I wanted the audience to learn the knots”',
  'Riga International Film Forum 2025: our festival highlights',
];
const signup = ['Sign up for BFI emails', 'Get the latest news on films, events, offers and more.', 'Sign up'];
const foot = ['About the BFI', 'Contact us', 'Press', 'Jobs', 'Privacy policy', 'Terms of use', 'Cookies', 'Accessibility'];
const charity = 'The British Film Institute is a charity registered in England and Wales No. 287780.';
const cookie = 'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use it.';
const fig = (i: number): string =>
  `<figure class="Figure__FigureContainer-sc-1x6c2ty-0"><img src="/sites/default/files/styles/content/public/2025-10/still-${i}.jpg" alt="">
<figcaption class="Figure__Caption-sc-1x6c2ty-1">${captions[i]}</figcaption></figure>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p class="RichText__Paragraph-sc-1k7ek2b-1">${p}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Slow tide: the new Baltic cinema of patience | BFI</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${standfirst}">
<meta property="og:title" content="${ssTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="BFI">
<link rel="canonical" href="https://www.bfi.example/sight-and-sound/features/slow-tide-new-baltic-cinema-patience">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ssTitle}","author":[{"@type":"Person",
"name":"Aleksandra Bērziņa"}],"datePublished":"2025-10-14T09:00:00+01:00","publisher":{"@type":"Organization","name":"BFI"}}</script>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script><script id="__NEXT_DATA__"
type="application/json">{"page":"/sight-and-sound/[...slug]"}</script>
</head><body><div id="__next"><a class="SkipLink__Link-sc-8bf4oo-0" href="#main">Skip to main content</a>
<header class="Header__Container-sc-1oxaq3m-0"><a href="/" class="Header__Logo-sc-1oxaq3m-1"><span class="visually-hidden">BFI</span><svg></svg></a>
<nav class="PrimaryNav__Nav-sc-a3bp0l-0" aria-label="Primary"><ul>${links(bfiNav, 'PrimaryNav__Item-sc-a3bp0l-1')}</ul></nav>
<div class="Header__Utility-sc-1oxaq3m-2"><button aria-label="Search">Search</button><a href="/account/login">Log in / Sign up</a><a
href="/basket">Basket</a></div></header>
<nav class="SubNav__Nav-sc-1cq0a9m-0" aria-label="Sight and Sound"><ul>${links(ssNav, 'SubNav__Item-sc-1cq0a9m-1')}</ul></nav>
<main id="main"><article class="Article__Container-sc-1uz4ljk-0"><ol class="Breadcrumbs__List-sc-1v5y8tn-0">${links(crumbs)}</ol>
<header class="ArticleHeader__Header-sc-17f2bo8-0"><p class="ArticleHeader__Kicker-sc-17f2bo8-1">From our November 2025 issue</p>
<h1 class="ArticleHeader__Title-sc-17f2bo8-2">${ssTitle}</h1><p class="ArticleHeader__Standfirst-sc-17f2bo8-3">${standfirst}</p>
<div class="ArticleHeader__Meta-sc-17f2bo8-4"><p class="ArticleHeader__Byline-sc-17f2bo8-5">By <a href="/people/aleksandra-berzina">Aleksandra Bērziņa</a></p>
<p class="ArticleHeader__Date-sc-17f2bo8-6">Updated: 14 October 2025</p></div></header>
${fig(0)}
<div class="ArticleBody__Body-sc-1b9jk2x-0">
${ps(intro)}
<h2 class="RichText__H2-sc-1k7ek2b-2">${h1}</h2>
${ps(s1)}
${fig(1)}
<h2 class="RichText__H2-sc-1k7ek2b-2">${h2}</h2>
${ps(s2)}
<aside class="MagazinePromo__Container-sc-12l8n9q-0"><h3>${promo[0]}</h3><p>${promo[1]}</p><a href="/sight-and-sound/magazine">${promo[2]}</a></aside>
${fig(2)}
<h2 class="RichText__H2-sc-1k7ek2b-2">${h3}</h2>
${ps(s3)}
</div><ul class="Tags__List-sc-1l0gc4r-0">${links(tags, 'Tags__Item-sc-1l0gc4r-1')}</ul></article>
<section class="RelatedContent__Section-sc-9y6d1j-0"><h2>${explore[0]}</h2><ul>${links(explore.slice(1))}</ul></section></main>
<section class="EmailSignup__Section-sc-1ky3c1p-0"><h2>${signup[0]}</h2><p>${signup[1]}</p><form><input type="email" aria-label="Email address">
<button type="submit">${signup[2]}</button></form></section>
<footer class="Footer__Container-sc-1f4bvf-0"><ul>${links(foot)}</ul><p>${charity}</p></footer></div>
<div id="ccc" role="dialog" aria-label="Cookie Control"><div id="ccc-notify"><p class="ccc-notify-text">${cookie}</p>
<button id="ccc-notify-accept">Accept recommended settings</button><button id="ccc-notify-reject">Reject all</button>
<button class="ccc-link">Cookie preferences</button></div></div></body></html>`;
export const sightSoundPage: TestPage = {
  html,
  name: 'heldout185-sightandsound-feature',
  kind: 'news',
  // the standfirst is body; the issue kicker, the still captions and the in-article magazine promo are furniture
  title: ssTitle,
  headings: [h1, h2, h3],
  body: [standfirst, ...texts(intro), ...texts(s1), ...texts(s2), ...texts(s3)],
  bylines: ['By Aleksandra Bērziņa', 'Updated: 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'BFI', ...bfiNav, 'Search', 'Log in / Sign up', 'Basket', ...ssNav, ...crumbs, 'From our November 2025 issue', ...captions,
    ...promo, ...tags, ...explore, ...signup, ...foot, charity, cookie, 'Accept recommended settings', 'Reject all', 'Cookie preferences',
  ],
};

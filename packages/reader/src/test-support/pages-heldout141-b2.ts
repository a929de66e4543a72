import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file b2: a New Zealand Herald premium news story on its Arc XP template: the top bar, "Subscribe" and
 * "Sign in", the section nav, the "Premium" badge and section label, the headline, the byline with role, outlet, date and
 * reading time, the "Subscribe to listen" audio prompt, the lead image with "Photo /" caption, the body with its h2 section
 * headings and the "Advertisement / Advertise with NZME." slots between paragraphs, the italic author note at the end of the
 * body, the share buttons, the "Latest from Business" rail and the footer.
 */
export const nzTitle = 'Orchardists warn of fruit left on trees as seasonal worker cap stays at 19,000';
export const nzP1 = paras(`
Apple and kiwifruit growers in Ruawhenua Bay say they could leave up to a fifth of this season’s crop unpicked after the
Government confirmed it will not lift the cap on overseas seasonal workers for the coming harvest.

Immigration Minister Hana Whitcombe told growers on Thursday that the Recognised Seasonal Employer scheme would stay at 19,000
places for the year from April, the same as last season, despite industry requests for an extra 2500 workers.

Growers say orchard plantings in the region have expanded by about 1200 hectares in the past three years, and many of those
trees are now reaching full production.
`);
export const nzH1 = '‘We cannot pick it with the people we have’';
export const nzP2 = paras(`
Tamsin Reid, who runs a 90-hectare apple orchard near Tūrangi Flat with her husband, said she had been allocated 64 seasonal
workers, the same as last year, but needed at least 80 to harvest on time.

“We have advertised locally since October. We have had eleven applications and four people have turned up for a trial day,” she
said. “The fruit does not wait. If it is not off the tree in a two-week window, it is not export grade.”

Ruawhenua Fruitgrowers’ Association chairman Peter Lomax estimated the region could leave between 15 and 20 per cent of its
apple crop unpicked if the shortfall was not made up. At current export prices, that would be worth up to $95 million.

“This is not a one-off. Every grower I talk to is making the same calculation about whether to leave blocks unpicked or pull
trees out altogether,” he said.
`);
export const nzH2 = 'Minister points to local jobs';
export const nzP3 = paras(`
Whitcombe said the Government had to balance the needs of growers with the pressure on housing in rural towns, where seasonal
workers are often accommodated.

“We have heard very clearly from councils and communities that accommodation is at capacity. Adding thousands of extra workers
without somewhere safe for them to live is not responsible,” she said.

She said the Ministry of Social Development would run a new programme placing job seekers on orchards, with transport and a
$500 bonus for those who complete the season. The ministry expects to fill around 600 roles through the scheme.

Growers have welcomed the programme but say it will not close the gap. Last year a similar initiative in another region placed
210 people, of whom fewer than half stayed until the end of the harvest.

Pacific labour leaders have also criticised the decision. Sione Mahe, who represents Tongan workers in the scheme, said many
families relied on the income and that the cap meant fewer villages would benefit.

The association will meet officials again next month to discuss whether any unused places from other regions can be moved to
Ruawhenua Bay before picking begins in February.
`);
export const nzAuthorNote = '<em>Grace Tuhiwai is a business reporter for the New Zealand Herald, covering primary industries and the regions.</em>';
export const nzTop = lines(`
Latest news
New Zealand
Sport
World
Business
Entertainment
Podcasts
Quizzes
Opinion
Lifestyle
Travel
Viva
Weather
`);
export const nzListen = ['Subscribe to listen', 'Access to Herald Premium articles requires a Premium subscription. Subscribe now to listen.'];
export const nzCaption = 'Apple growers say they need more workers than the scheme allows. Photo / Warren Buckland';
export const nzShare = ['Share', 'Save', 'Facebook', 'X', 'Email', 'Copy link'];
export const nzLatest = lines(`
Air New Zealand to cut two regional routes from March
Building consents fall to lowest level in a decade
Liam Dann: Why the Reserve Bank may move faster than expected
Dairy prices lift for fourth auction in a row
`);
export const nzFoot = lines(`
About NZ Herald
Meet the journalists
Newsletters
Classifieds
Help & support
Contact us
House rules
Privacy Policy
Terms of use
Competition terms
Our use of AI
`);
export const nzCopy = '© Copyright 2025 NZME Publishing Limited';
const ad = (n: number): string => `<div class="ad-container ad-container--article" data-ad-position="inline-${n}">
<div class="ad-container__label"><span>Advertisement</span></div><div id="ad-${n}" class="ad-slot" data-slot="/6756/nzme.nzherald/business"></div>
<div class="ad-container__nzme"><a href="https://www.nzme.example/advertising/">Advertise with NZME.</a></div></div>`;
const para = (p: string): string => `<p class="article__body-paragraph">${p}</p>`;
const h2 = (t: string): string => `<h2 class="article__heading-two">${t}</h2>`;
const body = [
  ...nzP1.map(para),
  ad(1),
  h2(nzH1),
  ...nzP2.slice(0, 2).map(para),
  ad(2),
  ...nzP2.slice(2).map(para),
  h2(nzH2),
  ...nzP3.slice(0, 3).map(para),
  ad(3),
  ...nzP3.slice(3).map(para),
  para(nzAuthorNote),
].join('\n');
export const nzHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Orchardists warn of fruit left on trees as seasonal worker cap stays at 19,000 - NZ Herald</title>
<meta name="description" content="Growers say they could leave up to a fifth of this season’s crop unpicked."><meta property="og:title" content="${nzTitle}">
<meta property="og:site_name" content="NZ Herald"><meta property="article:published_time" content="2025-01-16T04:00:00.000Z">
<meta property="article:section" content="Business"><link rel="canonical" href="https://www.nzherald.example/business/orchardists-warn-of-fruit-left/K7W2/">
<link rel="stylesheet" href="/pf/resources/dist/nzh/css/main.css?d=877">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nzTitle}","isAccessibleForFree":"False",
"author":[{"@type":"Person","name":"Grace Tuhiwai"}],"datePublished":"2025-01-16T04:00:00.000Z","articleSection":"Business",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".article__body"},
"publisher":{"@type":"NewsMediaOrganization","name":"NZ Herald"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="nzh";Fusion.contentMeta={"premium":true,"section":"/business"};</script>
</head><body class="page-article"><div id="fusion-app">
<header class="header" role="banner"><div class="header__top">
<button class="header__menu-button" aria-label="Open menu"><span class="icon-menu"></span></button>
<a class="header__logo" href="/" aria-label="NZ Herald home"><svg class="logo"><use href="#logo-nzh"></use></svg></a>
<div class="header__actions"><a class="button button--premium header__subscribe" href="/subscribe/">Subscribe</a>
<a class="header__sign-in" href="/my-account/">Sign in</a></div></div>
<nav class="header__nav" aria-label="Primary"><ul class="header__nav-list">
${nzTop.map((t) => `<li class="header__nav-item"><a href="/${slugify(t)}/">${t}</a></li>`).join('\n')}</ul></nav></header>
<main class="main-content"><article class="article article--premium" data-test-ui="article">
<header class="article__header"><div class="article__section-label"><span class="premium-badge"><svg class="premium-badge__icon"></svg>
<span class="premium-badge__text">Premium</span></span><a class="article__section-link" href="/business/">Business</a></div>
<h1 class="article__heading">${nzTitle}</h1>
<div class="article__meta"><div class="author"><div class="author__name">By <a href="/author/grace-tuhiwai/">Grace Tuhiwai</a></div>
<div class="author__desc">Business reporter·NZ Herald·</div></div>
<div class="article__meta-item"><time class="article__published" datetime="2025-01-16T04:00:00.000Z">16 Jan, 2025 05:00 PM</time></div>
<div class="article__meta-item article__read-time">4 mins to read</div></div>
<div class="audio-paywall"><button class="audio-paywall__button" disabled><span>${nzListen[0]}</span></button>
<p class="audio-paywall__message">${nzListen[1]}</p></div>
<figure class="article-media article-media--lead"><img alt="Apple orchard" src="https://www.nzherald.example/resizer/v2/QX7H.jpg?auth=91a&amp;width=1200">
<figcaption class="article-media__caption">${nzCaption}</figcaption></figure></header>
<section class="article__body article-body" data-paywall="premium">
${body}
</section>
<div class="article__share share-bar">${nzShare.map((t) => `<button class="share-bar__button" data-share="${slugify(t)}">${t}</button>`).join('')}</div>
</article>
<aside class="article-rail"><section class="story-list"><h2 class="story-list__heading">Latest from Business</h2><ul>
${nzLatest.map((t) => `<li class="story-card"><a href="/business/${slugify(t)}/"><h3 class="story-card__heading">${t}</h3></a></li>`).join('\n')}
</ul></section>${ad(4)}</aside></main>
<footer class="footer"><div class="footer__logo"><svg><use href="#logo-nzh"></use></svg></div><ul class="footer__links">
${nzFoot.map((t) => `<li><a href="/${slugify(t)}/">${esc(t)}</a></li>`).join('\n')}</ul><p class="footer__copyright">${nzCopy}</p></footer></div>
<script src="/pf/dist/engine/react.js?d=877" defer></script><script src="https://cdn.piano.example/api/tinypass.min.js" async></script>
</body></html>`;

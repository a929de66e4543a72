import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file d2: a South China Morning Post Hong Kong story on its React template (emotion "css-" classes and
 * data-qa attributes): the header with "Subscribe" and "Sign In", the section nav, the section and topic labels with
 * "+ FOLLOW", the headline, the two-point summary list, the author and published/updated times, "Why you can trust SCMP",
 * the tool bar with comment count, the lead image with "Photo:" caption, the body with "ADVERTISEMENT" slots and a "More on
 * this" box, the "Related Topics", the "Discover more stories" and "Most Popular" rails, the cookie bar and the footer.
 */
export const scTitle = 'Ferry operator wins bid to run new Tung Chung–Tuen Mun route from August';
export const scSummary = [
  'Silver Harbour Ferries will run 34 sailings a day between the two new towns, with adult fares set at HK$16',
  'Residents’ groups say route will cut journeys to 25 minutes but question whether fares will stay low',
];
export const scP = paras(`
A new ferry service linking Tung Chung and Tuen Mun will begin operating in August after the Transport Department awarded a
five-year licence to a local operator, cutting the journey between the two new towns to about 25 minutes.

Silver Harbour Ferries, which already runs two outlying island routes, beat three other bidders for the licence, the department
said on Wednesday. The company will operate 34 sailings a day using four new 200-seat catamarans, with the first departure from
Tung Chung at 6.30am and the last at 11pm.

Adult fares will be HK$16 on weekdays and HK$19 on weekends and public holidays. Elderly passengers will be able to travel for
HK$2 under the government’s concession scheme.

At present, residents travelling between the two districts must take a bus across the Tuen Mun–Chek Lap Kok tunnel, which can
take more than 45 minutes during peak hours, or change trains at least twice.

The department said the route was expected to carry about 8,000 passengers a day in its first year, rising as new housing estates
in Tung Chung East are completed. A new pier at Tung Chung East will be used from 2026.

“The ferry offers residents an alternative that avoids road congestion altogether,” a department spokeswoman said. “We have
required the operator to keep fares unchanged for at least the first two years.”

Lawmaker Vincent Kwok Ho-yin, who represents the transport sector, said the service would be especially useful for workers at the
airport and the logistics hubs near Tuen Mun. But he warned that previous new ferry routes had struggled to break even once
subsidies ended.

“The government must be realistic. If the operator is losing money by year three, residents will be asked to pay much more, or
the service will be cut back,” he said.

Yvonne Lam Sze-wing, chairwoman of the Tung Chung Residents’ Concern Group, said many families had waited years for a direct link.
“People are happy, but we also want to know what happens after two years. The fare promise should last for the whole licence,”
she said.

Silver Harbour Ferries said its new vessels would be built in Guangdong and delivered in June, and that crew training would begin
on existing routes next month.
`);
export const scMore = ['More on this:', 'Hong Kong to review ferry subsidies as outlying island fares rise'];
export const scNav = lines(`
Hong Kong
China
Asia
World
Business
Tech
Lifestyle
Opinion
Sport
Video
Podcasts
Magazines
`);
export const scTopic = 'Hong Kong transport';
export const scTrust = 'Why you can trust SCMP';
export const scCaption = 'A ferry pier in Tung Chung. The new route will run 34 sailings a day. Photo: Jelly Tse';
export const scTools = ['Bookmark', 'Share', 'Print'];
export const scRelated = ['Related Topics', 'Hong Kong transport', 'Ferries', 'Tung Chung', 'Tuen Mun'];
export const scDiscover = lines(`
Discover more stories on Hong Kong transport
MTR to run extra late-night trains during Lunar New Year holiday
Minibus operators ask for fare rises as diesel costs climb
`);
export const scPopular = lines(`
Most Popular
Hong Kong weather: cold front to send temperatures down to 9 degrees
Why Hong Kong’s property agents are leaving the industry in record numbers
China’s new visa rules: what travellers need to know
`);
export const scCookie = [
  'We use cookies to tailor your experience and show you relevant ads. By clicking “Accept”, you agree that cookies may be placed ' +
    'in line with our Privacy Policy.',
  'Accept',
];
export const scFoot = lines(`
About us
Work With Us
Contact us
Advertise with us
SCMP Knowledge
Code of Conduct
Privacy Policy
Terms & Conditions
FAQ
`);
export const scCopy = 'Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.';
const para = (p: string): string => `<p data-qa="Component-Component" class="css-1tk5s8f e1y4a0js0">${p}</p>`;
const ad = (n: number): string => `<div class="css-14x7wyp e1ldehmx0" data-qa="InlineAdSlot-Container"><div class="css-1aeowe5 e1ldehmx1">ADVERTISEMENT</div>
<div id="dfp-ad-inline${n}" class="css-1v0m3hw e1ldehmx2" data-ad-unit="/8134/scmp/web/hongkong/article/inline${n}"></div></div>`;
const more = `<div class="css-1u0ts0b e4cra0" data-qa="RelatedLinks-Container"><div class="css-6r2pm6 e4cra1">${scMore[0]}</div>
<a class="css-1xdhyk6 e4cra2" href="/news/hong-kong/transport/article/3291166/review-ferry-subsidies"><span>${scMore[1]}</span></a></div>`;
const body = [...scP.slice(0, 3).map(para), ad(1), ...scP.slice(3, 6).map(para), more, ad(2), ...scP.slice(6).map(para)].join('\n');
const railList = (items: readonly string[], qa: string): string => `<section class="css-1x2a2h5" data-qa="${qa}"><h2 class="css-18x9fkn">${items[0]}</h2><ul>
${items
  .slice(1)
  .map((t) => `<li class="css-1p9cjsk"><a href="/news/hong-kong/article/${slugify(t)}"><h3 class="css-x3zf9p">${esc(t)}</h3></a></li>`)
  .join('\n')}</ul></section>`;
export const scHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ferry operator wins bid to run new Tung Chung–Tuen Mun route from August | South China Morning Post</title>
<meta name="description" content="${scSummary[0]}"><meta property="og:title" content="${scTitle}">
<meta property="og:site_name" content="South China Morning Post">
<meta name="cse_section" content="Hong Kong"><meta name="paywall" content="metered"><meta property="article:published_time" content="2025-01-15T07:00:12+08:00">
<link rel="canonical" href="https://www.scmp.example/news/hong-kong/transport/article/3294410/ferry-operator-wins-bid-tung-chung-tuen-mun-route">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${scTitle}","description":"${scSummary[0]}",
"datePublished":"2025-01-15T07:00:12+08:00","dateModified":"2025-01-15T11:24:51+08:00","author":[{"@type":"Person","name":"Kelvin Yau"}],
"isAccessibleForFree":false,"publisher":{"@type":"NewsMediaOrganization","name":"South China Morning Post"}}</script>
<style data-emotion="css 1tk5s8f 14x7wyp 1aeowe5">.css-1tk5s8f{font-family:Georgia,serif;font-size:18px;line-height:28px;margin-block-end:20px;}</style>
<script>window.__APOLLO_STATE__={"ROOT_QUERY":{"content({\\"entityId\\":\\"3294410\\"})":{"__ref":"Article:3294410"}}};</script></head>
<body><div id="__next"><div class="css-1c0iyzq"><header class="css-1rj5tn0" data-qa="Header-Container">
<div class="css-1cf8w0p"><a href="/" aria-label="South China Morning Post" class="css-1ee4i8u"><svg role="img"></svg></a>
<div class="css-z9mpu3"><a class="css-19jq6u8" href="/subscribe">Subscribe</a><button class="css-1y0l4ep" data-qa="Header-Login">Sign In</button></div></div>
<nav class="css-gkws1m" data-qa="Header-Navigation"><ul>${scNav.map((t) => `<li><a href="/${slugify(t)}">${t}</a></li>`).join('\n')}</ul></nav></header>
<main class="css-18ugcmp"><article class="css-1xfxfhz" data-qa="GenericArticle-Container">
<div class="css-ijlcwq" data-qa="ContentSection-Container"><a class="css-9rke5a" href="/news/hong-kong">Hong Kong</a><span class="css-1w0x5kf">/</span>
<a class="css-9rke5a" href="/topics/hong-kong-transport">${scTopic}</a><button class="css-kdw0yw" data-qa="FollowButton">+ FOLLOW</button></div>
<h1 class="css-1xdhyk6" data-qa="ContentHeadline-Headline">${scTitle}</h1>
<ul class="css-1ew2v3e" data-qa="ContentSummary-Summary">${scSummary.map((t) => `<li class="css-11zkeu6">${t}</li>`).join('')}</ul>
<div class="css-1vgzwbt" data-qa="ContentHeader-Meta"><div class="css-1r7mg4t" data-qa="AuthorNames"><a href="/author/kelvin-yau">Kelvin Yau</a></div>
<div class="css-1p0n7ra"><time data-qa="ContentDateTime-Published" datetime="2025-01-14T23:00:12.000Z">Published: 7:00am, 15 Jan 2025</time>
<time data-qa="ContentDateTime-Updated" datetime="2025-01-15T03:24:51.000Z">Updated: 11:24am, 15 Jan 2025</time></div>
<a class="css-1k6wz1w" href="/trust">${scTrust}</a></div>
<div class="css-1nm8mrz" data-qa="ArticleActionWidget"><button class="css-13btyp" data-qa="ActionWidget-Comment"><span class="css-0">17</span></button>
${scTools.map((t) => `<button class="css-13btyp" aria-label="${t}"><span class="css-1v8hu7k">${t}</span></button>`).join('')}</div>
<figure class="css-1tq1eol" data-qa="ArticleImage-Container"><img alt="Ferry pier in Tung Chung" loading="eager"
src="https://cdn.i-scmp.example/sites/default/files/styles/1020x680/public/d8/images/canvas/2025/01/15/ferry.jpg">
<figcaption class="css-1mgmqos">${scCaption}</figcaption></figure>
<div class="css-1ctgnbm" data-qa="GenericArticle-Content">
${body}
</div>
<div class="css-b0crzx" data-qa="TopicTags"><h3 class="css-1b9z8op">${scRelated[0]}</h3><ul>
${scRelated
  .slice(1)
  .map((t) => `<li><a class="css-1iw2oge" href="/topics/${slugify(t)}">${t}</a></li>`)
  .join('')}</ul></div></article>
<aside class="css-1m0f9yd">${railList(scDiscover, 'Discover')}${ad(3)}${railList(scPopular, 'MostPopular')}</aside></main>
<footer class="css-1y3lm7b" data-qa="Footer"><ul>${scFoot.map((t) => `<li><a href="/${slugify(t)}">${esc(t)}</a></li>`).join('\n')}</ul>
<p class="css-1nwd8bu">${scCopy}</p></footer>
<div class="css-1b6o4dk" data-qa="CookieBanner"><p>${scCookie[0]}</p><button class="css-1xhgtz5">${scCookie[1]}</button></div></div></div>
<script src="https://assets.i-scmp.example/static/js/main.4bd1c3e2.js" defer></script></body></html>`;

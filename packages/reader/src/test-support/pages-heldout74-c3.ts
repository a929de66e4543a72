import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page c3: a South China Morning Post shape story ("PRMP"): the React header with sections, "Subscribe"
 * and "Sign in", the section path, the headline with its two summary bullets, the author with "+ FOLLOW", published and
 * updated times, "Why you can trust PRMP", share and "Gift article" buttons, the lead image caption with "Photo:" credit,
 * "Advertisement" slots, the "PRMP Knowledge" promo paragraph inside the article text, topics, the conversation box,
 * "More Articles", and the footer.
 */
export const title = 'Port Victoria to trial colour-coded heat stress alerts for outdoor workers next summer';
export const summary = [
  'Labour department says three-tier system will require employers to give mandatory rest breaks when alert is raised',
  'Unions welcome move but say plan lacks penalties for firms that ignore warnings',
];
export const blocks: readonly Block[] = [
  [
    'p',
    'Port Victoria will trial a three-tier heat stress warning system for outdoor workers from next May, requiring employers in ' +
      'construction, logistics and cleaning to give staff mandatory rest breaks when the alert is raised, the labour department has said.',
  ],
  [
    'p',
    'Under the scheme, announced on Wednesday, the Observatory will issue amber, red and black alerts based on a “heat stress index” that ' +
      'combines temperature, humidity, wind speed and sunshine, rather than temperature alone.',
  ],
  [
    'p',
    'Employers will be expected to give outdoor workers at least 15 minutes of rest every hour under an amber alert, 30 minutes under a ' +
      'red alert and 45 minutes under a black alert, in a shaded or cooled area with drinking water.',
  ],
  [
    'p',
    '“Heat stress is a serious occupational hazard, and it is getting worse,” Secretary for Labour Winston Lo Ka-ming told a press ' +
      'briefing. “We want a system that is simple enough for every site foreman and every worker to understand.”',
  ],
  [
    'p',
    'The city recorded 52 days with temperatures of 33 degrees Celsius or above this year, the second-highest number since records ' +
      'began, according to the Observatory. Government figures show 41 suspected cases of heatstroke at work were reported between May ' +
      'and September, four of them fatal.',
  ],
  [
    'p',
    'The department said the trial would run for one summer before officials decided whether to write the rest breaks into law. During ' +
      'the trial, labour inspectors would carry out spot checks on large construction sites and warehouses.',
  ],
  ['p', 'Mandy Tse Wing-yan, chairwoman of the Construction Site Workers General Union, welcomed the plan but said it had no teeth.'],
  [
    'p',
    '“If a contractor ignores a black alert, what happens? Nothing, as far as we can see,” Tse said. “Workers paid by the day will not ' +
      'stop working if it means losing wages. The government needs to make sure rest time is paid time.”',
  ],
  [
    'p',
    'A spokesman for the Port Victoria Construction Association said its members supported the principle of the scheme, but warned that ' +
      'longer breaks in summer could delay public housing projects already running behind schedule.',
  ],
  [
    'p',
    'Dr Helen Kwok Siu-fan, an occupational health specialist at Tsing Lam University, said the index-based approach was a clear ' +
      'improvement on the existing guidelines, which were voluntary and relied on employers doing their own assessments.',
  ],
  [
    'p',
    '“Humidity is what makes our summers so dangerous. A day at 32 degrees with 85 per cent humidity can be more hazardous than a dry ' +
      'day at 36 degrees,” she said. “An index that captures that is exactly what workers need.”',
  ],
  ['p', 'The department will consult employers’ groups and unions on the details of the trial over the next three months.'],
];
export const header = ['PRMP', 'Subscribe', 'Sign in', 'Search'];
export const nav = ['Port Victoria', 'China', 'Asia', 'World', 'Business', 'Tech', 'Lifestyle', 'People & Culture', 'Opinion', 'Sport', 'Video'];
export const path = ['News', 'Health & Environment'];
export const follow = '+ FOLLOW';
export const trust = 'Why you can trust PRMP';
export const share = ['Share', 'Gift article', 'Listen', 'Bookmark'];
export const caption = 'Construction workers take a break in the shade at a site in Kau Wan in August.';
export const credit = 'Photo: Jasper Leung';
export const ad = 'Advertisement';
export const knowledge =
  'Do you have questions about the biggest topics and trends from around the world? Get the answers with PRMP Knowledge, our new platform ' +
  'of curated content with explainers, FAQs, analyses and infographics brought to you by our award-winning team.';
export const topics = ['Topics', 'Port Victoria workers', 'Heatwaves', 'Labour Department'];
export const conversation = ['Conversation', '42 comments', 'Join the conversation', 'Log in to comment'];
export const more = [
  'More Articles',
  'Port Victoria’s summer of extremes: what 52 very hot days mean for the city',
  'Delivery riders call for heat rules as temperatures soar',
  'Opinion: Heat is the workplace hazard we keep ignoring',
];
export const footer = [
  'About Us',
  'Work With Us',
  'Contact Us',
  'Privacy Policy',
  'Terms & Conditions',
  'FAQs',
  'Advertise',
  'Newsletters',
  'Print Replica',
  'Corrections',
];
export const copyright = 'Copyright © 2025 Pearl River Morning Post Publishers Ltd. All rights reserved.';
export const bylines = ['Clarice Ng', 'Published: 8:00pm, 12 Nov 2025', 'Updated: 9:41pm, 12 Nov 2025'];

const adSlot = (n: number): string => `<div class="css-1x9hlg0 e1rhlxid0" data-qa="AdSlot-Container"><div class="css-ad-label">${ad}</div>
<div id="dfp-ad-article${n}" data-qa="AdSlot-Slot"></div></div>`;
const promo = `<div class="css-15gk4mq" data-qa="ContentSchemaPromo"><p data-qa="Component-Component"><i>${knowledge.replace(
  'PRMP Knowledge',
  '<a href="/knowledge?module=inline_promo">PRMP Knowledge</a>',
)}</i></p></div>`;

export const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"/><title>${title} | Pearl River Morning Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="description" content="${summary[0]}"/>
<meta property="og:title" content="${title}"/><meta property="og:type" content="article"/><meta name="cse_section" content="Port Victoria"/>
<link rel="canonical" href="https://www.prmp.com/news/port-victoria/health-environment/article/3332011/heat-stress-alerts"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T12:00:00.000Z",
"dateModified":"2025-11-12T13:41:00.000Z","author":[{"@type":"Person","name":"Clarice Ng"}],"isAccessibleForFree":true,
"publisher":{"@type":"NewsMediaOrganization","name":"Pearl River Morning Post"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"3332011","sectionIds":["318198","318207"]}},"page":"/article"}</script>
</head><body><div id="__next"><div class="css-1u4d6h8" data-qa="AppBar-Container"><header class="css-11shhm4" data-qa="Header-Container">
<a href="/" class="css-logo" data-qa="Header-Logo" aria-label="PRMP"><span class="css-logo-text">${header[0]}</span></a>
<nav class="css-1nve0un" data-qa="HeaderNav-Container"><ul>${links(nav, 'css-nav-item')}</ul></nav>
<div class="css-actions"><a class="css-subscribe" data-qa="Header-SubscribeButton" href="/subscribe">${header[1]}</a>
<button class="css-login" data-qa="Header-LoginButton">${header[2]}</button>
<button class="css-search" aria-label="search">${header[3]}</button></div></header></div>
<main class="css-1gk3hob" data-qa="ArticlePage-Container"><article class="css-1k3qx9d" data-qa="GenericArticle-Container">
<div class="css-path" data-qa="ArticleSectionPath"><a href="/news">${path[0]}</a> <span>›</span> <a href="/news/port-victoria">${nav[0]}</a> <span>›</span>
<a href="/news/port-victoria/health-environment">${path[1]}</a></div>
<h1 class="css-zdbp5d" data-qa="ContentHeadline-Headline"><span>${title}</span></h1>
<ul class="css-1ixcf5o" data-qa="ContentSummary-ContainerList">${summary.map((t) => `<li data-qa="ContentSummary-Item"><span>${t}</span></li>`).join('')}</ul>
<div class="css-1i6j4pk" data-qa="ArticleHeader-AuthorDate"><div data-qa="AuthorNames-Container"><a href="/author/clarice-ng" data-qa="AuthorNameLink">
${bylines[0]}</a><button class="css-follow" data-qa="FollowButton">${follow}</button></div>
<div data-qa="ArticleDateBar-Container"><time data-qa="ArticleDateBar-PublishedDate" dateTime="2025-11-12T12:00:00.000Z">${bylines[1]}</time>
<time data-qa="ArticleDateBar-UpdatedDate" dateTime="2025-11-12T13:41:00.000Z">${bylines[2]}</time></div>
<a class="css-trust" data-qa="TrustLabel" href="/trust">${trust}</a></div>
<div class="css-actions-bar" data-qa="ArticleActionBar">${share
  .map(
    (t) => `<button class="css-action" data-qa="ActionBar-${t.replace(' ', '')}">
<span>${t}</span></button>`,
  )
  .join('')}</div>
<figure class="css-1t6ncj5" data-qa="ArticleImage-Figure"><img src="https://cdn.i-prmp.com/sites/default/files/d8/images/canvas/2025/11/12/heat.jpg"
alt="Construction workers rest in the shade." loading="eager"/><figcaption data-qa="ArticleImage-Caption"><span>${caption}</span>
<span class="css-credit">${credit}</span></figcaption></figure>
<div class="css-1r7dc9k" data-qa="GenericArticle-Content"><div class="css-content">
${render(blocks, { p: ' data-qa="Component-Component" class="css-1bds2zb"' }, { 2: adSlot(1), 6: promo, 9: adSlot(2) })}
</div></div>
<div class="css-topics" data-qa="ArticleTopics"><h2 class="css-topics-title">${topics[0]}</h2><ul>${links(topics.slice(1), 'css-topic-chip')}</ul></div>
<div class="css-conversation" data-qa="Comments-Container"><h2>${conversation[0]}</h2><span data-qa="Comments-Count">${conversation[1]}</span>
<button data-qa="Comments-Join">${conversation[2]}</button><p>${conversation[3]}</p></div></article>
<aside class="css-rail" data-qa="ArticleRail">${adSlot(3)}<section data-qa="MoreArticles"><h2>${more[0]}</h2><ul>${links(more.slice(1), 'css-more-item')}</ul>
</section></aside></main>
<footer class="css-footer" data-qa="Footer-Container"><span class="css-logo-text">${header[0]}</span><ul>${links(footer, 'css-footer-link')}</ul>
<p class="css-copyright">${copyright}</p></footer></div>
<script src="/_next/static/chunks/main-7a1c3f.js" defer></script></body></html>`;

import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file b2: a Voice of America English story on the Pangea CMS (the three skip links, the header with
 * the menu button, "Print" and "Search", the off-canvas section menu with "Follow Us" and the languages list, the category,
 * headline, author link and date, the cover photo caption, the share links, a "Related" embed with h2 and h4 titles inside
 * the article text, the closing "Some information for this report came from Reuters." line, the "Latest" and "Most Viewed"
 * rails and the footer with its "Languages" list).
 */
const vaTitle = 'Mongolian herders turn to satellite forecasts as harsh winters return';
const vaSrc = `
ULAANBAATAR, MONGOLIA — When the first heavy snow fell on the steppe of Tsagaan Tal province in late September, Byambadorj
Ganbold already knew it was coming. A text message from a forecasting service had warned him nine days earlier, and he had
moved his 600 sheep and goats to a sheltered valley near his winter camp.

"My father watched the sky and the animals," Byambadorj, 47, told VOA by phone. "I watch the sky, the animals and my phone."

Mongolia is bracing for what could be a third severe winter in four years. The phenomenon, known as dzud, combines a dry
summer with deep snow and extreme cold that keeps livestock from reaching grass. The winter of 2023 to 2024 killed more than
7 million animals, according to government figures, pushing thousands of herding families into debt.

@@related

A program run by the National Agency for Meteorology with funding from international donors now sends free district-level
forecasts by text message to about 58,000 herding households, up from 9,000 three years ago. The messages, written in plain
Mongolian, give expected snowfall and temperatures for the next 10 days along with pasture conditions drawn from satellite
images.

Officials say the early warnings give families time to buy hay, move herds or sell animals before prices collapse. "The
cheapest animal to lose is the one you sold in October," said Oyunchimeg Batsaikhan, who oversees the program at the agency.

Not every herder trusts the messages. In remote districts, phone coverage is patchy, and some older herders say the
forecasts have been wrong too often. A survey by the Mongolian University of Life Sciences found that about half of
households receiving the texts changed their plans based on them last winter.

Aid groups say forecasts alone will not solve the problem. Decades of growing herd sizes, encouraged by high prices for
cashmere, have degraded pastures across much of the country. Mongolia had about 64 million head of livestock in 2024, more
than three times the number in the early 1990s.

"Better information helps, but the land can only carry so many animals," said Helga Sørensen of the Steppe Futures
Foundation, which works with herder cooperatives in four provinces. She said her group was helping families set up shared
hay reserves and insurance schemes that pay out when livestock losses pass a certain level.

The government this month released emergency funds to stockpile fodder in 12 provinces and asked herders to register the
size of their herds so that aid could be sent where it is needed most.

In Tsagaan Tal, Byambadorj said he had bought twice as much hay as usual and sold about 80 goats before the snow arrived.
"If the winter is mild, I lose a little money," he said. "If it is like two years ago, I keep my herd."
`;
const vaBlocks = parse(vaSrc);
const vaGold = gold(vaBlocks);
const vaSkip = ['Skip to main content', 'Skip to main Navigation', 'Skip to Search'];
const vaNav = [
  'Home',
  'United States',
  'U.S. News',
  'Immigration',
  'Africa',
  'The Americas',
  'East Asia',
  'Europe',
  'Middle East',
  'South & Central Asia',
  'Ukraine',
  'Press Freedom',
  'Science & Health',
  'Economy',
  'Technology',
  'Arts & Culture',
  'Broadcast Programs',
  'Learning English',
];
const vaFollow = ['YouTube', 'Facebook', 'X (Twitter)', 'Instagram'];
const vaLangs = ['Afaan Oromoo', 'Amharic', 'Bahasa Indonesia', 'Burmese', 'Cantonese', 'Dari', 'Español', 'Français', 'Kiswahili', 'Tiếng Việt'];
const vaCaption =
  'FILE - A herder moves sheep and goats to a winter camp in Tsagaan Tal province, Mongolia, Oct. 2, 2024. ' +
  'Forecasts sent by text message now reach about 58,000 households.';
const vaShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Print this article'];
const vaRelated = [
  ['Mongolia Declares Emergency After Livestock Deaths Pass 5 Million', 'March 11, 2024'],
  ['Cashmere Boom Strains Grasslands of Central Asia', 'January 22, 2025'],
];
const vaLatest = [
  'South Korea’s Parliament Approves Budget for Coastal Defense',
  'Floods Displace Thousands in Northern Laos',
  'Japan to Resume Scallop Exports to Two Asian Markets',
  'Australian Scientists Track Rare Whale Migration',
];
const vaMost = ['Explainer: What Is Dzud?', 'Typhoon Weakens as It Nears Southern China', 'Pacific Leaders Meet on Fisheries Deal'];
const vaFoot = ['About this site', 'Terms & Privacy Policy', 'Contact VOA', 'Accessibility', 'VOA Pressroom', 'Editorial Standards'];
const vaLi = (t: string): string =>
  `<li class="item"><a class="item__link" href="/z/${t.length}"><span class="item__text">${t.replace(/&/g, '&amp;')}</span></a></li>`;
const vaHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${vaTitle}</title>
<meta name="description" content="Early warnings sent by text message give herding families time to buy hay, move herds or sell animals.">
<meta property="og:site_name" content="Voice of America"><meta property="og:type" content="article"><meta property="og:title" content="${vaTitle}">
<meta name="twitter:site" content="@VOANews"><meta name="msapplication-TileColor" content="#ffffff">
<link rel="canonical" href="https://www.voanews.example/a/mongolian-herders-turn-to-satellite-forecasts/7811203.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.voanews.example/a/7811203.html",
"headline":"${vaTitle}","datePublished":"2025-10-14 20:12:30Z","dateModified":"2025-10-14 20:12:30Z","author":{"@type":"Person","name":"Tuya Enkhbat"},
"publisher":{"@type":"NewsMediaOrganization","name":"Voice of America","logo":{"@type":"ImageObject","url":"https://www.voanews.example/logo.png"}}}</script>
<script type="text/javascript">var analyticsConfig={"section":"east asia pacific","pageType":"article","articleId":"7811203"};</script>
<link rel="stylesheet" href="https://www.voanews.example/Content/responsive/VOA/en-US/VOA-en-US.css?&amp;av=0.0.0.0&amp;cb=374"></head>
<body class="pg-article">
<div class="skip">${vaSkip.map((t, i) => `<a href="#${['content', 'navigation', 'txtHeaderSearch'][i]}">${t}</a>`).join('')}</div>
<header class="hdr-20 hdr-20--big"><div class="hdr-20__inner"><div class="hdr-20__max pull-left">
<button id="menu-mob-toggle" class="btn btn--menu" aria-label="Menu"><span class="ico ico-menu"></span></button>
<a class="main-logo-link" href="/"><img class="main-logo" alt="Voice of America" src="/Content/responsive/VOA/img/logo.svg"></a></div>
<div class="hdr-20__side-right"><a class="btn btn--print" href="#" title="Print"><span class="ico ico-print"></span><span class="btn__text">Print</span></a>
<div class="srch-top srch-top--in-header"><form action="/s" id="form-topSearchHeader" method="get" role="search">
<label for="txtHeaderSearch" class="sr-only">Search</label><input type="text" id="txtHeaderSearch" name="k" placeholder="Search" class="top-srch-frm__inp">
</form></div></div></div></header>
<div id="menu" class="menu-container" hidden><nav id="navigation" class="main-menu" role="navigation" aria-label="Main"><ul class="main-menu__list">
${vaNav.map(vaLi).join('\n')}</ul></nav><div class="menu-follow"><span class="menu-follow__title">Follow Us</span><ul>${vaFollow.map(vaLi).join('')}</ul></div>
<div class="menu-languages"><span class="menu-languages__title">Languages</span><ul>${vaLangs.map(vaLi).join('')}</ul></div></div>
<div id="content" class="content-offset"><div class="container"><div class="row"><div class="col-xs-12 col-md-8 col-lg-8 pull-left">
<div class="col-title col-xs-12"><div class="category"><a href="/z/598">East Asia Pacific</a></div><h1 class="title pg-title">${vaTitle}</h1></div>
<div class="col-publishing-details col-xs-12"><div class="publishing-details"><div class="links"><ul class="links__list">
<li class="links__item"><a class="links__item-link" href="/author/tuya-enkhbat/qvmkq">Tuya Enkhbat</a></li></ul></div>
<div class="published"><span class="date"><time pubdate="pubdate" datetime="2025-10-14T16:12:30-04:00">October 14, 2025 4:12 PM</time></span></div></div></div>
<div class="col-multimedia col-xs-12"><div class="cover-media">
<figure class="media-image js-media-expand"><div class="img-wrap img-wrap--t-spac img-wrap--size-2">
<div class="thumb thumb16_9"><img src="https://gdb.voanews.example/01000000-0aff-0242-1b3c-08dbe1a2c3d4_w1023_r1_s.jpg" alt="${vaCaption}"></div></div>
<figcaption><span class="caption">${vaCaption}</span></figcaption></figure></div></div>
<div class="col-xs-12 links-share"><ul class="subitems">${vaShare
  .map(
    (t) => `<li class="subitem"><a class="btn btn--link btn--social" href="#" title="${t}"><span class="ico ico-share"></span>
<span class="btn__text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="body-container"><div class="row"><div class="col-xs-12"><div class="wsw" id="article-content">
${render(
  vaBlocks,
  {},
  {
    related: `<div class="wsw__embed"><div class="media-block-wrap"><h2 class="section-head">Related</h2><div class="row"><ul>${vaRelated
      .map(
        ([t, d]) => `<li class="col-xs-12 col-sm-6 col-md-12 col-lg-12 mb-grid"><div class="media-block"><a class="img-wrap img-wrap--t-spac" href="/a/1.html">
<div class="thumb thumb16_9"><img src="/r.jpg" alt=""></div></a><div class="media-block__content"><a href="/a/1.html"><h4 class="media-block__title
media-block__title--size-4" title="${t}">${t}</h4></a><span class="date">${d}</span></div></div></li>`,
      )
      .join('')}</ul></div></div></div>`,
  },
)}
<p><em>Some information for this report came from Reuters.</em></p>
</div></div></div></div></div>
<div class="col-xs-12 col-md-4 col-lg-4 pull-right"><div class="media-block-wrap"><h2 class="section-head">Latest</h2><ul>${vaLatest
  .map(
    (t) => `<li class="mb-grid"><div class="media-block"><div class="media-block__content"><a href="/a/2.html"><h4 class="media-block__title">${t}</h4>
</a></div></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="media-block-wrap"><h2 class="section-head">Most Viewed</h2><ol>${links(vaMost, 'most-viewed__item')}</ol></div></div></div></div></div>
<footer role="contentinfo"><div class="container"><div class="foot__item foot__item--social"><span class="foot-menu__title">Follow Us</span>
<ul>${vaFollow.map(vaLi).join('')}</ul></div><div class="foot__item"><span class="foot-menu__title">Languages</span><ul>${vaLangs.map(vaLi).join('')}</ul>
</div><ul class="foot-menu__items">${links(vaFoot, 'foot-menu__item')}</ul>
<p class="foot__copyright">Voice of America is the United States’ international broadcaster.</p></div></footer>
<script src="https://www.voanews.example/Scripts/responsive/loader.bundle.js?&amp;av=0.0.0.0&amp;cb=374" defer></script></body></html>`;
export const voa: TestPage = {
  name: 'heldout148-voa-news',
  kind: 'news',
  html: vaHtml,
  // the "ULAANBAATAR, MONGOLIA —" dateline opens the first paragraph (body); the closing source line is a byline
  title: vaTitle,
  headings: vaGold.headings,
  body: vaGold.body,
  bylines: ['Tuya Enkhbat', 'October 14, 2025 4:12 PM', 'Some information for this report came from Reuters.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vaSkip, 'Print', 'Search', ...vaNav, 'Follow Us', ...vaFollow, 'Languages', ...vaLangs, 'East Asia Pacific', vaCaption, ...vaShare, 'Related',
    ...vaRelated.flat(), 'Latest', ...vaLatest, 'Most Viewed', ...vaMost, ...vaFoot, 'Voice of America is the United States’ international broadcaster.',
  ],
};

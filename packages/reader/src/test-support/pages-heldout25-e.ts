import { links, type TestPage, texts } from './page-kit.js';
import { deutscheWelle } from './pages-heldout25-e2.js';

/**
 * Held-out batch 25, file e: a Euronews story (accessibility-shortcut link, logo and vertical nav, breadcrumb, c-article-*
 * classes, title, "By" contributors line with "with AP", "Published on ... Updated" dates, "Share this article" and the
 * comments count, the hidden video embed box, lead image with "Copyright" credit, the body with "ADVERTISEMENT" labels after
 * almost every other paragraph, two inline "Related" widgets and two h2 subheads, the closing share row, "Browse today's
 * tags", "Most viewed", the Didomi consent notice and the footer). The Deutsche Welle story of this file is in
 * pages-heldout25-e2.ts.
 */
const enTitle = 'Danish island to ban private cars for the whole of next summer';
const enBody1 = [
  'A small Danish island is to ban private cars for the entire summer next year, in what local officials say is the first trial ' +
    'of its kind in Scandinavia.',
  'From June to the end of August 2026, only emergency vehicles, delivery vans and a fleet of electric shuttle buses will be allowed ' +
    'on the roads of Sølvø, an island of about 700 residents off the coast of southern Funen.',
  'Visitors arriving by ferry will have to leave their cars in a new car park on the mainland, and residents will be asked to keep ' +
    'theirs off the road unless they have a medical exemption.',
];
const enH1 = 'Too many cars for narrow lanes';
const enBody2 = [
  'The island’s population swells to more than 6,000 in July, when holiday-home owners and day-trippers arrive. Its single main ' +
    'road and narrow lanes were never built for that traffic, says mayor Birgitte Holm.',
  '“On a sunny Saturday you could not cross the village street with a pram,” she told Euronews Travel. “We have asked ourselves for ' +
    'years what kind of island we want to be. This summer we will find out.”',
  'The municipality will run six electric shuttles every 15 minutes between the ferry harbour, the village and the two main ' +
    'beaches. Bike rental will be free for residents and half price for visitors.',
];
const enH2 = 'Businesses divided over the trial';
const enBody3 = [
  'Not everyone is convinced. Some shop and restaurant owners fear day visitors will stay away if they cannot bring their cars, and ' +
    'a petition against the trial collected 212 signatures in October.',
  '“Families with small children and older people will find it hard,” said Jens Kjær, who runs a campsite on the island’s west ' +
    'coast. “I support the idea, but one summer is a big experiment with our income.”',
  'Others see an opportunity. Café owner Line Bech said she expected more visitors, not fewer. “People come here for the quiet. ' +
    'Now they will really get it,” she said.',
  'The island joins a growing list of European destinations that restrict cars in peak season. Several Greek and Croatian islands ' +
    'limit rental cars, and a number of Alpine villages have long been car-free.',
  'The municipality will publish a report on the trial, including traffic counts, business takings and resident surveys, in early 2027.',
];
const enRelated = ['This Greek island is capping cruise passengers at 8,000 a day', 'Europe’s best car-free villages to visit this summer'];
const enCaption = 'Cyclists on the main road of Sølvø, which will close to private cars next summer.';
const enNav = ['Latest', 'Europe', 'World', 'Business', 'Green', 'Health', 'Travel', 'Culture', 'Next', 'Video', 'Live'];
const enCrumbs = ['Travel', 'Travel News'];
const enShare = ['Facebook', 'Twitter', 'Flipboard', 'Send', 'Reddit', 'Linkedin', 'Messenger', 'Telegram', 'VK', 'Bluesky', 'Threads', 'Whatsapp'];
const enTags = ['Denmark', 'Sustainable travel', 'Car-free travel', 'Tourism', 'Islands'];
const enMost = [
  'The European cities where rents fell this year',
  'Night trains: the new routes launching in December',
  'Why Lisbon is limiting tuk-tuks in the old town',
];
const enConsent =
  'We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique ' +
  'identifiers and standard information sent by a device.';
const enFoot = ['About us', 'Terms of service', 'Cookie policy', 'Privacy policy', 'Contact', 'Press office', 'Work at Euronews'];
const enAd = '<div class="c-ad c-ad--inread" aria-hidden="false"><span class="c-ad__label">ADVERTISEMENT</span><div class="c-ad__placeholder"></div></div>';
const enRel = (t: string) =>
  `<div class="widget widget--type-related widget--size-fullwidth widget--align-center"><div class="widget__wrapper"><span class="widget__label">Related</span>
<ul class="widget__list"><li class="widget__item"><a class="widget__link"
href="/travel/2025/06/12/${t.slice(0, 12).toLowerCase().replace(/ /g, '-')}">${t}</a></li></ul>
</div></div>`;
const enP = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join(`\n${enAd}\n`);
const enHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${enTitle} | Euronews</title>
<meta name="description" content="${enBody1[0]}"><meta property="og:site_name" content="euronews">
<script type="application/ld+json">{"@context":"https://schema.org/","@graph":[{"@type":"NewsArticle","headline":"${enTitle}",
"author":[{"@type":"Person","name":"Camille Berthier"}],"datePublished":"2025-11-18T12:05:00+01:00","dateModified":"2025-11-18T14:30:00+01:00"}]}</script>
<script>window.euronews={"vertical":"travel","theme":"travel-news","articleId":2837461,"lang":"en"};</script></head>
<body class="is-vertical-travel"><a class="c-skip-link" href="#accessibility-shortcuts">Go to accessibility shortcuts</a>
<header class="o-site-header"><a class="c-logo" href="/"><span class="u-visually-hidden">euronews</span></a>
<nav class="c-nav-verticals"><ul>${links(enNav, 'c-nav-verticals__item')}</ul></nav></header>
<main class="o-site-main"><article class="o-article o-article--travel">
<nav class="c-breadcrumb" aria-label="breadcrumb"><ol>${links(enCrumbs, 'c-breadcrumb__item')}</ol></nav>
<div class="c-article-header"><h1 class="c-article-title u-text-align--left">${enTitle}</h1>
<div class="c-article-contributors">By <a class="c-article-contributors__link" href="/profiles/2911">Camille Berthier</a> with AP</div>
<div class="c-article-publication-date"><time datetime="2025-11-18T12:05:00+01:00">Published on 18/11/2025 - 12:05 GMT+1</time>
<span class="c-article-publication-date__separator">•</span><time datetime="2025-11-18T14:30:00+01:00">Updated 18/11/2025 - 14:30</time></div>
<div class="c-article-share"><button class="c-share-button" aria-label="Share this article">Share this article</button>
<a class="c-comments-count" href="#comments">Comments</a>
<ul class="c-share-list" hidden>${links(enShare, 'c-share-list__item')}</ul>
<div class="c-video-embed" hidden><p>Copy/paste the article video embed link below:</p><input readonly
value="https://www.euronews.com/embed/2837461"><button>Copy</button></div>
</div></div>
<figure class="c-article-media"><img src="https://static.euronews.com/articles/stories/08/83/74/61/1200x675_cmsv2_solvo-bikes.jpg" alt="${enCaption}">
<figcaption class="c-article-caption"><span class="c-article-caption__text">${enCaption}</span>
<span class="c-article-caption__copyright">Copyright Canva</span></figcaption></figure>
<div class="c-article-content js-article-content article__content u-article-content">
${enP(enBody1.slice(0, 2))}
${enRel(enRelated[0]!)}
${enP(enBody1.slice(2))}
<h2>${enH1}</h2>
${enP(enBody2)}
${enAd}
<h2>${enH2}</h2>
${enP(enBody3.slice(0, 3))}
${enRel(enRelated[1]!)}
${enP(enBody3.slice(3))}
</div>
<div class="c-article-share c-article-share--bottom"><span class="c-article-share__title">Share this article</span>
<a class="c-comments-count" href="#comments">Comments</a></div>
<section class="c-article-tags"><h2 class="c-article-tags__title">Browse today's tags</h2><ul>${links(enTags, 'c-article-tags__item')}</ul></section>
</article><aside class="o-most-viewed"><h2>Most viewed</h2><ol>${links(enMost, 'c-most-viewed__item')}</ol></aside></main>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog"><h1 id="didomi-notice-title">We value your privacy</h1>
<p class="didomi-notice-text">${enConsent}</p><button id="didomi-notice-agree-button">Agree and close</button>
<button id="didomi-notice-learn-more-button">Learn More →</button><button id="didomi-notice-disagree-button">Disagree and close</button></div></div>
<footer class="o-site-footer"><ul>${links(enFoot, 'c-footer__item')}</ul><p class="c-footer__copyright">Copyright © euronews 2025</p></footer>
</body></html>`;
const euronews: TestPage = {
  html: enHtml,
  name: 'heldout25-euronews-story',
  kind: 'news',
  // the story has no dek; the two h2 subheads are the headings; "Camille Berthier", the agency "with AP" and the published and
  // updated times are bylines ("By" and the "•" separator in neither); the "ADVERTISEMENT" labels between paragraphs (once),
  // the two "Related" widgets inside the body, the share buttons, comments link, video-embed box, breadcrumb, caption and its
  // "Copyright Canva", tags, "Most viewed", the consent notice, skip link, nav and footer are furniture; the nav's "Travel" is
  // also the first crumb (once)
  title: enTitle,
  headings: [enH1, enH2],
  body: [...texts(enBody1), ...texts(enBody2), ...texts(enBody3)],
  bylines: ['Camille Berthier', 'with AP', 'Published on 18/11/2025 - 12:05 GMT+1', 'Updated 18/11/2025 - 14:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to accessibility shortcuts', 'euronews', ...enNav, 'Travel News', 'Share this article', 'Comments', ...enShare,
    'Copy/paste the article video embed link below:', 'Copy', enCaption, 'Copyright Canva', 'ADVERTISEMENT', 'Related', ...enRelated,
    "Browse today's tags", ...enTags, 'Most viewed', ...enMost, 'We value your privacy', enConsent, 'Agree and close', 'Learn More →',
    'Disagree and close', ...enFoot, 'Copyright © euronews 2025',
  ],
};

export const HELDOUT25_E: readonly TestPage[] = [euronews, deutscheWelle];

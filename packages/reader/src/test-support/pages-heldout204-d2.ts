import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 204, file d2: a Euronews story (the accessibility shortcuts, the header with edition and "Live" links,
 * the vertical nav, the breadcrumb, the byline with "& AP" and the published/updated times, "Share this article" and
 * "Comments", the video-embed copy box, the lead media caption, in-text "ADVERTISEMENT" labels, the "Related" block inside
 * the text, the bottom share bar, "Top Stories" and "Most read" rails, the consent notice and the footer).
 */
const enTitle = 'Slovenia’s Alpine villages ask tourists to book parking before summer hikes';
const enP = [
  'Several villages in Slovenia’s Julian Alps will require visitors to reserve parking spaces online before arriving this summer, ' +
    'as local authorities try to manage record numbers of hikers.',
  'The scheme will apply from June to September in the valleys around Bovec and Trenta, where narrow roads to popular trailheads ' +
    'have been blocked by parked cars on busy weekends.',
  'Visitors will be able to book a two-hour, four-hour or full-day slot for between €5 and €20. Cars without a booking will be ' +
    'turned away at checkpoints at the entrance to each valley.',
];
const enH1 = 'Shuttle buses to fill the gap';
const enP2 = [
  'To make up for the reduced parking, the municipality of Bovec will run shuttle buses every 20 minutes from a large car park ' +
    'on the edge of town to the main trailheads.',
  'Mayor Andrej Kos said the village had no choice. “Last August an ambulance could not reach an ' +
    'injured climber because the road was full of cars,” he told Euronews.',
  '“We want people to come. We just need them to come in a way the valley can handle.”',
  'Tourism to the Triglav National Park has grown sharply in recent years, helped by social media posts of its emerald-green ' +
    'rivers and lakes. Park authorities estimate that more than 3 million people visited last year.',
];
const enH2 = 'Mixed reactions from businesses';
const enP3 = [
  'Some guesthouse owners welcomed the move, saying the crowds had begun to put off the kind of visitors who stay for several nights.',
  'But others fear that day trippers from neighbouring Italy and Austria, who make up a large share of summer visitors, will simply go elsewhere.',
  'Mojca Zupan, who runs a café near the Soča river, said she was worried about the first summer. “If people hear they need to ' +
    'book, many will not bother. We will see in September if it was a good idea,” she said.',
  'Similar systems have been introduced in recent years at busy spots in the Dolomites in Italy and at some lakes in Austria.',
];
const enNav = ['Europe', 'World', 'Business', 'Green', 'Health', 'Travel', 'Culture', 'Next', 'Video', 'Programmes'];
const enSkip = ['Go to accessibility shortcuts', 'Skip to main content'];
const enCaption = 'Hikers on a trail above the Soča valley near Bovec, Slovenia.';
const enCredit = 'Copyright Euronews';
const enEmbed = ['Copy/paste the article video embed link below:', 'Copy'];
const enRelated = ['Related', 'Lake Bled to cap daily visitors with new booking system', 'Dolomites pass toll returns for second summer'];
const enTop = ['Top Stories', 'EU leaders agree new fiscal rules after overnight talks', 'Storm Elin brings flooding to western Ireland'];
const enMost = ['Most read', 'Ten cheapest European cities for a weekend break', 'Night trains return to the Alps this winter'];
const enConsent = 'We value your privacy. We and our partners store and access information on a device, such as cookies, and process personal data.';
const enFoot = [
  'About Euronews',
  'Contact',
  'Terms and conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Modify cookie settings',
  'Newsletters',
  'Euronews Apps',
];
const enHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Slovenia’s Alpine villages ask tourists to book parking before summer hikes | Euronews</title>
<meta name="description" content="Several villages in Slovenia’s Julian Alps will require visitors to reserve parking spaces online.">
<meta property="og:site_name" content="euronews"><meta property="og:type" content="article"><meta name="article:section" content="travel">
<link rel="canonical" href="https://www.euronews.com/travel/2026/04/22/slovenias-alpine-villages-ask-tourists-to-book-parking">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${enTitle}",
"datePublished":"2026-04-22 09:14:07",
"dateModified":"2026-04-22 11:40:52","author":[{"@type":"Person","name":"Tamsin Greer"}],"publisher":{"@type":"Organization","name":"Euronews"}}]}</script>
<script>window.euronews={"page":{"type":"article","vertical":"travel"}};</script></head>
<body class="vertical-travel"><div class="c-skip-links">${enSkip.map((t) => `<a href="#" class="c-skip-link">${t}</a>`).join('')}</div>
<header class="o-site-hr"><a class="o-site-hr__logo" href="/"><span class="u-sr-only">Euronews</span></a>
<div class="o-site-hr__edition"><button class="c-edition-switcher">English</button></div><a class="c-live-link" href="/live">Live</a>
<nav class="c-header-nav" aria-label="Main"><ul>${links(enNav, 'c-header-nav__item')}</ul></nav></header>
<main id="enw-main-content" class="o-article-page"><article class="o-article-newsy">
<nav class="c-breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/travel">Travel</a></li><li><a href="/travel/destinations">Destinations</a></li></ol></nav>
<h1 class="c-article-redesign-title">${enTitle}</h1>
<div class="c-article-contributors"><span>By </span><a href="/profiles/2841">Tamsin Greer</a><span> &amp; AP</span></div>
<div class="c-article-publication-date"><time datetime="2026-04-22 09:14:07">Published on 22/04/2026 - 9:14 GMT+2</time>
<span class="c-article-publication-date__updated">Updated 11:40</span></div>
<div class="c-article-share"><span class="c-article-share__title">Share this article</span><a href="#comments" class="c-article-share__comments">Comments</a>
<div class="c-embed-box" hidden><p>${enEmbed[0]}</p><button>${enEmbed[1]}</button></div></div>
<figure class="c-article-media"><img alt="" src="https://static.euronews.com/articles/stories/09/31/bovec-trail_1200x675.jpg">
<figcaption class="c-article-caption">${enCaption} <span class="c-article-caption__copyright">- ${enCredit}</span></figcaption></figure>
<div class="c-article-content js-article-content">
${ps(enP)}
<div class="c-ad c-ad--inread"><span class="c-ad__label">ADVERTISEMENT</span></div>
<div class="c-widget-related"><h3 class="c-widget-related__title">${enRelated[0]}</h3><ul>${links(enRelated.slice(1))}</ul></div>
<h2>${enH1}</h2>
${ps(enP2)}
<div class="c-ad c-ad--inread"><span class="c-ad__label">ADVERTISEMENT</span></div>
<h2>${enH2}</h2>
${ps(enP3)}
</div>
<div class="c-article-share c-article-share--bottom"><span class="c-article-share__title">Share this article</span>
<a href="#comments" class="c-article-share__comments">Comments</a></div></article>
<aside class="o-article-rail"><section><h2>${enTop[0]}</h2><ul>${links(enTop.slice(1))}</ul></section>
<section><h2>${enMost[0]}</h2><ol>${links(enMost.slice(1))}</ol></section></aside></main>
<footer class="o-site-footer"><ul>${links(enFoot, 'o-site-footer__item')}</ul><p>Copyright © euronews 2026</p></footer>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog"><p>${enConsent}</p><button>Agree</button><button>Disagree</button>
<button>Learn more</button></div></div><script src="https://static.euronews.com/build/article.js" defer></script></body></html>`;
export const euronewsStory: TestPage = {
  html: enHtml,
  name: 'heldout204-euronews-news',
  kind: 'news',
  // the contributor line and the published/updated times are bylines; the embed-copy box (hidden), share/comment links,
  // caption and credit, ADVERTISEMENT labels, in-text Related block, rails, breadcrumb, nav, footer and consent are furniture
  title: enTitle,
  headings: [enH1, enH2],
  body: [...enP, ...enP2, ...enP3],
  bylines: ['By Tamsin Greer & AP', 'Published on 22/04/2026 - 9:14 GMT+2', 'Updated 11:40'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...enSkip, 'English', 'Live', ...enNav, 'Destinations', 'Share this article', 'Comments', ...enEmbed, enCaption, enCredit, 'ADVERTISEMENT', ...enRelated,
    ...enTop, ...enMost, ...enFoot, 'Copyright © euronews 2026', enConsent, 'Agree', 'Disagree', 'Learn more',
  ],
};

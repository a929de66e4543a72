import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 142, file f2: a Euronews Green story (the "Go to accessibility shortcuts" link, the header with the edition
 * switcher, section nav and "Live", the hidden burger menu, the breadcrumb, headline, the summary under it, the contributor
 * line with the "Video editor" credit, the "Published on" / "Updated" line, the "Share this article" and "Comments" buttons,
 * the hidden share modal with its embed text, the lead image with caption and credit, story text with subheads, uppercase
 * "ADVERTISEMENT" labels between paragraphs, a "Related" block inside the story, the tags and "Browse today's tags" rail,
 * the "Top News Stories Today" rail, the Didomi consent notice and the footer).
 */
const enTitle = 'This Alpine village pays farmers to mow later. The bees are coming back';
const enSummary =
  'Farmers in Sankt Veitlach get up to €400 a hectare to leave their meadows uncut until July, and early counts suggest wild bee numbers are rising.';
const enP1 = texts([
  'For generations, farmers in the Austrian village of Sankt Veitlach have cut their hay meadows in late May, as soon as the ' +
    'grass was tall enough to be worth the work. Now the village is paying them to wait.',
  'Under a scheme launched three years ago, the municipality pays farmers between €250 and €400 per hectare to delay the first ' +
    'cut until the beginning of July, giving wildflowers time to bloom and set seed.',
  'About 60 per cent of the village’s 310 hectares of meadows are now enrolled, and the first results are encouraging. Counts ' +
    'carried out by a regional university found 38 species of wild bee on enrolled meadows last summer, compared with 21 on ' +
    'meadows mown in May.',
]);
const enH1 = 'A trade-off for farmers';
const enP2 = texts([
  'Cutting later is not free for farmers. Hay from a July cut is coarser and less nutritious, and some dairy farmers have had ' +
    'to buy in extra feed for their cows in winter.',
  '“The first year I was not sure it was worth it,” said Johann Reiterer, who farms 22 hectares above the village. “The ' +
    'payment covers most of the difference. And my grandchildren now know the names of flowers I had forgotten.”',
  'The village pays for the scheme partly from a tourism levy charged on overnight stays, and partly from regional ' +
    'biodiversity funds. It costs about €95,000 a year.',
]);
const enH2 = 'Interest from neighbouring regions';
const enP3 = texts([
  'Mayor Elisabeth Gruber said she had received visits from officials in at least six other Alpine municipalities, in ' +
    'Austria, Italy and Switzerland, who are considering similar programmes.',
  'Researchers caution that three years is too short to draw firm conclusions, and that bee numbers can vary widely from one ' +
    'year to the next with the weather.',
  '“The direction is clearly positive,” said ecologist Dr. Miriam Hofstätter, who leads the counts. “But we need ten years ' +
    'of data before we can say how much of this is the mowing and how much is luck.”',
  'The scheme’s current funding runs until 2028. Gruber said the village council intends to extend it.',
]);
const enNav = ['Europe', 'World', 'Business', 'Health', 'Travel', 'Culture', 'Next', 'Green', 'Video'];
const enCaption = 'Wildflowers in a meadow above Sankt Veitlach in June 2025.';
const enCredit = 'Euronews';
const enShare = [
  'Share this article',
  'Comments',
  'Facebook',
  'Twitter',
  'Flipboard',
  'Send',
  'Reddit',
  'Linkedin',
  'Messenger',
  'Telegram',
  'VK',
  'Bluesky',
  'Threads',
  'Whatsapp',
];
const enEmbed = 'Copy/paste the article video embed link below:';
const enRelated = ['Related', 'Wild bee species are disappearing from Europe’s farmland, new study warns', 'Can rewilding pay? Farmers in Portugal think so'];
const enTags = ['Biodiversity', 'Austria', 'Agriculture', 'Bees'];
const enToday = ['Browse today’s tags', 'EU summit', 'Ukraine', 'Storm Aurelio', 'Champions League'];
const enTop = [
  'Top News Stories Today',
  'EU leaders split over new defence fund as summit begins',
  'Storm Aurelio brings flooding to southern France',
  'Greek islands introduce cruise ship limits for next season',
];
const enConsent = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies, and process personal data to personalise ads ' +
    'and content, measure ads and content, and develop and improve products.',
  'Agree and close',
  'Disagree and close',
  'Learn More',
];
const enFoot = ['About Euronews', 'Contact', 'Terms and Conditions', 'Cookie Policy', 'Privacy Policy', 'Manage cookies', 'Newsletters', 'Careers'];
const enAd = `<div class="c-ad c-ad--inarticle"><span class="c-ad__label">ADVERTISEMENT</span><div class="c-ad__placeholder" id="adSlot_inread"></div></div>`;
const enP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const enHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${enTitle} | Euronews</title>
<meta name="description" content="${enSummary}"><meta property="og:site_name" content="euronews"><meta property="og:type" content="article">
<meta property="og:title" content="${enTitle}"><meta name="twitter:site" content="@euronews">
<link rel="canonical" href="https://www.euronews.com/green/2025/10/08/alpine-village-pays-farmers-to-mow-later-bees-coming-back">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${enTitle}",
"datePublished":"2025-10-08T12:04:11+02:00",
"dateModified":"2025-10-08T13:10:45+02:00","author":[{"@type":"Person","name":"Lea Moser"}],"publisher":{"@type":"Organization","name":"Euronews"}}]}</script>
<link rel="stylesheet" href="https://static.euronews.com/build/article.8b2c1f.css"><script src="https://sdk.privacy-center.example/loader.js" async>
</script></head>
<body class="article-page vertical-green"><a class="c-accessibility-link" href="#accessibility-shortcuts">Go to accessibility shortcuts</a>
<header class="c-header"><div class="c-header__top"><button class="c-burger" aria-controls="burger-menu" aria-label="Open the menu"></button>
<a class="c-header__logo" href="/"><img src="https://static.euronews.com/website/images/logos/logo-euronews-green.svg" alt="Euronews"></a>
<div class="c-edition-switcher"><button type="button">English</button></div><a class="c-header__live" href="/live">Live</a></div>
<nav class="c-header__nav" aria-label="Main"><ul>${links(enNav, 'c-header__nav-item')}</ul></nav></header>
<div id="burger-menu" class="c-burger-menu" hidden><ul>${links(enNav, 'c-burger-menu__item')}</ul></div>
<main id="accessibility-shortcuts"><article class="o-article-newsy">
<div class="c-breadcrumb"><a href="/green">Green</a> <a href="/green/nature">Nature</a></div>
<h1 class="c-article-redesign-title">${enTitle}</h1><p class="c-article-summary">${enSummary}</p>
<div class="c-article-contributors"><span>By&nbsp;<a href="/profiles/2914">Lea Moser</a></span>
<span class="c-article-contributors__video">Video editor • <a href="/profiles/3011">Tobias Engl</a></span></div>
<div class="c-article-publication-date"><time datetime="2025-10-08T12:04:11+02:00">Published on 08/10/2025 - 12:04 GMT+2</time>
<span class="c-article-date-updated">•Updated 13:10</span></div>
<div class="c-article-share"><button class="c-share-button" type="button">${enShare[0]}</button>
<button class="c-comments-button" type="button">${enShare[1]}</button></div>
<div class="c-share-modal" role="dialog" hidden><ul>${enShare
  .slice(2)
  .map((t) => `<li><a href="#" class="c-share-modal__${t.toLowerCase()}">${t}</a></li>`)
  .join('')}</ul>
<p>${enEmbed}</p><input type="text" readonly value="https://www.euronews.com/embed/2920114"><button type="button">Copy</button></div>
<figure class="c-article-media"><img src="https://static.euronews.com/articles/stories/09/20/11/40/1200x675_cmsv2_meadow.jpg" alt="Flowering alpine meadow">
<figcaption class="c-article-caption"><span>${enCaption}</span> <span class="c-article-caption__credit">-&nbsp;Copyright ${enCredit}</span>
</figcaption></figure>
<div class="c-article-content js-article-content">
${enP(enP1.slice(0, 2))}
${enAd}
${enP(enP1.slice(2))}
<div class="widget widget--type-related"><p class="widget__related_title"><strong>${enRelated[0]}</strong></p><ul>
${enRelated
  .slice(1)
  .map((t, i) => `<li class="widget__related_item"><a href="/green/2025/0${i + 6}/11/r${i}">${t}</a></li>`)
  .join('\n')}</ul></div>
<h2>${enH1}</h2>
${enP(enP2)}
${enAd}
<h2>${enH2}</h2>
${enP(enP3)}
</div>
<div class="c-article-tags"><ul>${links(enTags, 'c-article-tags__item')}</ul></div></article>
<aside class="c-most-viewed"><h2>${enTop[0]}</h2><ul>${links(enTop.slice(1), 'c-most-viewed__item')}</ul>
<h3>${enToday[0]}</h3><ul>${links(enToday.slice(1), 'c-tag')}</ul></aside></main>
<div id="didomi-host" class="didomi-notice"><div role="dialog" aria-labelledby="didomi-notice-title"><h1 id="didomi-notice-title">${enConsent[0]}</h1>
<p>${enConsent[1]}</p><button id="didomi-notice-agree-button">${enConsent[2]}</button><button id="didomi-notice-disagree-button">${enConsent[3]}</button>
<button id="didomi-notice-learn-more-button">${enConsent[4]}</button></div></div>
<footer class="c-footer"><ul>${links(enFoot, 'c-footer__link')}</ul><p class="c-footer__copyright">Copyright © euronews 2025</p></footer></body></html>`;
export const euronews: TestPage = {
  html: enHtml,
  name: 'heldout142-euronews-news',
  kind: 'news',
  // the summary under the headline is body; the author, the "Video editor" credit and the published / updated line are
  // bylines; the breadcrumb, share and comments buttons, the hidden share modal, ad labels, the "Related" block, caption
  // and credit, tags, rails, the consent notice (its h1 too) and the footer are furniture
  title: enTitle,
  headings: [enH1, enH2],
  body: [enSummary, ...enP1, ...enP2, ...enP3],
  bylines: ['Lea Moser', 'Video editor • Tobias Engl', 'Published on 08/10/2025 - 12:04 GMT+2', '•Updated 13:10'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to accessibility shortcuts', 'English', 'Live', ...enNav, 'Nature', ...enShare, enEmbed, 'Copy', enCaption, '- Copyright Euronews', 'ADVERTISEMENT',
    ...enRelated, ...enTags, ...enToday, ...enTop, ...enConsent, ...enFoot, 'Copyright © euronews 2025',
  ],
};

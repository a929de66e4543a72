import { links, ps, type TestPage, texts } from './page-kit.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file e2: a Deutsche Welle (dw.com) English story on its React template (skip links, the header with the
 * section nav, "Live TV", "Menu", search and language picker, the topic kicker, h1 and teaser, the author with place, the date
 * given twice (short and long form, one hidden per breakpoint), "Reading time", the share menu, the lead image caption with its
 * "Image:" credit, an "Advertisement" slot, body paragraphs with two h2s and a captioned inline image, the "Edited by:" line
 * at the end of the text, "Skip next section" links before the "Related topics" and "Explore more" blocks, the footer and the
 * consent banner).
 */
const dTitle = 'Germany: Free buses fill up in Halsbrück, but who pays?';
const dTeaser =
  'A small city in Saxony made its buses free a year ago. Ridership has doubled, but the experiment is costing more than planned, ' +
  'and the state has yet to say whether it will help.';
const dP1 = paras(`
On a grey Tuesday morning, the number 4 bus pulls into Halsbrück’s main square and almost every seat is taken. A year ago, the
driver says, he would have had a handful of pensioners and schoolchildren at this hour. Now there are commuters, shoppers and
a group of teenagers heading to the swimming pool on the edge of town.

Halsbrück, a city of about 48,000 people, became one of the first in Germany to scrap fares on all local buses in November last
year. The city council argued that it would cut traffic in the narrow streets of the old town and help people on low incomes
at a time of high prices.
`);
const dH1 = 'Twice as many passengers';
const dP2 = paras(`
By most measures it has worked. According to figures published by the city’s transport company this week, the number of
passengers has risen from around 9,000 a day to almost 19,000. Car traffic in the city centre is down by about 12%, and the
council says that retailers in the old town have reported more visitors on weekdays.

“People who never took the bus are trying it, and many of them stay,” said Mayor Henrike Voss. “That is what we hoped for.”

But the success has created new problems. The transport company has had to hire 22 additional drivers and lease eight more
buses to cope with crowded routes, and some passengers complain of buses too full to board at peak times.
`);
const dH2 = 'A hole in the budget';
const dP3 = paras(`
The bigger question is money. The city had budgeted €4.2 million a year to make up for lost fares. The real cost, including the
extra buses and drivers, is now expected to reach €6.8 million, according to the city treasurer.

Halsbrück has asked the state government in Dresden to share the cost, arguing that the project could serve as a model for other
mid-sized towns. The state transport ministry told DW that it was “following the experiment with interest” but had made no
decision on funding.

Opposition councillors want to reintroduce a small fare of €1 a day to cover part of the gap. Voss says that would undo much of
what has been achieved. A decision is due before the council sets next year’s budget in February.
`);
const dEdited = 'Edited by: Jonas Bertram';
const dNav = ['Germany', 'World', 'Business', 'Science', 'Environment', 'Culture', 'Sports', 'Learn German'];
const dShare = ['Facebook', 'X', 'WhatsApp', 'Telegram', 'Email', 'Copy link'];
const dLead = ['Buses in Halsbrück have been free to use since November 2024', 'Image: Matthias Rietschel/dpa/picture alliance'];
const dInline = ['Mayor Henrike Voss wants the state to share the cost', 'Image: Kerstin Lauber/DW'];
const dTopics = ['Germany', 'Public transport', 'Saxony', 'Climate change'];
const dExplore = items(`
Germany’s €49 rail ticket: What you need to know
Why German cities are turning parking lots into parks
Deutsche Bahn delays: Is there an end in sight?
`);
const dFoot = ['About DW', 'Contact', 'Legal notice', 'Privacy Policy', 'Accessibility statement', 'Cookies', 'Imprint'];
const dCookie =
  'We use cookies to improve our service for you. You can find more information in our data protection declaration and in the ' + 'privacy settings.';
const skip = (id: string, label: string): string => `<a class="sc-skip-link" href="#${id}">Skip next section ${label}</a>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${dTitle} – DW – 11/13/2025</title><meta name="description" content="${dTeaser}">
<meta property="og:title" content="${dTitle}"><meta property="og:site_name" content="dw.com"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.dw.com/en/germany-free-buses-fill-up-in-halsbrueck-but-who-pays/a-70788421">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}","description":"${dTeaser}",
"datePublished":"2025-11-13T09:12:00.000Z",
"author":[{"@type":"Person","name":"Clara Mertens"}],"publisher":{"@type":"Organization","name":"Deutsche Welle"}}</script>
<script>window.__APP_STATE__ = {"content":{"id":70788421,"__typename":"Article","language":"ENGLISH","isLiveblog":false}};</script>
<link rel="stylesheet" href="https://static.dw.com/fe/assets/main.c81f2e.css"></head>
<body><div id="root"><div class="sc-skip-links"><a href="#main-content" class="sc-skip-link">Skip to content</a><a href="#navigation"
class="sc-skip-link">Skip to main menu</a><a href="#footer" class="sc-skip-link">Skip to more DW sites</a></div>
<header class="sc-header" data-tracking-name="header"><a href="/en/top-stories/s-9097" class="sc-logo" aria-label="DW"><svg aria-hidden="true"></svg></a>
<nav id="navigation" class="sc-nav" aria-label="Navigation"><ul>${links(dNav, 'sc-nav-item')}</ul></nav><div class="sc-header-tools">
<a href="/en/live-tv/s-100825" class="sc-live-tv">Live TV</a><button class="sc-menu-button" type="button" aria-expanded="false">Menu</button>
<button class="sc-search-button" type="button"><span class="sr-only">Search</span></button><button class="sc-language-button" type="button">English</button>
</div></header>
<main id="main-content"><article class="sc-article" data-tracking-name="content-detail-kicker">
<header class="sc-article-header"><span class="sc-kicker"><a href="/en/germany/s-1432">Germany</a></span><h1 class="sc-article-title">${dTitle}</h1>
<p class="sc-teaser-text teaser-text">${dTeaser}</p>
<div class="sc-author-details"><span class="sc-author-name"><a href="/en/clara-mertens/person-61234">Clara Mertens</a></span> <span
class="sc-author-location">in Halsbrück</span></div>
<span class="sc-publication-date"><time datetime="2025-11-13T09:12:00.000Z"><span class="sc-date-short">11/13/2025</span><span class="sc-date-long"
aria-hidden="true">November 13, 2025</span></time></span><span class="sc-reading-time">4 minutes reading time</span>
<div class="sc-share"><button type="button" class="sc-share-button" aria-haspopup="true">Share</button><ul class="sc-share-menu" hidden>${links(dShare)}</ul>
</div></header>
<figure class="sc-lead-image"><img src="https://static.dw.com/image/70788400_906.jpg" alt="A yellow city bus in a market square">
<figcaption class="sc-caption"><span>${dLead[0]}</span><span class="sc-credits">${dLead[1]}</span></figcaption></figure>
<div class="sc-ad" data-ad-slot="article-1"><span class="sc-ad-label">Advertisement</span><div id="ad-article-1"></div></div>
<div class="rich-text sc-rich-text">
${ps(dP1)}
<h2>${dH1}</h2>
${ps(dP2)}
<figure class="placeholder-image sc-inline-image"><img src="https://static.dw.com/image/70788411_401.jpg" alt="A woman in a council chamber">
<figcaption class="sc-caption"><span>${dInline[0]}</span><span class="sc-credits">${dInline[1]}</span></figcaption></figure>
<h2>${dH2}</h2>
${ps(dP3)}
<p><em>${dEdited}</em></p>
</div></article>
${skip('related-topics', 'Related topics')}<section id="related-topics" class="sc-related-topics"><h2>Related topics</h2><ul>${links(dTopics, 'sc-topic')}</ul>
</section>
${skip('explore-more', 'Explore more')}<section id="explore-more" class="sc-explore-more"><h2>Explore more</h2><ul>${links(dExplore)}</ul></section>
<section class="sc-feedback"><a href="/en/contact/s-30778">Send us your feedback</a></section></main>
<footer id="footer" class="sc-footer"><ul>${links(dFoot)}</ul><p class="sc-copyright">© 2025 Deutsche Welle</p></footer>
<div class="sc-consent" role="dialog" aria-label="Privacy settings"><p>${dCookie}</p><button type="button">Accept all</button>
<button type="button">Only required cookies</button><button type="button">Privacy settings</button></div></div>
<script src="https://static.dw.com/fe/assets/main.c81f2e.js" defer></script></body></html>`;
export const dwStory: TestPage = {
  name: 'heldout136-dw-story',
  kind: 'news',
  // the teaser is body (a dek); "Edited by:" at the end of the text, the author, place, both date forms and the reading time
  // are bylines; captions, credits and the "Skip next section" links are furniture
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2],
  body: [dTeaser, ...texts(dP1), ...texts(dP2), ...texts(dP3)],
  bylines: ['Clara Mertens', 'in Halsbrück', '11/13/2025', 'November 13, 2025', '4 minutes reading time', dEdited],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Skip to main menu', 'Skip to more DW sites', ...dNav, 'Live TV', 'Menu', 'Search', 'English', 'Share', ...dShare, ...dLead,
    'Advertisement', ...dInline, 'Skip next section Related topics', 'Related topics', ...dTopics, 'Skip next section Explore more', 'Explore more',
    ...dExplore, 'Send us your feedback', ...dFoot, '© 2025 Deutsche Welle', dCookie, 'Accept all', 'Only required cookies', 'Privacy settings',
  ]),
};

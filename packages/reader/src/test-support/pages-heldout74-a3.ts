import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page a3: a Deutsche Welle English shape news story ("Welle Global"): skip links, the header with menu,
 * language and live TV buttons, the kicker, teaser text, author, date, the hero image with an "Image:" credit, the short link
 * with "Copy link", share buttons, an in-text figure and a video with the "To view this video please enable JavaScript" text
 * and duration, ad labels, the "Edited by:" line, the feedback button, "Skip next section" links, related topics, the
 * "Explore more" teasers, the footer and the privacy banner.
 */
export const title = 'Why Lauterland’s villages are running out of family doctors';
export const teaser =
  'A third of family doctors in the rural state of Lauterland will retire within five years. Young doctors prefer the cities, and patients ' +
  'are already driving an hour to see a GP.';
export const blocks: readonly Block[] = [
  [
    'p',
    'On a Tuesday morning in Bad Hollstein, the queue outside Katrin Weidemann’s practice starts forming before eight. Some patients have ' +
      'come from villages 30 kilometers (18 miles) away, because the doctors there have closed their practices and nobody has taken them over.',
  ],
  [
    'p',
    '“I have 2,400 patients on my books. A normal practice has about 1,000,” said Weidemann, who is 63 and had hoped to retire this year. ' +
      '“If I stop, these people have nowhere to go. So I keep going.”',
  ],
  [
    'p',
    'Her situation is far from unusual. According to the Lauterland Association of Statutory Health Insurance Physicians, 38 of the ' +
      'state’s 112 rural GP posts are currently vacant, and one in three family doctors still working is over 60.',
  ],
  ['h2', 'Young doctors want the city'],
  [
    'p',
    'Medical schools are training more doctors than ever, but few of them want to settle in the countryside. Surveys of students at the ' +
      'university in the state capital, Marrstadt, show that fewer than one in ten would consider running a practice in a small town.',
  ],
  [
    'p',
    'The reasons are familiar: long hours, weekend on-call duty, and the financial risk of buying a practice. Many young doctors, ' +
      'particularly women, prefer salaried jobs with fixed hours in group practices or hospitals.',
  ],
  [
    'p',
    '“Nobody wants to be the only doctor for 40 square kilometers anymore, and I understand that,” said Lukas Brenner, 31, who finished ' +
      'his specialist training in family medicine last year and now works in a medical center in Marrstadt.',
  ],
  ['h2', 'Incentives with mixed results'],
  [
    'p',
    'The state government has tried to reverse the trend. Since 2021, Lauterland has paid up to €60,000 to doctors who open or take over a ' +
      'practice in an underserved area, and it reserves a number of university places for students who commit to working in the countryside ' +
      'for ten years after graduating.',
  ],
  [
    'p',
    'Regional Health Minister Jörg Albers admitted that the scheme had filled only 14 posts so far. “It takes 12 years to train a family ' +
      'doctor. We will not see the full effect of the rural quota until the next decade,” he told Welle Global.',
  ],
  [
    'p',
    'In the meantime, some districts are experimenting with municipal health centers, in which the town employs doctors directly and ' +
      'takes on the administrative work. Bad Hollstein’s neighbor, Kirchwend, opened such a center in 2023 and now employs three doctors ' +
      'and two specialist nurses.',
  ],
  [
    'p',
    'Video consultations and traveling nurses who visit elderly patients at home are also meant to close the gaps. But critics say ' +
      'they cannot replace a doctor who knows a patient’s history.',
  ],
  [
    'p',
    'For Weidemann, the search for a successor goes on. She has advertised her practice for two years and had one serious applicant, who ' +
      'withdrew after his partner could not find work in the area.',
  ],
  ['p', '“I will keep the door open as long as my health allows,” she said. “But I am not a solution. I am a stopgap.”'],
];
export const skips = ['Skip to content', 'Skip to main menu', 'Skip to more Welle Global sites'];
export const header = ['Menu', 'Live TV', 'Latest audio', 'English'];
export const nav = ['Germany', 'World', 'Business', 'Science', 'Environment', 'Culture', 'Sports', 'In focus'];
export const kicker = 'Health';
export const heroCaption = 'Many rural practices in Lauterland have closed because no successor could be found';
export const heroCredit = 'Image: Jonas Pfeiffer/wg';
export const shortLink = 'https://p.wg.com/p/4nQ2xL';
export const shareLabels = ['Copy link', 'Share', 'Send', 'Facebook', 'X', 'WhatsApp', 'E-Mail', 'Print'];
export const figCaption = 'Medical students in Marrstadt: few of them plan to work in the countryside';
export const figCredit = 'Image: Carla Stein/wg';
export const video = [
  'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
  'Rural Germany: Where have all the doctors gone?',
  '02:41',
];
export const ad = 'Advertisement';
export const edited = 'Edited by: Sarah Bergmann';
export const feedback = ['Send us your feedback', 'Your feedback'];
export const skipSections = ['Skip next section Related topics', 'Skip next section Explore more', 'Skip next section More from Welle Global'];
export const topics = ['Related topics', 'Health care', 'Rural areas', 'Lauterland'];
export const explore = ['Explore more'];
export const teasers = [
  'Germany’s hospital reform: What changes for patients',
  'Pharmacies close as drug shortages bite',
  'Nursing care: Germany recruits abroad, but many leave again',
];
export const teaserKickers = ['Politics', 'Business', 'Society'];
export const footer = ['About Welle Global', 'Contact', 'Imprint', 'Legal notice', 'Privacy Policy', 'Accessibility statement', 'Cookie settings'];
export const copyright = '© 2025 Welle Global';
export const privacy = [
  'Privacy settings',
  'We use cookies and similar technologies to make our website work properly and to understand how you use our services. ' +
    'You can change your settings at any time.',
  'Accept all',
  'Decline',
  'Settings',
];
export const bylines = ['Matthias Kroll', '11/12/2025', 'November 12, 2025'];

const skipIds = ['main-content', 'main-menu', 'more-sites'];
const adSlot = (n: number): string =>
  `<div class="sc-bdfBQB advertisement" data-tracking-name="ad-slot"><span class="sc-gsTCUz ad-label">${ad}</span>
<div id="div-gpt-ad-${n}" class="ad-wrapper" data-ad-position="content_${n}"></div></div>`;
const inlineFigure = `<figure class="placeholder-image inline-image" data-testid="inline-image"><div class="image-wrapper">
<img src="https://static.wg.com/image/69102233_605.webp" alt="Students in a lecture hall" loading="lazy"></div>
<figcaption class="sc-iBPRYJ"><span class="description">${figCaption}</span><span class="credits">${figCredit}</span></figcaption></figure>`;
const videoBlock = `<div class="vjs-wrapper video-player" data-testid="video"><div class="vjs-player"><div class="vjs-poster"></div>
<p class="vjs-no-js">${video[0]}</p></div>
<div class="video-caption"><span class="video-title">${video[1]}</span><span class="duration">${video[2]}</span></div></div>`;

export const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} – WG – 11/12/2025</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${teaser}">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="Welle Global">
<link rel="canonical" href="https://www.wg.com/en/why-lauterlands-villages-are-running-out-of-family-doctors/a-74519302">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T10:05:00.000Z",
"author":[{"@type":"Person","name":"Matthias Kroll"}],"publisher":{"@type":"Organization","name":"Welle Global"},"articleSection":"Health",
"mainEntityOfPage":"https://www.wg.com/en/a-74519302"}</script>
<script>window.__APP_STATE__={"lang":"en","contentId":74519302,"pageType":"Article"};</script>
<link rel="stylesheet" href="/client/main.8a3e4b.css"></head>
<body><div id="root"><div class="sc-jSgupP app">
<div class="skip-links">${skips.map((t, i) => `<a class="sr-only sr-only-focusable" href="#${skipIds[i]}">${t}</a>`).join('\n')}</div>
<header class="sc-hKgILt header" data-tracking-name="header"><div class="header-row">
<button class="menu-button" aria-expanded="false" id="main-menu"><span class="sr-only">${header[0]}</span><svg class="icon-menu"></svg></button>
<a class="logo" href="/en/top-stories/s-9097" aria-label="Welle Global"><svg viewBox="0 0 80 40" class="wg-logo"><use href="#wg-logo"></use></svg></a>
<nav class="navigation" aria-label="Main"><ul>${links(nav, 'nav-item')}</ul></nav>
<div class="header-actions"><a class="live-tv-button" href="/en/live-tv/s-100825">${header[1]}</a>
<a class="audio-button" href="/en/audio/s-100800">${header[2]}</a>
<button class="language-toggle" id="more-sites"><span>${header[3]}</span></button></div></div></header>
<main id="main-content" class="sc-eCssSg content-area"><article class="sc-jrAGrp article" data-tracking-name="content-detail-article">
<header class="article-header"><span class="sc-kEjbxe kicker"><a href="/en/health/t-18997830">${kicker}</a></span>
<h1 class="sc-iqHYGH headline">${title}</h1>
<div class="author-details"><span class="author-name"><a href="/en/matthias-kroll/person-61209">${bylines[0]}</a></span>
<span class="sc-crrsfI publication-date"><time datetime="2025-11-12T10:05:00.000Z" title="${bylines[2]}">${bylines[1]}</time></span></div>
<p class="sc-dQppl teaser-text">${teaser}</p></header>
<figure class="hero-image"><div class="image-wrapper">
<img src="https://static.wg.com/image/69102120_1004.webp" alt="A closed practice with a sign" fetchpriority="high"></div>
<figcaption><span class="description">${heroCaption}</span><span class="credits">${heroCredit}</span></figcaption></figure>
<div class="sc-fujyAs details-row"><div class="short-url"><span class="url">${shortLink}</span>
<button class="copy-button" type="button"><span>${shareLabels[0]}</span></button></div>
<div class="share-menu"><button class="share-button" aria-haspopup="true"><span>${shareLabels[1]}</span></button>
<ul class="share-list" hidden><li class="share-title">${shareLabels[2]}</li>
${shareLabels
  .slice(3, 7)
  .map((t) => `<li><a class="share-link" href="#" rel="noopener">${t}</a></li>`)
  .join('\n')}
</ul><button class="print-button" type="button">${shareLabels[7]}</button></div></div>
<div class="sc-cOFTSb rich-text has-italic" data-tracking-name="rich-text">
${render(blocks, {}, { 3: adSlot(1), 5: inlineFigure, 9: videoBlock, 12: adSlot(2) })}
<p><strong>${edited}</strong></p>
</div>
<div class="feedback-wrapper"><button class="feedback-button" type="button">
<span class="sr-only">${feedback[0]}</span><span>${feedback[1]}</span></button></div>
</article>
<a class="sr-only sr-only-focusable" href="#related-topics-end">${skipSections[0]}</a>
<section class="related-topics" aria-labelledby="related-topics-title"><h2 id="related-topics-title">${topics[0]}</h2>
<ul class="topic-list">${links(topics.slice(1), 'topic-chip')}</ul></section><div id="related-topics-end"></div>
<a class="sr-only sr-only-focusable" href="#explore-end">${skipSections[1]}</a>
<section class="content-block explore-more"><h2 class="section-title">${explore[0]}</h2><div class="teaser-list">
${teasers
  .map(
    (
      t,
      i,
    ) => `<div class="sc-gKsewC teaser" data-tracking-name="teaser"><figure class="teaser-image"><img src="/image/t${i}.webp" alt="" loading="lazy"></figure>
<div class="teaser-data"><span class="kicker">${teaserKickers[i]}</span><h3><a href="/en/a-7451${i}000">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div></section><div id="explore-end"></div>
<a class="sr-only sr-only-focusable" href="#more-end">${skipSections[2]}</a>${adSlot(3)}<div id="more-end"></div></main>
<footer class="sc-hiwReK footer"><ul class="footer-links">${links(footer, 'footer-link')}</ul><p class="copyright">${copyright}</p></footer></div>
<div class="privacy-banner" role="dialog" aria-modal="true" aria-labelledby="privacy-title"><h2 id="privacy-title">${privacy[0]}</h2><p>${privacy[1]}</p>
<div class="privacy-buttons"><button class="accept">${privacy[2]}</button><button class="decline">${privacy[3]}</button>
<button class="settings">${privacy[4]}</button></div></div></div>
<script src="/client/runtime.3f9a1c.js"></script><script src="/client/main.8a3e4b.js"></script></body></html>`;

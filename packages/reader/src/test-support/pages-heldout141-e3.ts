import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file e3: a Jerusalem Post Israel news story on its own template: the header with "Login" and
 * "Premium", the section nav, the breadcrumb, the headline and subline (h2), the reporter and publish/updated times, the
 * share icons, the lead image with its "(photo credit: ...)" caption, the body with "Advertisement" slots and a "Related
 * Articles:" box inside it, the newsletter box, the "Tags" list, the "Top Articles" rail, the cookie notice and the footer.
 */
export const jpTitle = 'Tel Aviv light rail Purple Line opening pushed back to 2028, Transportation Ministry says';
export const jpSub = 'Tunneling under Ibn Gabirol Street and disputes over utility lines are blamed for the two-year delay';
export const jpP = paras(`
The opening of the Tel Aviv light rail’s Purple Line has been pushed back to the end of 2028, two years later than planned, the
Transportation Ministry said on Wednesday, citing delays in moving underground utility lines and slower-than-expected work at
several stations.

The 27-kilometer line is meant to run from Ramat Hagolan in the north-east through central Tel Aviv to Yehud and Kiryat Ono, with
45 stations. When it opens, it is expected to carry around 230,000 passengers a day.

According to a ministry statement, the main cause of the delay was the relocation of water, sewage and electricity lines along
Ibn Gabirol Street and Allenby Street, some of which were not where municipal maps showed them to be. Disputes between contractors
and the utility companies over who should pay for the extra work had held up several sections for months.

“We are not prepared to cut corners on safety to save a few months,” said ministry director-general Avital Ben-Haim. “The
public deserves a reliable line that works from the first day.”

The new timetable was presented to the Knesset Economic Affairs Committee, where lawmakers from both the coalition and the
opposition criticized the ministry for not warning residents earlier. Committee chairman Eitan Sasson said businesses along the
route had been “paying the price for a project that keeps moving the finish line.”

Shop owners on Ibn Gabirol say the works have cut their income sharply. Rina Avraham, who runs a shoe store near Rabin Square, said
sales had fallen by around 40% since the street was narrowed. “Customers cannot park, they cannot walk easily, and now we hear
two more years,” she said.

The ministry said it would expand a compensation program for affected businesses, raising the maximum grant to NIS 120,000 and
simplifying the application process. It also said the section between Yehud and the Ayalon Highway could open in stages from
2027.

The Red Line, the first line of the Tel Aviv metropolitan light rail network, opened in 2023 after years of delays of its own. A
third line, the Green Line, is under construction and is also expected to open in 2028.
`);
export const jpRelated = [
  'Related Articles:',
  'Red Line ridership passes 100 million trips since opening',
  'Tel Aviv businesses to get rent relief during light rail works',
  'Knesset committee demands answers on metro project costs',
];
export const jpTop = ['Login', 'Premium', 'Podcasts', 'Newsletter'];
export const jpNav = lines(`
Israel News
Diaspora
Middle East
International
Opinion
Business & Innovation
Health & Wellness
Archaeology
Food & Recipes
Travel & Tourism
`);
export const jpCrumbs = ['Israel News', 'Transportation'];
export const jpCaption = 'Construction work on the Purple Line on Ibn Gabirol Street in Tel Aviv, January 2025.';
export const jpCredit = '(photo credit: TAMAR GOLAN/SHACHAR PHOTO)';
export const jpShare = ['Facebook', 'X', 'WhatsApp', 'Email'];
export const jpNewsletter = ['Stay updated with the latest news!', 'Subscribe to The Jerusalem Post Newsletter', 'Your email', 'Subscribe'];
export const jpTags = ['Tags', 'Tel Aviv', 'light rail', 'Transportation Ministry', 'infrastructure'];
export const jpTopArticles = lines(`
Top Articles
Israel’s inflation rate falls to 2.9% in December
Ancient mosaic found beneath Jaffa parking lot
Eilat hotels report record occupancy over holiday weekend
`);
export const jpCookie = [
  'This website uses cookies to improve your experience and for advertising purposes. By continuing to browse the site, you agree ' + 'to our use of cookies.',
  'I agree',
];
export const jpFoot = lines(`
About Us
Advertise with us
Subscribe
RSS
Terms of Use
Privacy
Accessibility Statement
Contact Us
`);
export const jpCopy = 'All rights reserved © 1995 - 2025 The Jerusalem Post.';
const para = (p: string): string => `<p>${p}</p>`;
const ad = (n: number): string => `<div class="article-inner-ad"><div class="ad-title">Advertisement</div>
<div id="div-gpt-ad-inread${n}" class="ad-unit"></div></div>`;
const related = `<div class="related-articles-block"><div class="related-articles-title">${jpRelated[0]}</div><ul>
${jpRelated
  .slice(1)
  .map((t) => `<li><a href="/israel-news/transportation/article-${slugify(t)}">${t}</a></li>`)
  .join('\n')}</ul></div>`;
const body = [...jpP.slice(0, 2).map(para), related, ...jpP.slice(2, 4).map(para), ad(1), ...jpP.slice(4, 7).map(para), ad(2), ...jpP.slice(7).map(para)].join(
  '\n',
);
export const jpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tel Aviv light rail Purple Line opening pushed back to 2028 - The Jerusalem Post</title>
<meta name="description" content="${jpSub}"><meta property="og:title" content="${jpTitle}">
<meta property="og:site_name" content="The Jerusalem Post | JPost.com">
<meta name="author" content="Yael Dorfman"><link rel="canonical" href="https://www.jpost.example/israel-news/transportation/article-837412">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${jpTitle}","description":"${jpSub}",
"datePublished":"2025-01-15T10:42:00+02:00","dateModified":"2025-01-15T13:05:00+02:00","author":[{"@type":"Person","name":"Yael Dorfman"}],
"publisher":{"@type":"Organization","name":"The Jerusalem Post"}}</script>
<link rel="stylesheet" href="https://www.jpost.example/Css/Jpost/main.min.css?v=20250112">
<script>var articleId = 837412; var categoryId = 'transportation'; var isPremium = false;</script></head>
<body class="article-page"><div class="main-wrapper"><header class="header"><div class="header-top">
<a class="logo" href="/" title="The Jerusalem Post"><img src="https://images.jpost.example/image/upload/f_auto/jpost-logo.svg" alt="The Jerusalem Post"></a>
<ul class="header-top-links">${jpTop.map((t) => `<li><a href="/${slugify(t)}">${t}</a></li>`).join('')}</ul></div>
<nav class="main-menu"><ul>${jpNav.map((t) => `<li class="main-menu-item"><a href="/${slugify(t)}">${esc(t)}</a></li>`).join('\n')}</ul></nav></header>
<div class="container"><div class="main-content">
<div class="breadcrumbs">${jpCrumbs.map((t) => `<a class="breadcrumb-item" href="/${slugify(t)}">${t}</a>`).join(' ')}</div>
<article class="article"><h1 class="article-title">${jpTitle}</h1><h2 class="article-subline">${jpSub}</h2>
<div class="article-reporters-and-date"><span class="reporters">By <a href="/author/yael-dorfman" class="reporter">YAEL DORFMAN</a></span>
<time class="article-publish-date" datetime="2025-01-15T10:42:00+02:00">JANUARY 15, 2025 10:42</time>
<span class="article-update-date">Updated: JANUARY 15, 2025 13:05</span></div>
<div class="article-share">${jpShare
  .map(
    (t) => `<a class="share-btn share-${slugify(t)}" href="#" title="${t}"><span class="sr-only">${t}</span>
</a>`,
  )
  .join('')}</div>
<div class="article-image"><img src="https://images.jpost.example/image/upload/f_auto,fl_lossy/q_auto/c_fill,g_faces:center,h_537,w_822/purple.jpg"
alt="Purple Line works"><div class="article-image-caption"><span>${jpCaption}</span> <span class="photo-credit">${jpCredit}</span></div></div>
<section class="article-inner-content">
${body}
</section>
<div class="newsletter-box"><div class="newsletter-title">${jpNewsletter[0]}</div><p>${jpNewsletter[1]}</p><form>
<input type="email" placeholder="Email"><label class="sr-only">${jpNewsletter[2]}</label><button type="submit">${jpNewsletter[3]}</button></form></div>
<div class="tags-container"><span class="tags-title">${jpTags[0]}</span>${jpTags
  .slice(1)
  .map((t) => `<a class="tag" href="/tags/${slugify(t)}">${t}</a>`)
  .join('')}</div></article></div>
<aside class="side-content"><div class="ad-title">Advertisement</div><div id="div-gpt-ad-side1"></div>
<div class="top-articles"><h3 class="top-articles-title">${jpTopArticles[0]}</h3><ul>
${jpTopArticles
  .slice(1)
  .map((t) => `<li><a href="/${slugify(t)}"><h4>${t}</h4></a></li>`)
  .join('\n')}</ul></div></aside></div>
<footer class="footer"><ul>${jpFoot.map((t) => `<li><a href="/${slugify(t)}">${t}</a></li>`).join('\n')}</ul><p class="copyright">${jpCopy}</p></footer></div>
<div class="cookie-consent" id="cookieConsent"><p>${jpCookie[0]}</p><button id="cookieAccept">${jpCookie[1]}</button></div>
<script src="https://www.jpost.example/Scripts/Jpost/main.min.js?v=20250112" defer></script></body></html>`;

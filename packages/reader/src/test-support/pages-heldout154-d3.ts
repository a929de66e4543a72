import { links } from './page-kit.js';

/**
 * Held-out batch 154, file d3: the Reach plc article template shared by the Mirror, the Manchester Evening News and
 * Wales Online pages (the masthead with "Sign in" and the burger menu, the primary nav, breadcrumbs, the standfirst,
 * the author block with job title, published and updated times, the share buttons, "Comments" and the "Bookmark"
 * button with its hidden "Story Saved" notice, the lead image with a "(Image: ...)" credit, "Article continues below"
 * ad slots, "READ MORE:" links and the newsletter signup box inside the body, the topics list, "Most Read" / "Most
 * Recent" tabs, the IPSO footer and the consent banner). It returns the page and the furniture and byline texts it adds.
 */
export interface ReachSite {
  site: string;
  host: string;
  nav: string[];
  crumbs: string[];
  newsletter: [string, string];
  footer: string[];
  mostRead: string[];
  mostRecent: string[];
}
export interface ReachStory {
  id: number;
  path: string;
  title: string;
  standfirst: string;
  author: string;
  authorJob: string;
  published: [string, string];
  updated: [string, string];
  lead: [string, string];
  body: string;
  topics: string[];
}
export const reachLegal =
  "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include " +
  'adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. Read our Privacy Policy';
const consent =
  'We and our partners use technology such as cookies on our site to personalise content and ads, provide social media features, ' +
  'and analyse our traffic. Click below to consent to the use of this technology across the web.';
const saved = ['Story Saved', 'You can find this story in My Bookmarks.Or by navigating to the user icon in the top right.'];
const share = ['Facebook', 'X', 'WhatsApp', 'Email'];

/** A body paragraph. */
export const rp = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
/** An in-body ad slot with its label. */
export const rAd = (
  n: number,
): string => `<div class="article-body__ad" data-ad-slot="inline-${n}"><span class="article-continues">Article continues below</span>
<div class="ad-placeholder" id="div-gpt-ad-inline-${n}"></div></div>`;
/** A "READ MORE:" link paragraph as Reach puts it between paragraphs. */
export const rRead = (t: string): string =>
  `<aside class="read-more-links"><p><strong>READ MORE: </strong><a href="/news/${t.length}-story" data-link-tracking="InArticle|Link">${t}</a></p></aside>`;
/** An in-body image with caption and credit. */
export const rFig = (cap: string, credit: string): string => `<figure class="in-article-image" data-type="image"><div class="img-container">
<img src="https://i2-prod.reach.example/incoming/article-${cap.length}.jpg" alt="" width="615" height="410" loading="lazy"></div>
<figcaption class="caption-wrapper"><span class="caption">${cap}</span> <span class="credit">${credit}</span></figcaption></figure>`;
/** The newsletter box the template puts inside the body. */
export const rNews = (
  s: ReachSite,
): string => `<div class="newsletter-signup-widget" data-component="newsletter-signup"><h3 class="signup-heading">${s.newsletter[0]}</h3>
<p class="signup-text">${s.newsletter[1]}</p>
<form><input type="email" aria-label="Enter your email" placeholder="Enter your email"><button type="submit">Subscribe</button></form>
<p class="signup-legal">${reachLegal}</p><p class="signup-thanks" hidden>Thank you for subscribing!</p></div>`;

export function reachPage(s: ReachSite, a: ReachStory): { html: string; furniture: string[]; bylines: string[] } {
  const ld = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${a.title}","description":"${a.standfirst}",
"datePublished":"${a.published[0]}","dateModified":"${a.updated[0]}","author":[{"@type":"Person","name":"${a.author}","jobTitle":"${a.authorJob}"}],
"publisher":{"@type":"Organization","name":"${s.site}"}}`;
  const html = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${a.title} - ${s.site}</title><meta name="description" content="${a.standfirst}"><meta property="og:type" content="article">
<meta property="og:title" content="${a.title}"><meta property="og:site_name" content="${s.site}"><meta name="article:author" content="${a.author}">
<link rel="canonical" href="https://www.${s.host}${a.path}-${a.id}"><link rel="stylesheet" href="/assets/css/article.${a.id % 997}.css">
<script type="application/ld+json">${ld}</script>
<script>window.mantis={"contentId":${a.id},"pageType":"article","publication":"${s.host}"};</script></head>
<body class="article-page"><a href="#content" class="skip-link">Skip to main content</a>
<header class="mod-header" data-component="header"><button class="burger" aria-label="Open menu"><span>Menu</span></button>
<a class="logo" href="/"><span class="logo-text">${s.site}</span></a><a class="login-link" href="/auth/login">Sign in</a>
<nav class="primary-nav" aria-label="Primary"><ul>${links(s.nav, 'primary-nav__item')}</ul></nav></header>
<main id="content"><article id="article" class="article-main" data-article-id="${a.id}" itemscope itemtype="https://schema.org/NewsArticle">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(s.crumbs, 'breadcrumbs__item')}</ol></nav>
<h1 class="section-theme-background-indicator publication-font" itemprop="headline name">${a.title}</h1>
<p class="sub-title" itemprop="description">${a.standfirst}</p>
<div class="article-information"><div class="publish-info"><div class="author-information"><span class="author" itemprop="author">
<a href="/authors/${a.author.toLowerCase().replace(/ /g, '-')}/" rel="author">${a.author}</a></span> <span class="author-job">${a.authorJob}</span></div>
<ul class="time-info"><li><time class="date-published" datetime="${a.published[0]}">${a.published[1]}</time></li>
<li><span class="time-info__label">Updated</span> <time class="date-updated" datetime="${a.updated[0]}">${a.updated[1]}</time></li></ul></div>
<div class="social-share" data-component="share"><ul>${links(share, 'share-button')}</ul>
<a class="comments-link" href="#comments-wrapper"><span>Comments</span></a>
<button class="bookmark-button" type="button">Bookmark</button><div class="bookmark-toast" hidden><p class="bookmark-toast__title">${saved[0]}</p>
<p class="bookmark-toast__text">${saved[1]}</p></div></div></div>
<figure class="lead-article-image"><img src="https://i2-prod.reach.example/incoming/article${a.id}.ece/ALTERNATES/s810/0_lead.jpg"
alt="" width="810" height="540">
<figcaption class="caption-wrapper"><span class="caption">${a.lead[0]}</span> <span class="credit">${a.lead[1]}</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
${a.body}
</div>
<div class="topics" data-component="topics"><h3 class="topics__title">Follow</h3><ul>${links(a.topics, 'topics__item')}</ul></div>
<div id="comments-wrapper" class="comments"><h3 class="comments__title">Comments</h3><p>Join the conversation</p></div>
</article>
<aside class="most-popular" data-component="most-popular"><div role="tablist"><button role="tab" aria-selected="true">Most Read</button>
<button role="tab" aria-selected="false">Most Recent</button></div><ol class="most-read">${links(s.mostRead, 'teaser')}</ol>
<ol class="most-recent" hidden>${links(s.mostRecent, 'teaser')}</ol></aside></main>
<footer class="mod-footer"><ul>${links(s.footer, 'footer__link')}</ul>
<p class="ipso">${s.site} is a member of the Independent Press Standards Organisation</p><p class="copyright">© 2025 a Reach plc subsidiary</p></footer>
<div id="consent-notice" role="dialog" aria-label="Privacy"><p>${consent}</p>
<button type="button">I Accept</button><button type="button">Show Purposes</button></div>
<script src="https://www.${s.host}/assets/js/article.${a.id % 997}.js" defer></script></body></html>`;
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  const furniture = [
    'Skip to main content', 'Menu', s.site, 'Sign in', ...s.nav, ...s.crumbs, ...share, 'Comments', 'Bookmark', ...saved, a.lead[0], a.lead[1],
    'Follow', ...a.topics, 'Join the conversation', 'Most Read', 'Most Recent', ...s.mostRead, ...s.mostRecent, ...s.footer,
    `${s.site} is a member of the Independent Press Standards Organisation`, '© 2025 a Reach plc subsidiary', consent, 'I Accept', 'Show Purposes',
  ];
  return { html, furniture, bylines: [a.author, a.authorJob, a.published[1], `Updated ${a.updated[1]}`] };
}

/** Furniture texts of the in-body pieces: the newsletter box, the ad label and "READ MORE:" links. */
export const reachBodyFurniture = (s: ReachSite, readMore: readonly string[]): string[] => [
  ...s.newsletter,
  'Subscribe',
  reachLegal,
  'Thank you for subscribing!',
  'Article continues below',
  ...readMore.map((t) => `READ MORE: ${t}`),
];

import { links } from './page-kit.js';

/**
 * Held-out batch 193, file b3: the Valnet article template shared by How-To Geek and MakeUseOf (header with the
 * section menu, "Newsletter" and "Sign in", the hidden account overlay, the article header with category, h1, excerpt,
 * author, date and the Follow / Like / Thread / share actions, the body, tags, the comments thread box, the "Recent" and
 * "Trending" rails, the footer and the consent banner), as a function of the page's own parts.
 */
export interface ValnetParts {
  site: string;
  host: string;
  nav: readonly string[];
  category: string;
  title: string;
  excerpt: string;
  author: string;
  authorSlug: string;
  published: string;
  iso: string;
  hero: string;
  body: string;
  tags: readonly string[];
  recent: readonly string[];
  trending: readonly string[];
}

/** Texts of the shared Valnet furniture, as written in the HTML (plain text). */
export const valnetShare = ['Facebook', 'X', 'LinkedIn', 'Reddit', 'Flipboard', 'Copy link', 'Email'];
export const valnetActions = ['Follow', 'Followed', 'Like', 'Thread', 'Link copied to clipboard'];
export const valnetThread = ['Be the first to post', 'Images', 'Attachment(s)', 'Terms', 'Post'];
export const valnetFoot = ['Join Our Team', 'Our Audience', 'About Us', 'Press & Events', 'Contact Us', 'Follow Us', 'Advertising', 'Careers'];
export const valnetFoot2 = ['Terms', 'Privacy', 'Policies'];
export const valnetConsent = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies, and process personal data for ads and content ' +
    'measurement, audience research and services development.',
  'Accept All',
  'Reject All',
  'Manage Options',
];
export const valnetCopy = 'Copyright © 2025 Valnet Inc.';
export const valnetAccount = (site: string): string[] => [
  `Sign in to your ${site} account`,
  'Create an account to follow your favorite authors and topics, and to get a personalised feed.',
  'Continue with Google',
  'Continue with Email',
];

/** An ad slot the Valnet way. */
export const valnetAd = (id: string): string => `<div class="ad-zone-container"><div class="ad-zone display-ad ad-zone-content" id="${id}"
data-ad-type="content" data-position="${id}"></div></div>`;

/** The whole saved page. */
export function valnetPage(v: ValnetParts): string {
  const slug = v.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<!DOCTYPE html>
<html lang="en" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${v.title}</title><meta name="description" content="${v.excerpt.replace(/<[^>]+>/g, '')}">
<meta property="og:site_name" content="${v.site}"><meta property="og:type" content="article"><meta property="og:title" content="${v.title}">
<meta property="article:published_time" content="${v.iso}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.${v.host}/${slug}/"><link rel="stylesheet" href="https://static0.${v.host}/public/build/css/main.8f2b.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${v.title}","datePublished":"${v.iso}",
"author":[{"@type":"Person","name":"${v.author}","url":"https://www.${v.host}/author/${v.authorSlug}/"}],
"publisher":{"@type":"Organization","name":"${v.site}"}}</script>
<script>window.vnAdConfig = {"site":"${v.host}","targeting":{"category":"${v.category}"}};</script>
<script async src="https://static0.${v.host}/public/build/js/app.3c91.js"></script></head>
<body class="page-article"><div id="app">
<header class="header" id="header"><div class="header-container"><button class="header-menu-btn" type="button" aria-label="Menu">
<span class="icon i-menu"></span></button><a class="header-logo" href="/" aria-label="${v.site}"><svg class="logo" aria-hidden="true"></svg></a>
<nav class="header-nav" aria-label="Main navigation"><ul class="header-nav-list">${links(v.nav, 'header-nav-item')}</ul></nav>
<div class="header-actions"><a class="header-newsletter-btn" href="/page/newsletter/">Newsletter</a>
<button class="header-search-btn" type="button" aria-label="Search"><span class="icon i-search"></span></button>
<button class="header-account-btn js-account-signin" type="button">Sign in</button></div></div></header>
<div class="account-overlay hidden" aria-hidden="true"><div class="account-modal"><h3 class="account-title">${valnetAccount(v.site)[0]}</h3>
<p>${valnetAccount(v.site)[1]}</p><button class="btn-account google">${valnetAccount(v.site)[2]}</button>
<button class="btn-account email">${valnetAccount(v.site)[3]}</button></div></div>
<main class="main-content" id="main"><article class="article" id="article-${v.iso.slice(0, 10)}" data-article-type="howto">
<header class="article-header"><div class="article-header-category">
<a class="category-link" href="/category/${v.category.toLowerCase()}/">${v.category}</a></div>
<div class="heading_title"><h1 class="article-header-title">${v.title}</h1></div>
<div class="heading_excerpt"><p>${v.excerpt}</p></div>
<div class="article-header-meta"><div class="heading_meta"><div class="meta_txt author"><a class="author-name" href="/author/${v.authorSlug}/">
<img class="author-avatar" alt="${v.author}" src="https://static0.${v.host}/wordpress/wp-content/authors/${v.authorSlug}.jpg">${v.author}</a></div>
<div class="meta_txt article-date"><time datetime="${v.iso}">Published ${v.published}</time></div></div>
<div class="article-header-actions"><button class="w-follow follow-btn" type="button"><span class="follow-label">Follow</span>
<span class="followed-label hidden">Followed</span></button><button class="w-like like-btn" type="button"><span class="icon i-like"></span>Like</button>
<a class="w-thread thread-btn" href="#threads"><span class="icon i-comment"></span>Thread</a>
<div class="share-dropdown"><button class="share-btn" type="button" aria-label="Share"><span class="icon i-share"></span></button>
<ul class="share-list">${links(valnetShare, 'share-item')}</ul><span class="share-copied hidden" role="status">Link copied to clipboard</span></div></div>
</div></header>
<div class="heading_image responsive-img img-article-item">${v.hero}</div>
<section id="article-body" class="article-body"><div class="content-block-regular">
${v.body}
</div></section>
<div class="article-tags"><ul class="tags-list">${links(v.tags, 'tag-item')}</ul></div>
<div class="article-footer-actions"><button class="w-follow follow-btn" type="button">Follow</button><button class="w-like" type="button">Like</button>
<ul class="share-list">${links(valnetShare, 'share-item')}</ul></div>
<section class="article-threads" id="threads"><div class="threads-header"><h3 class="threads-title">Thread</h3></div>
<div class="threads-composer"><textarea placeholder="Add a comment" aria-label="Add a comment"></textarea>
<div class="composer-tools"><button type="button">Images</button><button type="button">Attachment(s)</button>
<a class="composer-terms" href="/page/terms/">Terms</a><button class="composer-post" type="button">Post</button></div></div>
<p class="threads-empty">Be the first to post</p></section></article>
<aside class="sidebar sidebar-article"><section class="sidebar-block"><h3 class="sidebar-title">Recent</h3><ul class="sidebar-list">
${links(v.recent, 'sidebar-item')}</ul></section>${valnetAd('sidebar-sticky')}
<section class="sidebar-block"><h3 class="sidebar-title">Trending</h3><ul class="sidebar-list">${links(v.trending, 'sidebar-item')}</ul></section></aside>
</main>
<footer class="footer" id="footer"><div class="footer-container"><a class="footer-logo" href="/" aria-label="${v.site}"><svg aria-hidden="true"></svg></a>
<ul class="footer-links">${links(valnetFoot, 'footer-link')}</ul><ul class="footer-links footer-legal">${links(valnetFoot2, 'footer-link')}</ul>
<p class="footer-network">${v.site} is part of the <a href="https://www.valnetinc.com/en/">Valnet Publishing Group</a></p>
<p class="footer-copyright">${valnetCopy}</p></div></footer></div>
<div class="qc-cmp2-container" id="qc-cmp2-container"><div class="qc-cmp2-summary-section" role="dialog" aria-label="Privacy">
<h2 class="qc-cmp2-summary-heading">${valnetConsent[0]}</h2><p class="qc-cmp2-summary-info">${valnetConsent[1]}</p>
<div class="qc-cmp2-summary-buttons"><button mode="primary">${valnetConsent[2]}</button><button mode="secondary">${valnetConsent[3]}</button>
<button mode="link">${valnetConsent[4]}</button></div></div></div>
<script src="https://static0.${v.host}/public/build/js/article.3c91.js" defer></script></body></html>`;
}

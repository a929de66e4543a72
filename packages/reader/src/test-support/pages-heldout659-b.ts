import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout659-kit.js';

/**
 * Held-out batch 659, file b: a probate service's FAQ page built with Wix (the Wix FAQ app), and a probate firm's blog post
 * on WordPress with the Astra theme, a sidebar and comments.
 */
const fTitle = 'Probate questions, answered';
const fIntro = 'Short answers to the questions families ask us most. If yours is not here, call the Kestrel Probate helpline.';
const fQa: [string, string][] = [
  [
    'Do I always need probate?',
    j(
      'No. If the estate is small, or everything was owned jointly with a spouse, the banks may release the money without a grant.',
      'Most banks set their limit between £5,000 and £50,000.',
    ),
  ],
  ['How long does it take?', 'The probate registry currently issues most grants in 12 to 16 weeks after the application is complete.'],
  [
    'What does your fixed fee include?',
    j(
      'Our £1,450 fee covers the application for the grant, the inheritance tax forms for an excepted estate and a standard',
      'letter to each bank and pension provider. Court fees are extra.',
    ),
  ],
  ['Can I apply if I live abroad?', 'Yes. We can act for executors living outside England and Wales and send documents to sign by courier.'],
  ['What if there is no will?', 'The closest relative applies for letters of administration instead. The process and our fee are the same.'],
];
const fNav = ['Home', 'Our Services', 'Fees', 'FAQ', 'About', 'Contact'];
const faqItem = ([q, a]: [string, string], i: number): string => `<li class="_3nSFp" data-hook="question-${i}"><div class="_2fN2q" role="button"
aria-expanded="true" tabindex="0"><h3 class="_1P0Ss" data-hook="question-title">${q}</h3><span class="_3f4Vx" data-hook="expand-icon"></span></div>
<div class="_3Ysb9" data-hook="answer-content"><div class="_1Bk3u rich-content-viewer" dir="ltr"><p class="_1ZHHs public-DraftStyleDefault-block-depth0">
<span>${a}</span></p></div></div></li>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>FAQ | Kestrel Probate</title>
<meta name="description" content="Answers to common questions about probate, fees and timescales from Kestrel Probate.">
<link rel="canonical" href="https://www.kestrelprobate.co.uk/faq"><meta property="og:title" content="FAQ | Kestrel Probate">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${at0(fQa)}"}]}</script>
<script>window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"externalBaseUrl":"https://www.kestrelprobate.co.uk"}}}}};
</script>
<style id="css_masterPage">#comp-lq2x8a1{width:980px}.font_0{font:normal normal normal 46px/1.2 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd7pZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mEm4T">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-lq2x7kzs" class="comp-lq2x7kzs wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.kestrelprobate.co.uk"
class="wixui-rich-text__text">Kestrel Probate</a></span></p></div>
<wix-dropdown-menu id="comp-lq2x7l05" class="XIZ2Rt comp-lq2x7l05 wixui-dropdown-menu hidden-during-prewarmup" tabIndex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true">
<nav class="R_TAzU" id="comp-lq2x7l05navContainer" aria-label="Site"><ul class="y7qwii" id="comp-lq2x7l05itemsContainer">${fNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a class="UiHgGh" href="https://www.kestrelprobate.co.uk/${t.toLowerCase()}"><div class="yRj2ms">
<p class="StylableButton2545352419__label">${t}</p></div></a></li>`,
  )
  .join('\n')}</ul></nav></wix-dropdown-menu>
<div id="comp-lr0aa1s4" class="comp-lr0aa1s4 wixui-button" aria-disabled="false"><a data-testid="linkElement" href="tel:08007723190" class="uDW_Qe">
<span class="l7_2fn wixui-button__label">0800 772 3190</span></a></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX">
<div id="c1dmp" class="dBAkHi theme-vars" style="pointer-events:none"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent">
<section id="comp-lq2x8a0z" class="xuzjBY comp-lq2x8a0z wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq2x8a1" class="comp-lq2x8a1 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${fTitle}</h1></div>
<div id="comp-lq2x8a3" class="comp-lq2x8a3 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">${fIntro}</p></div>
<div id="comp-lq2xa9f1" class="comp-lq2xa9f1"><div class="_2uE5n" data-hook="faq-widget" dir="ltr"><div data-hook="category-list">
<ul class="_1ZQ6r" data-hook="questions-list">${fQa.map(faqItem).join('\n')}</ul></div></div></div>
<div id="comp-lr0b3k22" class="comp-lr0b3k22 wixui-button"><a data-testid="linkElement" href="https://www.kestrelprobate.co.uk/contact" class="uDW_Qe">
<span class="l7_2fn wixui-button__label">Ask us a question</span></a></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lq2x7lcd" class="comp-lq2x7lcd wixui-rich-text"
data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Kestrel Probate is a trading name of Kestrel Estate Services Ltd, registered in
England 09981342.</p>
<p class="font_9 wixui-rich-text__text">We are not a firm of solicitors.</p>
<p class="font_9 wixui-rich-text__text">© 2025 by Kestrel Probate. Proudly created with Wix.com</p>
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Qd7pZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mEm4T">bottom of page</span></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="dialog">
<p data-hook="ccsu-banner-text">This website uses cookies.
We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.</p>
<a data-hook="ccsu-banner-privacy-policy-link" href="/privacy-policy">Privacy Policy</a><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.2fe6e1c2.bundle.min.js" async></script></body></html>`;
function at0(qa: [string, string][]): string {
  return qa[0]?.[0] ?? '';
}
const wix: TestPage = {
  name: 'heldout659-wix-probate-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q),
  body: [fIntro, ...fQa.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Home', 'Our Services', 'FAQ', 'About', 'Contact', '0800 772 3190', 'Ask us a question',
    'Kestrel Probate is a trading name of Kestrel Estate Services Ltd, registered in England 09981342.', 'We are not a firm of solicitors.',
    '© 2025 by Kestrel Probate. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const aTitle = 'Who inherits when there is no will?';
const aBlocks: [string, string][] = [
  [
    'p',
    j(
      'Around half of the estates we deal with at Pennard & Vale have no valid will. When that happens the law decides who',
      'inherits, under a fixed order known as the intestacy rules. The result is often not what the person would have chosen.',
    ),
  ],
  ['h2', 'If there is a spouse or civil partner'],
  [
    'p',
    j(
      'A surviving husband, wife or civil partner receives all personal belongings, the first £322,000 of the estate and half',
      'of anything above that. The other half goes to the children in equal shares.',
    ),
  ],
  ['p', 'If there are no children, the spouse or civil partner inherits the whole estate, however large it is.'],
  ['h2', 'If there is no spouse'],
  ['p', 'The estate passes down the family in this order, stopping at the first group in which someone is alive:'],
  ['li', 'children, or their children if a child has died'],
  ['li', 'parents'],
  ['li', 'brothers and sisters of the whole blood'],
  ['li', 'half-brothers and half-sisters'],
  ['li', 'grandparents'],
  ['li', 'aunts and uncles, or their children'],
  ['p', 'If nobody in any of these groups is alive, the estate goes to the Crown.'],
  ['h2', 'Who is left out'],
  [
    'p',
    j(
      'Unmarried partners inherit nothing under the rules, however long they lived together. Stepchildren who were never',
      'adopted are also left out, as are friends and charities.',
    ),
  ],
  [
    'blockquote',
    j(
      'We recently helped a client who had lived with her partner for 27 years. Because he had no will, his estate went to a',
      'brother he had not spoken to since 1998.',
    ),
  ],
  ['h3', 'Can a partner make a claim?'],
  [
    'p',
    j(
      'A partner who lived with the person for at least two years before the death can ask the court for reasonable provision',
      'under the Inheritance Act. A claim must usually be made within six months of the grant and is rarely quick or cheap.',
    ),
  ],
  ['h2', 'Applying for letters of administration'],
  [
    'p',
    j(
      'The person first in line to inherit is normally the one who applies to deal with the estate. We can make the application',
      'for you, or simply check the family tree and tell you who is entitled before you start.',
    ),
  ],
];
const aHtmlBlocks = aBlocks
  .map(([t, x], i) => {
    const li = t === 'li';
    const open = li && aBlocks[i - 1]?.[0] !== 'li' ? '<ul class="wp-block-list">' : '';
    const close = li && aBlocks[i + 1]?.[0] !== 'li' ? '</ul>' : '';
    if (t === 'blockquote') return `<blockquote class="wp-block-quote"><p>${x}</p></blockquote>`;
    if (t.startsWith('h')) return `<${t} class="wp-block-heading" id="h-${i}">${x}</${t}>`;
    return `${open}<${t}>${x.replace(/&/g, '&amp;')}</${t}>${close}`;
  })
  .join('\n');
const aNav = ['Home', 'Probate', 'Wills', 'Trusts', 'Lasting Powers of Attorney', 'News', 'Contact Us'];
const aRecent = ['Do executors get paid?', 'Five things to do in the first week after a death', 'What is an excepted estate?'];
const aCats = ['Estate Planning', 'Intestacy', 'Probate'];
const aComments: [string, string, string][] = [
  ['Gwen R.', 'March 4, 2025 at 9:12 am', 'Really clear, thank you. Does the £322,000 figure change every year?'],
  [
    'Pennard & Vale',
    'March 4, 2025 at 11:40 am',
    'Hi Gwen, it is reviewed from time to time by the government. The current figure has applied since July 2023.',
  ],
];
const comment = ([who, when, text]: [string, string, string], i: number): string => `<li class="comment even thread-even depth-${i + 1}"
id="li-comment-${88 + i}"><article id="comment-${88 + i}" class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row
ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who.replace(/&/g, '&amp;')}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${88 + i}"><time datetime="2025-03-04">${when}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Who inherits when there is no will? - Pennard &amp; Vale Probate</title><link rel="profile" href="https://gmpg.org/xfn/11">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"author":{"name":"Hannah Morfa"},"datePublished":"2025-03-03T08:00:00+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://pennardvale.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.9" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-content h2{font-size:1.6em}</style></head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-custom-logo ast-desktop ast-separate-container
ast-right-sidebar astra-4.6.9"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope
itemtype="https://schema.org/WPHeader"><div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2022/05/pv-logo.png" alt="Pennard &amp; Vale Probate"></a></span>
</div><div class="ast-builder-menu-1 ast-builder-menu">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(
  aNav,
  'menu-item menu-item-type-post_type menu-item-object-page',
)}</ul></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-intestacy ast-article-single" id="post-1184"
itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="ast-single-post-order"><h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta">
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">By <a title="View all posts by Hannah Morfa"
href="/author/hannah/" class="url fn n" rel="author" itemprop="url"><span class="author-name" itemprop="name">Hannah Morfa</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2025</span></span> /
<span class="ast-terms-link"><a href="/category/intestacy/">Intestacy</a></span></div></div></header>
<div class="post-thumb-img-content post-thumb">
<img width="1024" height="576" src="/wp-content/uploads/2025/03/family-tree.jpg" alt="A family tree drawn on paper"></div>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${aHtmlBlocks}
<div class="wp-block-group has-pale-cyan-blue-background-color"><p><strong>Need help with an estate where there is no will?</strong>
Call our team on 01792 360 118 for a free first conversation.</p></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/what-is-an-excepted-estate/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/do-executors-get-paid/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${aTitle}”</h3></div><ol class="ast-comment-list">${aComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment »"></p></form></div></div></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search …" name="s"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(aRecent)}</ul>
</nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>${links(
  aCats,
  'cat-item',
)}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row ast-container"><div class="site-footer-below-section-1 site-footer-section"><div class="ast-footer-copyright">
<p>Copyright © 2025 Pennard &amp; Vale Probate | Regulated by the Institute of Chartered Accountants in England and Wales for probate activities</p>
</div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://pennardvale.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.9" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout659-astra-intestacy-post',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aBlocks.filter(([t]) => t.startsWith('h')).map(([, x]) => x),
  body: aBlocks.filter(([t]) => !t.startsWith('h')).map(([, x]) => x),
  bylines: ['By Hannah Morfa', 'March 3, 2025', 'Gwen R.', 'March 4, 2025 at 9:12 am', 'March 4, 2025 at 11:40 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Probate', 'Wills', 'Trusts', 'Lasting Powers of Attorney', 'News', 'Contact Us',
    ...texts(['<strong>Need help with an estate where there is no will?</strong> Call our team on 01792 360 118 for a free first conversation.']),
    '← Previous Post', 'Next Post →', `2 thoughts on “${aTitle}”`, ...aComments.map(([, , t]) => t), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts', ...aRecent, 'Categories',
    'Estate Planning',
    'Copyright © 2025 Pennard & Vale Probate | Regulated by the Institute of Chartered Accountants in England and Wales for probate activities',
  ],
};

export const HELDOUT659_B: readonly TestPage[] = [wix, astra];

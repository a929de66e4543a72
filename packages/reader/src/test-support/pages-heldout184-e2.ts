import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 184, file e2: a British Museum blog post (Drupal: skip link, the header with Visit / Exhibitions and
 * events / Collection / Learn / Membership / Support us / Shop and "Book tickets", breadcrumb, the hero image with its
 * caption, the blog header with the category, h1, "Published" date, author and role, body with h2 sections, images with
 * captions and credits, a blockquote from a source, the "Find out more" exhibition promo at the end of the text, share
 * links, topic tags, the "Related blog posts" cards, the membership promo, the newsletter block, the cookie banner and the
 * footer with the charity line).
 */
const bmTitle = 'Reflections in bronze: the story of the Harnby mirror';
const bmIntro = [
  'In the spring of 2019 a farmer ploughing a field near Harnby in Lincolnshire turned up a flat, dark disc of metal. It looked ' +
    'like a hubcap. It was, in fact, one of the finest Iron Age mirrors ever found in Britain, and this month it goes on display ' +
    'in Room 50 for the first time since its conservation.',
];
const bmH1 = 'A mirror for the living and the dead';
const bmP1 = [
  'Bronze mirrors like this one were made in southern and eastern Britain between about 100 BC and AD 100. The polished front ' +
    'would have given a warm, slightly blurred reflection; the back was decorated with swirling patterns laid out with a compass ' +
    'and then engraved and filled with a basketry-like hatching.',
  'Many of the known examples come from graves, usually those of women. The Harnby mirror was found with fragments of burnt bone ' +
    'and a small glass bead, which suggests that it, too, was buried with its owner.',
];
const bmQuote =
  'When the soil came off the back and we saw the first of the curves, the whole lab went quiet. You do not often see craftsmanship ' + 'like that.';
const bmQuoteBy = 'Conservator Priya Lockhart, describing the first cleaning of the mirror.';
const bmH2 = 'Months of careful work';
const bmP2 = [
  'When it arrived at the Museum the mirror was in 14 pieces and heavily corroded. Our conservators spent 11 months cleaning it ' +
    'under the microscope, using scalpels and fine abrasives to remove the corrosion without damaging the engraving beneath.',
  'X-rays taken before cleaning showed that the handle had been repaired in antiquity with a small bronze patch and two rivets. ' +
    'The mirror had clearly been used, and valued, for many years before it went into the ground.',
];
const bmH3 = 'What the design tells us';
const bmP3 = [
  'The back of the mirror is divided into three linked circles, each filled with a different pattern. Comparison with other ' +
    'mirrors suggests that it was made by the same workshop as a mirror found in Cambridgeshire in the 1920s, perhaps even by the ' +
    'same hand.',
  'Under the Treasure Act, the mirror was acquired by the Museum with the support of the Art Fund and the landowner, who waived ' +
    'his share of the reward so that it could go on public display.',
];
const bmPromo = 'Find out more: see the Harnby mirror in Room 50, Britain and Europe 800 BC – AD 43. Free, open daily.';
const bmNav = ['Visit', 'Exhibitions and events', 'Collection', 'Learn', 'Membership', 'Support us', 'Shop'];
const bmCrumbs = ['Home', 'Blog'];
const bmCaps = [
  'The Harnby mirror after conservation. Iron Age, about 50 BC–AD 50. Found near Harnby, Lincolnshire.',
  'Conservator Priya Lockhart at work on the mirror’s decorated back.',
];
const bmCat = 'Conservation';
const bmShare = ['Share', 'Facebook', 'X', 'Email'];
const bmTags = ['Iron Age', 'Britain', 'Treasure', 'Conservation and science'];
const bmRelated = [
  'Related blog posts',
  'Five things you didn’t know about Iron Age Britain',
  'How we X-ray objects in the collection',
  'Treasure: what happens when you find it?',
];
const bmMember = ['Become a Member', 'Enjoy unlimited free entry to exhibitions, exclusive events and more.', 'Join now'];
const bmNews = ['Sign up to our newsletter', 'Be the first to hear about exhibitions, events and news from the Museum.', 'Email address', 'Sign up'];
const bmCookie = [
  'Your cookie preferences',
  'We use cookies to make our website work and to improve it. With your permission, we would also like to set analytics and ' + 'marketing cookies.',
  'Accept all cookies',
  'Reject non-essential cookies',
  'Manage preferences',
];
const bmFoot = ['Contact us', 'Press', 'Jobs', 'Image licensing', 'Venue hire', 'Accessibility', 'Privacy', 'Cookies', 'Terms of use'];
const bmCharity = '© The Trustees of the British Museum. Registered charity number 1126210.';
const bmFig = (src: string, cap: string): string => `<figure class="blog-image"><img src="/sites/default/files/styles/uncropped_large/public/2025-03/${src}.jpg"
alt="" loading="lazy"><figcaption class="figure-caption"><p>${cap}</p><p class="credit">© The Trustees of the British Museum</p></figcaption></figure>`;
const bmHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Reflections in bronze: the story of the Harnby mirror | British Museum</title><meta name="description" content="${bmIntro[0]?.slice(0, 140)}">
<meta property="og:site_name" content="The British Museum"><meta property="og:type" content="article"><meta name="Generator" content="Drupal 10">
<link rel="canonical" href="https://www.britishmuseum.org/blog/reflections-bronze-story-harnby-mirror">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${bmTitle}",
"datePublished":"2025-03-06T10:00:00+0000","author":{"@type":"Person","name":"Dr Tomasz Wren"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_R4mL2.css"></head>
<body class="path-node page-node-type-blog-post"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="header"><div class="header__logo">
<a href="/" rel="home"><img src="/themes/custom/bm/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu">${links(bmNav, 'menu-item')}</ul></nav><a class="button button--tickets" href="/visit/tickets">Book tickets</a></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(bmCrumbs)}</ol></nav>
<article role="article" class="node node--type-blog-post node--view-mode-full">
<div class="blog-hero"><figure><img src="/sites/default/files/2025-03/harnby-mirror-hero.jpg" alt="Bronze mirror with curved decoration">
<figcaption class="figure-caption"><p>${bmCaps[0]}</p></figcaption></figure></div>
<div class="blog-header"><div class="field--name-field-blog-category"><a href="/blog/category/conservation">${bmCat}</a></div>
<h1 class="page-title"><span class="field field--name-title">${bmTitle}</span></h1>
<div class="blog-meta"><p class="blog-meta__date">Published <time datetime="2025-03-06T10:00:00Z">6 March 2025</time></p>
<p class="blog-meta__author">
<span class="author-name">Dr Tomasz Wren</span>, <span class="author-role">Curator of Iron Age and Roman Britain</span></p></div></div>
<div class="clearfix text-formatted field field--name-body field__item">
${ps(bmIntro)}
<h2>${bmH1}</h2>
${ps(bmP1)}
${bmFig('lockhart-conservation', bmCaps[1] ?? '')}
<blockquote><p>${bmQuote}</p><footer>${bmQuoteBy}</footer></blockquote>
<h2>${bmH2}</h2>
${ps(bmP2)}
<h2>${bmH3}</h2>
${ps(bmP3)}
<p class="promo-line"><strong><a href="/collection/galleries/britain-and-europe">${bmPromo}</a></strong></p>
</div>
<div class="share-links"><h2 class="share-links__title">${bmShare[0]}</h2><ul>${links(bmShare.slice(1), 'share-links__item')}</ul></div>
<div class="field--name-field-tags"><ul>${links(bmTags, 'tag')}</ul></div></article>
<section class="related-content"><h2>${bmRelated[0]}</h2><ul>${links(bmRelated.slice(1), 'card card--blog')}</ul></section>
<section class="promo promo--membership"><h2>${bmMember[0]}</h2><p>${bmMember[1]}</p><a class="button" href="/membership">${bmMember[2]}</a></section>
</div></main>
<section class="newsletter-signup"><h2>${bmNews[0]}</h2><p>${bmNews[1]}</p><form>
<label for="edit-email">${bmNews[2]}</label><input id="edit-email" type="email">
<input type="submit" value="Sign up"><span class="visually-hidden">${bmNews[3]}</span></form></section>
<footer role="contentinfo" class="footer"><ul class="menu">${links(bmFoot, 'menu-item')}</ul><p class="footer__charity">${bmCharity}</p></footer></div>
<div id="ccc" role="dialog" aria-labelledby="ccc-title"><h2 id="ccc-title">${bmCookie[0]}</h2><p>${bmCookie[1]}</p>
<button id="ccc-recommended-settings">${bmCookie[2]}</button><button id="ccc-reject-settings">${bmCookie[3]}</button><button>${bmCookie[4]}</button></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></body></html>`;
export const britishMuseum: TestPage = {
  name: 'heldout184-britishmuseum-blog-post',
  kind: 'blog',
  // the blockquote and its attribution line are body; the category, the "Published" date and the author with role are
  // bylines and furniture as marked; captions, credits, the "Find out more" promo line, share links, tags, related posts,
  // membership promo, newsletter, cookie dialog and footer are furniture
  html: bmHtml,
  title: bmTitle,
  headings: [bmH1, bmH2, bmH3],
  body: [...texts(bmIntro), ...texts(bmP1), bmQuote, bmQuoteBy, ...texts(bmP2), ...texts(bmP3)],
  bylines: ['Published 6 March 2025', 'Dr Tomasz Wren', 'Curator of Iron Age and Roman Britain'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...bmNav, 'Book tickets', ...bmCrumbs, ...bmCaps, '© The Trustees of the British Museum', bmCat, bmPromo, ...bmShare, ...bmTags,
    ...bmRelated, ...bmMember, ...bmNews, ...bmFoot, bmCharity, ...bmCookie,
  ],
};

import { links, ps, type TestPage, texts } from './page-kit.js';
import { cssTricks } from './pages-heldout193-d2.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file d: a Smashing Magazine article (skip link, the main nav with "More" menu, the article header
 * with author, date, tags, reading time and share links, the "About The Author" box above the text, the "Quick summary ↬"
 * line, the "Further Reading on SmashingMag" list and a workshops feature panel inside the text, the newsletter box,
 * the editors' signature, the topics list, the footer promos and links) and, from file d2, a CSS-Tricks article.
 */
const smTitle = 'Building Accessible Disclosure Widgets With details And summary';
const smSummary =
  'Accordions and “show more” toggles are everywhere, and many of them are built from divs and click handlers. The native ' +
  '<code>details</code> element gets you most of the way there for free. Here is how far it goes, and where you still need to ' +
  'help it.';
const smIntro = [
  'Disclosure widgets are one of the most common patterns on the web. A heading or a button hides some content, and clicking it ' +
    'reveals that content. FAQ pages, filter panels, order summaries and cookie settings all use them.',
  'They are also one of the most commonly broken patterns. I recently audited a product site for a client and found eleven different ' +
    'accordion implementations, each with its own mix of missing focus styles, unannounced states and content that stayed in the tab ' +
    'order while it was hidden.',
];
const smH1 = 'Why Native Elements First';
const smP1 = [
  'The <code>details</code> and <code>summary</code> elements give you a disclosure widget with no JavaScript at all. ' +
    'The summary is focusable, it responds to Enter and Space, and browsers expose its expanded or collapsed state to assistive ' +
    'technology. Content inside a closed element is not rendered, so it is not in the tab order either.',
  'That is a lot of behaviour you would otherwise have to write, test and maintain yourself:',
];
const smH2 = 'Styling The Marker';
const smP2 = [
  'The triangle before the summary text is a <code>::marker</code> pseudo-element in most browsers. You can change its content and ' +
    'colour, or hide it and draw your own indicator with a background image or a pseudo-element on the summary.',
  'If you hide the default marker, make sure your replacement still changes when the widget opens. A rotating chevron driven by the ' +
    '<code>[open]</code> attribute selector is enough, and it keeps the visual state tied to the real state.',
];
const smH3 = 'Announcing State To Screen Readers';
const smP3 = [
  'In current versions of the major screen readers, a summary is announced as a button together with its state, such as “expanded” ' +
    'or “collapsed.” Do not add <code>role="button"</code> or <code>aria-expanded</code> to the summary yourself. Doing so can lead ' +
    'to the state being announced twice, or to the role being overridden in a way that hides the state entirely.',
  'One thing to avoid is putting interactive content, like links or another button, inside the summary. The summary is itself ' +
    'interactive, and nesting controls inside it confuses both keyboard users and screen readers.',
];
const smH4 = 'Animating The Open State';
const smP4 = [
  'Until recently, animating the height of a details element required JavaScript, because the content is removed from rendering ' +
    'when it closes. The new <code>::details-content</code> pseudo-element and <code>interpolate-size</code> make a CSS-only ' +
    'transition possible in browsers that support them.',
  'Treat the animation as an enhancement. Wrap it in a <code>prefers-reduced-motion</code> query, and make sure the widget still ' +
    'opens instantly where the new features are missing.',
];
const smH5 = 'When To Reach For A Custom Widget';
const smP5 = ['There are a few cases where the native element is not the right choice:'];
const smList = [
  'When opening one panel must close the others and you need to support browsers without the <code>name</code> attribute for exclusive accordions.',
  'When the trigger has to live somewhere other than directly above the content, such as in a toolbar.',
  'When the content must stay in the DOM for search or printing while it is collapsed.',
];
const smP6 = [
  'In those cases, a button with <code>aria-expanded</code> and <code>aria-controls</code> is the well-trodden path. Everywhere ' +
    'else, start with a <code>details</code> element, and only replace it when you can name the specific thing it cannot do.',
];
const smNav = ['Articles', 'Guides', 'Books', 'Workshops', 'Membership'];
const smMore = ['Jobs', 'Smashing Podcast', 'Newsletter', 'Events', 'Write for us'];
const smTags = ['Accessibility', 'HTML', 'CSS', 'Techniques'];
const smBio =
  'Kasia Woronowicz is a front-end developer and accessibility consultant based in Gdańsk. She helps product teams turn design ' +
  'systems into components that work for everyone.';
const smFurther = ['Making Modal Dialogs Work For Everyone', 'A Practical Guide To Focus Management', 'The State Of Native Form Controls'];
const smPanel = 'Meet Smashing Workshops on front-end, design &amp; UX, with practical takeaways, live sessions, video recordings and a friendly Q&amp;A.';
const smNews = ['Email Newsletter', 'Weekly tips on front-end &amp; UX. Trusted by 207,000+ folks.', 'Your (smashing) email', 'Subscribe →'];
const smTopics = ['Accessibility', 'Best practices', 'Business', 'Career', 'Checklists', 'CSS', 'Data Visualization', 'Design', 'Design Patterns'];
const smTopics2 = ['Design Systems', 'E-Commerce', 'Figma', 'Freebies', 'HTML', 'Illustrator', 'Inspiration', 'JavaScript', 'Mobile', 'Performance'];
const smPromos = [
  'Smashing Newsletter',
  'Tips on front-end &amp; UX, delivered weekly in your inbox. Just the things you can actually use.',
  'Front-End &amp; UX Workshops, Online',
  'With practical takeaways, live sessions, video recordings and a friendly Q&amp;A.',
];
const smFoot = ['Back to top', 'Contact Us', 'About Us', 'Impressum', 'Privacy Policy', 'Membership Login', 'Delivery Times', 'Advertise'];
const smHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${smTitle} — Smashing Magazine</title><meta name="description" content="The native details element gets you most of the way to an accessible
disclosure widget for free.">
<meta property="og:title" content="${smTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Smashing Magazine">
<meta name="twitter:site" content="@smashingmag">
<link rel="canonical" href="https://www.smashingmagazine.com/2025/04/accessible-disclosure-widgets-details-summary/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${smTitle}","datePublished":"2025-04-08T10:00:00+00:00",
"author":{"@type":"Person","name":"Kasia Woronowicz"},"publisher":{"@type":"Organization","name":"Smashing Magazine"},"wordCount":1180}</script>
<link rel="stylesheet" href="/css/main.min.5b0c.css"><script type="module" src="/js/main.bundle.2f9a.js"></script></head>
<body class="single-article"><a href="#main" class="skip-link">Skip to main content</a>
<header class="header" id="top"><div class="header__inner"><a class="header__logo" href="/" aria-label="Smashing Magazine">
<img src="/images/logo/logo--red.svg" alt="Smashing Magazine"></a><nav class="main-nav" aria-label="Main navigation"><ul class="main-nav__list">
${links(smNav, 'main-nav__item')}<li class="main-nav__item main-nav__item--more">
<button class="main-nav__more" type="button" aria-expanded="false">More</button>
<ul class="main-nav__submenu" hidden>${links(smMore, 'main-nav__subitem')}</ul></li></ul></nav>
<form class="header__search" action="/search/" role="search"><label class="visually-hidden" for="search">Search articles</label>
<input id="search" type="search" name="q" placeholder="Search articles…"></form>
<a class="btn btn--red header__cta" href="/membership/">Jump to all articles ↬</a></div></header>
<main id="main" class="main"><article class="article" itemscope itemtype="https://schema.org/Article">
<header class="article-header"><ul class="article-header--meta-list"><li class="article-header--meta-item">
<address class="author" itemprop="author"><a href="/author/kasia-woronowicz/" rel="author">Kasia Woronowicz</a></address></li>
<li class="article-header--meta-item"><time datetime="2025-04-08T10:00:00+00:00" class="article-header--date">Apr 8, 2025</time></li></ul>
<h1 class="article-header--title" itemprop="headline">${smTitle}</h1>
<ul class="article-header--tags">${smTags.map((t) => `<li class="meta-box--tags"><a href="/category/${t.toLowerCase()}/">${t}</a></li>`).join(', ')}</ul>
<p class="article-header--reading-time">11 min read</p>
<ul class="article-header--share"><li><a class="share-twitter" href="https://twitter.com/intent/tweet">Share on Twitter</a></li>
<li><a class="share-linkedin" href="https://www.linkedin.com/shareArticle">Share on LinkedIn</a></li></ul></header>
<section class="article-header__author-box"><div class="author-box"><img class="author-box__avatar" alt="Kasia Woronowicz" src="/images/authors/kw.jpg">
<div class="author-box__content"><h4 class="author-box__title">About The Author</h4><p class="author-box__bio">${smBio}</p>
<a class="author-box__more" href="/author/kasia-woronowicz/">More about Kasia ↬</a></div></div></section>
<div class="c-garfield-the-cat"><div class="article__content" itemprop="articleBody">
<p class="article__summary"><span class="summary__heading">Quick summary ↬</span> ${smSummary}</p>
${ps(smIntro)}
<h4 id="further-reading-on-smashingmag">Further Reading on SmashingMag</h4><ul>${links(smFurther)}</ul>
<h2 id="why-native-elements-first">${smH1}</h2>
${ps(smP1)}
<pre><code class="language-html">&lt;details&gt;
  &lt;summary&gt;Delivery and returns&lt;/summary&gt;
  &lt;p&gt;Orders ship within two working days.&lt;/p&gt;
&lt;/details&gt;</code></pre>
<div class="feature-panel-container"><aside class="feature-panel"><div class="feature-panel-left-col"><div class="feature-panel-description">
<p>${smPanel}</p><a class="btn btn--green btn--large" href="/events/#workshops">Jump to the workshops ↬</a></div></div>
<div class="feature-panel-right-col"><img class="feature-panel-image" alt="Feature Panel" src="/images/smashing-cat/workshops.svg"></div></aside></div>
<h2 id="styling-the-marker">${smH2}</h2>
${ps(smP2)}
<pre><code class="language-css">summary::marker { content: ""; }
summary::before { content: "▸"; transition: rotate 0.2s; }
details[open] &gt; summary::before { rotate: 90deg; }</code></pre>
<h2 id="announcing-state-to-screen-readers">${smH3}</h2>
${ps(smP3)}
<div class="c-newsletter-box"><h3 class="c-newsletter-box__title">${smNews[0]}</h3><p>${smNews[1]}</p><form class="c-newsletter-box__form">
<label for="nl-email" class="visually-hidden">${smNews[2]}</label><input id="nl-email" type="email" placeholder="Your (smashing) email">
<button type="submit" class="btn btn--red">${smNews[3]}</button></form></div>
<h2 id="animating-the-open-state">${smH4}</h2>
${ps(smP4)}
<h2 id="when-to-reach-for-a-custom-widget">${smH5}</h2>
${ps(smP5)}
<ul>${smList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(smP6)}
<div class="signature"><img src="/images/logo/logo--red.png" alt="Smashing Editorial" width="35" height="46"><span>(gg, yk)</span></div>
</div></div></article>
<section class="topics-list"><h3 class="topics-list__title">Browse All Smashing Magazine Topics</h3><ul>${links([...smTopics, ...smTopics2])}</ul></section>
<section class="promo-row"><div class="promo"><h3>${smPromos[0]}</h3><p>${smPromos[1]}</p></div>
<div class="promo"><h3>${smPromos[2]}</h3><p>${smPromos[3]}</p></div></section></main>
<footer class="footer"><ul class="footer__list">${links(smFoot, 'footer__item')}</ul><p class="footer__copyright">© 2006–2025 Smashing Media AG</p></footer>
</body></html>`;
const smashing: TestPage = {
  html: smHtml,
  name: 'heldout193-smashingmagazine-article',
  kind: 'blog',
  // the quick summary is body (its "Quick summary ↬" label furniture); the "Further Reading on SmashingMag" h4 and its
  // links, the workshops panel and the newsletter box inside the text are furniture
  title: smTitle,
  headings: [smH1, smH2, smH3, smH4, smH5],
  body: texts([smSummary, ...smIntro, ...smP1, ...smP2, ...smP3, ...smP4, ...smP5, ...smList, ...smP6]),
  bylines: ['Kasia Woronowicz', 'Apr 8, 2025', '11 min read'],
  furniture: uniq([
    'Skip to main content',
    ...smNav,
    'More',
    ...smMore,
    'Jump to all articles ↬',
    'Search articles',
    'Techniques',
    'Share on Twitter',
    'Share on LinkedIn',
    'About The Author',
    smBio,
    'More about Kasia ↬',
    'Quick summary ↬',
    'Further Reading on SmashingMag',
    ...smFurther,
    smPanel,
    'Jump to the workshops ↬',
    ...smNews,
    '(gg, yk)',
    'Browse All Smashing Magazine Topics',
    ...smTags,
    ...smTopics,
    ...smTopics2,
    ...smPromos,
    ...smFoot,
    '© 2006–2025 Smashing Media AG',
  ]),
};

export const HELDOUT193_D: readonly TestPage[] = [smashing, cssTricks];

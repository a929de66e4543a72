import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 23, file a2: a TechCrunch-style funding post on the WordPress block theme (header with logo, section nav and
 * search, the hero with the category tag, headline, author and time, the featured image with "Image Credits", the post body
 * with a "Techcrunch event" promo block for Disrupt dropped into it, the "Topics" tags, the author card with "View Bio", the
 * newsletter signup with its list checkboxes, the "More TechCrunch" cards, the "Most Popular" list and the footer).
 */
const tcTitle = 'Greywater raises $24M to let factories test AI models on their own machines';
const tcBody1 = [
  'Greywater, a Pittsburgh startup that builds testing software for industrial AI systems, has raised a $24 million Series A led by ' +
    'Northgate Ventures, the company told TechCrunch exclusively.',
  'The round, which also included existing investors Ironbridge Capital and Fathom Fund, brings Greywater’s total funding to $31 ' +
    'million. The company declined to share its valuation.',
  'Founded in 2022 by Anika Ross and Tomasz Wielgus, who met while working on robotics at Carnegie Mellon, Greywater sells a ' +
    'platform that lets manufacturers replay weeks of real sensor data through a new model before it is allowed to control ' +
    'anything on a production line.',
  '“Everyone wants to put models on the factory floor, but nobody wants to be the plant manager who explains why a line stopped ' +
    'for six hours,” Ross said in an interview. “We make the boring part — proving the thing works on your machines — fast enough ' +
    'that people actually do it.”',
  'The pitch has found buyers in industries where downtime is expensive. Greywater says it now works with 38 customers, including ' +
    'two of the ten largest U.S. auto parts suppliers and a packaging company that runs more than 200 plants worldwide. Annual ' +
    'recurring revenue tripled in the past year, according to Ross, though she would not give a figure.',
];
const tcBody2 = [
  'Most of the new money will go toward hiring. Greywater has 41 employees and plans to roughly double that by the end of 2026, ' +
    'with most of the new roles in engineering and customer deployment. It also plans to open an office in Stuttgart to be closer ' +
    'to European carmakers.',
  'Northgate partner Dev Malhotra, who will join Greywater’s board, said the startup stood out because its customers kept ' +
    'expanding their contracts without being asked. “In industrial software you usually have to fight for every plant,” he said. ' +
    '“Here the plants were asking for it.”',
  'Greywater is not alone in the space. Sightline Robotics and the German startup Prüfwerk offer similar validation tools, and ' +
    'large automation vendors have started to bundle basic testing features into their own software. Ross argued that those ' +
    'bundled tools only work with a vendor’s own equipment, while most factories run a mix of machines bought over decades.',
];
const tcNav = ['Latest', 'Startups', 'Venture', 'Apple', 'Security', 'AI', 'Apps', 'Events', 'Podcasts', 'Newsletters'];
const tcTopics = ['AI', 'Enterprise', 'Exclusive', 'Fundraising', 'manufacturing', 'Startups'];
const tcLists = ['TechCrunch Daily News', 'Startups Weekly', 'TechCrunch AI', 'StrictlyVC'];
const tcEvent = 'Join 10k+ tech and VC leaders at Disrupt 2026';
const tcEventText = 'Three days of sessions, demos and deal-making with founders and investors from around the world.';
const tcCards: [string, string, string, string][] = [
  ['Venture', 'Why seed investors are suddenly writing smaller checks', 'Marcus Lind', '2 hours ago'],
  ['Hardware', 'This startup wants to replace forklifts with a fleet of small robots', 'Priya Varma', '5 hours ago'],
  ['AI', 'A new benchmark tests whether coding agents can fix their own bugs', 'Jonah Feld', '8 hours ago'],
];
const tcPopular = [
  'Apple’s next iPad Pro may skip the M5 chip entirely',
  'The 12 hottest startups from our latest Battlefield cohort',
  'A fintech darling lays off a third of its staff',
  'Google quietly retires another messaging app',
];
const tcFoot = [
  'About TechCrunch',
  'Staff',
  'Contact Us',
  'Advertise',
  'Crunchboard Jobs',
  'Site Map',
  'Terms of Service',
  'Privacy Policy',
  'Code of Conduct',
];
const tcBio =
  'Rhea Solberg is a senior reporter at TechCrunch covering enterprise software, robotics and the business of AI. She was ' +
  'previously a reporter at a trade publication covering logistics.';
const tcHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Greywater raises $24M to let factories test AI models on their own machines | TechCrunch</title>
<meta property="og:type" content="article"><meta name="author" content="Rhea Solberg">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tcTitle}",
"datePublished":"2025-11-12T13:30:00+00:00","author":{"@type":"Person","name":"Rhea Solberg"},"articleSection":["AI","Startups"]}]}</script>
<script id="tc-ads-js-extra">var tcAds = {"pageType":"single","category":"startups","tags":["ai","fundraising"]};</script>
<style id="global-styles-inline-css">:root{--wp--preset--color--black:#000;--wp--preset--color--tc-green:#0a8935}</style></head>
<body class="wp-singular post-template-default single single-post postid-3061782 wp-theme-tc23">
<div class="wp-site-blocks"><header class="wp-block-template-part site-header"><div class="wp-block-tc23-site-header">
<a class="site-header__logo" href="/"><svg aria-label="TechCrunch Desktop Logo" role="img"></svg></a>
<nav class="wp-block-navigation site-header__nav" aria-label="Main">
<ul class="wp-block-navigation__container">${links(tcNav, 'wp-block-navigation-item')}</ul></nav>
<button class="site-header__search-toggle" aria-label="Site Search Toggle"></button><button class="site-header__mega-menu-toggle" aria-label="Mega Menu Toggle">
</button></div></header>
<div class="ad-unit ad-unit--top" data-ad-slot="tc_top"><div class="ad-unit__label">Advertisement</div></div>
<main class="wp-block-group template-single"><div class="wp-block-tc23-post-header article-hero article-hero--image-and-text">
<div class="article-hero__content"><div class="tag-list"><a class="tag-list__link is-primary" href="/category/startups/">Startups</a></div>
<h1 class="wp-block-post-title article-hero__title">${tcTitle}</h1>
<div class="article-hero__meta"><div class="wp-block-tc23-author-card-name"><a href="/author/rhea-solberg/" rel="author">Rhea Solberg</a></div>
<div class="wp-block-post-date"><time datetime="2025-11-12T05:30:00-08:00">5:30 AM PST · November 12, 2025</time></div></div></div>
<figure class="article-hero__image wp-block-post-featured-image"><img width="1024" height="683"
src="https://techcrunch.example/wp-content/uploads/2025/11/greywater-founders.jpg"
alt="Greywater co-founders Anika Ross and Tomasz Wielgus" decoding="async"><figcaption class="wp-element-caption">
<strong>Image Credits:</strong>Greywater</figcaption></figure></div>
<div class="wp-block-group article-content"><div class="entry-content wp-block-post-content is-layout-constrained">
${tcBody1.map((p, i) => `<p class="wp-block-paragraph"${i === 0 ? ' id="speakable-summary"' : ''}>${p}</p>`).join('\n')}
<div class="wp-block-techcrunch-inline-cta"><div class="inline-cta__wrapper"><p class="inline-cta__label">Techcrunch event</p>
<div class="inline-cta__content"><p><span class="inline-cta__location">San Francisco</span><span class="inline-cta__separator">|</span>
<span class="inline-cta__date">October 13-15, 2026</span></p><h2 class="wp-block-heading inline-cta__title">${tcEvent}</h2>
<p class="inline-cta__description">${tcEventText}</p>
<div class="wp-block-buttons">
<a class="wp-block-button__link" href="https://techcrunch.example/events/tc-disrupt-2026/">Register Now</a></div></div></div></div>
${tcBody2.map((p) => `<p class="wp-block-paragraph">${p}</p>`).join('\n')}
</div>
<div class="wp-block-tc23-post-relevant-terms"><h3 class="wp-block-heading">Topics</h3><div class="tag-list">
${tcTopics.map((t) => `<a class="tag-list__link" href="/tag/${t.toLowerCase()}/">${t}</a>`).join(', ')}</div></div>
<div class="wp-block-tc23-author-card"><img class="author-card__avatar" src="https://techcrunch.example/authors/rhea.jpg" alt="">
<div class="author-card__name"><a href="/author/rhea-solberg/">Rhea Solberg</a></div><p class="author-card__title">Senior Reporter, Enterprise</p>
<p class="author-card__bio">${tcBio}</p><a class="author-card__link" href="/author/rhea-solberg/">View Bio</a></div></div>
<section class="wp-block-tc23-newsletter-signup"><h2 class="newsletter-signup__title">Subscribe for the industry’s biggest tech news</h2>
<form><fieldset>${tcLists.map((t) => `<label><input type="checkbox" name="lists[]"> ${t}</label>`).join('\n')}</fieldset>
<input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form>
<p class="newsletter-signup__legal">By submitting your email, you agree to our Terms and Privacy Notice.</p></section>
<section class="wp-block-tc23-more-techcrunch"><h2 class="wp-block-heading">More TechCrunch</h2><ul class="post-card-list">
${tcCards
  .map(
    ([c, t, a, d]) =>
      `<li class="wp-block-tc23-post-card"><a class="post-card__category" href="/category/${c.toLowerCase()}/">${c}</a>
<h3 class="post-card__title"><a href="/2025/11/12/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a></h3>
<div class="post-card__meta"><a class="post-card__author" href="/author/">${a}</a><time>${d}</time></div></li>`,
  )
  .join('\n')}</ul></section>
<section class="wp-block-tc23-most-popular"><h2 class="wp-block-heading">Most Popular</h2><ol>${links(tcPopular, 'most-popular__item')}</ol></section></main>
<footer class="wp-block-template-part site-footer"><div class="site-footer__inner"><p class="site-footer__logo">TechCrunch</p>
<ul class="site-footer__links">${links(tcFoot)}</ul><p class="site-footer__copyright">© 2025 TechCrunch Media LLC.</p></div></footer></div>
<div id="consent-banner" class="consent" role="dialog" aria-label="Privacy"><p>We use cookies and similar technologies to personalise content and ads.</p>
<button class="consent__accept">Accept all</button><button class="consent__manage">Manage privacy settings</button></div>
</body></html>`;
export const techcrunchPost: TestPage = {
  html: tcHtml,
  name: 'heldout23-techcrunch-post',
  kind: 'news',
  // the post paragraphs are the body (no section headings); "Rhea Solberg" (byline and author card) and the time line are
  // bylines; the Disrupt promo dropped into the body (its "Techcrunch event" label, place, date, its own h2, text and "Register
  // Now") is furniture, as an inline ad is; the category tag, "Image Credits" line, "Topics" with its tags, the author card's
  // title, bio and "View Bio", the newsletter box with its list names, "More TechCrunch" with each card's category, title,
  // author and age, "Most Popular", the ad label, consent banner, nav and footer are furniture; "AI", "Startups" and
  // "Venture" (nav, tags, cards) are listed once; the card authors are furniture (the cards' lines, not this post's byline);
  // "Greywater" alone (the image credit) is a word of the title: left out
  title: tcTitle,
  headings: [],
  body: [...texts(tcBody1), ...texts(tcBody2)],
  bylines: ['Rhea Solberg', '5:30 AM PST · November 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tcNav, 'Advertisement', 'Image Credits:', 'Techcrunch event', 'San Francisco', 'October 13-15, 2026', tcEvent, tcEventText, 'Register Now',
    'Topics', 'Enterprise', 'Exclusive', 'Fundraising', 'manufacturing', 'Senior Reporter, Enterprise', tcBio, 'View Bio',
    'Subscribe for the industry’s biggest tech news', ...tcLists, 'Subscribe', 'By submitting your email, you agree to our Terms and Privacy Notice.',
    'More TechCrunch', ...tcCards.flat().filter((t) => t !== 'AI' && t !== 'Venture'), 'Most Popular', ...tcPopular, 'TechCrunch', ...tcFoot,
    '© 2025 TechCrunch Media LLC.', 'We use cookies and similar technologies to personalise content and ads.', 'Accept all', 'Manage privacy settings',
  ],
};

import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page f3: a TechCrunch shape trade story ("StackWire", the WordPress block theme): the event banner, the
 * header menu, the category, headline, author card name and time, share buttons, the "Image Credits:" line, ad slots and
 * the "StackWire event" call to action inside the post content, a company statement as a block quote, topics, the author
 * box with bio and "View Bio", the newsletter sign-up, "Most Popular", and the footer.
 */
export const category = 'Climate';
export const title = 'Heatloop raises $42M to retrofit apartment buildings with shared heat pumps';
export const blocks: readonly Block[] = [
  [
    'p',
    'Heatloop, a startup that replaces gas boilers in apartment buildings with a shared heat pump system, has raised a $42 million Series ' +
      'B round, the company told StackWire exclusively.',
  ],
  [
    'p',
    'The round was led by Northgate Climate Partners, with participation from existing investors Fernway Ventures and Obelisk Capital. ' +
      'It brings Heatloop’s total funding to $61 million. The company declined to share its valuation.',
  ],
  [
    'p',
    'Founded in 2021 by Maya Lindqvist, a former building engineer, and Omar Sadeghi, who previously led hardware at a smart thermostat ' +
      'company, Heatloop focuses on a segment of the market that has been slow to electrify: mid-size apartment buildings with 20 to 200 units.',
  ],
  [
    'p',
    'Single-family homes can swap a furnace for a heat pump in a day or two. Apartment buildings are harder. Their central boilers often ' +
      'feed radiators designed for very hot water, and tenants cannot easily be moved out during construction.',
  ],
  [
    'p',
    'Heatloop’s approach is to install a bank of modular heat pumps on the roof, connected to a water loop that runs through the existing ' +
      'pipework. The system is designed to run at lower temperatures than a boiler, so the company adds small fan units to the largest ' +
      'radiators rather than replacing them. Lindqvist said a typical installation takes six to eight weeks, and residents keep their heat ' +
      'throughout.',
  ],
  [
    'p',
    'The startup does not sell equipment outright. Instead, building owners pay a monthly fee under a 15-year contract that covers ' +
      'installation, maintenance and monitoring, and Heatloop guarantees that energy costs will not rise above what the building paid for gas.',
  ],
  [
    'blockquote',
    '“Owners don’t want to become experts in heat pumps, and they shouldn’t have to. They want heat that works and a bill they can ' +
      'predict,” Lindqvist said in a statement.',
  ],
  [
    'p',
    'Heatloop says it has completed 48 buildings across three cities and has another 120 under contract. It claims its systems cut ' +
      'heating-related emissions by around 70% on average, a figure that depends heavily on how clean the local grid is.',
  ],
  [
    'p',
    'The company plans to use the new funding to expand into two more metro areas next year and to build a training program for ' +
      'installers, which Sadeghi described as the industry’s biggest bottleneck.',
  ],
  [
    'p',
    '“There are not enough people who know how to do this work in occupied buildings,” he told StackWire. “We can raise all the money in ' +
      'the world, but if we can’t find crews, we can’t grow.”',
  ],
  [
    'p',
    'Heatloop is one of several startups chasing building electrification, a market that has drawn more investor attention as cities ' +
      'introduce emissions limits for large buildings. Competitors include Borealis Thermal, which sells heat pumps designed to fit in ' +
      'window openings, and Quell, which focuses on commercial offices.',
  ],
];
export const banner = ['StackWire Disrupt 2025', 'Early Bird tickets end Friday', 'Register now'];
export const nav = ['Latest', 'Startups', 'Venture', 'Apple', 'Security', 'AI', 'Apps', 'Events', 'Podcasts', 'Newsletters'];
export const header = ['StackWire', 'Search', 'Submenu'];
export const time = '9:00 AM PST · November 12, 2025';
export const share = ['Share', 'Facebook', 'X', 'LinkedIn', 'Reddit', 'Copy Link'];
export const credit = 'Image Credits: Heatloop';
export const ad = 'Advertisement';
export const cta = [
  'StackWire event',
  'San Francisco',
  '|',
  'October 27-29, 2025',
  'Join 10k+ tech and VC leaders for growth and connections at Disrupt 2025',
  'REGISTER NOW',
];
export const topics = ['Topics', 'Climate', 'Fundraising', 'heat pumps', 'Heatloop', 'Startups'];
export const author = [
  'Senior Reporter, Climate',
  'Rafael Ortiz covers climate tech and energy startups for StackWire. He previously reported on utilities for a trade newsletter.',
  'View Bio',
];
export const newsletter = [
  'Newsletters',
  'Subscribe for the industry’s biggest tech news',
  'StackWire Daily News',
  'Every weekday and Sunday, you can get the best of StackWire’s coverage.',
  'Subscribe',
  'By submitting your email, you agree to our Terms and Privacy Notice.',
];
export const popular = [
  'Most Popular',
  'The chip startup that wants to replace GPUs for inference just raised again',
  'Google quietly changes how Android apps handle background location',
  'Battery maker Voltara lays off a quarter of its staff',
];
export const footer = [
  'About StackWire',
  'Staff',
  'Contact Us',
  'Advertise',
  'Crunchboard Jobs',
  'Site Map',
  'Terms of Service',
  'Privacy Policy',
  'RSS Terms of Use',
  'Code of Conduct',
];
export const copyright = '© 2025 StackWire Media LLC.';
export const bylines = ['Rafael Ortiz', time];

const adSlot = (
  n: number,
): string => `<div class="wp-block-tc-ads-ad-slot ad-unit" data-ad-position="mid-article-${n}"><span class="ad-unit__label">${ad}</span>
<div id="tc-ad-mid-${n}" class="ad-unit__slot"></div></div>`;
const ctaBox = `<div class="wp-block-stackwire-inline-cta"><div class="inline-cta__wrapper"><p class="inline-cta__eyebrow">${cta[0]}</p>
<div class="inline-cta__content"><p><span class="inline-cta__location">${cta[1]}</span><span class="inline-cta__separator">${cta[2]}</span>
<span class="inline-cta__date">${cta[3]}</span></p><h4 class="inline-cta__heading">${cta[4]}</h4></div>
<div class="inline-cta__action"><a class="wp-element-button" href="/events/disrupt-2025/?promo=inline">${cta[5]}</a></div></div></div>`;

export const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | StackWire</title>
<meta name="description" content="The startup replaces boilers in mid-size apartment buildings."><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><meta property="article:section" content="Climate"><meta name="author" content="Rafael Ortiz">
<link rel="canonical" href="https://stackwire.com/2025/11/12/heatloop-raises-42m-shared-heat-pumps/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-11-12T17:00:00+00:00",
"author":{"@type":"Person","name":"Rafael Ortiz"},"publisher":{"@type":"Organization","name":"StackWire"}}]}</script>
<link rel="stylesheet" id="global-styles-inline-css" href="/wp-content/themes/sw25/build/style-index.css?ver=1.9.3">
<script id="sw-ads-js-before">window.swAds = {"pageType":"single","category":"climate"};</script></head>
<body class="post-template-default single single-post postid-3011920 wp-embed-responsive"><div class="wp-site-blocks">
<div class="wp-block-stackwire-event-banner event-banner"><p><strong>${banner[0]}</strong> <span>${banner[1]}</span></p>
<a class="wp-element-button" href="/events/disrupt-2025/">${banner[2]}</a></div>
<header class="wp-block-template-part site-header"><div class="wp-block-group site-header__inner is-layout-flex">
<a class="site-header__logo" href="/"><span class="screen-reader-text">${header[0]}</span><svg viewBox="0 0 160 24"><use href="#sw-logo"></use></svg></a>
<nav class="wp-block-navigation" aria-label="Main"><ul class="wp-block-navigation__container">${links(nav, 'wp-block-navigation-item')}</ul></nav>
<button class="site-header__search" aria-label="Search"><span class="screen-reader-text">${header[1]}</span></button>
<button class="site-header__menu" aria-expanded="false"><span class="screen-reader-text">${header[2]}</span></button></div></header>
<main class="wp-block-group site-main is-layout-constrained"><div class="wp-block-group article-hero is-layout-flow">
<div class="article-hero__category"><a href="/category/climate/" rel="category tag">${category}</a></div>
<h1 class="article-hero__title wp-block-post-title">${title}</h1>
<div class="article-hero__meta"><div class="wp-block-stackwire-author-card-name"><a href="/author/rafael-ortiz/">${bylines[0]}</a></div>
<div class="wp-block-post-date"><time datetime="2025-11-12T09:00:00-08:00">${time}</time></div></div>
<div class="wp-block-stackwire-social-share"><span class="social-share__label">${share[0]}</span><ul>${links(share.slice(1), 'social-share__item')}</ul></div>
<figure class="wp-block-post-featured-image"><img src="/wp-content/uploads/2025/11/heatloop-roof.jpg?w=1024" alt="Heat pumps on a roof">
<figcaption class="wp-element-caption"><strong>${credit}</strong></figcaption></figure></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${render(blocks, { p: ' class="wp-block-paragraph"', blockquote: ' class="wp-block-quote is-layout-flow"' }, { 3: adSlot(1), 7: ctaBox, 9: adSlot(2) })}
</div>
<div class="wp-block-stackwire-topics"><h3 class="topics__title">${topics[0]}</h3><ul>${links(topics.slice(1), 'topics__item')}</ul></div>
<div class="wp-block-stackwire-author-box"><img src="/wp-content/uploads/authors/rafael-ortiz.jpg" alt=""><div class="author-box__text">
<a class="author-box__name" href="/author/rafael-ortiz/">${bylines[0]}</a>
<p class="author-box__role">${author[0]}</p><p class="author-box__bio">${author[1]}</p>
<a class="author-box__more wp-element-button" href="/author/rafael-ortiz/">${author[2]}</a></div></div>
<div class="wp-block-stackwire-newsletter-signup"><h2>${newsletter[0]}</h2><p>${newsletter[1]}</p><label><input type="checkbox" checked>
<span class="nl-name">${newsletter[2]}</span></label><p class="nl-desc">${newsletter[3]}</p><form><input type="email" placeholder="Email">
<button type="submit">${newsletter[4]}</button></form><p class="nl-legal">${newsletter[5]}</p></div>
<aside class="wp-block-stackwire-most-popular"><h2>${popular[0]}</h2><ol>${links(popular.slice(1), 'most-popular__item')}</ol></aside></main>
<footer class="wp-block-template-part site-footer"><ul class="site-footer__links">${links(footer, 'site-footer__item')}</ul>
<p class="site-footer__copyright">${copyright}</p></footer></div>
<script src="/wp-content/themes/sw25/build/view.js?ver=1.9.3" id="sw-view-js"></script></body></html>`;
